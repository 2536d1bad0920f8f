"""Find occupations by title, however they are spelled: exact keys first, then fuzzy over a few candidates.

The index holds every title the store knows (official, alternate, reported, short titles such as RN,
page profiles) under two keys: the canonical words in order and the order-free bag of content words.
A phrase costs one dictionary lookup when it is a known title. Otherwise its words are corrected against
the title vocabulary (one or two edits, within a length bucket), candidate titles are taken from the
postings of the rarest words, and only those are scored with rapidfuzz — never all 115,000 titles. How a
title becomes index rows is ``bot/understanding/title_forms.py``.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.understanding import normalize
from bot.understanding.title_forms import deletes, key_head, title_rows

if TYPE_CHECKING:
    from knowledge.rows import OccupationFact

KIND_RANK = {"page": 0, "official": 1, "bls": 2, "lexicon": 2, "short": 3, "census": 4, "alternate": 4,
             "reported": 5, "census_hint": 6}
"""Evidence for a title, most authoritative first: an official O*NET title, the BLS direct-match list or the
curated lexicon, O*NET's short titles, the Census coding index and O*NET alternate titles, titles workers
reported, and Census lines restricted to an industry or coded to a group (candidates only)."""
CURATED = {"page", "official", "bls", "lexicon", "census"}
EXACT = 100.0
"""The score of an exact title (and of a generic word's members)."""
ACCEPT = 88.0
"""A fuzzy score at or above this is a confident match; below it, callers ask "did you mean"."""
SUGGEST = 72.0
MAX_CANDIDATES = 2500
EDIT_PENALTY = 2.0
SHORTLIST = 40
HEAD_POOL = 800
"""Titles holding the head word join the candidates when there are at most this many (a rare head)."""
DOC_WEIGHT = {"official": 2, "bls": 2, "lexicon": 2, "census_hint": 0}
"""How much a title counts in its occupation's BM25 document: curated titles double; Census lines that are only
candidates (restricted to an industry or coded to a group) not at all."""
HEAD_MIN = 3
"""A word is a head word (names what a job is: nurse, worker, cook) when at least this many titles end in it."""
COMPOUND_PART = 3
"""The shortest part a word no title has is split into ("bus" + "person")."""


@dataclass(frozen=True, slots=True)
class Candidate:
    code: str
    title: str
    alias: str
    score: float
    exact: bool
    evidence: int = 9
    """The kind of evidence behind the matched title (KIND_RANK: lower is more authoritative)."""


def _acronyms(aliases: Iterable[str]) -> frozenset[str]:
    """Words the titles only ever write in capitals ("CRNA", "LPN"): an acronym is typed right or not at all."""
    upper: set[str] = set()
    lower: set[str] = set()
    for alias in aliases:
        for token in re.findall(r"[A-Za-z]+", alias):
            (upper if len(token) > 1 and token.isupper() else lower).add(token.lower())
    return frozenset(upper - lower)


class _Entry(NamedTuple):
    rank: tuple
    code: str
    alias: str


class Matcher:
    """An index of titles → occupations. Build once (``from_store``), query many times."""

    def __init__(self, entries: Iterable[tuple[str, str, str]], facts: dict[str, OccupationFact]) -> None:
        self.titles = {code: f.title for code, f in facts.items()}  # strings only: saved in ``to_state``
        rows, code_words = title_rows(entries, facts, CURATED)
        self._documents(rows)
        self._index_keys(rows, code_words, facts)
        self._index_words(rows)

    def _index_keys(self, rows: list[tuple], code_words: dict[str, list[frozenset[str]]],
                    facts: dict[str, OccupationFact]) -> None:
        """Each exact key's occupations, best evidence first; bag keys; the keys in order."""
        codes_per_key: dict[str, set[str]] = defaultdict(set)
        for k, _, _, code, _ in rows:
            codes_per_key[k].add(code)

        def support(k: str, code: str) -> int:
            """How many of the occupation's titles contain these words (CNA: 5 for nursing assistants)."""
            if len(codes_per_key[k]) < 2:
                return 1
            want = set(k.split())
            return sum(1 for ws in code_words[code] if want <= ws)

        by_key: dict[str, list[_Entry]] = defaultdict(list)
        bags: dict[str, set[str]] = defaultdict(set)
        for k, b, alias, code, kind in rows:
            by_key[k].append(_Entry(self._rank(kind, support(k, code), facts[code]), code, alias))
            bags[b].add(k)
        # Entries are kept as plain tuples (fast to save and load) and read through ``entries``.
        self.by_key = {k: [tuple(e) for e in self._best_per_code(v)] for k, v in by_key.items()}
        self.by_bag = {b: tuple(sorted(ks)) for b, ks in bags.items()}  # bag key → the keys that share it
        self.keys = sorted(self.by_key)

    def _index_words(self, rows: list[tuple]) -> None:
        """Words → keys, head words, idf, stems, and the tables of spelling correction."""
        postings: dict[str, set[int]] = defaultdict(set)
        for i, k in enumerate(self.keys):
            for w in k.split():
                postings[w].add(i)
        self.postings = {w: frozenset(ids) for w, ids in postings.items()}
        natural = {r[0] for r in rows if not r[4].startswith("census")}  # coder-order Census lines end anyhow
        ends: dict[str, int] = defaultdict(int)
        for k in natural:
            ends[k.rsplit(" ", 1)[-1]] += 1
        self.head_words = sorted(w for w, n in ends.items() if n >= HEAD_MIN)
        known = frozenset(self.head_words)
        # The Census index is alphabetised by head noun ("Teacher physical therapy aides", "Counselor camp"):
        # a key only it has is headed by its first word when that is a head word.
        self.key_heads = [key_head(k.split(), known) if k in natural or k.split()[0] not in known
                          else k.split()[0] for k in self.keys]
        self.idf = {w: math.log(1 + len(self.keys) / (1 + len(ids))) for w, ids in self.postings.items()}
        self.vocab = sorted(self.postings)
        by_stem: dict[str, list[str]] = defaultdict(list)
        for w in self.vocab:
            by_stem[normalize.stem(w)].append(w)
        self.stems = dict(by_stem)
        self.vocab_by_len: dict[int, list[str]] = defaultdict(list)
        self.deletions: dict[str, list[str]] = defaultdict(list)
        acronyms = _acronyms(r[2] for r in rows)
        for w in sorted(self.postings):
            self.vocab_by_len[len(w)].append(w)
            if len(w) >= 4 and w not in acronyms:  # "ccna" (a certificate) is no CRNA a letter off
                for d in deletes(w):
                    self.deletions[d].append(w)

    # --- a fast on-disk form (marshal of builtins: several times quicker to load than a pickle) -------
    _STATE = ("titles", "keys", "head_words", "key_heads", "doc_codes", "doc_length", "doc_postings", "stems",
              "postings", "idf", "vocab", "vocab_by_len", "deletions", "by_key", "by_bag")

    def to_state(self) -> dict:
        state = {name: getattr(self, name) for name in self._STATE}
        state["vocab_by_len"] = dict(self.vocab_by_len)
        state["deletions"] = dict(self.deletions)
        return state

    @classmethod
    def from_state(cls, state: dict) -> Matcher:
        self = cls.__new__(cls)
        for name in cls._STATE:
            setattr(self, name, state[name])
        return self

    def _documents(self, rows: list[tuple[str, str, str, str, str]]) -> None:
        """Each occupation as one document of all its titles' word stems, for BM25 (see ``relevance``):
        evidence from every title of an occupation at once, not just the closest one."""
        self.doc_codes = sorted({r[3] for r in rows})
        index = {c: i for i, c in enumerate(self.doc_codes)}
        tf: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        length = [0] * len(self.doc_codes)
        for _, _, alias, code, kind in rows:
            if kind == "page":
                continue
            weight = DOC_WEIGHT.get(kind, 1)
            for w in normalize.tokens(alias):
                if w not in normalize.STOPWORDS:
                    tf[normalize.stem(w)][index[code]] += weight
                    length[index[code]] += weight
        self.doc_length = length
        self.doc_postings = {st: (tuple(per), tuple(per.values())) for st, per in tf.items()}

    def relevance(self, words: list[str], heads: frozenset[str] = frozenset(), head_weight: float = 2.0,
                  k1: float = 1.2, b: float = 0.75) -> dict[str, float]:
        """BM25 of each occupation's document for these words (heads count double), scaled so the best is 1."""
        n = len(self.doc_codes)
        avg = (sum(self.doc_length) / n) if n else 1.0
        acc: dict[int, float] = defaultdict(float)
        for w in set(words) - normalize.STOPWORDS:
            found = self.doc_postings.get(normalize.stem(w))
            if not found:
                continue
            idxs, tfs = found
            weight = math.log(1 + (n - len(idxs) + 0.5) / (len(idxs) + 0.5)) * (head_weight if w in heads else 1.0)
            for i, f in zip(idxs, tfs, strict=True):
                acc[i] += weight * f * (k1 + 1) / (f + k1 * (1 - b + b * self.doc_length[i] / avg))
        top = max(acc.values(), default=0.0)
        return {self.doc_codes[i]: v / top for i, v in acc.items()} if top else {}

    @functools.cached_property
    def head_words_set(self) -> frozenset[str]:
        return frozenset(self.head_words)

    def correct(self, word: str) -> str | None:
        """The vocabulary word one edit away from an unknown word, if any (the commonest)."""
        variants = self._variants(word, single=True)
        return variants[0][0] if variants else None

    def entries(self, key: str) -> list[_Entry]:
        """The occupations a title key names, best first."""
        return [_Entry._make(e) for e in self.by_key.get(key, ())]

    @classmethod
    def from_store(cls, store) -> Matcher:
        return cls(store.titles(), store.occupation_facts())

    @staticmethod
    def _rank(kind: str, support: int, fact: OccupationFact) -> tuple:
        """Order among occupations sharing a title: pages and official titles first, then the title's
        support (how many O*NET entries give it), real occupations before "All Other", then size."""
        residual = "All Other" in fact.title or fact.code.endswith(".99")
        employment = fact.employment
        return (KIND_RANK.get(kind, 5), residual, -support, employment is None, -(employment or 0), fact.code)

    @staticmethod
    def _best_per_code(entries: list[_Entry]) -> list[_Entry]:
        best: dict[str, _Entry] = {}
        for e in sorted(entries, key=lambda e: e.rank):
            best.setdefault(e.code, e)
        return sorted(best.values(), key=lambda e: e.rank)

    # --- lookups ------------------------------------------------------------------------------
    def exact(self, words: list[str]) -> list[_Entry]:
        """Entries whose title has exactly these canonical words (in order, else in any order)."""
        if not words:
            return []
        hits = self.entries(normalize.key(words))
        if hits:
            return hits
        keys = self.by_bag.get(normalize.bag(words), ())
        if len(keys) == 1:
            return self.entries(keys[0])
        merged = self._best_per_code([e for k in keys for e in self.entries(k)])
        return merged

    def compounds(self, words: list[str]) -> list[list[str]]:
        """Other spellings of the words as one or two words: two neighbours joined into one word titles have
        ("wait staff" → waitstaff, "book keeper" → bookkeeper), or a word no title has split into two that titles
        have ("busperson" → bus person, "woodcarver" → wood carver). Callers keep only a form that is a title."""
        forms: list[list[str]] = []
        for a in range(len(words) - 1):
            joined = normalize.canonical(words[a] + words[a + 1])
            if joined in self.postings:
                forms.append([*words[:a], joined, *words[a + 2:]])
        for i, w in enumerate(words):
            if w in self.postings:
                continue
            for cut in range(COMPOUND_PART, len(w) - COMPOUND_PART + 1):
                left, right = w[:cut], w[cut:]
                if left in self.postings and right in self.postings:
                    forms.append([*words[:i], left, right, *words[i + 1:]])
        return forms

    def match(self, phrase: str, limit: int = 5, floor: float = SUGGEST) -> list[Candidate]:
        """Ranked occupations for a title phrase; an exact title scores 100. A parenthesis is an alternative
        form ("Drafting Technician (Drafting Tech)"): the phrase without it first, then what it holds."""
        base, inner = normalize.split_parenthetical(phrase)
        forms = [normalize.tokens(f) for f in (phrase, base, *inner)]
        for words in forms:
            hits = self.exact(words)
            if hits:
                return [Candidate(e.code, self.titles[e.code], e.alias, 100.0, True, e.rank[0]) for e in hits[:limit]]
        return self.fuzzy(forms[1], limit, floor)

    def prefix(self, text: str, limit: int = 10) -> list[Candidate]:
        """Occupations whose titles start words with what is typed so far ("phleb" → phlebotomists): for
        inline queries, where people type part of a word. Falls back to ``match`` for a finished title."""
        raw = normalize.raw_tokens(text)
        if not raw:
            return []
        full, last = normalize.tokens(" ".join(raw[:-1])), raw[-1]  # the last word is unfinished: as typed
        lo = bisect.bisect_left(self.vocab, last)
        hi = bisect.bisect_left(self.vocab, last + "\uffff")
        pool: set[int] = set()
        for w in self.vocab[lo:hi][:200]:
            pool |= self.postings[w]
        for w in full:
            pool &= self.postings.get(w, frozenset())
        out: dict[str, tuple[tuple, Candidate]] = {}
        for k in (self.keys[i] for i in pool):
            for e in self.entries(k):
                rank = (e.rank[:2], len(k), e.rank[2:])
                if e.code not in out or rank < out[e.code][0]:
                    out[e.code] = (rank, Candidate(e.code, self.titles[e.code], e.alias, 100.0, False))
        finished = normalize.canonical(last) in self.postings and last in self.postings
        exact = [c for c in self.match(text, limit) if c.exact] if finished else []
        found = exact + [c for _, c in sorted(out.values(), key=lambda rc: rc[0]) if c.code not in
                         {e.code for e in exact}]
        return found[:limit] or self.match(text, limit)

    def fuzzy(self, words: list[str], limit: int = 5, floor: float = SUGGEST, heads: frozenset[str] = frozenset(),
              head_penalty: float = 0.0) -> list[Candidate]:
        """Ranked occupations for words that are no exact title, scoring at least ``floor``. With ``heads``
        (the words naming the job), titles that have one are always candidates and titles with none lose
        ``head_penalty``."""
        if not words or sum(len(w) for w in words) < 3:
            return []
        options: list[list[tuple[str, int]]] = []  # per word: its spellings in the vocabulary, closest first
        postings = []
        for w in words:
            variants = self._variants(w, single=len(words) == 1)
            options.append(variants or [(w, 0)])
            if variants:
                postings.append(frozenset().union(*(self.postings[v] for v, _ in variants)))
        if not postings:
            return []
        corrected = [opts[0][0] for opts in options]
        edits = sum(opts[0][1] for opts in options)
        hits = self.exact(corrected)
        if hits and edits <= max(1, len(words) - 1):
            score = 100.0 - EDIT_PENALTY * edits
            return [Candidate(e.code, self.titles[e.code], e.alias, score, False, e.rank[0]) for e in hits[:limit]]
        pool = self._pool(postings)
        if heads and head_penalty:
            with_head = frozenset().union(*(self.postings.get(h, frozenset()) for h in heads))
            if len(with_head) <= HEAD_POOL:
                pool = sorted(set(pool) | with_head)
        choices = [self.keys[i] for i in pool]
        query = " ".join(v for opts in options for v, _ in opts)
        shortlist = process.extract(query, choices, scorer=fuzz.token_set_ratio, limit=SHORTLIST,
                                    score_cutoff=floor - 20)
        out: dict[str, tuple[Candidate, tuple]] = {}
        for key, _, at in shortlist:
            score = self._key_score(key, options, self.key_heads[pool[at]], heads, head_penalty)
            if score < floor:
                continue
            for e in self.entries(key):
                prev = out.get(e.code)
                if prev is None or score > prev[0].score:
                    out[e.code] = (Candidate(e.code, self.titles[e.code], e.alias, round(score, 1), False, e.rank[0]),
                                   e.rank)
        ranked = [c for c, _ in sorted(out.values(), key=lambda cr: (-cr[0].score, cr[1]))]
        return ranked[:limit]

    def _key_score(self, key: str, options: list[list[tuple[str, int]]], key_head: str, heads: frozenset[str],
                   head_penalty: float) -> float:
        """A shortlisted title's score: each word read as the spelling this title has (if it has one of them),
        less the edits, less the head penalty when the title names another kind of job."""
        kset = set(key.split())
        chosen = [next((o for o in opts if o[0] in kset), opts[0]) for opts in options]
        score = self._score([w for w, _ in chosen], key) - EDIT_PENALTY * sum(d for _, d in chosen)
        if heads and key_head not in heads:
            # The title names another kind of job: "supervisor of … workers" is no worker.
            score -= head_penalty if not heads & kset or key_head in self.head_words_set else head_penalty / 3
        return score

    def _score(self, query: list[str], key: str) -> float:
        """0–100: half word-order-free string similarity, half how much of the rare words both sides share
        (IDF-weighted coverage of the query and of the title), so "barber stylist" finds "barber"."""
        kw = key.split()
        q, k = set(query), set(kw)
        idf = self.idf
        shared = sum(idf.get(w, 0.0) for w in q & k)
        cover_q = shared / (sum(idf.get(w, self.max_idf) for w in q) or 1)
        cover_k = shared / (sum(idf[w] for w in k) or 1)
        return 0.5 * fuzz.token_sort_ratio(" ".join(query), key) + 50 * (0.6 * cover_q + 0.4 * cover_k)

    @functools.cached_property
    def max_idf(self) -> float:
        """The weight of a word no title has (as rare as can be)."""
        return math.log(1 + len(self.keys))

    def _variants(self, word: str, single: bool = False) -> list[tuple[str, int]]:
        """Vocabulary words within one edit (two for long words in a longer title) of ``word``, closest
        first; a swap of two letters is one edit. Keeps the first letter (typos rarely change it) and never
        corrects towards a word shorter than 4 letters, nor by a letter changed towards an acronym ("ccna" is no
        CRNA; "cgef" is a chef). Of words one edit away, those the typed word misses a
        letter of come first (a dropped letter is the commonest typo: "electrican" is an electrician, not
        "electrical")."""
        if word in self.postings:
            return [(word, 0)]
        if len(word) < 4:
            return []
        kin = [(w, 1) for w in self.stems.get(normalize.stem(word), ())]  # "inseminator" → "insemination"
        if kin:
            return kin[:6]
        max_d = 1 if single or len(word) < 8 else 2
        if max_d == 1:
            dels = deletes(word)
            near = {w for d in (word, *dels) for w in self.deletions.get(d, ())}  # substitutions, deletions
            near.update(d for d in dels if d in self.postings)  # the word has one letter too many
            found = [(w, int(OSA.distance(word, w))) for w in near if w in self.postings]
            found = [(w, d) for w, d in found if d <= 1 and len(w) >= 4 and w[0] == word[0]]
            found.sort(key=lambda x: (x[1], len(x[0]) <= len(word), -len(self.postings[x[0]]), x[0]))
            return found[:6]
        found = []
        for n in range(max(4, len(word) - max_d), len(word) + max_d + 1):
            bucket = self.vocab_by_len.get(n)
            if bucket:
                for w, d, _ in process.extract(word, bucket, scorer=OSA.distance, score_cutoff=max_d, limit=8):
                    if w[0] == word[0]:
                        found.append((w, int(d)))
        found.sort(key=lambda x: (x[1], -len(self.postings[x[0]]), x[0]))
        return found[:6]

    def _pool(self, postings: list[frozenset[int]]) -> list[int]:
        """Candidate title keys: those sharing the rarest words, bounded in number."""
        postings = sorted(postings, key=len)
        pool = postings[0]
        if len(postings) > 1:
            union = pool | postings[1]
            pool = union if len(union) <= MAX_CANDIDATES else (pool & postings[1]) or pool
        if len(pool) > MAX_CANDIDATES:
            for p in postings[1:]:
                inter = pool & p
                if inter:
                    pool = inter
                if len(pool) <= MAX_CANDIDATES:
                    break
        return sorted(pool)[:MAX_CANDIDATES]
