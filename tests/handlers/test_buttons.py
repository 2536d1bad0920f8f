"""Button taps are routed by their data: careerbot's own forms (``<letter>|…``) to buttons.on_button, anything
else to buttons.on_unknown_button, which still answers the query (no spinner left hanging) and says "expired"."""

from __future__ import annotations

import asyncio
import re

import pytest
from telegram import Update
from telegram.ext import CallbackQueryHandler

from bot.answers import callbacks
from handlers import buttons
from handlers.app import build_application
from handlers.settings import Settings
from testkit import factories
from testkit.botapi import TOKEN
from tests.telegram_harness import asked, handled, keyboard, lookalike, running, wait_for

FORGED = ["zzz", "x|29-1141.00", "S|29-1141.00", "|o|29-1141.00", "o", "o 29-1141.00", " o|29-1141.00",
          "\u00f6|29-1141.00", "1|2"]
"""Data no careerbot button has: each must be answered, and shown as expired."""


def run(coro):
    return asyncio.run(coro)




@pytest.fixture()
def db(tmp_path):
    return tmp_path / "memory.sqlite"


def button_data(conversation) -> set[str]:
    """The data of every button the conversation offers for a range of questions, and of the replies to those
    buttons (one tap deeper)."""
    questions = ["hi", "RN vs LPN", "what does a welder do", "electrician salary in texas", "highest paying jobs",
                 "fastest growing jobs without a degree", "jobs where I work with animals outdoors",
                 "skills gap from cashier to bookkeeper", "browse healthcare jobs", "nurse", "jobs like welder",
                 "how do I become a paramedic", "what can I do with a sociology degree", "jobs that use SAP"]
    first = {b.data for q in questions for row in conversation.reply(q)[0].buttons for b in row}
    deeper = {b.data for data in first for row in conversation.press(data)[0].buttons for b in row}
    return first | deeper


def test_every_button_the_bot_offers_matches_the_registered_pattern(conversation):
    data = button_data(conversation)
    assert len(data) > 50
    assert not [d for d in data if not re.match(buttons.BUTTON_DATA, d)]
    letters = {d[0] for d in data}
    registered = {p for f in callbacks.FORMATS for p in f.prefixes}
    assert letters == registered, sorted(letters)  # every letter the pattern lets through is in use
    assert registered == set("oskdemtrcgpbljqu") and re.match(buttons.BUTTON_DATA, "u|excel|1")
    assert not re.match(buttons.BUTTON_DATA, "x|excel|1") and not re.match(buttons.BUTTON_DATA, "|o|")


def test_the_main_handler_takes_only_button_data_and_a_catch_all_follows_it(tmp_path):
    settings = Settings(_env_file=None, telegram_bot_token=TOKEN, context_url=f"sqlite:///{tmp_path / 'm.sqlite'}")
    app = build_application(settings, engine=None)
    taps = [h for h in app.handlers[0] if isinstance(h, CallbackQueryHandler)]
    assert [h.callback for h in taps] == [buttons.on_button, buttons.on_unknown_button]
    assert taps[0].pattern.pattern == callbacks.PATTERN and taps[1].pattern is None

    def first_taker(data: str):
        message = {"message_id": 5, "date": 1, "chat": {"id": 9, "type": "private"}, "text": "x"}
        update = Update.de_json({"update_id": 1, **factories.tap(9, message, data)}, app.bot)
        return next(h.callback for h in taps if h.check_update(update))

    for data in ["o|29-1141.00", "s|29-1141.00~29-2061.00|4800000", "b|29-0000|0", "l|p|-|-|-|0", "q|dogs|0",
                 "g|41-2011.00~43-3031.00", "c|29-1141.00", "s|99-9999.99|hack'; DROP TABLE occupations;--"]:
        assert first_taker(data) is buttons.on_button, data
    for data in FORGED:
        assert first_taker(data) is buttons.on_unknown_button, data


def test_forged_data_is_answered_and_shown_as_expired_and_keeps_the_chat_memory(engine, db):
    async def scenario():
        async with lookalike() as api:
            async with running(api, engine, db) as app:
                bot_msg = await asked(api, 51, "RN vs LPN")
                for data in FORGED:
                    api.push(factories.tap(51, bot_msg, data))
                await handled(app, api)
                api.push(factories.message(51, "and skills?"))  # the memory of the comparison is still there
                await wait_for(lambda: len(api.sent("sendMessage", 51)) == 2)
            return api, bot_msg

    api, bot_msg = run(scenario())
    assert len(api.sent("answerCallbackQuery")) == len(FORGED)  # every tap answered, once
    assert all(not p.get("text") for p in api.sent("answerCallbackQuery"))
    shown = api.messages[(51, bot_msg["message_id"])]
    assert "expired" in shown["text"] and keyboard(shown)  # with the example questions to tap instead
    edits = api.sent("editMessageText", 51)
    assert len(edits) == len(FORGED) and "expired" in edits[0]["text"]  # the later ones: "not modified"
    follow_up = api.sent("sendMessage", 51)[1]["text"]
    assert "Skills" in follow_up and "Registered Nurses" in follow_up and "Licensed Practical" in follow_up
    assert not [c for c in api.calls if c.method == "sendMessage" and "went wrong" in c.params["text"]]


def test_forged_data_counts_against_the_chat_flood_limit(engine, db):
    async def scenario():
        async with lookalike() as api:
            async with running(api, engine, db, chat_rate_limit=2, chat_rate_window=60) as app:
                bot_msg = await asked(api, 52, "welder")
                for data in FORGED[:3]:
                    api.push(factories.tap(52, bot_msg, data))
                await handled(app, api)
            return api

    api = run(scenario())
    answers = [p.get("text") for p in api.sent("answerCallbackQuery")]
    assert answers == [None, buttons.TOO_MANY_TAPS, buttons.TOO_MANY_TAPS]  # answered all the same
    assert len(api.sent("editMessageText", 52)) == 1
