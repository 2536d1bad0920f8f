"""The chat memory store (handlers/memorystore.py, handlers/persistence.py, handlers/services.py): stores written
before the rename still read, and damaged entries are dropped with a warning that names the chat, never what
was stored."""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3

import pytest

from handlers.memorystore import SQLiteMemoryStore, open_memory_store
from handlers.persistence import MemoryPersistence
from testkit import factories
from tests.telegram_harness import lookalike, running, wait_for

SECRET_WORD = "zanzibarquux"
"""Stands for words the user typed, which a stored memory may hold: never to be logged."""


def run(coro):
    return asyncio.run(coro)


def store_raw(db, chat_id: int, value: str) -> None:
    async def put():
        store = open_memory_store(f"sqlite:///{db}")
        await store.put(chat_id, value)
        await store.close()

    run(put())


@pytest.fixture()
def db(tmp_path):
    return tmp_path / "memory.sqlite"


def test_a_store_written_before_the_rename_is_read(db):
    """Existing databases keep working: the table is still chat_context, a row in it is the chat's memory."""
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE chat_context (chat_id INTEGER PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("INSERT INTO chat_context VALUES (7, ?)", ('{"ctx":{"codes":["29-1141.00"]}}',))
    conn.commit()
    conn.close()

    async def read():
        persistence = MemoryPersistence(SQLiteMemoryStore(db))
        data: dict = {}
        await persistence.refresh_chat_data(7, data)
        await persistence.flush()
        return data

    assert run(read()) == {"ctx": {"codes": ["29-1141.00"]}}


@pytest.mark.parametrize("raw", ['{"ctx": {"codes": ["' + SECRET_WORD, f'["{SECRET_WORD}"]', f'"{SECRET_WORD}"'],
                         ids=["not JSON", "a list", "a string"])
def test_stored_data_that_is_not_a_json_object_is_dropped_with_a_warning(db, caplog, raw):
    store_raw(db, 4040, raw)

    async def read():
        persistence = MemoryPersistence(SQLiteMemoryStore(db))
        data = {"stale": True}
        await persistence.refresh_chat_data(4040, data)
        await persistence.flush()
        return data

    with caplog.at_level(logging.WARNING, logger="handlers.persistence"):
        assert run(read()) == {}
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warned) == 1 and "chat 4040" in warned[0], warned
    assert SECRET_WORD not in caplog.text


def test_valid_stored_data_loads_without_a_warning(db, caplog):
    store_raw(db, 4041, json.dumps({"ctx": {"codes": ["29-1141.00"], "topic": "salary"}}))

    async def read():
        persistence = MemoryPersistence(SQLiteMemoryStore(db))
        data: dict = {}
        await persistence.refresh_chat_data(4041, data)
        await persistence.flush()
        return data

    with caplog.at_level(logging.WARNING):
        assert run(read())["ctx"]["topic"] == "salary"
    assert not caplog.records


@pytest.mark.parametrize("stored", [
    '{"ctx": {"codes": "' + SECRET_WORD + '"}}',  # valid JSON, but not a chat memory
    '{"ctx": {"codes": ["29-1141.00"], "listing": ["' + SECRET_WORD + '"]}}',
    '{"ctx": ' + SECRET_WORD,  # not JSON at all
], ids=["codes not a list", "listing not a string", "not JSON"])
def test_a_damaged_chat_memory_is_logged_with_the_chat_id_and_the_chat_starts_afresh(engine, db, caplog, stored):
    store_raw(db, 4242, stored)

    async def scenario():
        async with lookalike() as api:
            async with running(api, engine, db):
                api.push(factories.message(4242, "and skills?"))
                await wait_for(lambda: api.sent("sendMessage", 4242))
                api.push(factories.message(4242, "RN vs LPN"))  # the memory is written afresh
                api.push(factories.message(4242, "and skills?"))
                await wait_for(lambda: len(api.sent("sendMessage", 4242)) == 3)
            return api

    with caplog.at_level(logging.WARNING):
        api = run(scenario())
    texts = [p["text"] for p in api.sent("sendMessage", 4242)]
    assert "Which job" in texts[0]  # answered, as a chat with no memory
    assert "Skills" in texts[2] and "Registered Nurses" in texts[2]
    warned = [r for r in caplog.records if r.levelno == logging.WARNING and r.name.startswith("handlers.")]
    assert len(warned) == 1 and "chat 4242" in warned[0].getMessage(), [r.getMessage() for r in warned]
    assert SECRET_WORD not in caplog.text
