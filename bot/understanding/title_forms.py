"""How a title becomes rows of the title index: its keys (canonical words in order, and the order-free bag),
its head word, and the one-letter deletions that spelling correction looks up. Part of the index cache's key
(``bot/engine.py``), like ``matcher.py`` and ``normalize.py``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from bot.understanding import normalize

_EXCEPT = re.compile(r",\s*except\b", re.IGNORECASE)

if TYPE_CHECKING:
    from knowledge.rows import OccupationFact


def key_head(words: list[str], known: frozenset[str]) -> str:
    """A title key's head word: the word before 'of'/'in'/'for' after a head word ("supervisor of landscaping
    workers"), else the last word. Census lines in coder order ("counselor camp") end in a non-head word."""
    for i, w in enumerate(words[1:-1], 1):
        if w in ("of", "in", "for", "at") and words[i - 1] in known:
            return words[i - 1]
    return words[-1] if words else ""


def _excepted(title: str, kind: str) -> list[str]:
    """An official title without its exclusion note: "Secondary School Teachers, Except Special and
    Career/Technical Education" is what people call secondary school teachers. Only a name of two words or more:
    one word left ("Interviewers, Except Eligibility and Loan") is too wide a word to be that occupation's alone
    ("the interviewer asked me about my weaknesses")."""
    if kind != "official":
        return []
    cut = _EXCEPT.split(title, maxsplit=1)
    return [cut[0]] if len(cut) > 1 and len(normalize.tokens(cut[0])) > 1 else []


def deletes(word: str) -> set[str]:
    """The word with one letter removed, every way (a SymSpell-style index for one-edit lookups)."""
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def title_rows(entries: Iterable[tuple[str, str, str]], facts: dict[str, OccupationFact],
               curated: set[str]) -> tuple[list[tuple], dict[str, list[frozenset[str]]]]:
    """(key, bag, alias, code, kind) for every title form, and each occupation's titles as word sets."""
    rows = []
    code_words: dict[str, list[frozenset[str]]] = defaultdict(list)
    for alias, code, kind in entries:
        if code not in facts:
            continue
        code_words[code].append(frozenset(normalize.tokens(alias)))
        base, inner = normalize.split_parenthetical(alias)
        for form in (base, *(i for i in inner if len(i.split()) > 1), *_excepted(base, kind)):
            words = normalize.tokens(form)
            if len(words) == 1 and len(words[0]) <= 3 and not form.isupper() and kind not in curated:
                continue  # "I-Man" would become "man": a short word only as a real abbreviation (RN, CNA)
            if words:
                rows.append((normalize.key(words), normalize.bag(words), alias, code, kind))
    return rows, code_words
