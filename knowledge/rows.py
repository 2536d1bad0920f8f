"""What the store's list and lookup methods return besides profiles: small frozen rows, one type per method.

Pydantic models like those in ``knowledge/models.py``, except the rows read at every start-up
(``occupation_facts``, ``areas``): frozen slots dataclasses built straight from SQLite's tuples, as fast as
the dicts they replace. ``titles`` are named tuples: the title index reads 115,000 of them as plain triples.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict


class _Row(BaseModel):
    model_config = ConfigDict(frozen=True)


class TitleEntry(NamedTuple):
    """A title the store knows for an occupation, and the kind of evidence it is (``titles``)."""

    title: str
    code: str
    kind: str


@dataclass(frozen=True, slots=True)
class OccupationFact:
    """What ranking title matches needs of an occupation (``occupation_facts``)."""

    code: str
    title: str
    origin: str
    soc_code: str | None
    onet_code: str | None
    """A page profile's linked O*NET occupation."""
    employment: int | None


@dataclass(frozen=True, slots=True)
class Area:
    """An OEWS state (``kind`` "S") or metro area ("M") (``areas``)."""

    area_code: str
    kind: str
    name: str
    state_abbr: str | None
    employment: int | None = None
    """Jobs in all occupations there (OEWS), to choose among places of one name."""


class SocGroup(_Row):
    """A SOC group's title and, where OEWS publishes them, its own national figures (``soc_group``)."""

    code: str
    title: str
    level: str | None = None
    employment: int | None = None
    annual_mean: int | None = None
    annual_median: int | None = None
    source: str | None = None
    year: str | None = None


class RankedRow(_Row):
    """One line of a ranked list (``ranking``): the figure ranked by, and the figures OEWS marks top-coded."""

    code: str
    title: str
    value: int | float
    top_coded: tuple[str, ...] = ()


class SearchHit(_Row):
    """An occupation that matches search words, with its score (``search``)."""

    code: str
    title: str
    score: float


class Brief(_Row):
    """What a result line shows of an occupation (``briefs``): title, median pay, growth, duties in O*NET's order."""

    code: str
    title: str = ""
    annual_median: int | None = None
    top_coded: tuple[str, ...] = ()
    growth_pct: float | None = None
    tasks: tuple[str, ...] = ()


class GenericWord(_Row):
    """A word that names a group of occupations, its SOC groups and its usual member, if any
    (``generic_words``)."""

    word: str
    groups: tuple[str, ...]
    lead: str | None = None
    kind: str = "group"
    """``group``: a curated word for a group ("teacher"); ``field``: a trade's name derived from the titles
    ("roofing", ``knowledge/field_words.py``)."""


class Family(_Row):
    """A job family (SOC major group) and how many occupations it holds (``families``)."""

    code: str
    title: str
    size: int
