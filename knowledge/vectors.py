"""Sentence vectors of what questions are matched against, made when the store is built and kept in it.

Kinds (``vectors.kind``; ``ref`` says what each row stands for):
- ``occupation``: an occupation's title and description (ref: its code);
- ``task``: one of an occupation's first ``TASKS_PER_OCCUPATION`` tasks in O*NET's order (ref: its code);
- ``major``: a CIP program's title (ref: its CIP code);
- ``question``: an example question for routing by meaning (ref: ``intent:topic``, knowledge/data/lexicon).
Vectors are stored as float16 (half the size; cosines change by < 0.001) and read once as float32 matrices.
At build time the texts are embedded by ``PROCESSES`` worker processes, shortest first so a batch pads little.
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import numpy as np

from knowledge.embedder import DIMENSIONS, Embedder

TASKS_PER_OCCUPATION = 6
PROCESSES = 2
BATCH = 32
Text = tuple[str, str, int, str]
"""(kind, ref, rank, text)"""


@dataclass(frozen=True)
class VectorSet:
    """One kind's vectors: rows of ``matrix`` (unit float32) stand for ``refs`` (with ``texts``)."""

    kind: str
    refs: tuple[str, ...]
    texts: tuple[str, ...]
    matrix: np.ndarray


def texts_to_embed(occupations: Iterable[dict], tasks: Iterable[dict], majors: Iterable[dict],
                   questions: Iterable[dict]) -> list[Text]:
    out: list[Text] = []
    for o in occupations:
        if o["origin"] == "onet" and not o["code"].startswith("55-"):
            out.append(("occupation", o["code"], 0, f"{o['title']}. {o.get('description') or ''}".strip()))
    embedded = {ref for _, ref, _, _ in out}
    for t in tasks:
        if t["rank"] <= TASKS_PER_OCCUPATION and t["code"] in embedded:
            out.append(("task", t["code"], t["rank"], t["text"]))
    out += [("major", m["cip"], 0, m["title"]) for m in majors]
    out += [("question", f"{q['intent']}:{q['topic']}", i, q["example"]) for i, q in enumerate(questions)]
    return out


_worker: Embedder | None = None


def _start_worker() -> None:
    global _worker
    _worker = Embedder(threads=1)  # one BLAS thread a process: the processes share the cores, not oversubscribe


def _embed_chunk(texts: list[str]) -> np.ndarray:
    assert _worker is not None
    return _worker.embed(texts, batch=BATCH)


def embed_texts(texts: list[str], processes: int = PROCESSES) -> np.ndarray:
    """Unit vectors for the texts, in their order."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: (len(texts[i]), i))
    chunks = [[texts[i] for i in order[s:s + BATCH * 8]] for s in range(0, len(order), BATCH * 8)]
    if processes > 1 and len(chunks) > 1:
        with ProcessPoolExecutor(processes, initializer=_start_worker) as pool:
            parts = list(pool.map(_embed_chunk, chunks))
    else:
        embedder = Embedder()
        parts = [embedder.embed(c, batch=BATCH) for c in chunks]
    out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    out[order] = np.concatenate(parts)
    return out


def rows(texts: list[Text], processes: int = PROCESSES) -> list[dict[str, object]]:
    """The store's ``vectors`` rows for these texts."""
    matrix = embed_texts([t for *_, t in texts], processes)
    return [{"kind": k, "ref": r, "rank": n, "text": t, "vec": v.astype(np.float16).tobytes()}
            for (k, r, n, t), v in zip(texts, matrix, strict=True)]


def load(db, kind: str) -> VectorSet:
    """One kind's vectors from the store (``db``: a sqlite3 connection), in (ref, rank) order."""
    found = db.execute("SELECT ref, text, vec FROM vectors WHERE kind = ? ORDER BY ref, rank", [kind]).fetchall()
    if not found:
        return VectorSet(kind, (), (), np.zeros((0, DIMENSIONS), dtype=np.float32))
    matrix = np.frombuffer(b"".join(r[2] for r in found), dtype=np.float16).reshape(len(found), DIMENSIONS)
    return VectorSet(kind, tuple(r[0] for r in found), tuple(r[1] for r in found), matrix.astype(np.float32))
