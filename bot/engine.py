"""The conversation core's services, built once per process: store, matcher, places, understander.

The matcher's index takes a few seconds to build from 115,000 titles, so it is cached beside the store
(builtin containers written with marshal, keyed by the store's content digest and the version of the code
and word tables that shape it); later starts load it in a fraction of that. A cache that cannot be written or
read is simply rebuilt.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import marshal
import os
from collections.abc import Iterator
from pathlib import Path

from bot.understanding import matcher as matcher_module
from bot.understanding import normalize, title_forms, words
from bot.understanding.decide import Decider
from bot.understanding.matcher import Matcher
from bot.understanding.meaning import Meaning
from bot.understanding.places import Places
from bot.understanding.understander import Understander
from knowledge.embedder import model_path, verify
from knowledge.major_index import MajorIndex
from knowledge.paths import default_store_path
from knowledge.store import Store, open_store
from knowledge.tool_index import ToolIndex

log = logging.getLogger(__name__)
INDEX_CODE = (matcher_module, normalize, title_forms)
"""The code that shapes the title index (decide.py and the rest only read it): part of the cache's key."""


def _code_version() -> str:
    h = hashlib.sha256()
    inputs = [Path(m.__file__) for m in INDEX_CODE]
    for path in inputs + list(words.INDEX_INPUTS):  # and the word tables normalize reads
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_matcher(store: Store) -> Matcher:
    digest = store.digest()
    cache = store.path.with_name(f"{store.path.name}.matcher-{_code_version()}.marshal")
    try:
        with _collector_paused():  # loading makes a million containers: collections meanwhile only cost time
            saved_digest, state = marshal.loads(cache.read_bytes())
            if saved_digest == digest:
                return Matcher.from_state(state)
        log.info("the title index cache %s is of another store: rebuilding it", cache)
    except FileNotFoundError:
        log.info("no title index cache at %s yet: building it", cache)
    except (OSError, EOFError, ValueError, TypeError, KeyError) as exc:
        log.warning("the title index cache %s cannot be read (%s): rebuilding it", cache, type(exc).__name__)
    matcher = Matcher.from_store(store)
    try:
        tmp = cache.with_suffix(f".tmp{os.getpid()}")
        with open(tmp, "wb") as f:
            marshal.dump((digest, matcher.to_state()), f)
        os.replace(tmp, cache)
        for old in cache.parent.glob(f"{store.path.name}.matcher-*.marshal"):
            if old != cache:
                old.unlink(missing_ok=True)  # an index of older code (12 MB each) is never read again
    except OSError as exc:
        log.warning("could not cache the title index at %s: %s", cache, exc)
    return matcher


def settle_heap(collect: bool = False) -> None:
    """Move what is loaded for good (title index, profiles) out of the garbage collector's sight.

    Nothing in the knowledge store is ever freed, yet each full collection walked all of it: 170 ms per
    full collection under load, 1.5 s of GC in a 25-second benchmark run (benchmarks/e2e.py with GCPROBE=1).
    ``gc.freeze`` is CPython's tool for the long-lived objects of a server process; with a larger first
    threshold (7,000 allocations, not 700) collections run a tenth as often. GC time: 2.5 s → 0.7 s a run.
    Done only by a bot that opened its own store (a process of its own), never inside tests. At start-up it
    freezes without collecting first (a full collection there is 60 ms before the first answer)."""
    if collect:
        gc.collect()
    gc.freeze()
    gc.set_threshold(7000, 10, 10)


class Engine:
    """Everything the conversation needs, opened once: ``Engine.open()``."""

    def __init__(self, store: Store, meaning: bool = True) -> None:
        self.store = store
        if meaning:
            verify(model_path())  # a missing or altered model is a one-line error now, not at the first question
        self.matcher = load_matcher(store)
        self.places = Places(store.areas())
        self.decider = Decider(self.matcher, store.generic_words())
        self.meaning = Meaning(store.db) if meaning else None
        self.majors = MajorIndex(store)
        self.tools = ToolIndex(store)
        self.understand = Understander(self.matcher, self.places, self.decider, store.occupation_facts(), self.meaning,
                                       self.majors, self.tools)

    @classmethod
    def open(cls, store_path: Path | None = None, meaning: bool = True) -> Engine:
        return cls(open_store(store_path or default_store_path()), meaning)

    def close(self) -> None:
        self.store.close()
