"""Job-title coding: a free-text title → O*NET-SOC code, SOC 2018 code, title and score.

Page profiles code to the O*NET occupation they link to, so every answer is an official code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.matcher import ACCEPT, Matcher

_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*/\s*|\s*;\s*")


@dataclass(frozen=True, slots=True)
class Coded:
    input: str
    onet_code: str | None
    soc_code: str | None
    title: str | None
    score: float


CODING_FLOOR = 50.0
"""Coding answers every title it can: a weak match is still the best code, and the score says how weak."""


class TitleCoder:
    def __init__(self, matcher: Matcher, facts: dict[str, dict]) -> None:
        self.matcher = matcher
        self.facts = facts

    def code(self, title: str) -> Coded:
        """The best occupation for a title; a list title ("Astronomers and physicists") codes by its parts."""
        coded = self._code(title[:300])
        if coded.score >= ACCEPT:
            return Coded(title, coded.onet_code, coded.soc_code, coded.title, coded.score)
        parts = [p.strip() for p in _LIST_SEP.split(title[:300]) if p.strip()]
        if len(parts) > 1:
            # The parts of a list share its last word: "Welding, soldering, and brazing workers".
            head = parts[-1].split()[-1]
            phrases = [p if len(p.split()) > 1 else f"{p} {head}" for p in parts[:-1]]
            if len(parts[-1].split()) > 1:
                phrases.append(parts[-1])
            best = max((self._code(p) for p in phrases), key=lambda c: c.score, default=coded)
            if best.score > coded.score:
                coded = best
        return Coded(title, coded.onet_code, coded.soc_code, coded.title, coded.score)

    def _code(self, title: str) -> Coded:
        for cand in self.matcher.match(title, limit=3, floor=CODING_FLOOR):
            code = cand.code
            fact = self.facts[code]
            if fact["origin"] == "page":
                code = fact.get("onet_code")
                if not code:
                    continue
                fact = self.facts[code]
            if cand.score >= CODING_FLOOR:
                return Coded(title, code, fact["soc_code"], fact["title"], cand.score)
        return Coded(title, None, None, None, 0.0)
