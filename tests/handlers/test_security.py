"""Hostile input and floods: SQL is only ever data, one chat's flood does not slow the others."""

from __future__ import annotations

import asyncio

from testkit import factories
from tests.helpers import plain, telegram_html_errors
from tests.telegram_harness import handled, lookalike, running

INJECTIONS = ["'; DROP TABLE occupations; --", "Robert'); DROP TABLE titles;--", "\" OR 1=1 --",
              "nurse' UNION SELECT token FROM secrets --", "%' OR '%'='", "29-1141.00'; DELETE FROM salary; --"]


def test_malicious_titles_are_just_text(engine, store):
    before = store.stats()
    from bot.conversation import Conversation

    conversation = Conversation(engine)
    for text in INJECTIONS:
        for message in (text, f"{text} vs nurse", f"what does a {text} do"):
            reply, _ = conversation.reply(message)
            assert plain(reply.text).strip() and not telegram_html_errors(reply.text)
        assert "expired" in conversation.press(f"o|{text}")[0].text
        assert all(store.exists(c.code) for c in engine.matcher.prefix(text))  # only real occupations
    assert store.stats() == before


def test_flood_from_one_chat_is_limited_while_others_are_answered(engine, tmp_path):
    async def scenario():
        async with lookalike() as api:
            async with running(api, engine, tmp_path / "ctx.sqlite", chat_rate_limit=10, chat_rate_window=60) as app:
                for _ in range(60):
                    api.push(factories.message(90, "nurse vs welder"))
                for chat in range(91, 96):
                    api.push(factories.message(chat, "what does a welder do"))
                await handled(app, api, 30)
            return api

    api = asyncio.run(scenario())
    flood = [p["text"] for p in api.sent("sendMessage", 90)]
    assert len(flood) == 11  # ten answers, then one "slow down", then silence
    assert sum("faster than I can answer" in t for t in flood) == 1
    for chat in range(91, 96):  # the others are not held back by the flood's limit
        assert [("Duties" in p["text"]) for p in api.sent("sendMessage", chat)] == [True]


def test_flood_limit_counts_per_chat_and_the_window_slides():
    from handlers.floodlimit import ChatFloodLimit

    async def scenario():
        limit = ChatFloodLimit(limit=2, window=1)
        first = [await limit.allow(1) for _ in range(3)]
        other = await limit.allow(2)  # another chat is not affected
        warned = [await limit.first_refusal(1) for _ in range(2)]
        await asyncio.sleep(1.1)  # the one-second window passes
        return first, other, warned, await limit.allow(1)

    first, other, warned, later = asyncio.run(scenario())
    assert first == [True, True, False] and other and warned == [True, False] and later

