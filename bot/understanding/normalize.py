"""Turning job titles and messages into comparable word lists.

The same function normalises the index's titles and the user's words, so "Senior Welders",
"welder" and "WELDER II" meet on the key ``welder``, "labourer" on "laborer", "waitress" on "waiter",
"director of nursing" and "nursing director" on the bag key ``director nursing``.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import snowballstemmer

from bot.understanding.words import mapping

ABBREVIATIONS = mapping("title_words.tsv", "abbreviation")
BRITISH = mapping("title_words.tsv", "british")
GENDERED = mapping("title_words.tsv", "gendered")
SENIORITY = {"senior", "sr", "junior", "jr", "lead", "i", "ii", "iii", "iv", "v", "level", "trainee", "apprentice",
             "journeyman", "journeymen"}
"""Words of rank, dropped from titles; "entry" too, but only before "level" ("data entry" is work)."""
STOPWORDS = {"of", "the", "a", "an", "and", "in", "for", "to", "at", "on", "with", "or", "by", "&", "all"}
_KEEP_S = ("ss", "us", "is", "ics", "ous", "ys")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u202a\u202b\u202c\u202d\u202e"))


def fold(text: str) -> str:
    """Lower-case ASCII-ish text: accents stripped, zero-width and direction marks removed."""
    if text.isascii():  # nearly every message and stored text: nothing to strip (4 µs → 0.2 µs a task line)
        return text.casefold()
    text = text.translate(_ZERO_WIDTH)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold()


PLURAL_ABBREVIATIONS = {"rns": "rn", "nps": "np", "pas": "pa", "ots": "ot", "pts": "pt", "rts": "rt"}
"""Short abbreviations' plurals ("how much do rn's make", "do PAs need a masters")."""


_ICS_WORKERS = {"mechanics": "mechanic", "medics": "medic", "paramedics": "paramedic", "critics": "critic"}
"""Workers' plurals that end like a field's name ("physics", "logistics" stay): "what do car mechanics earn"."""


def singular(word: str) -> str:
    if word in PLURAL_ABBREVIATIONS:
        return PLURAL_ABBREVIATIONS[word]
    if word in _ICS_WORKERS:
        return _ICS_WORKERS[word]
    if len(word) <= 3 or not word.endswith("s") or word.endswith(_KEEP_S):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes", "zes")):
        return word[:-2]
    return word[:-1]


def canonical(word: str) -> str:
    word = BRITISH.get(word, word)
    if word in GENDERED:
        return GENDERED[word]
    word = ABBREVIATIONS.get(word, word)
    if " " in word:
        return word
    word = singular(word)
    return BRITISH.get(word, word)


_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def raw_tokens(text: str) -> list[str]:
    """Words of the text (letters and digits of any script), folded, apostrophes dropped."""
    return [t.replace("'", "").replace("’", "") for t in _TOKEN.findall(fold(text))]


def tokens(text: str, drop_seniority: bool = True) -> list[str]:
    """Canonical title words: abbreviations expanded, British and gendered forms mapped, singular."""
    out: list[str] = []
    raws = raw_tokens(text.replace("&", " and ").replace("/", " "))
    for i, raw in enumerate(raws):
        if drop_seniority and raw == "entry" and raws[i + 1:i + 2] == ["level"]:
            continue
        for word in canonical(raw).split():
            if drop_seniority and word in SENIORITY:
                continue
            out.append(word)
    return out


_PAREN = re.compile(r"\(([^()]*)\)")


def split_parenthetical(text: str) -> tuple[str, list[str]]:
    """'Drafting Technician (Drafting Tech)' → ('Drafting Technician', ['Drafting Tech'])."""
    inner = [m.strip() for m in _PAREN.findall(text) if m.strip()]
    base = _PAREN.sub(" ", text).strip()
    return (base or " ".join(inner)), inner


def key(words: list[str]) -> str:
    """Exact key: the canonical words in order."""
    return " ".join(words)


def bag(words: list[str]) -> str:
    """Order-free key: content words sorted ("director of nursing" == "nursing director")."""
    return " ".join(sorted(w for w in words if w not in STOPWORDS))


_STEMMER = snowballstemmer.stemmer("english")


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The word's Snowball stem: 'landscaper', 'landscaping' and 'landscape' → 'landscap'. For comparing
    related words only; index keys keep the words themselves."""
    return _STEMMER.stemWord(word)
