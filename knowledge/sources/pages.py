"""Parse career comparison pages (the layout of knowledge/data/seeds/*.txt) into page profiles.

A page compares two occupations ("Medical office administrator vs patient coordinator"): a summary
paragraph, tables whose cells were flattened without separators ("Yearly salary$34,252$32,954"),
"What does X do?" paragraphs, example responsibilities and skills with shares. Each table row is split
by the value's own shape (money, percent, "City, ST", a state name, a camel-case boundary); a cell that
cannot be split unambiguously is an error naming the page and the line, never a guess.

Several pages may describe the same occupation: ``merge_pages`` returns one profile per title and
raises ``PageConflict`` naming both pages when they disagree on a figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.keys import title_key
from knowledge.states import STATE_NAMES


class PageError(ValueError):
    """A page that does not follow the comparison-page layout."""


class PageConflict(PageError):
    """Two pages that give different figures for the same occupation."""


@dataclass
class PageProfile:
    """Everything one comparison page says about one occupation, figures as published."""

    title: str
    pages: list[str] = field(default_factory=list)
    facts: dict[str, object] = field(default_factory=dict)
    responsibilities: list[str] = field(default_factory=list)
    skills: list[tuple[str, float]] = field(default_factory=list)
    browse_label: str | None = None


_MONEY = r"\$[\d,]+(?:\.\d+)?"
_PCT = r"-?\d+(?:\.\d+)?%"
_LABELLED_PCT = re.compile(r"\s*([A-Z][^,%]*?),\s*(\d+(?:\.\d+)?)%")

# Table row label -> (fact name, value shape). Longest labels first so "Average salary" wins.
_ROWS: dict[str, tuple[str, str]] = {
    "Yearly salary": ("annual_mean", "money"),
    "Average salary": ("annual_mean", "money"),
    "Hourly rate": ("hourly_mean", "money"),
    "Growth rate": ("growth_pct", "pct"),
    "Number of jobs": ("employment", "count"),
    "Job satisfaction": ("job_satisfaction", "text"),
    "Most common degree": ("degree", "labelled_pct"),
    "Average age": ("median_age", "age"),
    "Years of experience": ("experience_years", "years"),
    "Salary range": ("salary_range", "range"),
    "Highest paying City": ("top_city", "city"),
    "Highest paying state": ("top_state", "state"),
    "Best paying company": ("best_company", "text"),
    "Best paying industry": ("best_industry", "text"),
    "Most common major": ("major", "text"),
    "Most common college": ("college", "text"),
    "Gender ratio": ("gender", "shares"),
    "Race ratio": ("race", "shares"),
    "LGBT Percentage": ("lgbt_pct", "pct"),
}
_LABEL_RE = re.compile("^(" + "|".join(sorted(map(re.escape, _ROWS), key=len, reverse=True)) + ")(.*)$")


def _money(text: str) -> float:
    return float(text.replace("$", "").replace(",", ""))


def _split_regex(cell: str, pattern: str, n: int) -> list[str] | None:
    parts = re.findall(pattern, cell)
    return parts if len(parts) == n and "".join(parts) == cell else None


def _split_text(cell: str, n: int, allowed: set[str] | None = None) -> list[str | None] | None:
    """Split 'AB' into n=2 texts: '-' is a missing cell; else a state list or a lower→Upper boundary."""
    if n != 2:
        return None
    if cell == "--":
        return [None, None]
    if cell.startswith("-") and len(cell) > 1:
        return [None, cell[1:]]
    if cell.endswith("-") and len(cell) > 1:
        return [cell[:-1], None]
    cuts = [i for i in range(1, len(cell)) if _is_boundary(cell, i)]
    if allowed is not None:
        cuts = [i for i in range(1, len(cell)) if cell[:i] in allowed and cell[i:] in allowed]
    if len(cell) % 2 == 0 and cell[: len(cell) // 2] == cell[len(cell) // 2:]:
        return [cell[: len(cell) // 2]] * 2
    if len(cuts) == 1:
        return [cell[: cuts[0]], cell[cuts[0]:]]
    return None


def _is_boundary(cell: str, i: int) -> bool:
    return (cell[i - 1].islower() or cell[i - 1] in ").") and cell[i].isupper()


def _split_small_ints(cell: str, lo: int, hi: int, n: int) -> list[str] | None:
    if n != 2 or not cell.isdigit():
        return None
    splits = [(cell[:i], cell[i:]) for i in range(1, len(cell))
              if all(lo <= int(p) <= hi and not (len(p) > 1 and p[0] == "0") for p in (cell[:i], cell[i:]))]
    return list(splits[0]) if len(splits) == 1 else None


def _split_shares(cell: str, n: int) -> list[list[tuple[str, float]]] | None:
    items = [(m.group(1).strip(), float(m.group(2))) for m in _LABELLED_PCT.finditer(cell)]
    if not items or len(items) % n:
        return None
    size = len(items) // n
    groups = [items[i * size:(i + 1) * size] for i in range(n)]
    if any([label for label, _ in g] != [label for label, _ in groups[0]] for g in groups):
        return None
    return groups


def _parse_cells(shape: str, cell: str, n: int) -> list[object] | None:
    if shape == "money":
        parts = _split_regex(cell, _MONEY, n)
        return [_money(p) for p in parts] if parts else None
    if shape == "pct":
        parts = _split_regex(cell, _PCT, n)
        return [float(p[:-1]) for p in parts] if parts else None
    if shape == "count":
        parts = _split_regex(cell, r"\d{1,3}(?:,\d{3})*", n)
        return [int(p.replace(",", "")) for p in parts] if parts else None
    if shape == "age":
        return _int_list(_split_small_ints(cell, 14, 99, n))
    if shape == "years":
        return _int_list(_split_small_ints(cell, 0, 60, n))
    if shape == "labelled_pct":
        parts = _split_regex(cell, r"[^,%]+?, \d+(?:\.\d+)?%", n)
        if not parts:
            return None
        return [(p.rsplit(", ", 1)[0], float(p.rsplit(", ", 1)[1][:-1])) for p in parts]
    if shape == "range":
        parts = re.findall(rf"Between ({_MONEY}) And ({_MONEY})", cell)
        return [(_money(a), _money(b)) for a, b in parts] if len(parts) == n else None
    if shape == "city":
        parts = _split_regex(cell, r"[^,]+?, [A-Z]{2}", n)
        return list(parts) if parts else _split_text(cell, n)
    if shape == "state":
        return _split_text(cell, n, allowed=set(STATE_NAMES))
    if shape == "shares":
        return _split_shares(cell, n)
    return _split_text(cell, n)


def _int_list(parts: list[str] | None) -> list[object] | None:
    return [int(p) for p in parts] if parts else None


_BULLET = re.compile(r"^\s*•\s*(.+?)\s*$")
_HEADING_RESP = re.compile(r"^(.+?) example responsibilities\.$", re.I)
_HEADING_SKILLS = re.compile(r"^Common (.+?) skills$", re.I)
_HEADING_DO = re.compile(r"^What does an? (.+?) do\?$", re.I)
_SKILL = re.compile(r"^(.+?),\s*(\d+(?:\.\d+)?)%$")


def parse_page(text: str, name: str) -> list[PageProfile]:
    """Parse one comparison page; returns one profile per compared occupation, in page order."""
    lines = [line.rstrip() for line in text.splitlines()]
    heading = next((ln for ln in lines if re.search(r"\S vs \S", ln)), None)
    if heading is None:
        raise PageError(f"{name}: no 'X vs Y' title line")
    titles = [t.strip() for t in heading.split(" vs ")]
    profiles = [PageProfile(title=t[:1].upper() + t[1:], pages=[name]) for t in titles]
    by_key = {title_key(t): p for t, p in zip(titles, profiles, strict=True)}
    header = "".join(t.title() for t in titles).lower()
    _parse_time_to_become(" ".join(lines), titles, profiles)

    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if line.lower() == header:
            i += 1
            while i < len(lines) and lines[i].strip():
                _parse_row(lines[i].strip(), profiles, name, i + 1)
                i += 1
            continue
        if m := _HEADING_DO.match(line):
            prof = _profile_for(by_key, m.group(1), name, i + 1)
            para = next((ln.strip() for ln in lines[i + 1:] if ln.strip()), "")
            prof.facts["description"] = para
        elif m := _HEADING_RESP.match(line):
            prof = _profile_for(by_key, m.group(1), name, i + 1)
            prof.responsibilities = _bullets(lines, i + 1)
        elif m := _HEADING_SKILLS.match(line):
            prof = _profile_for(by_key, m.group(1), name, i + 1)
            prof.skills = [_skill(b, name, i + 1) for b in _bullets(lines, i + 1)]
        elif line.startswith("Browse ") and line.endswith(" jobs"):
            for p in profiles:
                p.browse_label = line
        i += 1
    for p in profiles:
        if "annual_mean" not in p.facts:
            raise PageError(f"{name}: no salary row for {p.title!r}")
    return profiles



def _profile_for(by_key: dict[str, PageProfile], title: str, name: str, lineno: int) -> PageProfile:
    try:
        return by_key[title_key(title)]
    except KeyError:
        raise PageError(f"{name}:{lineno}: {title!r} is not one of the compared jobs") from None


def _bullets(lines: list[str], start: int) -> list[str]:
    out: list[str] = []
    for line in lines[start:]:
        m = _BULLET.match(line)
        if not m:
            if line.strip():
                break
            continue
        if m.group(1).lower() == "show more":
            break
        out.append(m.group(1))
    return out


def _skill(text: str, name: str, lineno: int) -> tuple[str, float]:
    m = _SKILL.match(text)
    if not m:
        raise PageError(f"{name}:{lineno}: skill {text!r} has no share")
    return m.group(1), float(m.group(2))


def _parse_row(line: str, profiles: list[PageProfile], name: str, lineno: int) -> None:
    m = _LABEL_RE.match(line)
    if not m:
        raise PageError(f"{name}:{lineno}: unknown table row {line!r}")
    fact, shape = _ROWS[m.group(1)]
    values = _parse_cells(shape, m.group(2), len(profiles))
    if values is None:
        raise PageError(f"{name}:{lineno}: cannot split {m.group(2)!r} into {len(profiles)} {shape} values")
    for prof, value in zip(profiles, values, strict=True):
        if value is None:
            continue
        if fact in prof.facts and prof.facts[fact] != value:
            raise PageError(f"{name}:{lineno}: {prof.title!r} {fact} is both {prof.facts[fact]!r} and {value!r}")
        prof.facts[fact] = value


def _parse_time_to_become(text: str, titles: list[str], profiles: list[PageProfile]) -> None:
    years = r"(\d+(?:-\d+)? years?)"
    for title, prof in zip(titles, profiles, strict=True):
        t = re.escape(title)
        m = (re.search(rf"takes {years} to become an? {t}\b", text, re.I)
             or re.search(rf"becoming an? {t}\b[^.]*?{years}", text, re.I))
        if m:
            prof.facts["time_to_become"] = m.group(1)


def merge_pages(pages: list[PageProfile]) -> list[PageProfile]:
    """One profile per occupation; a figure two pages give differently is a PageConflict naming both."""
    merged: dict[str, PageProfile] = {}
    for page in pages:
        key = title_key(page.title)
        if key not in merged:
            merged[key] = PageProfile(page.title, list(page.pages), dict(page.facts),
                                      list(page.responsibilities), list(page.skills), page.browse_label)
            continue
        into = merged[key]
        for fact, value in page.facts.items():
            if fact in into.facts and into.facts[fact] != value:
                raise PageConflict(
                    f"{page.title!r}: {fact} is {into.facts[fact]!r} in {', '.join(into.pages)} "
                    f"but {value!r} in {', '.join(page.pages)}")
            into.facts[fact] = value
        for attr in ("responsibilities", "skills", "browse_label"):
            mine, theirs = getattr(into, attr), getattr(page, attr)
            if mine and theirs and mine != theirs:
                raise PageConflict(f"{page.title!r}: {attr} differ between {', '.join(into.pages)} "
                                   f"and {', '.join(page.pages)}")
            if theirs and not mine:
                setattr(into, attr, theirs)
        into.pages.extend(page.pages)
    return list(merged.values())


def load_pages(folder: Path) -> list[PageProfile]:
    """Parse and merge every page in a folder, in file-name order."""
    parsed: list[PageProfile] = []
    for path in sorted(folder.glob("*.txt")):
        parsed.extend(parse_page(path.read_text(encoding="utf-8"), path.name))
    return merge_pages(parsed)
