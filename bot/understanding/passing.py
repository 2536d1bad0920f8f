"""Job words said in passing: a description of work may name a job's word ("holding the dogs still at the vet",
"the person who picks up when you call 911") without asking about that job."""

from __future__ import annotations

import re

from bot.understanding import describing
from bot.understanding.mentions import content_words
from bot.understanding.request import Mention

INCIDENTAL_WORDS = 7
"""A message this long (words) may name a job in passing."""


def incidental(mentions: list[Mention], text: str) -> bool:
    """One short job word in a long message ("holding the dogs still at the vet and helping during exams") or in
    one said as an activity ("reupholstering old couches and chairs"): perhaps a description that happens to
    name a job, not a question about it."""
    return len({m.code for m in mentions}) == 1 and all(title_words(m) == 1 for m in mentions) and (
        len(text.split()) >= INCIDENTAL_WORDS or describing.is_activity(text))


def named_as_job(mention: Mention, text: str) -> bool:
    """The job is named as one to be or become, with its article ("whats the deal with being a mortician", "what do
    u need to know to be a good carpenter"): the question is about it, however long the message. Others becoming
    it ("i help high schoolers become engineers") is work described."""
    article = r"(?:an?|the)\s+" if not re.match(r"(?:an?|the)\s", mention.phrase, re.I) else ""
    return bool(re.search(r"\b(?:be|being|become|becoming)\s+" + article + r"(?:(?:good|great|real|successful)\s+)?"
                          + re.escape(mention.phrase) + r"\b", text, re.I))


def held_as(mention: Mention, text: str) -> bool:
    """The job is said to be someone's ("my mom is a registered nurse", "works as a medical assistant")."""
    return bool(re.search(r"\b(?:is|am|are|was|as|i'?m)\s+(?:(?:an?|the)\s+)?" + re.escape(mention.phrase) + r"\b",
                          text, re.I))


def doing(mention: Mention, text: str) -> bool:
    """The words of the mention are what someone does ("the person who picks up when you call 911"), right
    after "who" or "that", not a job's name."""
    return bool(re.search(r"\b(?:who|that)\s+" + re.escape(mention.phrase), text, re.I))


def title_words(mention: Mention) -> int:
    """The words of the title the mention matched ("bossing the cooks around" matched "cooks": one), or of the
    phrase typed when it matched no one title."""
    alias = mention.generic or (mention.candidates[0].alias if mention.candidates and mention.candidates[0].alias
                                else mention.phrase)
    return min(content_words(alias), content_words(mention.phrase))


_BEFORE_OBJECT = re.compile(
    r"(?:(?<!\bclose\s)(?<!\bsimilar\s)(?<!\brelated\s)(?<!\bcompared\s)\b(?:for|with|after|before|from|by|behind"
    r"|beside|around|so|than)\s+(?:(?:the|a|an|his|her|their|our|all|those|some)\s+)?"
    r"|(?<!\bor\s)(?<!\band\s)(?<!\bvs\s)\b(?!(?:is|was|as|be|being|become|becoming|becomes|its|this|does|has|likes"
    r"|loves|wants|needs)\b)\w{2,}s\s+(?:the|a|an|his|her|their|our|all|those|some)\s+)$", re.I)
"""What stands before the object of a doing: a preposition ("works for a lawyer", "after the director films it"), or
a verb and its article ("helps the teacher", "tells the truck drivers where to go"); never a being ("is a",
"works as a", "become a"), nor a job's likeness ("close to", "similar to"), nor a move ("from nurse to nurse
practitioner")."""


def as_object(mention: Mention, text: str) -> bool:
    """The job is named as someone the work is done for or with, after a doing or a preposition, never at the
    start ("fits glasses … after the eye doctor writes the prescription", "bosses the line cooks around")."""
    words = bare(mention.phrase).split()
    if not words:
        return False
    found = re.search(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", text, re.I)
    return found is not None and bool(_BEFORE_OBJECT.search(text[:found.start()])) \
        and not re.match(r"\s+(?:to|into)\b", text[found.end():], re.I)  # "from nurse to nurse practitioner"


_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.I)


def bare(phrase: str) -> str:
    """A job's phrase as found without its article ("a roofer" → "roofer"), to find it again in the text."""
    return _ARTICLE.sub("", phrase)
