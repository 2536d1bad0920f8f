"""A wage a message says as a figure ("is 15 an hour good for a cna", "i make 60k as a welder", "$22/hr"): the
amount and whether it is by the hour or the year, so the answer can set it beside the job's published pay."""

from __future__ import annotations

import re
from dataclasses import dataclass

HOURS_A_YEAR = 2080
"""An hourly wage times 2,080 hours is the yearly figure (OEWS annualises hourly wages the same way)."""

_WAGE = re.compile(
    r"(?P<dollar>\$)?\s*\b(?P<amount>\d{1,3}(?:,\d{3})+|\d{1,6}(?:\.\d{1,2})?)\s*(?P<k>k\b)?"
    r"(?:\s*(?:an?|per|/)\s*(?P<unit>hour|hr|year|yr)\b)?", re.I)


@dataclass(frozen=True)
class WageSaid:
    amount: float
    hourly: bool

    @property
    def yearly(self) -> float:
        return self.amount * HOURS_A_YEAR if self.hourly else self.amount


def wage_said(text: str) -> WageSaid | None:
    """The one wage figure a message says, when it says exactly one: "15 an hour" (hourly), "60k", "$60,000 a
    year" (yearly). A bare number ("3 kids", "12 years") is no wage."""
    found = []
    for m in _WAGE.finditer(text):
        unit = (m.group("unit") or "").lower()
        if not (m.group("k") or unit or m.group("dollar")):
            continue
        amount = float(m.group("amount").replace(",", "")) * (1000 if m.group("k") else 1)
        hourly = unit in ("hour", "hr") or (not unit and not m.group("k") and amount < 200)
        if (hourly and not 5 <= amount <= 500) or (not hourly and not 10_000 <= amount <= 2_000_000):
            continue
        found.append(WageSaid(amount, hourly))
    return found[0] if len(found) == 1 else None
