"""Official title lists and the curated lexicon → title rows for O*NET occupations.

Each list names SOC 2018 codes; O*NET names finer occupations inside some of them. A listed title goes to
the O*NET occupations inside its SOC code whose own titles say the same thing, else to the SOC code's
``.00`` occupation. Evidence has ranks, most authoritative first (``bot/understanding/matcher.py`` orders by them):

- ``bls``: the BLS Direct Match Title File — a title that belongs to exactly one SOC occupation;
- ``lexicon``: the curated everyday vocabulary (``lexicon/everyday.tsv``), each entry with its public basis;
- ``census``: a Census coding-index line coded to a detailed occupation with no industry restriction
  (an industry in parentheses only says where the title is usually found);
- ``census_hint``: a line restricted to an industry or coded to a broad or aggregate group — a candidate,
  not a certainty: it never beats any other kind of evidence for the same title.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from knowledge import tsv
from knowledge.keys import title_key

_QUALIFIER = re.compile(
    r"\s*\\\s*(?:ns|any|specified|nec)\b.*$"  # "Teacher\ ns" (not specified), "Counselor\ any other"
    r"|\s+(?:exc|except)\b.*$"  # "Technician heating exc repair": the exception is the coder's note
    r"|\s+(?:bachelors|masters|less than|associate|doctorate|professional) degree.*$"
    r"|\s+(?:bachelors|less than bachelors|masters).*$", re.I)


MAX_HINT_CODES = 6


def census_title(raw: str) -> str:
    """A coding-index title without the coder's notes: 'Teacher\\ ns' → 'Teacher',
    'Dentist bachelors degree or higher' → 'Dentist', 'Technician heating exc repair' → 'Technician heating'."""
    return _QUALIFIER.sub("", raw).strip(" ,;")



class TitleLists:
    """Maps the lists' SOC codes to O*NET codes and yields (code, title, kind) rows."""

    def __init__(self, data: Path, soc_of: dict[str, str], onet_titles: list[tuple[str, str, str]]) -> None:
        self.data = data
        self.by_soc: dict[str, list[str]] = defaultdict(list)
        for code, soc in sorted(soc_of.items()):
            self.by_soc[soc].append(code)
        self.onet_by_title: dict[str, set[str]] = defaultdict(set)
        for code, title, _ in onet_titles:
            self.onet_by_title[title_key(title)].add(code)

    def codes(self, soc: str, title: str) -> list[str]:
        """O*NET codes for a title coded to this SOC code (detailed, broad 51-6040 or aggregate 53-71XX)."""
        if re.fullmatch(r"\d\d-\d{4}", soc) and not soc.endswith("0"):
            inside = self.by_soc.get(soc, [])
            named = sorted(self.onet_by_title.get(title_key(title), set()) & set(inside))
            if named:
                return named
            base = f"{soc}.00"
            return [base] if base in inside else inside[:1]
        pattern = re.compile(soc.replace("X", r"\d") if "X" in soc else re.escape(soc.rstrip("0")) + r"\d*")
        return sorted(c for s, cs in self.by_soc.items() if pattern.match(s) for c in cs if c.endswith(".00"))

    def rows(self) -> list[tuple[str, str, str]]:
        out: dict[tuple[str, str], str] = {}
        for r in tsv.read(self.data / "titles" / "direct_match.tsv.gz"):
            for code in self.codes(r["soc_code"], r["title"]):
                out.setdefault((code, r["title"]), "bls")
        for r in lexicon(self.data):
            for target in r["targets"]:
                codes = [target] if "." in target else self.codes(target, r["phrase"])
                for code in codes:
                    out.setdefault((code, r["phrase"]), "lexicon")
        for r in tsv.read(self.data / "titles" / "census_index.tsv.gz"):
            title = census_title(r["title"])
            if not title:
                continue
            restricted = bool(r["industry"]) and not r["industry"].startswith("(")
            kind = "census" if r["level"] == "detailed" and not restricted else "census_hint"
            codes = self.codes(r["soc_code"], title)
            if len(codes) > MAX_HINT_CODES:
                continue  # "any of 30 occupations" tells the matcher nothing
            for code in codes:
                key = (code, title)
                if out.get(key) == "census_hint" and kind == "census":
                    out[key] = kind
                out.setdefault(key, kind)
        return sorted((c, t, k) for (c, t), k in out.items())


def lexicon(data: Path) -> list[dict]:
    """The curated everyday vocabulary: phrase → SOC or O*NET code(s), by category, with its public basis."""
    rows = []
    for r in _read_plain(data / "lexicon" / "everyday.tsv"):
        rows.append({"phrase": r["phrase"], "targets": r["codes"].split("|"), "category": r["category"],
                     "basis": r["basis"]})
    return rows


def generic_words(data: Path) -> list[dict]:
    """Words that name a group of occupations ('teacher', 'engineer'), with the SOC groups they name and,
    where one member is what nearly everyone means ('nurse'), that member."""
    return [{"word": r["word"], "groups": r["groups"], "lead": r["lead"] or None, "basis": r["basis"]}
            for r in _read_plain(data / "lexicon" / "generic.tsv")]


def not_fields(data: Path) -> set[str]:
    """Words the titles would read as a trade that name something else ('building'), each with its reason."""
    return {r["word"] for r in _read_plain(data / "lexicon" / "not_fields.tsv")}


def questions(data: Path) -> list[dict]:
    """Example questions for routing by meaning: intent, topic (or '-'), example (lexicon/questions.tsv)."""
    return [{"intent": r["intent"], "topic": r["topic"], "example": r["example"]}
            for r in _read_plain(data / "lexicon" / "questions.tsv")]


def _read_plain(path: Path) -> list[dict[str, str]]:
    """A hand-written TSV: '#' lines are comments, blank lines are skipped."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, (f.strip() for f in ln.split("\t")), strict=True)) for ln in lines[1:]]
