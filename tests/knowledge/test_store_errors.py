"""A missing, stale or corrupt store gives a message saying how to rebuild, never a traceback."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from cli import main
from knowledge.store import Store, StoreUnavailable


def test_missing_store(tmp_path):
    with pytest.raises(StoreUnavailable, match="careerbot knowledge build"):
        Store(tmp_path / "nope.sqlite")


def test_corrupt_store_via_cli(tmp_path, capsys):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not sqlite" * 100)
    assert main(["knowledge", "stats", "--store", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "careerbot knowledge build" in err and "Traceback" not in err


def test_stale_schema_version(store, tmp_path):
    stale = tmp_path / "stale.sqlite"
    shutil.copyfile(store.path, stale)
    with sqlite3.connect(stale) as db:
        db.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    with pytest.raises(StoreUnavailable, match="schema version 0"):
        Store(stale)


def test_store_is_read_only(store):
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.db.execute("DELETE FROM occupations")
