"""Career moves: occupations close to one's own that pay more ("jobs like cashier that pay more", "what can a
nurse move into", "I'm a truck driver, what could I switch to").

Closeness is O*NET's own: its related occupations, in its order (primary-short, primary-long, supplemental),
which O*NET derives from the similarity of what the jobs require and do. A move is kept only when its BLS
median pay is higher than the source's (unless the user asks otherwise: "jobs like nurse" keeps all), and it
is shown with the pay gain, the typical entry education and the skills most worth building (the largest O*NET
importance gaps).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answers.sections import importance_gaps
from knowledge.models import Profile

MOVE = re.compile(
    r"\b(?:jobs?|careers?|occupations?|work)\s+(?:like|similar\s+to|related\s+to|close\s+to)\b"
    r"|\b(?:move|switch|transition|change|pivot|go)\s+(?:in)?to\b(?!\s+(?:a|an|the)?\s*\w+\s+(?:vs|versus)\b)"
    r"|\bwhat\s+(?:else\s+)?(?:can|could|should)\s+(?:a|an|i|you)\b.*\b(?:do|move|switch|become|transition)\b"
    r"|\b(?:similar|related)\s+(?:jobs?|careers?|occupations?)\b", re.I)
PAYS_MORE = re.compile(r"\b(?:pays?|paying|paid)\s+(?:more|better)\b|\b(?:higher|better)\s+(?:salary|pay|paying|"
                       r"wages?|income)\b|\bmore\s+money\b|\bearn\s+more\b", re.I)
ANY_PAY = re.compile(r"\b(?:any|regardless\s+of|even\s+if\s+(?:it\s+)?pays?\s+less|lower\s+pay|less\s+money|"
                     r"pays?\s+less)\b", re.I)
LIMIT = 6
IMPORTANT = 3.0
"""A skill worth building must matter in the new job: O*NET importance at least 3 ("important") of 5."""


@dataclass(frozen=True)
class Move:
    target: Profile
    gain: int | None  # median pay difference, dollars
    gain_pct: float | None
    skills: list[str]  # the skills and knowledge most worth building


def is_move(text: str) -> bool:
    return bool(MOVE.search(text) or PAYS_MORE.search(text))


def wants_more_pay(text: str) -> bool:
    """Pay more is the default for a move; "jobs like X" with "any pay" or "even if it pays less" keeps all."""
    return not ANY_PAY.search(text)


def skill_gap(source: Profile, target: Profile, limit: int = 3) -> list[str]:
    """The important skills of the target with the largest importance gaps (sections.importance_gaps)."""
    needs = [(d, s.name) for d, s, _ in importance_gaps(source, target) if s.importance >= IMPORTANT]
    return [name for _, name in sorted(needs, key=lambda n: (-n[0], n[1]))][:limit]


def moves(source: Profile, related: list[Profile], more_pay: bool = True) -> list[Move]:
    """The related occupations in O*NET's order, those paying more first (only those, by default)."""
    base = source.salary.annual_median if source.salary else None
    out = []
    for target in related:
        pay = target.salary.annual_median if target.salary else None
        gain = pay - base if pay is not None and base is not None else None
        if more_pay and (gain is None or gain <= 0):
            continue
        pct = round(100 * gain / base, 1) if gain is not None and base else None
        out.append(Move(target, gain, pct, skill_gap(source, target)))
    return out
