"""Builds are deterministic and the CLI reports coverage."""

from __future__ import annotations

import sqlite3

from cli import main
from knowledge.build import build


def _dump(path) -> list[str]:
    with sqlite3.connect(path) as db:
        return list(db.iterdump())


def test_build_is_deterministic(tmp_path, store):
    out = tmp_path / "again.sqlite"
    result = build(out)
    assert result["tables"]["occupations"] == 1019
    assert _dump(out) == _dump(store.path)


def test_stats_command_prints_coverage(capsys, store):
    assert main(["knowledge", "stats", "--store", str(store.path)]) == 0
    out = capsys.readouterr().out
    assert "1,016  occupations (O*NET 30.1)" in out and "titles and aliases" in out
