"""Finding occupations from a description: "someone who fixes teeth", "a job fixing computers", "I like animals".

The words of the description become full-text terms (everyday words mapped to the words O*NET uses: fix →
repair, teeth → dental), each term is searched with SQLite FTS5's BM25 over what occupations are called and do
(titles, description, tasks, tools, knowledge; ``knowledge/schema.py``), and occupations matching more of the
terms rank higher (``bot/discovery/search.py``). A search packs into button data (``q|repair+dental|1``), so
"More" works in any process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understanding import intents
from bot.understanding.normalize import raw_tokens
from bot.understanding.words import rows

_WORDS = rows("search_words.tsv")
STOP = frozenset(w for w, terms in _WORDS if terms == "-")
SYNONYMS = {w: tuple(terms.split()) for w, terms in _WORDS if terms != "-"}
MAX_TERMS = 8
MAX_TERMS_CHARS = 60
_TERM = re.compile(r"[a-z]{2,30}")
"""The terms joined by '+' fit button data (q|…|<page>, 64 bytes)."""
PAGE = 6
MAX_PAGE = 20


@dataclass(frozen=True)
class SearchSpec:
    """A search by description: its terms and the page shown (button data ``q|…``)."""

    words: tuple[str, ...]
    page: int = 0

    @classmethod
    def of(cls, words: list[str]) -> SearchSpec:
        """The first page for these terms, whole terms kept while they fit in a button's data."""
        kept: list[str] = []
        for w in words:
            if not _TERM.fullmatch(w):
                continue  # FTS terms are English words; other scripts match no O*NET text
            if len("+".join([*kept, w])) > MAX_TERMS_CHARS:
                break
            kept.append(w)
        return cls(tuple(kept))


def is_description(text: str) -> bool:
    return bool(intents.DESCRIBE.search(text))


def terms(text: str) -> list[str]:
    """The description's search terms, everyday words mapped to O*NET's, in order, at most MAX_TERMS."""
    out: list[str] = []
    for w in raw_tokens(text):
        if w in STOP or (w not in SYNONYMS and (len(w) < 3 or not w.isalpha())):
            continue  # a short word counts only as a listed everyday word ("pc")
        for t in SYNONYMS.get(w, (w,)):
            if t not in out:
                out.append(t)
    return out[:MAX_TERMS]
