"""O*NET 30.1 extracts → occupation identity, titles, skills, tasks, education and related rows."""

from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from pathlib import Path

from knowledge import datasets, tsv

DATASET = datasets.ONET.name
YEAR = datasets.ONET.year

# Specific Vocational Preparation levels (the scale O*NET's job zones are defined on) → time needed.
SVP_TIME = {1: (0, "a short demonstration"), 2: (0, "1 month"), 3: (1, "3 months"), 4: (3, "6 months"),
            5: (6, "1 year"), 6: (12, "2 years"), 7: (24, "4 years"), 8: (48, "10 years"), 9: (120, "")}

IMPORTANT = 3.0
"""O*NET importance 3 of 5 is "important": a skill below it never leads a job's list, however rare."""


def _f(value: str) -> float | None:
    return float(value) if value else None


def short_label(label: str) -> str:
    """'High School Diploma - or the equivalent (…)' → 'High School Diploma'."""
    return re.split(r" - | \(", label, maxsplit=1)[0].strip()


def experience_label(label: str) -> str:
    """'Over 1 year, up to and including 2 years' → '1–2 years'; other categories lower-cased."""
    m = re.fullmatch(r"Over (\d+) (\w+?)s?, up to and including (\d+) (\w+)", label)
    if m and m.group(2) == m.group(4).rstrip("s"):
        return f"{m.group(1)}–{m.group(3)} {m.group(4)}"
    if m:
        return f"{m.group(1)} {m.group(2)}s–{m.group(3)} {m.group(4)}"
    return label.replace("Up to and including", "up to").replace("Over", "over").replace("None", "none")


def time_to_become(svp_range: str) -> str:
    """A job zone's SVP range ('(6.0 to < 7.0)') → how long preparation takes ('1–2 years')."""
    nums = [int(float(n)) for n in re.findall(r"\d+(?:\.\d+)?", svp_range)]
    if "Below" in svp_range:
        lo, hi = 1, nums[0] - 1
    elif "above" in svp_range:
        return f"over {_months(SVP_TIME[nums[0]][0])}"
    else:
        lo, hi = nums[0], nums[1] - 1
    start, end = SVP_TIME[lo][0], SVP_TIME[hi][1]
    if start == 0:
        return f"up to {end}"
    a, b = _months(start), end
    if a.split()[1].startswith("year") and b.endswith("years"):
        return f"{a.split()[0]}–{b}"
    return f"{a}–{b}"


def _months(n: int) -> str:
    return f"{n // 12} year{'s' if n // 12 > 1 else ''}" if n >= 12 and n % 12 == 0 else f"{n} months"


class Onet:
    """Reads the O*NET extracts once and answers per-occupation questions."""

    def __init__(self, data: Path) -> None:
        d = data / "onet"
        self.occupations = list(tsv.read(d / "occupations.tsv.gz"))
        self.soc = {r["code"]: r["soc_code"] for r in tsv.read(d / "soc_crosswalk.tsv.gz")}
        self.job_zone = {r["code"]: int(r["job_zone"]) for r in tsv.read(d / "job_zones.tsv.gz")}
        self.zone_time = {int(r["job_zone"]): time_to_become(r["svp_range"])
                          for r in tsv.read(d / "job_zone_reference.tsv.gz")}
        self.categories = {(r["scale"], r["category"]): r["label"]
                           for r in tsv.read(d / "education_categories.tsv.gz")}
        self.titles = list(tsv.read(d / "titles.tsv.gz"))
        self._by_code: dict[str, dict[str, list[dict[str, str]]]] = defaultdict(lambda: defaultdict(list))
        for name in ("tasks", "skills", "technology", "related", "education"):
            for r in tsv.read(d / f"{name}.tsv.gz"):
                self._by_code[r["code"]][name].append(r)

    def rows(self, code: str, name: str) -> list[dict[str, str]]:
        return self._by_code.get(code, {}).get(name, [])

    @functools.cached_property
    def title_rows(self) -> list[tuple[str, str, str]]:
        """(code, title, kind) for official, alternate, short and reported titles, de-duplicated."""
        out: dict[tuple[str, str], str] = {}
        for r in self.occupations:
            out.setdefault((r["code"], r["title"]), "official")
        for r in self.titles:
            out.setdefault((r["code"], r["title"]), r["kind"])
            if r["short_title"]:
                out.setdefault((r["code"], r["short_title"]), "short")
        return sorted((c, t, k) for (c, t), k in out.items())

    @functools.cached_property
    def skill_means(self) -> dict[tuple[str, str], float]:
        """Each skill's and knowledge area's mean O*NET importance over all occupations rated on it: what the
        average job needs (reading comprehension 3.6, medicine and dentistry 1.9)."""
        sums: dict[tuple[str, str], list[float]] = defaultdict(list)
        for r in self.occupations:
            for row in self.rows(r["code"], "skills"):
                if row["importance"]:
                    sums[(row["kind"], row["name"])].append(float(row["importance"]))
        return {k: sum(v) / len(v) for k, v in sums.items()}

    @functools.cached_property
    def commodity_specificity(self) -> dict[str, float]:
        """How specific a kind of software (an O*NET commodity group) is to the occupations that use it:
        ln(occupations / occupations listing it). Medical software is specific, office suites are everywhere."""
        users: dict[str, set[str]] = defaultdict(set)
        codes = [r["code"] for r in self.occupations]
        for code in codes:
            for row in self.rows(code, "technology"):
                users[row["commodity"]].add(code)
        return {c: math.log(len(codes) / len(u)) for c, u in users.items()}

    def skills(self, code: str) -> list[dict[str, object]]:
        """Skills and knowledge, those that matter most beyond the average job first (``lift``: importance
        minus the mean over all occupations; those rated at least "important" before the rest); then the
        technology, the job's own kinds of tools first (commodity groups by tf-idf), hot and in-demand ones first."""
        rows = []
        for kind in ("skill", "knowledge"):
            ranked = []
            for r in self.rows(code, "skills"):
                if r["kind"] == kind and r["importance"] and r["not_relevant"] != "Y":
                    importance = float(r["importance"])
                    lift = round(importance - self.skill_means[(kind, r["name"])], 2)
                    ranked.append((importance < IMPORTANT, -lift, -importance, r["element_id"], r, lift))
            ranked.sort(key=lambda x: x[:4])
            rows += [{"kind": kind, "name": r["name"], "importance": _f(r["importance"]),
                      "level": _f(r["level"]), "share": None, "hot": False, "lift": lift, "grp": None}
                     for *_, r, lift in ranked]
        # A kind of tool weighs by how many of the job's tools are of that kind and how specific it is (tf-idf):
        # a nurse's twelve kinds of medical software before one time-keeping tool or an office suite.
        specific = self.commodity_specificity
        listed = self.rows(code, "technology")
        count = Counter(r["commodity"] for r in listed)
        weight = {c: round(n * specific[c], 3) for c, n in count.items()}
        tech = sorted(listed, key=lambda r: (-weight[r["commodity"]], r["commodity"], r["hot"] != "Y",
                                             r["in_demand"] != "Y", r["example"]))
        seen: set[str] = set()
        for r in tech:
            if r["example"] not in seen:
                seen.add(r["example"])
                rows.append({"kind": "technology", "name": r["example"], "importance": None, "level": None,
                             "share": None, "hot": r["hot"] == "Y", "lift": weight[r["commodity"]],
                             "grp": r["commodity"]})
        return rows

    def tasks(self, code: str) -> list[dict[str, object]]:
        rows = sorted(self.rows(code, "tasks"), key=lambda r: (r["type"] == "Supplemental", int(r["task_id"])))
        return [{"text": r["task"], "core": r["type"] != "Supplemental"} for r in rows]

    def related(self, code: str) -> list[dict[str, object]]:
        rows = sorted(self.rows(code, "related"), key=lambda r: int(r["rank"]))
        return [{"related_code": r["related_code"], "tier": r["tier"]} for r in rows]

    def distribution(self, code: str, scale: str) -> list[tuple[str, float]]:
        """Category shares of one O*NET education/experience scale, in category order."""
        rows = [r for r in self.rows(code, "education") if r["scale"] == scale]
        rows.sort(key=lambda r: int(r["category"]))
        return [(self.categories[(scale, r["category"])], float(r["pct"])) for r in rows]

    def most_common(self, code: str, scale: str) -> tuple[str, float] | None:
        dist = self.distribution(code, scale)
        return max(dist, key=lambda x: x[1]) if dist else None
