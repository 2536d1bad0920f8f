"""Comparing titles as plain words, the same way everywhere (extracts, builder, conversation)."""

from __future__ import annotations

import re
from collections.abc import Iterable

_NOT_WORD = re.compile(r"[^a-z0-9]+")
_WORD = re.compile(r"[a-z0-9]+")


def title_key(title: str) -> str:
    """'Nurses, Registered (RN)' → 'nurses registered rn': case-folded, punctuation to single spaces."""
    return _NOT_WORD.sub(" ", title.casefold()).strip()


def words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def most_shared(text: str, titles: Iterable[tuple[str, str]], ignore: frozenset[str] = frozenset()) -> str | None:
    """The code whose title shares the most words with ``text`` (the first on a tie), or None when none shares
    any: 'Browse office and administrative jobs' → 43-0000."""
    wanted = words(text) - ignore
    best, best_n = None, 0
    for code, title in titles:
        n = len(wanted & words(title))
        if n > best_n:
            best, best_n = code, n
    return best
