"""Finding occupations from a description: "someone who fixes teeth", "a job fixing computers", "I like animals".

The words of the description become full-text terms (everyday words mapped to the words O*NET uses: fix →
repair, teeth → dental), each term is searched with SQLite FTS5's BM25 over what occupations are called and do
(titles, description, tasks, tools, knowledge; ``knowledge/schema.py``), and occupations matching more of the
terms rank higher (``bot/discovery/search.py``). A search packs into button data (``q|repair+dental|1``), so
"More" works in any process.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from bot.understanding import intents, normalize
from bot.understanding.normalize import raw_tokens
from bot.understanding.words import rows

_WORDS = rows("search_words.tsv")
STOP = frozenset(w for w, terms in _WORDS if terms == "-")
SYNONYMS = {w: tuple(terms.split()) for w, terms in _WORDS if terms != "-"}
MAX_TERMS = 8
_SMALL = frozenset({"i'm", "im", "i've", "ive", "the", "a", "an", "and", "of", "to", "in", "on", "at", "for", "with",
                    "idea", "kind", "sort", "basically", "really", "just", "like", "kinda", "that", "this", "those"})
MAX_TEXT = 56
"""A description is searched as at most this many characters of its words (it travels in button data:
q|<words>|<page>, 64 bytes), cut at a word."""
MAX_SAID = 300
"""The whole description kept for ranking by meaning (the model reads about as much)."""
_NOT_WORD = re.compile(r"[^a-z0-9'-]+")
PAGE = 6
MAX_PAGE = 20


@dataclass(frozen=True)
class SearchSpec:
    """A search by description: its words as searched and the page shown (button data ``q|…``)."""

    text: str
    page: int = 0
    said: str = field(default="", compare=False)
    """The whole description as typed (at most MAX_SAID characters), ranked by meaning when the chat still
    holds it: ``text`` keeps only what fits button data, and a long description loses words ("… plus doing
    everyone's tax returns in spring")."""

    @classmethod
    def of(cls, description: str) -> SearchSpec | None:
        """The first page for a description: its words, lower case; a long one keeps its content words (the
        small words go first, then words from the end) so that it fits button data and still says the work."""
        words = _NOT_WORD.sub(" ", normalize.fold(description)).split()
        if len(" ".join(words)) > MAX_TEXT:
            words = [w for w in words if w not in STOP and w not in _SMALL] or words
        while len(" ".join(words)) > MAX_TEXT and len(words) > 1:
            words.pop()
        text = " ".join(words)[:MAX_TEXT]
        return cls(text, said=" ".join(description.split())[:MAX_SAID]) if len(text) >= 2 else None

    def with_said(self, said: str | None) -> SearchSpec:
        """This search ranked by the whole description the chat remembers, when it is the one searched."""
        whole = SearchSpec.of(said) if said else None
        return replace(self, said=whole.said) if whole is not None and whole.text == self.text else self

    @property
    def words(self) -> list[str]:
        """The full-text search terms (everyday words mapped to O*NET's)."""
        return terms(self.text)


NOT_ACTIVITIES = frozenset({"nothing", "something", "anything", "everything", "morning", "evening", "during",
                            "thing", "being", "going", "thinking", "wondering", "feeling", "trying", "hoping",
                            "getting", "having", "wanting", "looking", "considering"})


DETERMINERS = frozenset({"the", "a", "peoples", "ppl", "their", "someones", "other", "all"})  # no apostrophes
# ("dentists an overpaid job?" is a question with its verb left out, not a doing)
NOT_DOINGS = frozenset({"this", "does", "has", "was", "is", "his", "hers", "its", "yes", "thanks", "plus", "less",
                        "guess", "always", "sometimes", "perhaps", "whats", "thats", "hows", "lets", "jobs", "ones",
                        "sounds", "seems", "means", "says", "careers",
                        "options", "salaries", "hours", "benefits", "skills", "duties", "tasks", "stats", "figures"})


def is_activity(text: str, job_word: Callable[[str], bool] | None = None) -> bool:
    """Said as an activity, the way people describe work: "making bread at 4am", "tearing off shingles", or a
    doing without its doer, a verb before its object: "makes the fake teeth", "hands the surgeon the tools".
    ``job_word`` (is this word a job's?) lets any object follow the verb ("counts pills and labels bottles",
    "treats sick dogs and cats") once the first word is known not to be a job's plural ("nurses make …")."""
    words = raw_tokens(text)
    first = next(iter(words), "")
    if len(first) >= 6 and first.endswith("ing") and first.isalpha() and first not in NOT_ACTIVITIES:
        return True
    if len(words) < 3 or not _doing_word(first):  # "loss prevention", "electronics technician": nouns
        return False
    if len(words) >= 4 and words[1] in DETERMINERS:
        return True
    if job_word is not None and len(words) >= 4 and words[1] == "and" and _doing_word(words[2]) \
            and words[3] not in NOT_OBJECTS and not job_word(first) and not job_word(words[2]):
        return True  # two doings, then their object: "picks and packs orders", "washes and cuts hair"
    return job_word is not None and words[1].isalpha() and words[1] not in NOT_OBJECTS and not job_word(first)


def _doing_word(word: str) -> bool:
    """A word that may be a doing's verb ("makes", "picks"): "-s", not a noun's "-ss/-us/-is/-ics", not listed."""
    return len(word) >= 4 and word.isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "is", "ics")) \
        and word not in NOT_DOINGS


NOT_OBJECTS = frozenset({"how", "what", "when", "where", "why", "who", "which", "is", "are", "do", "does", "make",
                         "earn", "get", "in", "near", "salary", "pay", "vs", "or", "and", "good", "great", "fine",
                         "sense", "like", "right", "ok", "okay", "nice", "cool", "bad", "me", "of", "for", "to"})
"""Words after a first "-s" word that make it a subject or a remark, not a verb and its object ("nurses make …",
"welders in texas", "sounds good")."""


def is_description(text: str) -> bool:
    return bool(intents.DESCRIBE.search(text) or intents.WHO_DOES.search(text))


NAMED_WORK = 3
"""Search terms a message asking for a name must hold besides the question ("is there a name for this" alone
describes nothing)."""


def asks_name(text: str) -> bool:
    """Asks what the work it describes is called ("my mom … helping the residents eat, what is her job title")."""
    m = intents.ASKS_NAME.search(text)
    return m is not None and len(terms(text[:m.start()] + " " + text[m.end():])) >= NAMED_WORK


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
