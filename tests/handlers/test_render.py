"""handlers/render.edit when Telegram will not edit the tapped message: the reply comes as a new message instead,
exactly once (its chart too, by the uploaded photo's file_id when there is one)."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest
from telegram.error import BadRequest

from bot.answers.replies import Reply
from handlers.photos import UploadedPhotos
from handlers.render import edit
from testkit import factories
from testkit.botapi import BOT_ID, BOT_USERNAME
from tests.telegram_harness import asked, button, first_message, handled, lookalike, running, wait_for

CANT_EDIT = "Bad Request: message can't be edited"


def run(coro):
    return asyncio.run(coro)





def photos(api, chat: int) -> list[dict]:
    """The photos the chat shows (each sendPhoto the lookalike accepted)."""
    return [m for (c, _), m in sorted(api.messages.items()) if c == chat and "photo" in m]


@pytest.fixture()
def db(tmp_path):
    return tmp_path / "memory.sqlite"


@pytest.mark.parametrize("description", [CANT_EDIT, "Bad Request: message to edit not found"])
def test_a_message_that_cannot_be_edited_gets_the_section_as_a_new_message_once(engine, db, description):
    async def scenario():
        async with lookalike() as api:
            async with running(api, engine, db) as app:
                bot_msg = await asked(api, 31, "RN vs LPN")
                api.refuse.append(description)  # the next edit is refused as Telegram refuses it
                api.push(factories.tap(31, bot_msg, button(bot_msg, "Salary")))
                await handled(app, api)
            return api, bot_msg

    api, bot_msg = run(scenario())
    sent = [p["text"] for p in api.sent("sendMessage", 31)]
    assert len(sent) == 2, sent  # the question's answer, then the section as a new message: once
    assert "Salary" in sent[1] and sent[1] != sent[0]
    assert len(api.sent("editMessageText", 31)) == 1  # tried once, refused, not retried
    assert api.messages[(31, bot_msg["message_id"])]["text"] == sent[0]  # the old message is as it was
    assert not photos(api, 31)
    assert len(api.sent("answerCallbackQuery")) == 1


def test_a_vanished_message_gets_the_section_as_a_new_message_once(engine, conversation, db):
    """The lookalike knows no message 999999 in the chat: Telegram's "message to edit not found"."""
    data = conversation.reply("RN vs LPN")[0].buttons[0][0].data
    expected, _ = conversation.press(data)
    gone = {"message_id": 999999, "date": int(time.time()), "chat": {"id": 32, "type": "private"},
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "careerbot", "username": BOT_USERNAME},
            "text": "an answer since deleted"}

    async def scenario():
        async with lookalike() as api:
            async with running(api, engine, db) as app:
                api.push(factories.tap(32, gone, data))
                await handled(app, api)
            return api

    api = run(scenario())
    assert [p["text"] for p in api.sent("sendMessage", 32)] == [expected.text]
    assert len(api.sent("editMessageText", 32)) == 1


def test_a_chart_for_a_message_that_cannot_be_edited_is_sent_once_by_its_file_id(engine, db):
    """The chart tap on a message Telegram will not edit: the text as a new message and the chart once. The
    chart was uploaded before (for another chat), so it goes by its file_id, not as a second upload."""

    async def chart_tap(api, chat: int, refuse: bool) -> None:
        api.push(factories.message(chat, "RN vs LPN"))
        await wait_for(lambda: api.sent("sendMessage", chat))
        bot_msg = first_message(api, chat)
        api.push(factories.tap(chat, bot_msg, button(bot_msg, "Salary")))
        await wait_for(lambda: api.sent("editMessageText", chat))
        edited = api.messages[(chat, bot_msg["message_id"])]
        if refuse:
            api.refuse.append(CANT_EDIT)
        api.push(factories.tap(chat, edited, button(edited, "chart")))

    async def scenario():
        async with lookalike() as api:
            async with running(api, engine, db) as app:
                await chart_tap(api, 33, refuse=False)
                await wait_for(lambda: photos(api, 33))
                await chart_tap(api, 34, refuse=True)
                await handled(app, api)
            return api

    api = run(scenario())
    uploaded = photos(api, 33)[0]["photo"][-1]["file_id"]
    texts = [p["text"] for p in api.sent("sendMessage", 34)]
    assert len(texts) == 2 and "Salary" in texts[1]  # the answer, then the chart tap's reply as a new message
    sent_photos = api.sent("sendPhoto", 34)
    assert len(sent_photos) == 1, [type(p["photo"]).__name__ for p in sent_photos]  # the chart once, not twice
    assert sent_photos[0]["photo"] == uploaded  # by the file_id of the earlier upload
    assert len(photos(api, 34)) == 1


class _InlineQuery:
    """A tap on a button of an inline message (no chat message to send to) that Telegram will not edit."""

    message = None
    inline_message_id = "inline-42"

    def __init__(self) -> None:
        self.edits = 0

    async def edit_message_text(self, *args, **kwargs):
        self.edits += 1
        raise BadRequest("Message to edit not found")


def test_an_inline_message_that_cannot_be_edited_is_logged(caplog):
    query = _InlineQuery()
    with caplog.at_level(logging.WARNING, logger="handlers.render"):
        run(edit(query, Reply("<b>Salary</b>"), UploadedPhotos()))
    assert query.edits == 1
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warned) == 1 and "inline-42" in warned[0] and "Salary" not in warned[0]
