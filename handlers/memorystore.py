"""Where each chat's memory (its ChatMemory, as the conversation core keeps it) lives between updates: a small
key-value store with a real backend, named by CONTEXT_URL.

``sqlite:///path`` (the embedded default, WAL mode so several processes can share it) or
``redis://host:port/db`` (a server several machines can share). Per chat, only its memory is stored: the last
occupations, topic and place, or the last ranked list, as JSON. ``delete`` is what /forget calls. The same place
also keeps the answered-update records (handlers/answered.py). The SQLite table (``chat_context``) and the Redis
key prefix (``careerbot:context:``) keep their names, so existing stores keep working.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Protocol


class MemoryStore(Protocol):
    async def get(self, chat_id: int) -> str | None: ...
    async def put(self, chat_id: int, value: str) -> None: ...
    async def delete(self, chat_id: int) -> None: ...
    async def close(self) -> None: ...


class SQLiteMemoryStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite_connection(path)
        self._db.execute("CREATE TABLE IF NOT EXISTS chat_context (chat_id INTEGER PRIMARY KEY, value TEXT NOT NULL)")

    async def get(self, chat_id: int) -> str | None:
        row = self._db.execute("SELECT value FROM chat_context WHERE chat_id = ?", (chat_id,)).fetchone()
        return row[0] if row else None

    async def put(self, chat_id: int, value: str) -> None:
        self._db.execute("INSERT INTO chat_context (chat_id, value) VALUES (?, ?) "
                         "ON CONFLICT(chat_id) DO UPDATE SET value = excluded.value", (chat_id, value))

    async def delete(self, chat_id: int) -> None:
        self._db.execute("DELETE FROM chat_context WHERE chat_id = ?", (chat_id,))

    async def close(self) -> None:
        self._db.close()


class RedisMemoryStore:
    PREFIX = "careerbot:context:"

    def __init__(self, url: str) -> None:
        self._redis = redis_client(url)

    async def get(self, chat_id: int) -> str | None:
        return await self._redis.get(f"{self.PREFIX}{chat_id}")

    async def put(self, chat_id: int, value: str) -> None:
        await self._redis.set(f"{self.PREFIX}{chat_id}", value)

    async def delete(self, chat_id: int) -> None:
        await self._redis.delete(f"{self.PREFIX}{chat_id}")

    async def close(self) -> None:
        await self._redis.aclose()


def sqlite_connection(path: Path) -> sqlite3.Connection:
    """A connection to the shared SQLite file (WAL, so several processes share it), autocommitting. No lock is
    needed: each method of its users is one synchronous statement, which no other coroutine can interleave with."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, check_same_thread=False, timeout=10, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    return db


def redis_client(url: str):
    import redis.asyncio as redis  # only when Redis is configured (the optional extra)

    return redis.from_url(url, decode_responses=True)


def backend(url: str) -> str:
    """``sqlite`` or ``redis``, from CONTEXT_URL (the answered-update records live in the same place)."""
    if url.startswith("sqlite:///"):
        return "sqlite"
    if url.startswith(("redis://", "rediss://", "unix://")):
        return "redis"
    raise ValueError(f"CONTEXT_URL must be sqlite:///path or redis://host:port/db, not {url.split(':')[0]}:…")


def sqlite_path(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def open_memory_store(url: str) -> MemoryStore:
    return SQLiteMemoryStore(sqlite_path(url)) if backend(url) == "sqlite" else RedisMemoryStore(url)
