"""Deciding what a job title names: one occupation (answer), a few (ask), or a group (a generic word).

The matcher finds candidates; this module reads the title's structure (``bot/understanding/title_parts.py``) and the
evidence behind each candidate and decides whether the best one is safe to answer:

- a generic word ("teacher", "engineer") names a SOC group: the answer is the group, or its lead member
  where one is what nearly everyone means ("nurse" → registered nurses);
- an exact title is certain when one occupation holds it, or when its evidence outranks every rival's
  (an official title or a BLS direct-match title over an alternate one; a title most of whose holders are
  one occupation);
- otherwise the words are matched fuzzily, the head word kept: a title that lacks the head ("dentist")
  loses to one that has it, and setting words that never occur with a generic head in any title
  ("correctional facility dentist") are dropped rather than allowed to pick the occupation;
- a fuzzy match is certain only when it scores high and clearly beats the next occupation, or when the
  closest title and the best cover of the words by all of an occupation's titles (BM25) agree on it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.understanding import normalize, title_parts
from bot.understanding.matcher import ACCEPT, HEAD_POOL, KIND_RANK, SUGGEST, Candidate, Matcher

if TYPE_CHECKING:
    from knowledge.rows import GenericWord

MARGIN = 4.0
"""A fuzzy winner must beat the next occupation by this many points to be answered without asking."""
HEAD_PENALTY = 15.0
WEAK_HEADS = frozenset({"worker", "staff", "crew", "member", "person", "personnel", "employee", "team", "associate",
                        "labor", "laborer", "hand", "help"})
"""Head words that say little on their own: 'housekeeper worker' is a housekeeper."""
SPREAD = 4
"""A title held in this many major groups is everyone's: evidence short of a curated list does not decide it."""
SUPPORT_RATIO = 2
SUPPORT_MIN = 3
"""An exact title shared by occupations of equal evidence is certain when one holds it in at least SUPPORT_MIN
of its titles and SUPPORT_RATIO times as many as the next (CNA → nursing assistants)."""
RELEVANCE_WEIGHT = 120.0
"""Points for the occupation whose titles together best cover the words (BM25 scaled to 0–1): this decides
the order when no single title is close enough to answer."""
AGREE = 80.0
"""When the closest title scores at least this and its occupation is also the best cover, the answer is certain."""
HEAD_WEIGHT = 2.0
"""The head word counts this many times in BM25."""
MILITARY = "55-"
"""Military occupations (no civilian wages or outlook) are never proposed from word overlap alone."""


SHORT_ALIAS = 3
"""An alias this short ("DO", "RN") is matched exactly or nearly, never inside a longer word."""


def _catch_all(found: Decision) -> bool:
    """An exact title of an "all other" occupation ("staff physician" → Physicians, All Other): a specialty
    beside it may name a listed member instead."""
    return bool(found.best) and found.best.title.endswith("All Other")


@dataclass(frozen=True, slots=True)
class Generic:
    """A word that names a group of occupations."""

    word: str
    groups: tuple[str, ...]
    lead: str | None
    field: bool = False
    """A trade's name ("roofing"), not a word for a group of people ("teacher")."""


@dataclass(frozen=True)
class Decision:
    candidates: list[Candidate]
    confident: bool
    generic: Generic | None = None
    reason: str = ""
    words: list[str] = field(default_factory=list)

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


class Decider:
    def __init__(self, matcher: Matcher, generic: list[GenericWord], floor: float = SUGGEST) -> None:
        self.matcher = matcher
        self.floor = floor
        self.generic = {normalize.key(normalize.tokens(g.word)): Generic(g.word, g.groups, g.lead, g.kind == "field")
                        for g in generic}
        # Head words are vocabulary words (a bounded set) and the index never changes: 6 ms → 0 for "machine".
        self._holders = functools.lru_cache(maxsize=4096)(self._holders)

    # --- a whole title ------------------------------------------------------------------------
    def title(self, phrase: str, limit: int = 5) -> Decision:
        """What a job title (or the job part of a message) names."""
        parts = title_parts.parse(phrase)
        forms = [parts.words, parts.main]
        for words in forms:
            if words:
                found = self.exact(words, limit)
                if found and words != parts.words and (found.generic or _catch_all(found)):
                    # "Physician (Pulmonology)", "Staff Physician - Dermatology": the modifiers may name the
                    # specialty within the group (or within the "all other" occupation's major group).
                    narrowed = self._narrowed(parts, words, limit)
                    if narrowed.confident and (found.generic or narrowed.best.code[:2] == found.best.code[:2]):
                        return narrowed
                if found:
                    return found
        if not parts.main:
            inner = [w for m in parts.modifiers for w in m]
            return self.words(inner, limit) if inner else Decision([], False, reason="no words")
        head = title_parts.head_of(parts.main, self.matcher.head_words_set)
        return self.words(parts.words, limit, head=head, main=parts.main)

    def _narrowed(self, parts: title_parts.TitleParts, words: list[str], limit: int) -> Decision:
        """The specialty the modifiers name with the head alone ("staff" and other rank words aside)."""
        if parts.head and parts.head in self.matcher.postings:
            inner = [w for m in parts.modifiers for w in m if w != parts.head]
            return self.fuzzy([*inner, parts.head], limit, frozenset([parts.head]))
        return self.fuzzy(parts.words, limit, frozenset(w for w in words if w in self.matcher.postings))

    def words(self, words: list[str], limit: int = 5, head: str | None = None,
              main: list[str] | None = None) -> Decision:
        """Canonical words that are no exact title: fuzzy, the head kept, modifiers pruned."""
        exact = self.exact(words, limit)
        if exact:
            return exact
        heads = self.heads(words, head or title_parts.head_of(words, self.matcher.head_words_set))
        fuzzy = self.fuzzy(words, limit, heads)
        if fuzzy.confident:
            return fuzzy
        for h in sorted(heads):
            pruned = self._prune(words, h)
            if pruned == words or pruned != [h]:
                continue  # only "<setting words> <generic head>" is reduced to the head ("prison dentist")
            found = self.exact(pruned, limit)
            if found and found.confident and found.generic:
                return Decision(found.candidates, True, found.generic, "setting words dropped: " + found.reason,
                                pruned)
        if main and main != words:
            found = self.exact(main, limit)
            if found and found.confident:
                return found
        if not fuzzy.candidates and heads:
            loose = self.fuzzy(words, limit)
            return Decision(loose.candidates, False, None, "no title has the head word; " + loose.reason, words)
        return fuzzy

    def heads(self, words: list[str], head: str | None) -> frozenset[str]:
        """The words that name the job: the head if titles end in it (a misspelt head corrected), and for a
        weak head ("housekeeper worker", "crew member") the head word before it too."""
        known = self.matcher.head_words_set
        found: list[str] = []
        before = words[:words.index(head)] if head in words else words  # "construction worker on residential homes"
        for w in ([head] if head else []) + [w for w in reversed(before) if w not in title_parts.RANKS]:
            if w in known:
                found.append(w)
            elif w not in self.matcher.postings and len(w) >= 5:
                fixed = self.matcher.correct(w)
                if fixed in known:
                    found.append(fixed)
            elif found and found[-1] in WEAK_HEADS:  # "seafood processing worker" is a seafood processor
                kin = [k for k in self.matcher.stems.get(normalize.stem(w), ()) if k in known and k != w]
                if not kin:
                    break  # "general kitchen staff": the kitchen's staff; "general" heads no title here
                found += kin[:1]
            if found and found[-1] not in WEAK_HEADS:
                break
            if len(found) >= 3:
                break
        return frozenset(found)

    # --- exact titles -------------------------------------------------------------------------
    def exact(self, words: list[str], limit: int = 5) -> Decision | None:
        generic = self.generic.get(normalize.key(words))
        if generic:
            return self._generic(generic, words)
        hits = self.matcher.exact(words)
        if not hits:
            # "busperson", "wait staff": a title written as one word, or one word written as two
            form = next((f for f in self.matcher.compounds(words) if self.matcher.exact(f)), None)
            return self.exact(form, limit) if form else None
        cands = [Candidate(e.code, self.matcher.titles[e.code], e.alias, 100.0, True, e.rank[0]) for e in hits[:limit]]
        if len(hits) == 1:
            return Decision(cands, True, reason="one occupation has this title", words=words)
        top, second = hits[0].rank, hits[1].rank
        everyones = self._everyones(hits)
        if top[0] < second[0] and not everyones:
            return Decision(cands, True, reason="stronger evidence than the rivals", words=words)
        if top[0] == second[0] == KIND_RANK["lexicon"]:
            return Decision(cands, False, reason="the lexicon says: ask which one", words=words)
        if -top[2] >= SUPPORT_RATIO * -second[2] and -top[2] >= SUPPORT_MIN:
            return Decision(cands, True, reason="most of the title's holders are one occupation", words=words)
        relevance = self.matcher.relevance(words)  # among equals, the occupation whose titles fit best
        cands.sort(key=lambda c: (c.evidence, -relevance.get(c.code, 0.0)))
        return Decision(cands, False, reason="several occupations hold this title equally", words=words)

    @staticmethod
    def _everyones(hits: list) -> bool:
        """A title that jobs of many kinds hold ("owner", "crew leader"), where one occupation's better evidence
        is only an alternate title ("Owner" among urologists'): no answer by evidence alone."""
        return hits[0].rank[0] >= KIND_RANK["alternate"] and len({e.code[:2] for e in hits}) >= SPREAD

    def _generic(self, generic: Generic, words: list[str]) -> Decision:
        lead = generic.lead
        if lead and lead in self.matcher.titles:
            cand = Candidate(lead, self.matcher.titles[lead], generic.word, 100.0, True)
            return Decision([cand], True, generic, "a generic word whose usual meaning is one member", words)
        return Decision([], False, generic, "a generic word: a group of occupations", words)

    # --- fuzzy --------------------------------------------------------------------------------
    def fuzzy(self, words: list[str], limit: int = 5, heads: frozenset[str] = frozenset()) -> Decision:
        """The closest titles; when none is certain, the occupations ranked by the closest title and by how
        well all their titles together cover the words (BM25), which generalises to titles nobody listed."""
        cands = self.matcher.fuzzy(words, limit=limit * 3, floor=self.floor, heads=heads, head_penalty=HEAD_PENALTY)
        typed = len("".join(words))
        cands = [c for c in cands if not (c.alias and len(c.alias) <= SHORT_ALIAS and typed > len(c.alias) + 1)]
        # a short abbreviation is no spelling of a longer word: "doing" is not DO (osteopathic physicians)
        closest = self._verdict(cands[:limit], words, "fuzzy")
        if closest.confident:
            return closest
        if heads <= WEAK_HEADS:
            heads = frozenset()  # "general bar staff": "staff" is in every staff physician's title; "bar" says which
        relevance = self.matcher.relevance(words, heads, HEAD_WEIGHT)
        by_code = {c.code: c for c in cands}
        several_words = len({w for w in words if w not in normalize.STOPWORDS}) > 1  # one word: BM25 says nothing new
        # Coding (a low floor) answers every title it can, so it also takes occupations no single title is
        # close to; the chat only asks about titles that are close.
        open_set = self.floor < SUGGEST and several_words
        holders = self._holders(heads)
        for code, _ in sorted(relevance.items(), key=lambda x: -x[1])[:limit] if open_set else ():
            if code not in by_code and code in self.matcher.titles and (not holders or code in holders) \
                    and not code.startswith(MILITARY):
                by_code[code] = Candidate(code, self.matcher.titles[code], "", self.floor, False)
        ranked = sorted(by_code.values(), key=lambda c: -(c.score + RELEVANCE_WEIGHT * relevance.get(c.code, 0.0)))
        if not ranked:
            return Decision([], False, reason="nothing close", words=words)
        top = ranked[0]
        best_fit = max(relevance, key=relevance.get, default=None)
        if several_words and cands and top.code == cands[0].code == best_fit and top.score >= AGREE:
            # Two independent readings agree: the closest title and the best cover by all titles.
            return Decision(ranked[:limit], True, reason=f"closest title ({top.score:.0f}) and BM25 agree", words=words)
        return Decision(ranked[:limit], False, reason=f"fuzzy and BM25, closest title {top.score:.0f}", words=words)

    def _holders(self, heads: frozenset[str]) -> set[str]:
        """Occupations with a title that has one of the head words (for a rare enough head)."""
        keys = frozenset().union(*(self.matcher.postings.get(h, frozenset()) for h in heads)) if heads else ()
        if not keys or len(keys) > 4 * HEAD_POOL:
            return set()
        return {e[1] for i in keys for e in self.matcher.by_key[self.matcher.keys[i]]}

    @staticmethod
    def _verdict(cands: list[Candidate], words: list[str], how: str) -> Decision:
        if not cands:
            return Decision([], False, reason="nothing close", words=words)
        top = cands[0]
        # A rival that matched the same title on weaker evidence is no rival (as with exact titles).
        same = normalize.tokens(top.alias)  # "Phlebotomists" and "Phlebotomist", "Plumber" and "Plumber Apprentice"
        runner = next((c.score for c in cands[1:] if c.code != top.code and not (
            normalize.tokens(c.alias) == same and c.evidence > top.evidence)), 0.0)
        sure = top.score >= ACCEPT and top.score - runner >= MARGIN
        return Decision(cands, sure, reason=f"{how} {top.score:.0f}, next {runner:.0f}", words=words)

    def _prune(self, words: list[str], head: str) -> list[str]:
        """Keep the modifiers that occur with the head in some title; drop the rest (setting, place)."""
        with_head = self.matcher.postings[head]
        known = self.matcher.head_words_set  # a job noun ("welder nurse") is never a mere setting
        kept = [w for w in words if w == head or w in normalize.STOPWORDS or w in known
                or bool(self.matcher.postings.get(w, frozenset()) & with_head)]
        while kept and kept[0] in normalize.STOPWORDS:
            kept.pop(0)
        return kept
