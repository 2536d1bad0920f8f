"""The callback-data registry: every button the bot shows decodes to its tap and encodes back to the same data."""

from __future__ import annotations

import pytest

from bot.answers import callbacks
from bot.understanding.describing import SearchSpec
from bot.understanding.listing import ListSpec

QUESTIONS = [
    "nurse vs paramedic", "welder salary in Texas", "highest paying jobs without a degree", "teacher",
    "someone who fixes teeth", "jobs like cashier that pay more", "move from cashier to accountant",
    "browse office jobs", "highest paying healthcare tech office sales legal art farm jobs",
    "medical office administrator vs patient coordinator", "what can I do with a sociology degree",
    "jobs that use SAP", "engineer vs architect",
]


def _emitted(conversation) -> set[str]:
    first = {b.data for q in QUESTIONS for row in conversation.reply(q)[0].buttons for b in row}
    return first | {b.data for d in first for row in conversation.press(d)[0].buttons for b in row}


def test_every_button_round_trips_through_the_registry(conversation):
    emitted = _emitted(conversation)
    assert len(emitted) > 100
    for data in emitted:
        tap = callbacks.decode(data)
        assert tap is not None, data
        assert callbacks.encode_tap(tap) == data
        assert len(data.encode()) <= 64


def test_a_list_of_many_fields_pages_on(conversation):
    reply, memory = conversation.reply("highest paying healthcare tech office sales legal art farm jobs")
    more = next(b.data for row in reply.buttons for b in row if b.label.startswith("More"))
    page2, _ = conversation.press(more, memory)
    assert "expired" not in page2.text and "11." in page2.text


@pytest.mark.parametrize("tap", [
    ListSpec("pay", ("29", "31"), "n", "4800000", 2, 80_000, 5), ListSpec("jobs"), SearchSpec("who fixes teeth", 3),
    callbacks.SectionTap("salary", ("29-1141.00", "P-1a2b3c"), "4800000", 0), callbacks.BrowseTap("29-0000", 4),
])
def test_each_format_round_trips(tap):
    assert callbacks.decode(callbacks.encode_tap(tap)) == tap
