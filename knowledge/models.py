"""Pydantic models of an occupation profile and its parts.

A profile comes either from public data (O*NET + BLS) or from a comparison page like the seeds
(``origin == "page"``). Every group of figures carries the dataset and year it came from, so a reply
can always name its source. A figure that no source publishes is ``None``, never 0.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.dataclasses import dataclass

TOP_CODED_ANNUAL = 239_200
"""OEWS publishes no wage at or above $239,200/year ($115/hour); it marks the cell instead."""


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


_part = dataclass(frozen=True, slots=True, config=ConfigDict(extra="ignore"))
"""The small parts every profile holds by the dozen (skills, tasks, related jobs, shares, sources): validated like
the models, but slotted dataclasses of about 180 bytes, not 1,160: a bot keeps all 1,019 profiles, whose 61,000
skills alone took 71 MB as models (benchmarks/RESULTS.md#meaning)."""


@_part
class Source:
    dataset: str
    year: str
    covers: str


@_part
class Share:
    label: str
    pct: float | None = None


class Place(_Model):
    name: str
    annual_mean: int | None = None


class Salary(_Model):
    source: str
    year: str
    annual_mean: int | None = None
    annual_median: int | None = None
    hourly_mean: float | None = None
    hourly_median: float | None = None
    annual_p10: int | None = None
    annual_p25: int | None = None
    annual_p75: int | None = None
    annual_p90: int | None = None
    employment: int | None = None
    range_low: int | None = None
    range_high: int | None = None
    top_coded: list[str] = Field(default_factory=list)
    top_state: Place | None = None
    top_metro: Place | None = None
    best_industry: Place | None = None
    best_company: str | None = None


class AreaWage(_Model):
    """One occupation's wages in a state or metro area (OEWS)."""

    area_code: str
    area_name: str
    kind: Literal["N", "S", "M"]
    employment: int | None = None
    hourly_mean: float | None = None
    annual_mean: int | None = None
    hourly_median: float | None = None
    annual_median: int | None = None
    annual_p10: int | None = None
    annual_p90: int | None = None
    top_coded: list[str] = Field(default_factory=list)


class Outlook(_Model):
    source: str
    year: str
    growth_pct: float | None = None
    employment_2024: int | None = None
    employment_2034: int | None = None
    openings: int | None = None
    entry_education: str | None = None
    related_experience: str | None = None
    training: str | None = None


class Education(_Model):
    source: str
    year: str
    levels: list[Share] = Field(default_factory=list)
    attainment: list[Share] = Field(default_factory=list)
    most_common: Share | None = None
    major: str | None = None
    college: str | None = None
    experience: str | None = None
    experience_years: float | None = None
    time_to_become: str | None = None


class Demographics(_Model):
    source: str
    year: str
    pct_women: float | None = None
    pct_men: float | None = None
    median_age: float | None = None
    average_age: float | None = None
    race: list[Share] = Field(default_factory=list)
    lgbt_pct: float | None = None
    census_title: str | None = None


@_part
class Skill:
    name: str
    kind: Literal["skill", "knowledge", "technology"]
    importance: float | None = None
    level: float | None = None
    share: float | None = None
    hot: bool = False
    lift: float | None = None  # skills, knowledge: importance above the average job's; technology: specificity
    grp: str | None = None  # technology: its O*NET commodity group ("Medical software")


@_part
class Task:
    text: str
    core: bool = True


@_part
class OccupationRef:
    code: str
    title: str
    tier: str | None = None


class Summary(_Model):
    """What a list or a matcher needs: identity only."""

    code: str
    title: str
    origin: Literal["onet", "page"]
    family: str | None = None
    soc_code: str | None = None


class Profile(_Model):
    code: str
    title: str
    origin: Literal["onet", "page"]
    soc_code: str | None = None
    wage_code: str | None = None
    onet_code: str | None = None
    description: str | None = None
    family: str | None = None
    family_code: str | None = None
    browse_label: str | None = None
    job_zone: int | None = None
    salary: Salary | None = None
    outlook: Outlook | None = None
    education: Education | None = None
    demographics: Demographics | None = None
    skills: list[Skill] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    related: list[OccupationRef] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)

    def top_skills(self, n: int = 3) -> list[Skill]:
        """The n skills that tell this job apart: by share on pages; otherwise those that matter most beyond the
        average job (O*NET importance above the mean over all occupations, among those rated "important")."""
        ranked = [s for s in self.skills if s.kind == "skill"]
        return ranked[:n]
