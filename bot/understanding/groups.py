"""SOC groups named by generic words: which occupations belong to a group, largest first."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from knowledge.rows import OccupationFact


def prefix(group: str) -> str:
    """The SOC code prefix a group's members share: 11-0000 → '11-', 25-2000 → '25-2', 29-1210 → '29-121';
    a detailed code (29-1141) is its own group."""
    major, rest = group.split("-")
    if rest == "0000":
        return f"{major}-"
    return f"{major}-{rest.rstrip('0')}" if rest.endswith("0") else group


def members(groups: tuple[str, ...] | list[str], facts: dict[str, OccupationFact]) -> list[str]:
    """O*NET occupations in any of the groups, most jobs first (page profiles and unpublished last)."""
    prefixes = tuple(prefix(g) for g in groups)
    by_soc: dict[str, str] = {}  # one occupation per SOC code: its .00 one (O*NET's finer ones share its wages)
    for c, f in sorted(facts.items()):
        soc = f.soc_code or ""
        if f.origin == "onet" and soc.startswith(prefixes) and (soc not in by_soc or c.endswith(".00")):
            by_soc[soc] = c
    return sorted(by_soc.values(), key=lambda c: (-(facts[c].employment or 0), facts[c].title))
