"""Worker processes (uvicorn + handlers.asgi) and a real Redis server, for multi-process tests."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from knowledge.paths import default_store_path
from testkit.botapi import TOKEN, BotApi, free_port

SECRET = "multi-worker-secret"


@contextlib.contextmanager
def redis_server(workdir: Path):
    """A real redis-server on a free port (Debian package; .ci/run installs it): yields (url, process)."""
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is missing: .ci/run installs it (Debian package redis-server)")
        pytest.skip("redis-server not installed (apt-get install redis-server)")
    port = free_port()
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
    try:
        yield f"redis://127.0.0.1:{port}/0", proc
    finally:
        proc.terminate()
        proc.wait(10)


def start_workers(api: BotApi, redis_url: str, port: int, workers: int,
                  chat_rate_limit: int = 1000) -> subprocess.Popen:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": api.base_url,
           "WEBHOOK_URL": f"http://127.0.0.1:{port}", "WEBHOOK_SECRET": SECRET, "WEBHOOK_PATH": "telegram",
           "CONTEXT_URL": redis_url, "CAREERBOT_STORE": str(default_store_path()), "LOG_LEVEL": "WARNING",
           "CHAT_RATE_LIMIT": str(chat_rate_limit)}
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


