"""The topic a message asks about (salary, duties, path…): from its words that are no job's name, the sentence
or clause that asks first, and the phrasings of the intents table (``bot/understanding/intents.py``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.understanding import intents, normalize
from bot.understanding.mentions import TOPIC_OF
from bot.understanding.request import Topic

ASKED_BEFORE_PATH = frozenset({"salary", "outlook", "demographics", "duties", "skills"})
"""Sections a word asks before "how do i become / get in" ("what's the pay for flight attendants and how do i get
in"); a school or experience named first says who asks ("i attend community college, how do i become a nurse")."""


def asked_topic(words: list[str], text: str, named: Sequence[str] = ()) -> Topic | None:
    """The topic asked about, from the words that are not part of a job title (``named``: the jobs' phrases):
    those of the sentence that asks, first, when a longer message has one."""
    asking = intents.asking_clause(text)
    if asking != text:  # "is welding a good career if i hate school": the overview, not education
        in_asking = set(normalize.raw_tokens(asking))
        return asked_topic([w for w in words if w in in_asking], asking, named)
    question = intents.asked_part(text)
    if question is not None:
        free = question
        for phrase in named:
            free = re.sub(rf"\b{re.escape(phrase)}\b", " ", free, flags=re.I) if phrase else free
        in_question = set(normalize.raw_tokens(free))
        topic = asked_topic([w for w in words if w in in_question], question, named)
        if topic is not None:
            return topic
    return _phrased(words, text, named)


def _phrased(words: list[str], text: str, named: Sequence[str]) -> Topic | None:
    """The topic of a message (or of its asking sentence) by its phrasing and its topic words, the first asked."""
    if named and intents.GOOD_AT.search(text):  # "what makes someone good at nursing": its skills, not "makes"
        return "skills"  # (the pay); with no job named, no section ("what does a new mom need to know")
    become = intents.BECOME.search(text)
    asked = next((w for w in words if TOPIC_OF.get(w, "-") in ASKED_BEFORE_PATH), None)
    if become and not (asked and text.lower().find(asked) < become.start()):  # "what's the pay for flight
        return "path"  # attendants and how do i get in" asks the pay first
    if intents.ALIKE.search(text):  # "what else is kinda like being a flight attendant"
        return "related"
    duties = intents.DUTIES.search(text)
    lowered = text.lower()
    for w in words:
        if TOPIC_OF.get(w, "-") != "-":  # the section asked first ("what does an actuary do day to day? …
            if duties and duties.start() < lowered.find(w):  # … pays good" asks its duties)
                return "duties"
            return TOPIC_OF[w]
    if duties:
        return "duties"
    if intents.SALARY.search(text):
        return "salary"
    return "outlook" if named and intents.STILL_WANTED.search(text) else None  # a job's, when one is named


