"""Builds are deterministic, every input reaches the store, and the CLI reports coverage: on the synthetic raw
data (testkit/synthetic.py) with the shipped comparison pages, extracted and built in milliseconds. The real
store's coverage is tests/knowledge/test_store_coverage.py's."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from cli import main
from knowledge.build import build
from knowledge.extract import Extractor
from knowledge.paths import SEEDS_DIR
from knowledge.store import Store
from testkit.synthetic import WELDER, extract_tiny


def _build(root: Path, change: Callable[[Path], None] | None = None) -> Path:
    """The synthetic raw data and a copy of the shipped pages under ``root``, extracted (re-extracted after
    ``change`` edits them, as a data refresh does) and built into ``root``/knowledge.sqlite."""
    pages = root / "pages"
    shutil.copytree(SEEDS_DIR, pages)
    extracts = extract_tiny(root, seeds=pages)
    if change:
        change(root)
        Extractor(root / "data", extracts).run(pages)
    path = root / "knowledge.sqlite"
    build(path, data=extracts, seeds=extracts / "seeds")
    return path


def _schema(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        return db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()


def _rows(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows (full-text index and its shadow tables too), in stored order, rowids included."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        out = {}
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall():
            try:
                out[name] = db.execute(f"SELECT rowid, * FROM [{name}]").fetchall()
            except sqlite3.OperationalError:  # a WITHOUT ROWID table: its key orders it
                out[name] = db.execute(f"SELECT * FROM [{name}]").fetchall()
        return out


def _digest(path: Path) -> str:
    store = Store(path)
    try:
        return store.digest()
    finally:
        store.close()


def test_build_is_deterministic(tmp_path):
    first, second = _build(tmp_path / "first"), _build(tmp_path / "second")
    rows = _rows(first)
    assert len(rows["occupations"]) == 5  # the two synthetic O*NET occupations and the pages' three profiles
    assert all(rows[t] for t in ("titles", "salary", "area_wages", "tasks", "skills", "search_docs_fts", "meta"))
    assert _schema(first) == _schema(second)
    assert rows == _rows(second)
    assert _digest(first) == _digest(second)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_bytes().decode("utf-8")
    assert old in text
    path.write_bytes(text.replace(old, new).encode("utf-8"))


# An edit to each kind of input, and a table it must reach. Each keeps every table's row count, so the store's
# digest can tell the stores apart only by the inputs' checksums (the extracts' manifest, the lexicon files).
CHANGES = {
    "O*NET data": (lambda root: _edit(root / "data/onet/Occupation Data.txt", "Weld.", "Join metal."),
                   "occupations"),
    "a comparison page": (lambda root: _edit(next((root / "pages").glob("000_*.txt")), "Average age4940",
                                             "Average age4941"), "demographics"),
    "the lexicon": (lambda root: _edit(root / "extracts/lexicon/everyday.tsv", "\nhospice nurse\t29-1141\t",
                                       f"\nhospice nurse\t{WELDER}\t"), "titles"),
}


@pytest.mark.parametrize("change, table", CHANGES.values(), ids=CHANGES.keys())
def test_a_changed_input_changes_the_store(tmp_path, change, table):
    before, after = _build(tmp_path / "before"), _build(tmp_path / "after", change)
    assert _rows(before)[table] != _rows(after)[table]
    old, new = _digest(before).split(":", 3), _digest(after).split(":", 3)  # schema, extracts, builder, counts
    assert old[3] == new[3] and old[1] != new[1]


def test_stats_command_prints_coverage(capsys, tmp_path):
    assert main(["knowledge", "stats", "--store", str(_build(tmp_path))]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "        2  occupations (O*NET 30.1)",
        "        3  profiles from comparison pages",
        "        1  with wages (OEWS May 2025)",  # registered nurses only: welders have no annual mean
        "        1  with outlook (EP 2024–34)",
        "        1  with demographics (CPS 2025)",
        "        1  with tasks",
        "        1  with skills",  # welders have knowledge, not skills
        "       17  titles and aliases",
        "        1  state and metro wage rows",  # Texas
    ]
