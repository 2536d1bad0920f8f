"""Words that name a trade or field ("roofing", "welding", "carpentry", "nursing", "electrical"), derived
from the titles: the field's occupations are the ones whose official O*NET title holds the field's worker
noun (roofing → roofers, carpentry → carpenters, nursing → nurses, electrical → electricians), one per SOC
code, most jobs first (OEWS). Helpers, teachers, supervisors and managers of a field are never the field.

A field word becomes a generic word: when its largest occupation has at least ``LEAD_RATIO`` times the jobs of
the next, that occupation is what the word usually means ("nursing" → registered nurses, the others a tap
away); otherwise the word names its occupations as a group to choose from. Words that name a thing, a
setting or any work at all rather than a trade ("building", "managing", "physical") are listed with the
reason in ``lexicon/not_fields.tsv``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Mapping

ENDINGS = ("ing", "ry", "al", "ure", "y", "ics", "ism")
"""A field word is an activity or a field: roof·ing, carpent·ry, electric·al, architect·ure, psycholog·y,
econom·ics, journal·ism."""
MIN_ROOT = 4
WORKER = re.compile(r"(?:ers?|ors?|ians?|ants?|ists?|e?s)")
"""What follows the root in the worker noun: roof·ers, carpent·ers, electric·ians, nurs·es, chemist·s."""
NOT_THE_FIELD = frozenset({"helpers", "helper", "teachers", "instructors", "supervisors", "managers"})
MIN_TITLES = 3
"""The word occurs in at least this many job titles (any list): a word people use to name work."""
LEAD_RATIO = 2.0
MAX_MEMBERS = 8
MILITARY = "55-"

_WORD = re.compile(r"[a-z]+")


def words_of(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def roots(word: str) -> list[str]:
    """The word without its field ending: roofing → roof, carpentry → carpent, electrical → electric."""
    return [word[: -len(e)] for e in ENDINGS if word.endswith(e) and len(word) - len(e) >= MIN_ROOT]


def derive(occupations: Iterable[Mapping[str, object]], titles: Iterable[str], employment: Mapping[str, int],
           curated: Mapping[str, tuple[str, str | None]], excluded: set[str]) -> list[dict[str, str | None]]:
    """Generic-word rows (word, groups, lead) for every field word the titles support.

    ``occupations``: O*NET rows (code, title, soc_code); ``titles``: every job title the store knows (to find
    the words and to skip one that is itself a title); ``curated``: the curated generic words (word → groups,
    lead): a field whose worker is one of them names that group ("engineering" → engineer, "nursing" → nurse)."""
    one_per_soc = _one_per_soc(occupations)
    holders = _holders(one_per_soc)
    title_list = list(titles)
    whole = {" ".join(words_of(t)) for t in title_list}
    counts = Counter(w for t in title_list for w in set(words_of(t)))
    rows = []
    for word in sorted(counts):
        if counts[word] < MIN_TITLES or word in curated or word in excluded or word in whole:
            continue
        worker = next((w for w in curated for root in roots(word) if _is_worker(w, root)), None)
        if worker is not None:
            groups, lead = curated[worker]
            rows.append({"word": word, "groups": groups, "lead": lead, "kind": "field"})
            continue
        members = _members(word, one_per_soc, holders, employment)
        if not members:
            continue
        top = members[0]
        sure = len(members) == 1 or employment.get(top[0], 0) >= LEAD_RATIO * employment.get(members[1][0], 0)
        rows.append({"word": word, "groups": "|".join(soc for _, soc in members[:MAX_MEMBERS]),
                     "lead": top[0] if sure else None, "kind": "field"})
    return rows


def _is_worker(word: str, root: str) -> bool:
    """Is the word the root's worker noun: engineer·ing → engineer, teach·ing → teacher, nurs·ing → nurse?"""
    return word.startswith(root) and (word == root or bool(WORKER.fullmatch(word[len(root):])) or word == root + "e")


def _one_per_soc(occupations: Iterable[Mapping[str, object]]) -> dict[str, tuple[str, list[str]]]:
    """SOC code → (its O*NET occupation, that title's words); the .00 occupation where O*NET splits a code."""
    found: dict[str, tuple[str, list[str]]] = {}
    for row in sorted(occupations, key=lambda r: str(r["code"])):
        soc = row.get("soc_code")
        if not isinstance(soc, str) or soc.startswith(MILITARY):
            continue
        code = str(row["code"])
        if soc not in found or code.endswith(".00"):
            found[soc] = (code, words_of(str(row["title"])))
    return found


def _holders(one_per_soc: dict[str, tuple[str, list[str]]]) -> tuple[list[str], dict[str, list[str]]]:
    """The official titles' words, sorted (to find a root's words by prefix), and the SOC codes each is in."""
    by_word: dict[str, list[str]] = {}
    for soc, (_, title_words) in one_per_soc.items():
        for w in dict.fromkeys(title_words):
            by_word.setdefault(w, []).append(soc)
    return sorted(by_word), by_word


def _members(word: str, one_per_soc: dict[str, tuple[str, list[str]]],
             holders: tuple[list[str], dict[str, list[str]]], employment: Mapping[str, int]) -> list[tuple[str, str]]:
    """(code, SOC) of the occupations whose title holds the field's worker noun, most jobs first."""
    words, by_word = holders
    found: dict[str, str] = {}
    for root in roots(word):
        start, end = bisect.bisect_left(words, root), bisect.bisect_left(words, root + "\uffff")
        for w in words[start:end]:
            if not WORKER.fullmatch(w[len(root):]):
                continue
            for soc in by_word[w]:
                code, title_words = one_per_soc[soc]
                if not any(t in NOT_THE_FIELD and not t.startswith(root) for t in title_words):
                    found[soc] = code
    return sorted(((c, s) for s, c in found.items()), key=lambda m: (-employment.get(m[0], 0), m[1]))
