"""Meaning: what a message says, read with sentence vectors when the phrasing rules cannot tell.

Loaded lazily: the model (``knowledge/embedder.py``) and the store's vectors (``knowledge/vectors.py``) are
opened at the first message that needs them, so a message the rules answer never touches the model. Only
the user's message is embedded at run time (once per message, cached), cut to a bounded length.

- ``occupations``: describe a job — the occupation's title and description, plus 0.7 × its closest task, plus a
  bonus for the full-text (BM25) ranks: measured better than reciprocal rank fusion on the tune half.
- ``route``: the nearest example questions vote for an intent and topic (k nearest, the closest weighing most).
- ``majors``: the CIP programs whose titles are closest.
"""

from __future__ import annotations

import functools
import os
import re
import threading
from dataclasses import dataclass

import numpy as np

from knowledge import vectors
from knowledge.blas import model_threads
from knowledge.embedder import Embedder, vocabulary

TASK_WEIGHT = 0.7
LEXICAL_BONUS = 0.2
LEXICAL_DEPTH = 20
"""Ranking weights, from a grid on the tune halves' 206 descriptions (task 0.3–1.0 × lexical 0–0.45 × depth
10–40): 0.5/0.05 held 175, 0.7/0.2 180; from 0.6 up with 0.2–0.3 all within two of it."""
FLOOR_TASK_WEIGHT = 0.5
"""The weighting the floors below were set with (whether a text describes work, a job held)."""
MODEL_THREADS = int(os.environ.get("CAREERBOT_MODEL_THREADS") or model_threads())
"""BLAS threads for one message's model call: a 12-word-piece text 10.6 → 7.4 ms with 2 on this 2-core machine,
in one process; ``careerbot serve`` gives each worker its share of the CPUs (cli/run.py), since two processes of
two threads each on 2 cores slow every call (knowledge/blas.py)."""
ROUTE_K = 5
ROUTE_TEMPERATURE = 0.05
"""Votes weigh exp((similarity − the closest's) / this): 0.1 closer counts 7×, so "is being a pilot a dying
job" follows its one close outlook example (0.77), not three advice examples at 0.5."""
ROUTE_FLOOR = 0.45
"""An example question must be at least this close (cosine) for its vote to count."""
MATCH_FLOOR = 0.4
"""An occupation this far from a description (below it) is no answer: gibberish scores about 0.3."""
OFF_TOPIC = 0.45
"""A message this close to an off-topic example ("what's the weather like") is not a description of work."""
DESCRIBES_FLOOR = 0.5
"""A description of work comes this close to some occupation (title and description + half its closest task)."""
CLEAR_MARGIN = 0.25
LOW_FLOOR = 0.45
"""Far closer to the example descriptions than to any off-topic one (by CLEAR_MARGIN), a description may come
less close to its occupation ("driving an 18 wheeler cross country": truck drivers at 0.46)."""
_HOW_DO_I = re.compile(r"^\W*how\s+(?:do|can|should|would|to)\b", re.I)
FAR_FROM_CHATTER = 0.25
FAR_FLOOR = 0.6
"""Far from every off-topic example (below FAR_FROM_CHATTER) though no nearer an example description, a text coming
this close to one occupation describes its work ("presides over trials and hands down sentences": judges at 0.62,
chatter at 0.24). Measured on the tune sets and the chatter lists (testkit/chatter.txt, benchmarks/offtopic_tune.txt):
22 more tune descriptions read as such, no chatter (0.55 would take two chatter lines; 0.3 from chatter two more)."""
STRONG_FLOOR = 0.75
"""Nearer an off-topic example than any example description (both far), a text is still a description when it
comes this close to one occupation ("works in lab doing DNA test on crime scene evidence": forensic science
technicians at 0.80); of 222 off-topic messages, 1% come as close."""


@dataclass(frozen=True)
class Route:
    intent: str
    topic: str | None
    score: float


class Meaning:
    def __init__(self, db) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._embedder: Embedder | None = None
        self._sets: dict[str, vectors.VectorSet] = {}
        self._index: tuple[dict[str, int], tuple[np.ndarray, np.ndarray]] | None = None
        self._kinds: tuple[np.ndarray, np.ndarray] | None = None

    # --- loading ------------------------------------------------------------------------------
    @property
    def embedder(self) -> Embedder:
        with self._lock:
            if self._embedder is None:
                self._embedder = Embedder(threads=MODEL_THREADS)
            return self._embedder

    def vectors(self, kind: str) -> vectors.VectorSet:
        with self._lock:
            if kind not in self._sets:
                self._sets[kind] = vectors.load(self._db, kind)
            return self._sets[kind]

    def warm(self) -> None:
        """Open the model and read every vector set (a bot does this in the background after start-up)."""
        self.vector("warm up")
        _ = self.words
        for kind in ("occupation", "task", "major", "question"):
            self.vectors(kind)

    def vector(self, text: str) -> np.ndarray:
        """The text's unit vector. Spacing never changes a text's word pieces, so texts that differ only in it
        (a message with a job's words cut out leaves double spaces) share one model call."""
        return self._vector(" ".join(text.split()))

    @functools.lru_cache(maxsize=256)  # noqa: B019 — one Meaning per process, lives as long as it
    def _vector(self, text: str) -> np.ndarray:
        return self.embedder.one(text)

    # --- uses ---------------------------------------------------------------------------------
    def occupations(self, text: str, lexical: list[str] = (), limit: int = 50,
                    task_weight: float = TASK_WEIGHT) -> list[tuple[str, float]]:
        """Occupations whose work the text describes, best first, with their scores (``task_weight``: how much
        the closest task adds; the floors that judge whether a text describes work at all read it at 0.5)."""
        occ = self.vectors("occupation")
        index, _ = self._occupation_index()
        whole, closest_task = self._closeness(" ".join(text.split()))
        score = whole + task_weight * closest_task
        for rank, code in enumerate(lexical[:LEXICAL_DEPTH]):
            if code in index:
                score[index[code]] += LEXICAL_BONUS / (1 + rank) ** 0.5
        order = np.argsort(-score)[:limit]
        return [(occ.refs[i], float(score[i])) for i in order if score[i] >= MATCH_FLOOR]

    def closeness(self, text: str, codes: list[str], task_weight: float = FLOOR_TASK_WEIGHT) -> dict[str, float]:
        """How close the text comes to each of these occupations' work (as ``occupations`` scores it)."""
        index, _ = self._occupation_index()
        whole, closest_task = self._closeness(" ".join(text.split()))
        return {c: float(whole[index[c]] + task_weight * closest_task[index[c]]) for c in codes if c in index}

    @functools.lru_cache(maxsize=64)  # noqa: B019 — one Meaning per process; a message asks several times
    def _closeness(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Each occupation's closeness to the text (title and description) and that of its closest task."""
        v = self.vector(text)
        occ, tasks = self.vectors("occupation"), self.vectors("task")
        _, (starts, rows) = self._occupation_index()
        closest_task = np.full(len(occ.refs), -1.0, dtype=np.float32)
        if len(starts):  # tasks are stored grouped by occupation: one maximum per group
            best = np.maximum.reduceat(tasks.matrix @ v, starts)
            known = rows >= 0
            closest_task[rows[known]] = best[known]
        whole = occ.matrix @ v
        whole.flags.writeable = closest_task.flags.writeable = False  # shared through the cache
        return whole, closest_task

    def _occupation_index(self) -> tuple[dict[str, int], tuple[np.ndarray, np.ndarray]]:
        """Each occupation's row, and where each occupation's run of task vectors starts (computed once)."""
        if self._index is None:
            occ, tasks = self.vectors("occupation"), self.vectors("task")
            index = {c: i for i, c in enumerate(occ.refs)}
            starts = [i for i, c in enumerate(tasks.refs) if i == 0 or tasks.refs[i - 1] != c]
            rows = [index.get(tasks.refs[i], -1) for i in starts]  # -1: an occupation without its own vector
            self._index = index, (np.array(starts, dtype=np.int64), np.array(rows, dtype=np.int64))
        return self._index

    def route(self, text: str) -> Route | None:
        """The intent and topic the nearest example questions agree on, or None when none is close."""
        questions = self.vectors("question")
        if not questions.refs:
            return None
        sims = questions.matrix @ self.vector(text)
        votes: dict[str, float] = {}
        top = float(sims.max())
        for i in np.argsort(-sims)[:ROUTE_K]:
            if sims[i] >= ROUTE_FLOOR:  # a far closer example outweighs several middling ones of a larger kind
                weight = float(np.exp((float(sims[i]) - top) / ROUTE_TEMPERATURE))
                votes[questions.refs[i]] = votes.get(questions.refs[i], 0.0) + weight
        if not votes:
            return None
        best = max(votes, key=votes.get)
        intent, _, topic = best.partition(":")
        return Route(intent, None if topic == "-" else topic, float(sims.max()))

    def describes_work(self, text: str, activity: bool = False, unnamed: bool = False) -> bool:
        """Is the text a description of work? Closer to the example descriptions than to the off-topic (or advice)
        examples (or said as an activity: "making lattes and cappuccinos"), not close to any off-topic one, and
        close to some occupation (thresholds from the tune half). ``unnamed``: no job's name is in the text, so
        coming very close to one occupation's work is a description by itself (a named job comes close to its own)."""
        sims = self.vectors("question").matrix @ self.vector(text)
        off_topic, describing = self._question_kinds()
        other = float(sims[off_topic].max(initial=-1.0))
        describe = float(sims[describing].max(initial=-1.0))
        if (other >= OFF_TOPIC and not activity) or (describe < other and not activity and not unnamed):
            return False
        best = self.occupations(text, limit=1, task_weight=FLOOR_TASK_WEIGHT)
        if other >= OFF_TOPIC and (not best or best[0][1] <= other):
            return False  # said as a doing, it may be near an off-topic example ("treats sick dogs" ~ "my dog is
            # sick") and still describe work, when it comes closer to some occupation's
        if describe < other and not activity:
            far = other < FAR_FROM_CHATTER and not _HOW_DO_I.match(text)  # "how do i invest in stocks": one's own
            floor = FAR_FLOOR if far else STRONG_FLOOR  # nearer chatter than the example descriptions, but one
            # occupation's own work; when far from chatter too, closer to one occupation
        else:
            floor = DESCRIBES_FLOOR if describe - other < CLEAR_MARGIN else LOW_FLOOR
        return bool(best) and best[0][1] >= floor

    def _question_kinds(self) -> tuple[np.ndarray, np.ndarray]:
        """Masks over the example questions: off-topic or advice ones, and descriptions of work (computed once)."""
        if self._kinds is None:
            kinds = np.array([r.split(":")[0] for r in self.vectors("question").refs])
            self._kinds = (kinds == "other") | (kinds == "advice"), kinds == "describe"
        return self._kinds

    def is_word(self, phrase: str) -> bool:
        """Is the phrase made of everyday English words (each one word piece of the model's vocabulary)?
        "zorblax" is not (zor-bla-x): the name of a product, not a description."""
        return all(w in self.words for w in phrase.lower().split())

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """The model's vocabulary of whole words, read once without loading the model (a rule may ask)."""
        return vocabulary()

    def majors(self, text: str, limit: int = 5) -> list[tuple[str, float]]:
        majors = self.vectors("major")
        if not majors.refs:
            return []
        sims = majors.matrix @ self.vector(text)
        return [(majors.refs[i], float(sims[i])) for i in np.argsort(-sims)[:limit]]
