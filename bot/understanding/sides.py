"""Which of the jobs found are the sides of a comparison: a word only guessed at beside jobs named for certain is
none ("accounting or engineering for a stable career": "stable" is no stable hand), and a message of little
more than names compares them ("pilot or engineer"), unless it describes the person ("reading and writing")."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.understanding import describing, intents, normalize
from bot.understanding.matcher import EXACT
from bot.understanding.mentions import STOP, worker_forms
from bot.understanding.request import Mention, Request

LOOSE_SIDE = 90
"""A one-word guess this far from every title (below it) is no second job beside one named for certain."""
NAMES_ONLY_SLACK = 2
"""Words beside the names that still leave a message "just the names" ("pharmacist or doctor? torn")."""


def sides(mentions: list[Mention], weighs: bool = False, plain: Callable[[str], bool] | None = None,
          restated: bool = True) -> list[Mention]:
    """With two or more jobs named for certain (a title, a generic word, a sure match), a word only guessed at
    is no side of the comparison. With one named for certain, everyday words guessed at poorly are no second
    job ("a normal shift for a paramedic": "normal shift" → heat treating setters, 74), unless the message weighs
    jobs ("welder vs …"). ``restated``: a job's head word said again alone is that job (not when the message
    weighs jobs or moves to another: "a security guard but want to be a guard at a prison")."""
    if restated:
        mentions = [m for m in mentions if not _restates(m, mentions)]
    named = [m for m in mentions if m.confident or m.groups or m.score >= EXACT]
    if len(named) >= 2:
        return named
    if any(m.confident for m in named) and not weighs and plain is not None:
        return [m for m in mentions if m in named or m.score >= LOOSE_SIDE or not plain(m.phrase)]
    return mentions


def _restates(mention: Mention, mentions: list[Mention]) -> bool:
    """A job's head word said again on its own after the job was named for certain ("airline pilots … never had a
    woman pilot", "my mom is a registered nurse, do nurses …", "real estate agents … agents do great", though
    "agents" is a title itself), or the work of a job named by its worker ("farmer … farming"): the same job, no
    second one."""
    words = _name_words(mention.phrase)
    if len(words) != 1:
        return False
    said = {words[0], *worker_forms(words[0])}  # "the average farmer … everyone i know farming": the farmer
    for other in mentions:
        if other is mention or other.groups or other.code == mention.code:
            continue
        theirs = _name_words(other.phrase)
        if theirs[-1:] and theirs[-1] in said and (len(theirs) > 1 or theirs[-1] != words[0]) \
                and (other.confident or not mention.confident):
            return True  # "a court clerk … the clerks run the courthouse", though neither is certain
    return False


def names_only(req: Request) -> bool:
    """The message is little more than the jobs' names ("pilot or engineer", "pharmacist or doctor? torn"): a
    comparison, though no word weighs them. Not a description of the person ("I like reading and writing",
    "hiking and fishing")."""
    if intents.DESCRIBE.search(req.text) or describing.is_activity(req.text):
        return False
    named = {w for m in req.occupations for w in normalize.raw_tokens(m.phrase)}
    rest = [w for w in normalize.raw_tokens(req.text) if w not in named and w not in STOP]
    return len(rest) <= NAMES_ONLY_SLACK


SHORT_SIDE = 4
"""A comparison's side this short ("doctor? torn") is read as a job's name once another side names one."""
_CHOOSING = re.compile(r"\bwhich(?:\s+one)?\b|\bwho\b.*\bmore\b", re.I)
"""Words that ask to choose between the sides named."""
_SENTENCE_END = re.compile(r"[?!]|\.(?:\s|$)")
_LINKED = re.compile(r"\s+(?:for|with|in|at|as|because|since|if)\s+.*$", re.I)


def _head(part: str) -> str:
    """A comparison's side before the words that say what for ("doctor for a better lifestyle": doctor) and before
    the sentence ends ("logging? i live on the coast": logging)."""
    return _LINKED.sub("", _SENTENCE_END.split(part, maxsplit=1)[0])


def sides_named(parts: list[str], mentions: list[Mention], text: str) -> bool:
    """Each part is short enough to be a side ("doctor? torn"), or, when the message asks to choose ("… a lawyer
    or a doctor lol which one"), names a job for certain."""
    choosing = bool(_CHOOSING.search(text))
    return all(len(_head(_CHOOSING.split(p)[0] if choosing else p).split()) <= SHORT_SIDE or (choosing and any(
        m.confident and m.score >= EXACT and m.phrase in p.lower() for m in mentions)) for p in parts)


def one_named_twice(found: list[Mention], mentions: list[Mention], aside: set[str],
                    weighs: bool = False) -> tuple[bool, list[str]]:
    """Whether the one job answered was named in two ways ("paralegal vs legal asistant"), and the phrases named:
    those of that job when it was, else every phrase but those set aside (never a person of one's own life, nor a
    phrase said twice, nor a word another job's). An article or a plural is no second way ("a welder … welders"),
    unless the message weighs the two ("welder vs welders": the note says why there is one card)."""
    named = [m.phrase for m in found if m.phrase not in aside]
    if len(mentions) != 1:
        return False, named
    own = [m.phrase for m in found if m.code == mentions[0].code]
    said = {p.lower() if weighs else " ".join(_name_words(p)) for p in own}  # "a pharmacist" … "pharmacists": one
    two_ways = len(said) > 1
    return two_ways, (own if two_ways else named)


def _name_words(phrase: str) -> list[str]:
    """A phrase as a name: its words without small words, each singular ("the RNs" is ["rn"])."""
    return [w for w in normalize.tokens(phrase) if w not in normalize.STOPWORDS]
