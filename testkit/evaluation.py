"""Held-out evaluation sets for title coding, shared by the benchmark script and the accuracy test.

- ``heldout``: a seeded random 10% of O*NET's Sample of Reported Titles (titles written by workers),
  removed from the index entirely (every occupation, every kind), then coded with what remains.
- ``census``: the Census Bureau's 2018 occupation titles (an official list written by others), whose SOC
  codes may be wildcards such as 15-124X or broad groups such as 11-2030.
- ``typo``: each title of a set with one seeded edit (insert, delete, substitute or swap) in one word.
A prediction is right when its 6-digit SOC code is the title's (or matches its wildcard).
"""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass
from pathlib import Path

from bot.understanding import normalize
from knowledge import tsv
from knowledge.paths import DATA_DIR

CHATTER = Path(__file__).with_name("chatter.txt")


@dataclass(frozen=True)
class Case:
    text: str
    socs: frozenset[str]  # accepted SOC codes or wildcard patterns ("15-124X")

    def accepts(self, soc: str | None) -> bool:
        """Right when the SOC code is the title's, matches its wildcard (15-124X), or lies in the broad or
        minor group the title names (11-2030 → 11-2032; detailed SOC codes never end in 0)."""
        return soc is not None and any(_within(soc, s) for s in self.socs)


def _within(soc: str, want: str) -> bool:
    if soc == want:
        return True
    if "X" in want:
        return bool(re.fullmatch(want.replace("X", r"\d"), soc))
    if want.endswith("000"):
        return soc.startswith(want[:4])
    if want.endswith("0"):
        return soc.startswith(want[:6])
    return False


def onet_soc() -> dict[str, str]:
    return {r["code"]: r["soc_code"] for r in tsv.read(DATA_DIR / "onet" / "soc_crosswalk.tsv.gz")}


def heldout(fraction: float = 0.10, seed: int = 7) -> tuple[list[Case], set[str]]:
    """Held-out reported titles and the normalised keys to remove from the index."""
    soc = onet_soc()
    by_title: dict[str, set[str]] = {}
    for r in tsv.read(DATA_DIR / "onet" / "titles.tsv.gz"):
        if r["kind"] == "reported":
            by_title.setdefault(r["title"], set()).add(soc[r["code"]])
    titles = sorted(by_title)
    picked = random.Random(seed).sample(titles, round(len(titles) * fraction))
    removed = {k for t in picked for k in title_keys(t)}
    return [Case(t, frozenset(by_title[t])) for t in picked], removed


def title_keys(title: str) -> set[str]:
    """The index keys a title occupies: whole, without its parenthesis, and the parenthesis itself."""
    base, inner = normalize.split_parenthetical(title)
    return {normalize.key(normalize.tokens(f)) for f in (title, base, *inner)} - {""}


def without(entries: list[tuple[str, str, str]], removed: set[str]) -> list[tuple[str, str, str]]:
    """The index entries left once the held-out titles are removed (official occupation titles stay)."""
    return [e for e in entries if e[2] == "official" or not (title_keys(e[0]) & removed)]


def census() -> list[Case]:
    cases = []
    for r in tsv.read(DATA_DIR / "bls" / "census_soc.tsv.gz"):
        if re.match(r"\d\d-\d", r["soc_code"]) and not r["soc_code"].startswith("55"):
            cases.append(Case(r["title"], frozenset([r["soc_code"]])))
    return cases


def with_typo(cases: list[Case], seed: int = 11) -> list[Case]:
    rng = random.Random(seed)
    out = []
    for c in cases:
        words = c.text.split()
        idx = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
        if not idx:
            out.append(c)
            continue
        i = rng.choice(idx)
        words[i] = _edit(words[i], rng)
        out.append(Case(" ".join(words), c.socs))
    return out


def _edit(word: str, rng: random.Random) -> str:
    pos = rng.randrange(1, len(word) - 1)
    op = rng.choice("isdt")
    letter = rng.choice(string.ascii_lowercase)
    if op == "i":
        return word[:pos] + letter + word[pos:]
    if op == "s":
        return word[:pos] + letter + word[pos + 1:]
    if op == "d":
        return word[:pos] + word[pos + 1:]
    return word[:pos] + word[pos + 1] + word[pos] + word[pos + 2:]


def chatter() -> list[str]:
    return [ln.strip() for ln in CHATTER.read_text(encoding="utf-8").splitlines() if ln.strip()]


SHARED_TITLES = Path(__file__).resolve().parents[2] / "shared" / "data" / "titles"
EMPLOYER_TITLES = SHARED_TITLES / "dev" / "dol_h2b_fy2011_2013_title_soc.tsv"


def _shared_rows(path: Path) -> list[dict[str, str]]:
    import csv

    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def employer_titles() -> tuple[list[Case], list[Case]]:
    """Employer-written titles (DOL H-2B filings, SOC 2010 codes crosswalked to 2018), split in two by a
    hash of the title: ``tune`` (looked at while developing) and ``test`` (never looked at; the figure
    reported). Needs ../shared (not shipped: this is measuring data, never index data)."""
    import hashlib

    by_title: dict[str, set[str]] = {}
    for r in _shared_rows(EMPLOYER_TITLES):
        codes = {c for c in r["soc2018_codes"].split("|") if c}
        if codes and r["title"].strip():
            by_title.setdefault(r["title"].strip(), set()).update(codes)
    tune, test = [], []
    for title, codes in sorted(by_title.items()):
        half = hashlib.sha1(title.encode()).digest()[0] % 2
        (test if half else tune).append(Case(title, frozenset(codes)))
    return tune, test


def official_lists() -> tuple[list[Case], list[Case]]:
    """The two official lists, now index data (a regression check): BLS direct-match titles, and the Census
    coding index's lines coded to a detailed occupation with no industry restriction."""
    from knowledge.sources.titlelists import census_title

    bls = [Case(r["title"], frozenset([r["soc_code"]])) for r in
           tsv.read(DATA_DIR / "titles" / "direct_match.tsv.gz") if not r["soc_code"].startswith("55")]
    census_by: dict[str, set[str]] = {}
    for r in tsv.read(DATA_DIR / "titles" / "census_index.tsv.gz"):
        if r["level"] == "detailed" and (not r["industry"] or r["industry"].startswith("(")):
            title = census_title(r["title"])
            if title and not r["soc_code"].startswith("55"):
                census_by.setdefault(title, set()).add(r["soc_code"])
    census = [Case(t, frozenset(c)) for t, c in sorted(census_by.items())]
    return bls, census
