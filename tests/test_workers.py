"""Several worker processes serve one bot by webhook, with chat context in Redis (a real server)."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from knowledge.paths import default_store_path
from tests import factories
from tests.botapi import TOKEN, BotApi
from tests.telegram_harness import free_port, wait_for

SECRET = "multi-worker-secret"


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is missing: .ci/run installs it (Debian package redis-server)")
        pytest.skip("redis-server not installed (apt-get install redis-server)")
    port = free_port()
    workdir = tmp_path_factory.mktemp("redis")
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", str(workdir)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import redis

    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    proc.terminate()
    proc.wait(10)


def start_workers(api: BotApi, redis_url: str, port: int, workers: int) -> subprocess.Popen:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": api.base_url,
           "WEBHOOK_URL": f"http://127.0.0.1:{port}", "WEBHOOK_SECRET": SECRET, "WEBHOOK_PATH": "telegram",
           "CONTEXT_URL": redis_url, "CAREERBOT_STORE": str(default_store_path()), "LOG_LEVEL": "WARNING",
           "CHAT_RATE_LIMIT": "1000"}
    return subprocess.Popen([sys.executable, "-m", "uvicorn", "--factory", "handlers.asgi:create_app",
                             "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
                             "--log-level", "warning", "--no-access-log"],
                            env=env, cwd=Path(__file__).resolve().parents[1], start_new_session=True)


def worker_pids(master: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(master)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def stop(proc: subprocess.Popen) -> None:
    with_group = os.getpgid(proc.pid)
    os.killpg(with_group, signal.SIGTERM)
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        os.killpg(with_group, signal.SIGKILL)


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

