"""Several worker processes serve one bot by webhook, with chat memory in Redis (a real server)."""

from __future__ import annotations

import asyncio
import os
import signal

import pytest

from testkit import factories
from testkit.botapi import BotApi, free_port
from tests.telegram_harness import wait_for
from tests.workers_harness import redis_server, start_workers, stop, worker_pids


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    with redis_server(tmp_path_factory.mktemp("redis")) as (url, _):
        yield url


def test_workers_share_chat_memory_answer_once_and_survive_a_kill(redis_url):
    chats = list(range(500, 540))
    port = free_port()

    async def scenario():
        api = await BotApi().start()
        api.max_connections, api.fresh_connections = 8, True
        proc = start_workers(api, redis_url, port, workers=2)
        try:
            await wait_for(lambda: api.webhook is not None and len(api.sent("setMyCommands")) >= 2, 60)
            first = {c: api.push(factories.message(c, "RN vs LPN")) for c in chats}
            await wait_for(lambda: all(api.sent("sendMessage", c) for c in chats), 60)
            # Follow-ups under load; one worker is killed with SIGKILL while they are being answered.
            follow = {c: api.push(factories.message(c, "and skills?")) for c in chats}
            await wait_for(lambda: len(api.delivered) >= len(chats) + 5, 30)
            victim = worker_pids(proc.pid)[0]
            os.kill(victim, signal.SIGKILL)
            # Each update is acknowledged (200) only once handled: when all are, nothing more can be sent.
            await wait_for(lambda: set(api.pushed) <= set(api.delivered), 90)
            return api, first, follow
        finally:
            stop(proc)
            await api.stop()

    api, first, follow = asyncio.run(scenario())
    for chat in chats:
        texts = [p["text"] for p in api.sent("sendMessage", chat)]
        assert len(texts) == 2, (chat, len(texts))  # every update answered exactly once
        assert "Skills" in texts[1] and "Registered Nurses" in texts[1] and "Licensed Practical" in texts[1]
    moved = [c for c in chats if api.handled_by.get(first[c]) != api.handled_by.get(follow[c])]
    assert moved, "no follow-up was answered by another worker than its first message"
    assert len(set(api.handled_by.values())) >= 2



def test_flood_limit_holds_across_limiters_sharing_redis(redis_url):
    """Two workers' limiters on one Redis count one chat together; in memory each would count alone."""
    from handlers.floodlimit import ChatFloodLimit, limit_storage

    async def scenario():
        workers = [ChatFloodLimit(5, 60, limit_storage(redis_url)) for _ in range(2)]
        shared = [await workers[i % 2].allow(777) for i in range(12)]
        apart = [ChatFloodLimit(5, 60, limit_storage(None)) for _ in range(2)]
        alone = [await apart[i % 2].allow(777) for i in range(12)]
        warned = [await workers[i % 2].first_refusal(777) for i in range(4)]
        return shared, alone, warned

    shared, alone, warned = asyncio.run(scenario())
    assert sum(shared) == 5 and shared[:5] == [True] * 5
    assert sum(alone) == 10  # what per-process counting allowed: the limit times the workers
    assert warned == [True, False, False, False]  # "slow down" once, whichever worker refuses


def test_one_chat_flooding_two_workers_gets_the_limit_once(redis_url):
    port = free_port()

    async def scenario():
        api = await BotApi().start()
        api.max_connections, api.fresh_connections = 8, True
        fresh = redis_url.rsplit("/", 1)[0] + "/3"  # update ids restart at 1: no answered-update records of others
        proc = start_workers(api, fresh, port, workers=2, chat_rate_limit=4)
        try:
            await wait_for(lambda: api.webhook is not None and len(api.sent("setMyCommands")) >= 2, 60)
            first = [api.push(factories.message(880, "what does a welder do")) for _ in range(6)]
            await wait_for(lambda: all(u in api.handled_by for u in first), 60)
            # The worker that counted them dies; another (or its replacement, with empty memory) takes the rest.
            os.kill(api.handled_by[first[0]], signal.SIGKILL)
            rest = [api.push(factories.message(880, "what does a welder do")) for _ in range(10)]
            await wait_for(lambda: all(u in api.handled_by for u in rest), 60)
            api.push(factories.message(881, "what does a welder do"))  # another chat, after the flood
            await wait_for(lambda: api.sent("sendMessage", 881), 30)
            return api
        finally:
            stop(proc)
            await api.stop()

    api = asyncio.run(scenario())
    texts = [p["text"] for p in api.sent("sendMessage", 880)]
    answers = [t for t in texts if "Duties" in t]
    assert len(answers) == 4 and sum("faster than I can answer" in t for t in texts) == 1, texts
    assert len(set(api.handled_by.values())) >= 2  # more than one process counted the chat's messages
