"""The title index is cached beside the store and used only while it matches: the store's content and the
index code's version are in its name and header; a cache that is stale, damaged or unwritable is rebuilt."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest

from bot import engine as engine_module
from bot.engine import load_matcher
from knowledge.paths import default_store_path
from knowledge.store import Store


@pytest.fixture()
def copy(tmp_path):
    path = tmp_path / "knowledge.sqlite"
    shutil.copyfile(default_store_path(), path)
    store = Store(path)
    yield store
    store.close()


def _caches(store: Store) -> list:
    return sorted(store.path.parent.glob(f"{store.path.name}.matcher-*.marshal"))


def _built(monkeypatch) -> list[int]:
    """Counts builds from the store (as opposed to loads from the cache)."""
    builds: list[int] = []
    original = engine_module.Matcher.from_store

    def counting(store):
        builds.append(1)
        return original(store)

    monkeypatch.setattr(engine_module.Matcher, "from_store", staticmethod(counting))
    return builds


def test_written_once_then_loaded(copy, monkeypatch):
    builds = _built(monkeypatch)
    first = load_matcher(copy)
    (cache,) = _caches(copy)
    second = load_matcher(copy)
    assert len(builds) == 1 and _caches(copy) == [cache]
    assert second.match("registered nurse")[0].code == first.match("registered nurse")[0].code == "29-1141.00"


def test_a_damaged_cache_is_rebuilt(copy, monkeypatch):
    builds = _built(monkeypatch)
    load_matcher(copy)
    (cache,) = _caches(copy)
    cache.write_bytes(b"\x00garbage")
    matcher = load_matcher(copy)
    assert len(builds) == 2 and matcher.match("welder")[0].code == "51-4121.00"
    assert cache.stat().st_size > 1_000_000  # written again, whole


def test_another_store_content_is_not_served_the_old_index(copy, monkeypatch):
    builds = _built(monkeypatch)
    load_matcher(copy)
    before = copy.digest()
    with sqlite3.connect(copy.path) as db:  # as a rebuild would: other counts, another digest
        db.execute("UPDATE meta SET value = value || ' changed' WHERE key = 'counts'")
    rebuilt = Store(copy.path)
    try:
        assert rebuilt.digest() != before
        load_matcher(rebuilt)
    finally:
        rebuilt.close()
    assert len(builds) == 2


def test_new_index_code_replaces_the_old_cache(copy, monkeypatch):
    load_matcher(copy)
    (old,) = _caches(copy)
    monkeypatch.setattr(engine_module, "_code_version", lambda: "0123456789abcdef")
    load_matcher(copy)
    assert _caches(copy) == [copy.path.with_name(f"{copy.path.name}.matcher-0123456789abcdef.marshal")]
    assert not old.exists()  # an index of older code is never read again: removed


def test_an_unwritable_cache_only_costs_a_rebuild(copy, monkeypatch, caplog):
    builds = _built(monkeypatch)
    cache = copy.path.with_name(f"{copy.path.name}.matcher-{engine_module._code_version()}.marshal")
    cache.with_suffix(f".tmp{os.getpid()}").mkdir()  # where the cache would be written: not writable, even as root
    matcher = load_matcher(copy)
    assert builds and matcher.match("welder")[0].code == "51-4121.00"
    assert not cache.exists() and "could not cache the title index" in caplog.text
