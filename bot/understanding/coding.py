"""Job-title coding: a free-text title → O*NET-SOC code, SOC 2018 code, title and score.

Page profiles code to the O*NET occupation they link to, so every answer is an official code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot.understanding import groups, normalize, title_parts
from bot.understanding.decide import Decider, Decision
from bot.understanding.matcher import ACCEPT, Matcher

if TYPE_CHECKING:
    from knowledge.rows import OccupationFact

_INVERTED = re.compile(r"[^,/;&]+,\s*(?!(?:and|or)\b)[^,/;&]+", re.IGNORECASE)
"""One comma, no conjunction, and only a rank (title_parts.RANKS) after it: an inverted title ("Cook, Chief" is a
chief cook), not a list of two jobs ("Server, Bartender") nor a title and its setting ("Registered Nurse, ICU")."""
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*/\s*|\s*;\s*")


@dataclass(frozen=True, slots=True)
class Coded:
    input: str
    onet_code: str | None
    soc_code: str | None
    title: str | None
    score: float
    confident: bool = False
    runners_up: tuple[str, ...] = ()


ACADEMIC = frozenset({"professor", "lecturer", "faculty"})
"""Heads of academic titles: beside a clinical title ("Associate Professor of Surgery / Surgeon") the
clinical one is coded, as employers code it."""
CODING_FLOOR = 50.0
"""Coding answers every title it can: a weak match is still the best code, and the score says how weak."""


class TitleCoder:
    def __init__(self, matcher: Matcher, facts: dict[str, OccupationFact], decider: Decider | None = None) -> None:
        self.matcher = matcher
        self.facts = facts
        self.decider = decider or Decider(matcher, [], floor=CODING_FLOOR)

    def code(self, title: str) -> Coded:
        """The best occupation for a title, whether it is safe to answer, and the runners-up. A list title
        ("Astronomers and physicists") codes by its parts; an academic title beside a clinical one, the clinical."""
        title = title[:300]
        clinical = self._clinical(title)
        if clinical is not None:
            return clinical
        return self._listed(title, self._code(self.decider.title(title), title))

    def _clinical(self, title: str) -> Coded | None:
        """"Associate Professor of Surgery / Surgeon": an academic title beside a clinical one codes the clinical."""
        if "/" not in title:
            return None
        sides = [s.strip() for s in title.split("/") if normalize.tokens(s)]
        academic = [s for s in sides if ACADEMIC & set(normalize.tokens(s))]
        other = [s for s in sides if s not in academic]
        if not academic or len(other) != 1:
            return None
        coded = self.code(other[0])
        if coded.score < ACCEPT or not coded.soc_code or coded.soc_code.startswith("25-"):
            return None
        return replace(coded, input=title)

    def _listed(self, title: str, coded: Coded) -> Coded:
        """A list title ("Welding, soldering, and brazing workers") codes by its parts when the whole is unsure."""
        if coded.confident or coded.score >= ACCEPT:
            return coded
        parts = [p.strip() for p in _LIST_SEP.split(title) if p.strip()]
        ranks = title_parts.RANKS
        if len(parts) == 2 and _INVERTED.fullmatch(title.strip()) and set(normalize.tokens(parts[1])) <= ranks:
            return coded  # "Cook, Chief" is a chief cook (the DOT's inverted order), not a list of two jobs
        if len(parts) > 1:
            # The parts of a list share its last word: "Welding, soldering, and brazing workers".
            head = parts[-1].split()[-1]
            phrases = [p if len(p.split()) > 1 else f"{p} {head}" for p in parts[:-1]]
            if len(parts[-1].split()) > 1:
                phrases.append(parts[-1])
            options = [self._code(self.decider.title(p), title) for p in phrases]
            best = max(options, key=lambda c: (c.confident, c.score), default=coded)
            if (best.confident, best.score) > (coded.confident, coded.score):
                coded = best
        return coded

    def _code(self, decision: Decision, title: str) -> Coded:
        codes = [self._official(c.code) for c in decision.candidates]
        if decision.generic and not decision.candidates:
            codes = groups.members(decision.generic.groups, self.facts)[:5]
        codes = [c for c in dict.fromkeys(codes) if c]
        best = decision.best
        score = best.score if best else (100.0 if decision.generic else 0.0)
        if not codes or score < CODING_FLOOR:
            return Coded(title, None, None, None, 0.0)
        fact = self.facts[codes[0]]
        socs = [self.facts[c].soc_code for c in codes[1:]]
        runners = tuple(s for s in dict.fromkeys(socs) if s and s != fact.soc_code)[:3]
        return Coded(title, codes[0], fact.soc_code, fact.title, score, decision.confident, runners)

    def _official(self, code: str) -> str | None:
        """Page profiles code to the O*NET occupation they link to."""
        fact = self.facts[code]
        return fact.onet_code if fact.origin == "page" else code
