"""Which updates were answered, remembered for a day in the store CONTEXT_URL names (so shared by all workers):
Telegram redelivers a webhook update it saw no 200 for, and long polling fetches again what it had not
confirmed after a crash. handlers/dedupe.py checks and records through this."""

from __future__ import annotations

import time
from typing import Protocol

from handlers.memorystore import backend, redis_client, sqlite_connection, sqlite_path

TTL = 24 * 3600
"""How long an answered update id is remembered, so a redelivered update is not answered twice."""


class AnsweredUpdates(Protocol):
    async def is_done(self, update_id: int) -> bool: ...
    async def mark_done(self, update_id: int) -> None: ...
    async def close(self) -> None: ...


class SQLiteAnswered:
    def __init__(self, url: str) -> None:
        self._db = sqlite_connection(sqlite_path(url))
        self._db.execute("CREATE TABLE IF NOT EXISTS done_updates (update_id INTEGER PRIMARY KEY, at REAL NOT NULL)")
        self._marks = 0

    async def is_done(self, update_id: int) -> bool:
        return self._db.execute("SELECT 1 FROM done_updates WHERE update_id = ?", (update_id,)).fetchone() is not None

    async def mark_done(self, update_id: int) -> None:
        now = time.time()
        self._db.execute("INSERT OR IGNORE INTO done_updates (update_id, at) VALUES (?, ?)", (update_id, now))
        self._marks += 1
        if self._marks % 1000 == 0:
            self._db.execute("DELETE FROM done_updates WHERE at < ?", (now - TTL,))

    async def close(self) -> None:
        self._db.close()


class RedisAnswered:
    PREFIX = "careerbot:done:"

    def __init__(self, url: str) -> None:
        self._redis = redis_client(url)

    async def is_done(self, update_id: int) -> bool:
        return bool(await self._redis.exists(f"{self.PREFIX}{update_id}"))

    async def mark_done(self, update_id: int) -> None:
        await self._redis.set(f"{self.PREFIX}{update_id}", 1, ex=TTL)

    async def close(self) -> None:
        await self._redis.aclose()


def open_answered(url: str) -> AnsweredUpdates:
    return SQLiteAnswered(url) if backend(url) == "sqlite" else RedisAnswered(url)
