"""Shared fixtures: the real store (built once if missing) and the raw data folder beside the repo."""

from __future__ import annotations

import json
import logging
import os
import socket
from pathlib import Path

import pytest

if os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1") != "1":
    # Test workers share the cores, as `careerbot serve`'s do (cli/run.py): one BLAS thread each for the model.
    os.environ.setdefault("CAREERBOT_MODEL_THREADS", "1")

from knowledge.paths import default_store_path
from knowledge.store import Store, open_store

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
LOOPBACK = {"127.0.0.1", "::1", "localhost"}
_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex


def _guard(address) -> None:
    if isinstance(address, tuple) and address[0] not in LOOPBACK:
        raise ConnectionRefusedError(f"tests may not reach the network ({address[0]}): loopback only")


def _loopback_connect(self, address):
    _guard(address)
    return _connect(self, address)


def _loopback_connect_ex(self, address):
    _guard(address)
    return _connect_ex(self, address)


# No test can reach the internet: every socket may connect to loopback (or a unix socket) only.
socket.socket.connect = _loopback_connect
socket.socket.connect_ex = _loopback_connect_ex


class _Everything(logging.Handler):
    """Keeps every log line of the session, to be scanned for the bot token at the end."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:
            self.lines.append(str(record.msg))


EVERYTHING = _Everything()
logging.getLogger().addHandler(EVERYTHING)
logging.getLogger().setLevel(logging.INFO)
# As in production (handlers/logs.py), minus the masking filter, so the scan sees raw records.
logging.getLogger("httpx").setLevel(logging.WARNING)
logging.getLogger("httpcore").setLevel(logging.WARNING)


def pytest_sessionfinish(session, exitstatus):
    """The token must appear nowhere: not in any log line, error or trace, nor in any request the bot made."""
    from testkit.botapi import TOKEN, BotApi

    secret = TOKEN.split(":", 1)[1]
    leaks = [line[:200] for line in EVERYTHING.lines if secret in line]
    leaks += [f"{c.method}: {json.dumps(c.params)[:200]}" for c in BotApi.everything
              if secret in json.dumps(c.params, ensure_ascii=False)]
    if leaks:
        print("\nTHE BOT TOKEN LEAKED:\n" + "\n".join(leaks[:20]))
        session.exitstatus = 1
    else:
        print(f"\ntoken scan: {len(EVERYTHING.lines):,} log lines and {len(BotApi.everything):,} Bot API calls, "
              "no token")


@pytest.fixture(scope="session")
def store() -> Store:
    s = open_store(default_store_path())
    yield s
    s.close()


@pytest.fixture(scope="session")
def tiny_engine(tmp_path_factory):
    """An engine over a synthetic store of two occupations (testkit/synthetic.py): no full store needed."""
    from bot.engine import Engine
    from knowledge.store import Store
    from testkit.synthetic import build_tiny_store

    engine = Engine(Store(build_tiny_store(tmp_path_factory.mktemp("tiny"))))
    yield engine
    engine.close()


@pytest.fixture(scope="session")
def shared() -> Path:
    """The raw public datasets; required in CI, skipped on a machine that has only the repo."""
    if not SHARED.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{SHARED} is missing in CI")
        pytest.skip("raw datasets (../shared/data) not present")
    return SHARED


@pytest.fixture(scope="session")
def engine(store):
    from bot.engine import Engine

    return Engine(store)


@pytest.fixture(scope="session")
def understand(engine):
    return engine.understand


@pytest.fixture(scope="session")
def conversation(engine):
    from bot.conversation import Conversation

    return Conversation(engine)
