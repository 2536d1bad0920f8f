"""A choice between two lines of work said inside a longer message: "im a senior and torn between the medical field
or tech, i like helping ppl but also like money lol", "first gen college student here … is business or nursing the
safer bet", "sophomore pre-med but i loved my con law class. law or medicine??". The sides are the few words on
either side of "or", "vs" or "between … and", cut where the sentence around them goes on ("is business or nursing
the safer bet": business, nursing) and without the words that only say how the work is had ("getting a business
degree": business; "working in a hospital": hospital). Two lines of work may also be set against each other across
"but" ("my mom wants me to do nursing but i kinda want to be a teacher, which is better"). Whether each side names a
job or a field, and whether the choice is the message's question, is ``choice_reading.ChoiceReader``'s; here only
the words are found."""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_SIDE = 4
"""Words of a side at most ("the medical assistant program", "some kind of sports job")."""
SHORT_CLAUSE = 2 * MAX_SIDE + 1
"""A clause this short is little more than the two sides and the word between them."""

_CLAUSE_BREAK = re.compile(r"[.!?;:,()\n\"]+(?=\s|$)|[!?]+|\s[-–—]+\s|\s[-–—]+|[-–—]+\s")
_CHOICE = re.compile(r"\s(?:or|vs\.?|versus)\s", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?P<a>.+?)\s+(?:and|or|&)\s+(?P<b>.+)", re.I)
_BUT = re.compile(r"\s(?:but|though|although|while|whereas)\s", re.I)
_WANTING = re.compile(r"\b(?:do|doing|into|be\s+an?|become\s+an?|becoming\s+an?|like|love|study|studying|pursue"
                      r"|says|said|thinks|wants|want|wanna|choose|pick|toward|towards|prefer|push(?:es|ing)?\s+me\s+"
                      r"(?:into|toward|towards))\b", re.I)
"""Words after which a contrast's side is said ("do nursing", "going into law", "be a teacher", "says accounting")."""
_DIFFERENCE = re.compile(r"\bdifferences?\s+between\b", re.I)
""""the difference between X and Y": the understander's own (``intents.BETWEEN``), never taken here."""
_CUE = re.compile(r"\b(?:which|difference|better|best|safer|smarter|easier|harder|worse|more|less|should|torn"
                  r"|decide|deciding|decision|choose|choosing|pick|picking|between|worth|vs\.?|versus|or\s+nah)\b"
                  r"|\?", re.I)
"""Words that ask to choose between the two sides (a question mark too: "law or medicine??"); a clause of little
more than the two sides asks it as well ("poli sci major with no clue, lawyer or some kind of business job")."""
_WORD = re.compile(r"[\w'’+&/.]+")

_OPENERS = frozenset({"is", "are", "was", "were", "be", "been", "between", "either", "i", "im", "i'm", "me", "you", "u",
                      "to", "into", "in", "do", "does", "did", "should", "would", "could", "can", "go", "going", "goin",
                      "get", "getting", "become", "becoming", "being", "stay", "staying", "study", "studying", "pursue",
                      "pursuing", "choose", "choosing", "pick", "picking", "like", "want", "wants", "wanna", "about",
                      "but", "and", "so", "then", "for", "of", "on", "at", "thinking", "considering", "torn", "decide",
                      "deciding", "whether", "if", "just", "also", "doing", "toward", "towards", "than", "it's", "its",
                      "it", "that", "this", "with", "my", "our", "your", "his", "her", "their", "from", "after",
                      "before", "now", "tbh", "honestly", "lol", "not", "no", "nor", "never", "thats", "that's",
                      "except", "besides", "instead", "see", "seeing", "visit", "visiting", "hire", "hiring",
                      "call", "find", "book", "recommend"})
"""Words that open a side's sentence, not the side ("torn between the medical field", "going into law")."""
_LEADING = frozenset({"back", "a", "an", "the", "some", "any", "kind", "sort", "type", "of", "maybe", "just", "even",
                      "like", "go", "going", "get", "getting", "into", "in", "be", "being", "become", "becoming", "do",
                      "doing", "work", "working", "stay", "staying", "study", "studying", "pursue", "pursuing", "if",
                      "i", "should", "could", "would", "stick", "with", "to", "at", "as", "something", "more",
                      "actually", "rather", "switch", "switching", "try", "trying", "start", "starting", "jump",
                      "jumping", "full", "time", "full-time"})
"""Words before a side's name after "or" ("or some kind of business job", "or if i should just stay in the trade")."""
_AFTER = frozenset({"the", "is", "are", "was", "which", "what", "who", "for", "because", "since", "if", "as", "than",
                    "to", "when", "that", "and", "but", "so", "with", "at", "in", "instead", "would", "will", "should",
                    "could", "can", "do", "does", "i", "im", "me", "my", "you", "it", "its", "or", "vs", "versus",
                    "better", "best", "more", "less", "safer", "smarter", "easier", "harder", "worse", "right", "after",
                    "before", "now", "then", "like", "lol", "tbh", "honestly", "though", "first", "long", "term",
                    "overall", "nowadays", "these", "days"})
"""Words after a side's name ("nursing the safer bet", "healthcare as a CNA", "medicine?? my parents")."""
_SKIPPED_BEFORE = frozenset({"better", "best", "safer", "smarter", "easier", "harder", "worse", "more", "less", "one",
                             "instead", "maybe", "then", "too", "though", "first", "now", "rn"})
"""Words between a side and the "or" that follows it ("is physical therapy smarter or …")."""
_HOW_HAD = frozenset({"degree", "degrees", "school", "program", "programs", "job", "jobs", "career", "careers",
                      "field", "industry", "major", "route", "path", "stuff", "thing", "things", "classes",
                      "class", "course", "courses", "academy", "position", "positions", "role", "roles", "side",
                      "world", "area", "sector", "track", "certificate", "cert"})
"""Words after the field that say how the work is had or held ("a business degree", "trade school", "police academy",
"some kind of sports job"): the field alone names the side."""
_NO_SIDE = frozenset({"job", "jobs", "career", "careers", "field", "work", "thing", "things", "stuff", "one",
                      "something", "route", "path", "outdoors", "outside", "indoors", "inside", "remote", "home"})
"""Words that name no side alone ("nurse or something", "this or that job")."""
_NEGATIONS = frozenset({"not", "no", "besides", "except", "than", "nor", "without", "isnt", "isn't", "aren't",
                        "arent", "never", "hate", "avoid", "dont", "don't", "didnt", "didn't", "instead", "sick",
                        "tired", "other"})
_SEEKING = frozenset({"see", "seeing", "visit", "visiting", "hire", "hiring", "call", "find", "book", "recommend"})
"""Words of seeking a service ("should i see a therapist or a psychiatrist"): a patient's or a customer's choice."""
NEGATION_REACH = 3
NEGATION_CHARS = 12
"""Characters before a word of wanting that may say it is not wanted ("i dont want to do retail")."""
"""Words before a side that may say it is not wanted ("i dont like retail or …", "instead of nursing or …")."""
_OTHERS = frozenset({"other", "another", "else"})
"""A side that names the rest of a field ("plumbing or the other trades") is no one side."""
_WORKPLACES = frozenset({"hospital", "hospitals", "school", "schools", "clinic", "clinics", "firm", "firms", "company",
                         "companies", "agency", "agencies", "store", "stores", "facility", "facilities", "prison",
                         "prisons", "bank", "banks", "startup", "startups", "corporation", "corporations"})
"""Where work is done, never the kind of work ("office" and "warehouse" name kinds of work too: "office job or
warehouse")."""
_ARTICLES = frozenset({"a", "an", "the", "some", "any", "my"})
_ARTICLES_AND_LINKS = _ARTICLES | {"or", "vs", "versus", "and", "&"}
_AROUND = _HOW_HAD | _ARTICLES_AND_LINKS
"""Words around a side in a job's name the rules read ("electrician or office", "medical assistant program")."""


@dataclass(frozen=True)
class Choice:
    """The words of the two sides, and the clause they were said in."""

    sides: tuple[str, str]
    clause: str


def choice(text: str) -> Choice | None:
    """The two sides of a choice said in the message, or None: the first clause with "or"/"vs" (or "between … and")
    whose words on both sides are left once trimmed. Only in a message that asks to choose (``_CUE``)."""
    if _DIFFERENCE.search(text):
        return None
    cued = bool(_CUE.search(text))
    for clause in _CLAUSE_BREAK.split(text):
        if not cued and len(_words(clause)) > SHORT_CLAUSE:
            continue
        between = _BETWEEN.search(clause)
        if between is not None:
            pair = _right(_words(between.group("a"))), _right(_words(between.group("b")))
        else:
            cut = _CHOICE.search(clause)
            if cut is None:
                continue
            before = _words(clause[:cut.start()])
            left, opened = _left(before)
            if (_NEGATIONS | _SEEKING) & set(before[max(opened - NEGATION_REACH, 0):opened]):
                continue  # "a job with kids in a hospital thats not doctor or nurse", "i dont like retail or fast food"
            pair = left, _right(_words(clause[cut.end():]))
        if all(pair) and pair[0] != pair[1]:
            return Choice(pair, clause)
    return _contrast(text) if cued else None


def _contrast(text: str) -> Choice | None:
    """Two lines of work set against each other across "but", each said after a word of wanting or doing
    ("my mom wants me to do nursing but i kinda want to be a teacher, which is better"; "thinking about going into law
    but my dad says accounting is the safer bet"): the last such side of each half."""
    halves = _BUT.split(text, maxsplit=1)
    if len(halves) != 2:
        return None
    pair = tuple(_after_wanting(half) for half in halves)
    if not all(pair) or pair[0] == pair[1]:
        return None
    return Choice((pair[0], pair[1]), text)


def _after_wanting(half: str) -> str:
    """The side said after the last word of wanting or doing in a half of a contrast ("… want to be a teacher")."""
    found = list(_WANTING.finditer(half))
    if not found:
        return ""
    words = _words(half[found[-1].end():])
    if _NEGATIONS & set(_words(half[max(found[-1].start() - NEGATION_CHARS, 0):found[-1].start()])):
        return ""  # "i dont want to do retail"
    return _right(words)


def beyond(phrase: str, sides: tuple[str, str]) -> bool:
    """Does a job's name hold a word besides the sides' words and those around them ("geriatrics nurse" beside
    "pediatrics or geriatrics"; not "electrician or office", nor "medical assistant program")?"""
    said = {w for side in sides for w in _words(side)}
    return any(w not in said and w not in _AROUND for w in _words(phrase))


def is_workplace(side: str) -> bool:
    """A side that names where work is done ("a hospital", "schools", "a law firm"), not the work."""
    words = side.lower().split()
    return bool(words) and words[-1] in _WORKPLACES


def _words(text: str) -> list[str]:
    """The words, in lower case but for "IT" in capitals (the field, never the pronoun: "healthcare or IT")."""
    words = (w.strip(".'’") for w in _WORD.findall(text))
    return [w if w == "IT" else w.lower() for w in words if w]


def _left(words: list[str]) -> tuple[str, int]:
    """The side before "or": the words back from it to the first that opens its sentence; and the index of the side's
    first word (the words before it may reject the side: "i dont like retail or …")."""
    while words and words[-1] in _SKIPPED_BEFORE:
        words = words[:-1]
    side: list[str] = []
    for w in reversed(words):
        if w in _OPENERS or len(side) == MAX_SIDE:
            break
        side.insert(0, w)
    return _trimmed(side), len(words) - len(side)


def _right(words: list[str]) -> str:
    """The side after "or": past the words that lead to it, up to the first that goes on with the sentence."""
    i = 0
    while i < len(words) and words[i] in _LEADING:
        i += 1
    side: list[str] = []
    for w in words[i:]:
        if w in _AFTER or len(side) == MAX_SIDE:
            break
        side.append(w)
    after = words[i + len(side):]
    if "something" in words[:i] and after[:1] == ["like"]:
        return _right(after[1:])  # "or something outdoors like landscaping": landscaping
    return _trimmed(side)


def _trimmed(side: list[str]) -> str:
    if _OTHERS & set(side):
        return ""
    while side and side[0] in _ARTICLES:
        side = side[1:]
    while len(side) > 1 and side[-1] in _HOW_HAD:
        side = side[:-1]
    if len(side) == 1 and side[0] in _NO_SIDE:
        return ""
    return " ".join(side)
