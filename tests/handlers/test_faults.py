"""Faults while running: the knowledge store damaged or removed, the chat memory store gone, the server killed.

In each case every update still gets an answer (the real one, or a short apology), the bot keeps running,
and the log says what happened.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import signal

import httpx

from bot.engine import Engine
from handlers.retries import may_repeat
from knowledge.paths import default_store_path
from testkit import factories
from testkit.botapi import BotApi, free_port
from tests.telegram_harness import lookalike, running, wait_for
from tests.workers_harness import redis_server, start_workers, stop


def test_knowledge_store_corrupted_or_removed_while_running(tmp_path, caplog):
    copy = tmp_path / "knowledge.sqlite"
    shutil.copyfile(default_store_path(), copy)
    engine = Engine(__import__("knowledge.store", fromlist=["Store"]).Store(copy))  # fresh caches, own file

    async def scenario():
        async with lookalike() as api:
            async with running(api, engine, tmp_path / "ctx.sqlite"):
                api.push(factories.message(60, "RN vs LPN"))
                await wait_for(lambda: api.sent("sendMessage", 60))
                with open(copy, "r+b") as f:  # damage the file under the running bot
                    f.write(b"\0garbage" * 4096)
                for i, text in enumerate(["what does a welder do", "electrician salary", "actuary skills"]):
                    api.push(factories.message(61 + i, text))
                await wait_for(lambda: all(api.sent("sendMessage", 61 + i) for i in range(3)))
                copy.unlink()  # and remove it: the bot keeps answering what it can, politely otherwise
                api.push(factories.message(64, "RN vs LPN"))
                await wait_for(lambda: api.sent("sendMessage", 64))
            return api

    with caplog.at_level(logging.WARNING):
        api = asyncio.run(scenario())
    damaged = [api.sent("sendMessage", 61 + i)[0]["text"] for i in range(3)]
    assert all(t.startswith("Sorry — I can't read my job data") or "Source:" in t for t in damaged)
    assert any(t.startswith("Sorry — I can't read my job data") for t in damaged)
    assert "Registered Nurses" in api.sent("sendMessage", 64)[0]["text"]  # cached profiles still answer
    assert "knowledge store unreadable" in caplog.text and "careerbot knowledge build" in caplog.text


def test_memory_store_unavailable_answers_without_memory(tmp_path, engine, caplog):
    async def scenario(url, redis_proc):
        async with lookalike() as api:
            async with running(api, engine, tmp_path / "unused.sqlite", context_url=url):
                api.push(factories.message(70, "RN vs LPN"))
                await wait_for(lambda: api.sent("sendMessage", 70))
                redis_proc.kill()
                redis_proc.wait()
                api.push(factories.message(70, "what does a welder do"))
                api.push(factories.message(71, "and skills?"))
                await wait_for(lambda: len(api.sent("sendMessage", 70)) == 2 and api.sent("sendMessage", 71), 30)
            return api

    with caplog.at_level(logging.WARNING), redis_server(tmp_path) as (url, proc):
        api = asyncio.run(scenario(url, proc))
    assert "Duties" in api.sent("sendMessage", 70)[1]["text"]  # answered although the store is down
    assert "Which job" in api.sent("sendMessage", 71)[0]["text"]  # no memory to continue from: says so
    assert "chat memory store unavailable" in caplog.text


def test_server_killed_and_restarted_loses_nothing(tmp_path):
    """kill -9 mid-load, then restart: no update is lost and the chat memory holds. An update whose reply was
    sent but not yet recorded when the process died is answered again after redelivery: at most the updates
    in flight at the kill (Telegram offers no way to ask whether a message was delivered)."""
    chats = list(range(800, 830))
    port = free_port()
    context = f"sqlite:///{tmp_path / 'ctx.sqlite'}"

    async def scenario():
        api = await BotApi().start()
        api.max_connections = 8
        proc = start_workers(api, context, port, workers=1)
        try:
            await wait_for(lambda: api.webhook is not None, 60)
            for c in chats:
                api.push(factories.message(c, "RN vs LPN"))
            for c in chats:
                api.push(factories.message(c, "and skills?"))
            await wait_for(lambda: len(api.delivered) >= 10, 60)
            os.killpg(os.getpgid(proc.pid), signal.SIGKILL)  # kill -9 the server and its worker mid-load
            proc.wait()
            answered_before = len(api.sent("sendMessage"))
            proc = start_workers(api, context, port, workers=1)
            # Each update is acknowledged (200) only once handled: when all are, nothing more can be sent.
            await wait_for(lambda: set(api.pushed) <= set(api.delivered), 90)
            return api, answered_before
        finally:
            stop(proc)
            await api.stop()

    api, answered_before = asyncio.run(scenario())
    assert 0 < answered_before < 2 * len(chats)  # the kill did land mid-load
    repeated = 0
    for c in chats:
        texts = [p["text"] for p in api.sent("sendMessage", c)]
        assert len(texts) >= 2, (c, len(texts))  # nothing lost
        repeated += len(texts) - 2
        assert "Skills" in texts[-1] and "Registered Nurses" in texts[-1]  # the chat memory survived the kill
    assert repeated <= api.max_connections  # only what was in flight at the kill


def test_a_late_answer_is_not_sent_twice(engine, tmp_path, caplog):
    """Telegram shows the message, then answers after the read timeout: the old retry showed it twice."""

    async def scenario():
        async with lookalike() as api:
            api.late["sendMessage"] = 2.0
            async with running(api, engine, tmp_path / "ctx.sqlite", read_timeout=0.5):
                api.push(factories.message(500, "RN vs LPN"))
                await wait_for(lambda: api.sent("sendMessage", 500))
                api.push(factories.message(500, "what does a welder do"))  # answered after the first is settled
                await wait_for(lambda: any("Duties" in m["text"] for m in api.sent("sendMessage", 500)))
            return api

    with caplog.at_level(logging.WARNING):
        api = asyncio.run(scenario())
    texts = [m["text"] for m in api.sent("sendMessage", 500)]
    assert len(texts) == 2 and "Registered Nurses" in texts[0] and "Duties" in texts[1], texts
    assert "may have been delivered, so it is not sent again" in caplog.text


def _raised(error: Exception, cause: Exception | None):
    try:
        raise error from cause
    except Exception as exc:  # the exception as PTB hands it over, its cause attached
        return exc


def test_only_what_cannot_have_been_delivered_is_repeated():
    from telegram.error import BadRequest, NetworkError, TimedOut

    request = httpx.Request("POST", "http://127.0.0.1/bot/sendMessage")
    not_sent = [httpx.ConnectError("refused", request=request), httpx.ConnectTimeout("t", request=request),
                httpx.PoolTimeout("pool", request=request)]
    maybe_sent = [httpx.ReadTimeout("late", request=request), httpx.RemoteProtocolError("gone", request=request),
                  httpx.ReadError("reset", request=request), httpx.WriteTimeout("slow", request=request)]
    for cause in not_sent:
        assert may_repeat("sendMessage", _raised(NetworkError(str(cause)), cause))
    for cause in maybe_sent:
        error = TimedOut() if isinstance(cause, httpx.TimeoutException) else NetworkError(str(cause))
        assert not may_repeat("sendMessage", _raised(error, cause))
        assert not may_repeat("sendPhoto", _raised(error, cause))
        assert may_repeat("editMessageText", _raised(error, cause))  # an edit shows once however often it runs
    assert may_repeat("sendMessage", NetworkError("Bad Gateway"))  # Telegram answered 502: it did not act
    assert not may_repeat("sendMessage", BadRequest("Can't parse entities"))


def _shown_after_refusals(engine, tmp_path, caplog, chat: int, text: str, **refusals) -> list[str]:
    """What the chat shows once the bot answered ``text`` while the lookalike refuses as ``refusals`` says
    (``refuse_html=True``, or ``refuse=[…]`` descriptions for the next sends), the log captured."""

    async def scenario():
        async with lookalike() as api:
            for name, value in refusals.items():
                setattr(api, name, value)
            async with running(api, engine, tmp_path / "ctx.sqlite"):
                api.push(factories.message(chat, text))
                await wait_for(lambda: api.shown(chat))
            return api

    with caplog.at_level(logging.WARNING):
        return asyncio.run(scenario()).shown(chat)


def test_refused_html_is_logged_as_our_bug_and_still_answered(engine, tmp_path, caplog):
    shown = _shown_after_refusals(engine, tmp_path, caplog, 510, "RN vs LPN", refuse_html=True)
    assert len(shown) == 1 and shown[0].startswith("Registered Nurses vs Licensed Practical") and "<b>" not in shown[0]
    refused = [r for r in caplog.records if "refused the reply" in r.getMessage()]
    assert refused and refused[0].levelno == logging.ERROR and refused[0].exc_info
    assert "transient" not in caplog.text


def test_a_refusal_the_plain_text_cannot_fix_gets_an_apology_and_an_error_log(engine, tmp_path, caplog):
    shown = _shown_after_refusals(engine, tmp_path, caplog, 511, "what does a welder do",
                                  refuse=["Bad Request: message is too long"] * 2)  # the reply and its plain copy
    assert shown == ["Sorry — something went wrong on my side. Please try again in a moment."]
    logged = [r for r in caplog.records if "Telegram refused a request while handling update" in r.getMessage()]
    assert logged and logged[0].levelno == logging.ERROR and logged[0].exc_info
    assert "what does a welder do" in logged[0].getMessage()  # the update is in the log…
    assert "first_name" not in logged[0].getMessage()  # …without the user's name
    assert "transient" not in caplog.text
