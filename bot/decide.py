"""Deciding what a job title names: one occupation (answer), a few (ask), or a group (a generic word).

The matcher finds candidates; this module reads the title's structure (``bot/title_parts.py``) and the
evidence behind each candidate and decides whether the best one is safe to answer:

- a generic word ("teacher", "engineer") names a SOC group: the answer is the group, or its lead member
  where one is what nearly everyone means ("nurse" → registered nurses);
- an exact title is certain when one occupation holds it, or when its evidence outranks every rival's
  (an official title or a BLS direct-match title over an alternate one; a title most of whose holders are
  one occupation);
- otherwise the words are matched fuzzily, the head word kept: a title that lacks the head ("dentist")
  loses to one that has it, and modifiers that never occur with the head in any title ("correctional
  facility") are dropped rather than allowed to pick the occupation;
- a fuzzy match is certain only when it scores high and clearly beats the next occupation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot import normalize, title_parts
from bot.matcher import ACCEPT, SUGGEST, Candidate, Matcher

MARGIN = 4.0
"""A fuzzy winner must beat the next occupation by this many points to be answered without asking."""
HEAD_PENALTY = 15.0
WEAK_HEADS = frozenset({"worker", "staff", "crew", "member", "person", "personnel", "employee", "team", "associate",
                        "labor", "laborer", "hand", "help"})
"""Head words that say little on their own: 'housekeeper worker' is a housekeeper."""
SUPPORT_RATIO = 2
SUPPORT_MIN = 3
"""…and at least this many of its titles must hold the words."""
VOTE_WEIGHT = 30.0
"""Points added for an occupation most of whose titles share the words (see Matcher.vote)."""
HEAD_WEIGHT = 2.0


@dataclass(frozen=True, slots=True)
class Generic:
    """A word that names a group of occupations."""

    word: str
    groups: tuple[str, ...]
    lead: str | None


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
    def __init__(self, matcher: Matcher, generic: list[dict], floor: float = SUGGEST) -> None:
        self.matcher = matcher
        self.floor = floor
        self.generic = {normalize.key(normalize.tokens(g["word"])): Generic(g["word"], tuple(g["groups"].split("|")),
                                                                             g["lead"]) for g in generic}

    # --- a whole title ------------------------------------------------------------------------
    def title(self, phrase: str, limit: int = 5) -> Decision:
        """What a job title (or the job part of a message) names."""
        parts = title_parts.parse(phrase)
        forms = [parts.words, parts.main]
        for words in forms:
            if words:
                found = self.exact(words, limit)
                if found:
                    return found
        if not parts.main:
            inner = [w for m in parts.modifiers for w in m]
            return self.words(inner, limit) if inner else Decision([], False, reason="no words")
        head = title_parts.head_of(parts.main, self.matcher.head_words_set)
        return self.words(parts.words, limit, head=head, main=parts.main)

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
            if pruned == words:
                continue
            if pruned != [h]:
                continue
            found = self.exact(pruned, limit)
            if found and found.confident and (found.generic or len(found.candidates) == 1):
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
        for w in ([head] if head else []) + list(reversed(words)):
            if w in known:
                found.append(w)
            elif w not in self.matcher.postings and len(w) >= 5:
                fixed = self.matcher.correct(w)
                if fixed in known:
                    found.append(fixed)
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
            return None
        cands = [Candidate(e.code, self.matcher.titles[e.code], e.alias, 100.0, True) for e in hits[:limit]]
        if len(hits) == 1:
            return Decision(cands, True, reason="one occupation has this title", words=words)
        top, second = hits[0].rank, hits[1].rank
        if top[0] < second[0]:
            return Decision(cands, True, reason="stronger evidence than the rivals", words=words)
        if -top[2] >= SUPPORT_RATIO * -second[2] and -top[2] >= SUPPORT_MIN:
            return Decision(cands, True, reason="most of the title's holders are one occupation", words=words)
        return Decision(cands, False, reason="several occupations hold this title equally", words=words)

    def _generic(self, generic: Generic, words: list[str]) -> Decision:
        lead = generic.lead
        if lead and lead in self.matcher.titles:
            cand = Candidate(lead, self.matcher.titles[lead], generic.word, 100.0, True)
            return Decision([cand], True, generic, "a generic word whose usual meaning is one member", words)
        return Decision([], False, generic, "a generic word: a group of occupations", words)

    # --- fuzzy --------------------------------------------------------------------------------
    def fuzzy(self, words: list[str], limit: int = 5, heads: frozenset[str] = frozenset()) -> Decision:
        """The closest titles, and the occupations all of whose titles share the words (a vote), combined."""
        cands = self.matcher.fuzzy(words, limit=limit * 3, floor=self.floor, heads=heads, head_penalty=HEAD_PENALTY)
        closest = self._verdict(cands[:limit], words, "fuzzy")
        if closest.confident:
            return closest
        votes = self.matcher.vote(words, heads, HEAD_WEIGHT)
        by_code = {c.code: c for c in cands}
        several = len({w for w in words if w not in normalize.STOPWORDS}) > 1
        for code, _ in sorted(votes.items(), key=lambda x: -x[1])[:limit] if several else ():
            if code not in by_code and code in self.matcher.titles:
                # No title is close, but many of its titles share the words: it must earn its place.
                by_code[code] = Candidate(code, self.matcher.titles[code], "", self.floor - VOTE_WEIGHT / 2, False)
        scored = sorted(by_code.values(), key=lambda c: -(c.score + VOTE_WEIGHT * votes.get(c.code, 0.0)))
        cands = [Candidate(c.code, c.title, c.alias, round(min(100.0, c.score + VOTE_WEIGHT * votes.get(c.code, 0.0)),
                                                           1), False) for c in scored]
        cands = [c for c in cands if c.score >= self.floor][:limit]
        return self._verdict(cands, words, "fuzzy and vote")

    @staticmethod
    def _verdict(cands: list[Candidate], words: list[str], how: str) -> Decision:
        if not cands:
            return Decision([], False, reason="nothing close", words=words)
        top = cands[0]
        # A rival that matched the same title on weaker evidence is no rival (as with exact titles).
        runner = next((c.score for c in cands[1:] if c.code != top.code and not (
            c.alias.casefold() == top.alias.casefold() and c.evidence > top.evidence)), 0.0)
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
