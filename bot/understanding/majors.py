"""Reading a question about a college major: "what can I do with a sociology degree", "jobs for chemistry
majors", "I studied history, now what". The subject is matched to NCES CIP 2020 programs by their titles'
words (``knowledge/major_index.py``) and, when no title has the words ("psych"), by meaning."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.understanding.words import mapping

if TYPE_CHECKING:
    from bot.understanding.meaning import Meaning
    from knowledge.major_index import MajorIndex

_WHEN = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer"
         r"|fall|autumn|winter|\d{4})\b")
"""A month, season or year: when, never a subject ("a degree in may")."""
_END = (r"(?=[?.!,(]|\s+\(|$|\s+(?:and|but|so|what|which|now|then|can|could|vs|or|in\s+college|at\s+uni\w*|jobs?"
        r"|careers?|(?:in|last|this|next)\s+" + _WHEN + r")\b)")
MAJOR = (  # tried in order: "a degree in X", "I studied X", "an X degree"
    re.compile(r"\b(?:degree|degrees|major|majors|majored|majoring|diploma|bachelor'?s?|master'?s?|associate'?s?"
               r"|ba|bs|ma|ms|phd|doctorate|bsn|bsw|msw|mba|bba|bsc|msc|mph|mfa|bfa)\s+(?:degree\s+)?(?:in|of)\s+"
               r"(?!" + _WHEN + r")(?P<s>[\w\s&/-]{2,60}?)" + _END, re.I),
    re.compile(r"\b(?:studied|(?:study|studying)(?!\s+(?:to|for|in\s+order\s+to)\s+(?:be(?:come)?|get|work)\b)"
               r"|graduated\s+in|graduate\s+in|grad\s+in)\s+(?P<s>[\w\s&/-]{2,60}?)" + _END, re.I),
    # "study to be a psychologist" asks the job's schooling, no major
    re.compile(r"\b(?:an?\s+|my\s+)?(?P<s>[\w&/-]+(?:\s+[\w&/-]+){0,3}?)\s+(?:degree|degrees|major|majors|grads?"
               r"|graduates?|diploma|bachelors?|bachelor's|ba|bs|b\.?s\.?c?|bfa|mfa)\b", re.I),
    re.compile(r"\b(?:my|an?|got|have|had|finished|finishing|earned|earning|completed|completing|doing|with|for)\s+"
               r"(?P<s>msw|bsw|bsn|mba|bfa|mfa|mph)\b(?!\s+(?:nurses?|rn|worth|vs|or)\b)", re.I),
    # "got my MSW": the degree names its subject (not "70 mph", "a bsn nurse", "is an mba worth it")
)
NOT_SUBJECT = frozenset({
    "a", "an", "my", "the", "with", "for", "what", "which", "can", "i", "do", "jobs", "job", "careers", "career",
    "college", "university", "uni", "school", "four", "year", "two", "4", "2", "good", "best", "any", "no",
    "without", "need", "needs", "require", "requires", "bachelor", "bachelors", "bachelor's", "master", "masters",
    "master's", "associate", "associates", "associate's", "doctoral", "graduate", "undergraduate", "advanced",
    "high", "get", "got", "have", "has", "having", "online", "is", "worth", "useful", "useless", "you", "me",
    "they", "it", "we", "this", "that", "one", "does", "did", "paying", "paid", "highest", "top", "most", "type",
    "kind", "sort", "right", "real", "new", "just", "only", "even", "still", "also", "really", "very", "someone",
    "somebody", "people", "person", "anyone", "student", "students", "son", "daughter", "kid", "kids", "child",
    "he", "she", "wife", "husband", "friend", "brother", "sister", "graduating", "graduated", "finishing",
    "finished", "doing", "getting", "completed", "completing", "earning", "earned",
})
_LINKING = re.compile(r"\b(?:is|are|was|were|for|to|as|be)\b", re.I)
"""Words no major's name before "degree" or "grads" holds."""
SHORT_NAMES = mapping("major_words.tsv")
DENSE_FLOOR = 0.55
"""A program found by meaning alone must be at least this close (cosine) to the subject."""


@dataclass(frozen=True)
class MajorSpec:
    """A major asked about: the words as typed and the CIP programs they name, best first."""

    subject: str
    cips: tuple[str, ...]


def subject_of(text: str) -> str | None:
    """The subject a message names as a major, or None when it names none."""
    for pattern in MAJOR:
        for m in pattern.finditer(text):
            said = m.group("s")
            if pattern is MAJOR[2]:  # "jobs for history grads": history; "says testing is for new grads": recent
                said = _LINKING.split(said)[-1]  # graduates, no major named
            words = [w for w in re.findall(r"[\w&/-]+", said)
                     if w.lower() not in NOT_SUBJECT and any(ch.isalnum() for ch in w)]  # not a dash
            if words and len(expand(" ".join(words))) >= 3:  # "cs" is computer science
                return " ".join(words)
    return None


def expand(subject: str) -> str:
    """A major's short name in full ("comp sci" → "computer science"; bot/understanding/data/major_words.tsv)."""
    key = " ".join(subject.lower().split())
    if key in SHORT_NAMES:
        return SHORT_NAMES[key]
    return " ".join(SHORT_NAMES.get(w, w) for w in key.split())


def major_request(text: str, index: MajorIndex, meaning: Meaning | None) -> MajorSpec | None:
    subject = subject_of(text)
    if subject is None:
        return None
    subject = expand(subject)
    found = [m.cip for m in index.lexical(subject)[:3]]
    if not found and meaning is not None:
        found = [cip for cip, score in meaning.majors(subject, 3) if score >= DENSE_FLOOR]
    return MajorSpec(subject, tuple(found)) if found else None


_ASKS_OF_A_JOB = re.compile(r"\bhow\s+much\b|\bwhat\s+do\s+\w+(?:\s+\w+)?\s+(?:make|earn|do)\b|\bhow\s+(?:do|can)\s+"
                            r"(?:i|you|u)\s+become\b|\bcan\s+i\s+(?:still\s+)?become\b", re.I)
_FOR_THE_MAJOR = re.compile(r"\b(?:jobs|careers|occupations|fields|what\s+(?:else\s+)?can\s+i\s+do|besides|other\s+than"
                            r")\b", re.I)


def asks_of_a_job(text: str) -> bool:
    """The message asks something of a job ("got a BS in chemistry, what do pharmacists earn", "i have a BA in
    english, can i become a lawyer"), not what the major leads to ("what jobs can i get with a BA in english")."""
    return bool(_ASKS_OF_A_JOB.search(text)) and not _FOR_THE_MAJOR.search(text)
