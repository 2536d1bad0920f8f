"""Shared fixtures: the real store (built once if missing) and the raw data folder beside the repo."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

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


@pytest.fixture(scope="session")
def store() -> Store:
    s = open_store(default_store_path())
    yield s
    s.close()


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
