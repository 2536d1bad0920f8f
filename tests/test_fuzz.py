"""Property-based tests: any message or button data gets a bounded, valid, polite reply.

The number of cases per property comes from FUZZ_EXAMPLES (default 200 in the suite); the long run
documented in the README uses the same code: FUZZ_EXAMPLES=60000 make fuzz.
"""

from __future__ import annotations

import os
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answers import callbacks
from bot.answers.replies import MAX_BUTTON_DATA, MAX_CAPTION, MAX_TEXT
from bot.memory import ChatMemory
from tests.helpers import telegram_html_errors

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "200"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=not os.environ.get("FUZZ_RANDOM"),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large])
SECONDS_PER_REPLY = 1.0
"""CPU seconds (not wall time: a loaded machine must not fail the bound)."""

SPECIALS = ["<", ">", "&", "&amp;", "<b>", "</i>", "<a href='x'>", "*", "_", "`", "[", "]", "(", ")", "~", "|",
            "\\", "#", "+", "-", "=", "{", "}", ".", "!", "\u200b", "\u200d", "\u202e", "\u200f", "\ufeff", "\x00",
            "\x1b[31m", "\n", "\t", "vs", " vs ", "nurse", "welder", "in TX", "and skills?", "🙂", "💉", "日本語",
            "фельдшер", "عامل", "'; DROP TABLE occupations; --", "%s", "{0}", "$", "P-000000", "29-1141.00"]
messages = st.one_of(
    st.text(max_size=4096),
    st.lists(st.sampled_from(SPECIALS), max_size=400).map("".join),
    st.lists(st.one_of(st.sampled_from(SPECIALS), st.text(max_size=12)), max_size=200).map(" ".join),
    st.integers(1, 10_000).map(lambda n: "vs " * n),
)
codes = st.sampled_from(["29-1141.00", "29-2061.00", "43-6013.00", "P-1695d4", "55-1011.00", "99-9999.99",
                         "P-ffffff", "29-1141.0", ""])
button_data = st.one_of(
    st.text(max_size=80),
    st.binary(max_size=80).map(lambda b: b.decode("utf-8", "replace")),
    st.builds(lambda s, cs, area, page: f"{s}|{'~'.join(cs)}|{area}|{page}",
              st.sampled_from([*list("oskdemtrcgbx"), "", "oo"]), st.lists(codes, max_size=5),
              st.sampled_from(["", "4800000", "0000000", "9999999", "48"]), st.integers(-1, 1000)),
    st.builds(lambda fam, page: f"b|{fam}|{page}", st.sampled_from(["43-0000", "00-0000", "99-0000", "43-000"]),
              st.integers(-5, 500)),
)


def check(reply) -> None:
    assert reply.text and len(reply.text) <= MAX_TEXT
    assert not telegram_html_errors(reply.text), reply.text[:500]
    for row in reply.buttons:
        for b in row:
            assert b.label and len(b.data.encode()) <= MAX_BUTTON_DATA
    if reply.picture:
        assert len(reply.picture.caption) <= MAX_CAPTION and not telegram_html_errors(reply.picture.caption)


@FUZZ
@given(text=messages)
def test_any_message_gets_a_bounded_valid_reply(conversation, text):
    start = time.process_time()
    reply, ctx = conversation.reply(text, ChatMemory(codes=["29-1141.00"], topic="salary"))
    assert time.process_time() - start < SECONDS_PER_REPLY
    check(reply)
    assert len(ctx.codes) <= 4


@FUZZ
@given(data=button_data)
def test_any_button_data_gets_a_polite_answer(conversation, data):
    reply, _ = conversation.press(data, ChatMemory())
    check(reply)
    if callbacks.decode(data) is None:
        assert "expired" in reply.text


def test_ten_thousand_vs(conversation):
    start = time.process_time()
    reply, _ = conversation.reply("nurse " + "vs " * 10_000 + "welder")
    assert time.process_time() - start < SECONDS_PER_REPLY
    check(reply)
