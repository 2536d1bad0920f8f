"""The title index is cached beside the store and used only while it matches: the store's content and the
index code's version are in its name and header; a cache that is stale, damaged or unwritable is rebuilt.

Every test runs on the synthetic two-occupation store (testkit/synthetic.py, built in a few ms), not the real one.
The key, exactly (bot/engine.py ``load_matcher``):
- the file name ``<store file name>.matcher-<_code_version()>.marshal``: the first 16 hex digits of the sha256 of
  bot/understanding/matcher.py, normalize.py, title_forms.py and the word table they read (title_words.tsv);
- the header ``Store.digest()``: schema version, the extracts' digest (manifest.json and every lexicon/*.tsv the
  store was built from), the builder code's digest and the row counts per table, as written by the build.
"""

from __future__ import annotations

import marshal
import os
import sqlite3
from pathlib import Path

import pytest

from bot import engine as engine_module
from bot.engine import load_matcher
from bot.understanding import matcher as matcher_module
from bot.understanding import normalize, title_forms, words
from knowledge.build import build
from knowledge.store import Store
from testkit.synthetic import RN, WELDER, build_tiny_store, extract_tiny


@pytest.fixture()
def tiny(tmp_path):
    store = Store(build_tiny_store(tmp_path))
    yield store
    store.close()


def _caches(store: Store) -> list[Path]:
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


def _saved(cache: Path) -> tuple[str, dict]:
    digest, state = marshal.loads(cache.read_bytes())
    return digest, state


def test_written_once_then_loaded(tiny, monkeypatch):
    builds = _built(monkeypatch)
    first = load_matcher(tiny)
    (cache,) = _caches(tiny)
    assert cache.name == f"{tiny.path.name}.matcher-{engine_module._code_version()}.marshal"
    assert _saved(cache) == (tiny.digest(), first.to_state())
    second = load_matcher(tiny)
    assert len(builds) == 1 and _caches(tiny) == [cache]
    assert second.to_state() == first.to_state()  # the whole index came back from the cache
    assert second.match("registered nurse")[0].code == first.match("registered nurse")[0].code == RN


DAMAGE = {  # each reaches load_matcher's reading in another way (the exception it raises there)
    "garbage": lambda data, digest: b"\x00garbage",  # ValueError: bad marshal data
    "truncated": lambda data, digest: data[:len(data) // 2],  # EOFError: a write cut short
    "not a pair": lambda data, digest: marshal.dumps(None),  # TypeError: nothing to unpack
    "no index in it": lambda data, digest: marshal.dumps((digest, {})),  # KeyError: the right store, no state
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_cache_is_rebuilt(tiny, monkeypatch, damage, caplog):
    builds = _built(monkeypatch)
    load_matcher(tiny)
    (cache,) = _caches(tiny)
    cache.write_bytes(damage(cache.read_bytes(), tiny.digest()))
    with caplog.at_level("WARNING", logger="bot.engine"):
        matcher = load_matcher(tiny)
    assert len(builds) == 2 and matcher.match("welder")[0].code == WELDER
    assert any(str(cache) in r.getMessage() and "cannot be read" in r.getMessage() for r in caplog.records)
    assert _saved(cache) == (tiny.digest(), matcher.to_state())  # written again, whole
    load_matcher(tiny)
    assert len(builds) == 2  # and read from then on


def test_another_store_content_is_not_served_the_old_index(tiny, monkeypatch):
    builds = _built(monkeypatch)
    load_matcher(tiny)
    (cache,) = _caches(tiny)
    before = tiny.digest()
    with sqlite3.connect(tiny.path) as db:  # as a rebuild would: other counts, another digest
        db.execute("UPDATE meta SET value = value || ' changed' WHERE key = 'counts'")
    rebuilt = Store(tiny.path)
    try:
        assert rebuilt.digest() != before
        load_matcher(rebuilt)
        assert len(builds) == 2
        assert _caches(rebuilt) == [cache] and _saved(cache)[0] == rebuilt.digest()  # now the new store's
    finally:
        rebuilt.close()


def test_new_index_code_replaces_the_old_cache(tiny, monkeypatch):
    load_matcher(tiny)
    (old,) = _caches(tiny)
    monkeypatch.setattr(engine_module, "_code_version", lambda: "0123456789abcdef")
    load_matcher(tiny)
    assert _caches(tiny) == [tiny.path.with_name(f"{tiny.path.name}.matcher-0123456789abcdef.marshal")]
    assert not old.exists()  # an index of older code is never read again: removed


def test_an_unwritable_cache_only_costs_a_rebuild(tiny, monkeypatch, caplog):
    builds = _built(monkeypatch)
    cache = tiny.path.with_name(f"{tiny.path.name}.matcher-{engine_module._code_version()}.marshal")
    cache.with_suffix(f".tmp{os.getpid()}").mkdir()  # where the cache would be written: not writable, even as root
    matcher = load_matcher(tiny)
    assert len(builds) == 1 and matcher.match("welder")[0].code == WELDER
    assert not cache.exists() and "could not cache the title index" in caplog.text


def test_a_changed_lexicon_rebuilds_the_index(tmp_path, monkeypatch):
    """The lexicon (lexicon/*.tsv) is in the key through the store: the build hashes it into the extracts' digest.
    Here only one lexicon line changes its occupation, so the rows counted, the schema and the builder stay the same
    and the extracts' digest alone tells the old index from the new."""
    extracts = extract_tiny(tmp_path)
    (tmp_path / "no-seeds").mkdir()
    everyday = extracts / "lexicon" / "everyday.tsv"
    shipped = everyday.read_text(encoding="utf-8").rstrip("\n")
    path = tmp_path / "tiny.sqlite"

    def build_with(code: str) -> Store:
        everyday.write_text(f"{shipped}\nspark artist\t{code}\tslang\ta test entry\n", encoding="utf-8")
        build(path, data=extracts, seeds=tmp_path / "no-seeds")  # in place, as `careerbot knowledge build` does
        return Store(path)

    builds = _built(monkeypatch)
    store = build_with(WELDER)
    before = store.digest()
    assert load_matcher(store).match("spark artist")[0].code == WELDER
    store.close()
    store = build_with(RN)
    try:
        after = store.digest()
        old, new = before.split(":", 3), after.split(":", 3)  # schema, extracts, builder, counts
        assert [old[0], old[2], old[3]] == [new[0], new[2], new[3]] and old[1] != new[1]
        matcher = load_matcher(store)
        assert len(builds) == 2 and matcher.match("spark artist")[0].code == RN
        (cache,) = _caches(store)
        assert _saved(cache)[0] == after
    finally:
        store.close()


WORD_TABLES = {  # the index's code: its files' bytes are in the cache's name
    "normalize": (normalize, 'ABBREVIATIONS["wldr"] = "welder"\n'),
    "title_forms": (title_forms, "CURATED_EXTRA = 1\n"),
    "matcher": (matcher_module, 'DOC_WEIGHT["short"] = 2\n'),
}


@pytest.mark.parametrize("module, edit", WORD_TABLES.values(), ids=WORD_TABLES.keys())
def test_changed_word_tables_in_the_index_code_rebuild_the_index(tiny, monkeypatch, tmp_path, module, edit):
    builds = _built(monkeypatch)
    load_matcher(tiny)
    (old,) = _caches(tiny)
    edited = tmp_path / Path(module.__file__).name
    edited.write_text(Path(module.__file__).read_text(encoding="utf-8") + edit, encoding="utf-8")
    monkeypatch.setattr(module, "__file__", str(edited))  # what _code_version reads: the module's file
    load_matcher(tiny)
    (new,) = _caches(tiny)
    assert len(builds) == 2 and new != old and not old.exists()



def test_a_changed_title_word_table_rebuilds_the_index(tiny, monkeypatch, tmp_path):
    """bot/understanding/data/title_words.tsv (abbreviations, British and gendered forms) shapes the index."""
    builds = _built(monkeypatch)
    load_matcher(tiny)
    (old,) = _caches(tiny)
    (table,) = words.INDEX_INPUTS
    edited = tmp_path / table.name
    edited.write_text(table.read_text(encoding="utf-8") + "wldr\twelder\tabbreviation\n", encoding="utf-8")
    monkeypatch.setattr(words, "INDEX_INPUTS", (edited,))
    load_matcher(tiny)
    (new,) = _caches(tiny)
    assert len(builds) == 2 and new != old and not old.exists()
