"""Run the real careerbot Application against the Bot API lookalike, in polling or webhook mode."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from telegram.ext import Application

from handlers.app import build_application
from handlers.settings import Settings
from testkit.botapi import TOKEN, BotApi, Faults, free_port

WEBHOOK_SECRET = "webhook-secret-for-tests"


def settings_for(api: BotApi, memory_db: Path, **overrides) -> Settings:
    """Settings for the bot under test: the lookalike's URL, chat memory in the SQLite file ``memory_db``."""
    values = {"context_url": f"sqlite:///{memory_db}", "log_level": "WARNING", **overrides}
    return Settings(_env_file=None, telegram_bot_token=TOKEN, telegram_api_base_url=api.base_url, **values)


@asynccontextmanager
async def lookalike(faults: Faults | None = None) -> AsyncIterator[BotApi]:
    """A Bot API lookalike on 127.0.0.1 for the duration of the block (its records stay readable after)."""
    api = await BotApi(faults).start()
    try:
        yield api
    finally:
        await api.stop()


@asynccontextmanager
async def running(api: BotApi, engine, memory_db: Path, mode: str = "polling",
                  **overrides) -> AsyncIterator[Application]:
    app = build_application(settings_for(api, memory_db, **overrides), engine=engine)
    await app.initialize()
    await app.post_init(app)
    port = free_port()
    api.release_polls(False)
    if mode == "polling":
        await app.updater.start_polling(poll_interval=0.0, timeout=1, bootstrap_retries=3)
    else:
        await app.updater.start_webhook(listen="127.0.0.1", port=port, url_path="telegram",
                                        webhook_url=f"http://127.0.0.1:{port}/telegram",
                                        secret_token=WEBHOOK_SECRET)
    await app.start()
    app.bot_data["webhook_port"] = port
    try:
        yield app
    finally:
        api.release_polls()  # the pending long poll returns now, not after its timeout
        await app.updater.stop()
        await app.stop()
        await app.post_shutdown(app)
        await app.shutdown()


async def wait_for(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the bot")
        await asyncio.sleep(0.02)


async def handled(app: Application, api: BotApi, timeout: float = 15.0) -> None:
    """Waits until every update pushed so far has been handled (recorded as answered, after all handlers ran):
    what a test waits for before checking that nothing else was sent, instead of sleeping."""
    answered = app.bot_data["answered"]
    deadline = time.monotonic() + timeout
    for update_id in list(api.pushed):
        while not await answered.is_done(update_id):
            if time.monotonic() > deadline:
                raise AssertionError(f"update {update_id} was not handled in {timeout} s")
            await asyncio.sleep(0.01)


def keyboard(message: dict) -> list[list[dict]]:
    """A sent message's inline keyboard, as the Bot API holds it."""
    return (message.get("reply_markup") or {}).get("inline_keyboard", [])


def button(message: dict, label_part: str) -> str:
    """The callback data of the message's first button whose label contains ``label_part``."""
    return next(b["callback_data"] for row in keyboard(message) for b in row if label_part in b["text"])


def first_message(api: BotApi, chat: int) -> dict:
    """The first message the bot sent to a chat, as the lookalike holds it now (edits included)."""
    return next(m for (c, _), m in sorted(api.messages.items()) if c == chat)


async def asked(api: BotApi, chat: int, text: str) -> dict:
    """Push a user's message, wait for the bot's answer, and return the bot's first message in the chat."""
    from testkit import factories

    api.push(factories.message(chat, text))
    await wait_for(lambda: api.sent("sendMessage", chat))
    return first_message(api, chat)
