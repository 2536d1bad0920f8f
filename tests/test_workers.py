"""Several worker processes serve one bot by webhook, with chat context in Redis (a real server)."""

from __future__ import annotations

import asyncio
import os
import signal

import pytest

from tests import factories
from tests.botapi import BotApi
from tests.telegram_harness import free_port, wait_for
from tests.workers_harness import redis_server, start_workers, stop, worker_pids


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    with redis_server(tmp_path_factory.mktemp("redis")) as (url, _):
        yield url


def test_workers_share_context_answer_once_and_survive_a_kill(redis_url):
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
            await wait_for(lambda: all(len(api.sent("sendMessage", c)) >= 2 for c in chats), 90)
            await asyncio.sleep(1.0)
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

