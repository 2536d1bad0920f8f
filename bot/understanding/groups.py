"""SOC groups named by generic words: which occupations belong to a group, largest first.

A group's members come from the SOC 2018 structure (the shipped ``bls/soc_groups.tsv.gz``), never from cutting
codes: a group holds the detailed codes from its own code up to the next group of its level. Most broad groups
are one digit wide (47-2150 → 47-2151, 47-2152), but not all: "Physicians" (29-1210) runs to 29-1229
(pediatricians, psychiatrists, radiologists, physicians all other), which a prefix "29-121" would lose.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from typing import TYPE_CHECKING

from knowledge import tsv
from knowledge.paths import DATA_DIR

if TYPE_CHECKING:
    from knowledge.rows import OccupationFact

LAST = "99-9999"


@functools.cache
def _ends() -> dict[str, str]:
    """Each SOC group's code → the code where the next group of its level starts."""
    by_level: dict[str, list[str]] = defaultdict(list)
    for r in tsv.read(DATA_DIR / "bls" / "soc_groups.tsv.gz"):
        by_level[r["level"]].append(r["soc_code"])
    ends = {}
    for codes in by_level.values():
        codes.sort()
        ends.update(zip(codes, [*codes[1:], LAST], strict=True))
    return ends


def within(soc: str, group: str) -> bool:
    """Is the detailed SOC code in the group (a major, minor or broad group, or the detailed code itself)?"""
    end = _ends().get(group)
    return group <= soc < end if end else soc == group


def members(groups: tuple[str, ...] | list[str], facts: dict[str, OccupationFact]) -> list[str]:
    """O*NET occupations in any of the groups, most jobs first (page profiles and unpublished last)."""
    by_soc: dict[str, str] = {}  # one occupation per SOC code: its .00 one (O*NET's finer ones share its wages)
    for c, f in sorted(facts.items()):
        soc = f.soc_code or ""
        if f.origin == "onet" and soc and any(within(soc, g) for g in groups) and (soc not in by_soc or
                                                                                  c.endswith(".00")):
            by_soc[soc] = c
    return sorted(by_soc.values(), key=lambda c: (-(facts[c].employment or 0), facts[c].title))
