"""Jobs named in passing as someone else's: the people of one's own life ("my mom's a nurse and keeps telling me
to be a sonographer, what do they make"), people who said something ("a pilot i know says they're short staffed"),
and fields one studied. When another job is named, these are not the job asked about."""

from __future__ import annotations

import re

from bot.understanding import intents
from bot.understanding.request import Mention

_OWNER = r"\b(?:my|his|her|our|their)\s+"
_BESIDE = r"(?:(?!(?:job|jobs|career|careers|work|dream|future|ideal|goal|own|position|role)\b)[\w'’]+\s+){0,2}?"
"""Up to two words between "my" and a job that is someone's ("my dogs vet", "my stats professor", "my family
doctor"), none a word of one's own work ("my dream job", "my own").)"""
_NOT_ONES_OWN = r"(?!\s+(?:job|jobs|career|work|position|role|gig|apprenticeship|shift|shifts|business|pay|salary)\b)"
"""…unless the words name one's own work ("my cashier job", "my nursing career", "my welding job pays 20"); a
credential is not ("i have my nursing license, how do i become a nurse practitioner")."""
_PERSON = (r"(?:mom|mum|mommy|mother|dad|daddy|father|parents?|brother|bro|sister|sis|uncle|aunt|auntie|cousin|"
           r"friend|buddy|bff|neighbou?r|grandpa|grandma|granny|grandmother|grandfather|granddad|husband|hubby|"
           r"wife|boyfriend|girlfriend|bf|gf|fianc[eé]e?|son|daughter|kid|partner|roommate|boss|manager|coworker|"
           r"co-worker|stepdad|stepmom|nephew|niece|classmate|in-law|in\s+law)s?")
_HOLDS = r"(?:['’]s|\s+is|\s+was|\s+works\s+as|\s+worked\s+as|\s+used\s+to\s+be)\s+(?:(?:an?|the)\s+)?"
"""A person of one's life holding a job: "my mom's a nurse", "my friends brother is a software engineer"."""
_SAID = (r"\s+(?:[\w'’]+\s+){0,4}?(?:says|said|say|thinks|thought|told|tells|keeps|kept|mentioned|swears|swore|seems|"
         r"recommends|recommended|hired|hates|hated|knows|wants|(?:is|are)\s+hiring)\b")
"""Someone who said something ("a pilot i know says", "the doctor who read my xrays said", "the english teacher at
my school says"), no comma or stop between."""
_STUDIED = (r"\b(?:ba|bs|ma|ms|bsc|msc|phd|degree|degrees|major|majoring|minor|sophomore|junior|senior|freshman|"
            r"studying|studied|bachelors?|masters?|bachelor's|master's|class(?:es)?)\s+(?:in|of)\s+")
"""A field one studies ("im a sophomore in geography", "a BA in history") is no job asked about."""


def asked_jobs(mentions: list[Mention], text: str) -> list[Mention]:
    """The jobs asked about, without those named as someone else's when another job is named: "my guidance
    counselor keeps pushing machinist", "my brother in law swears crane operators make 50 an hour", "how much do
    crane operators make, my friends dad is a foreman", "whats the outlook for librarians, the english teacher at my
    school says libraries are dying", "i have a BA in history.. to be a librarian do you need a masters"."""
    if len({m.code for m in mentions}) < 2 or intents.WEIGHS.search(text):  # "my NP's pay compared to a doctor"
        return mentions
    kept = [m for m in mentions if not m.phrase or _leaving(m, text) or not someone_elses(m, text)]
    return kept or mentions


def someone_elses(mention: Mention, text: str) -> bool:
    """The job is named as another person's, or as a field one studied. The phrase found may hold the words
    around the job's name ("my sister is a dentist" finds "sister dentist"): a person's job is read at its last
    word, and one who said something by the title matched ("nurse" in "the nurse who took my blood said …")."""
    words = _ARTICLE.sub("", mention.phrase).split()
    if not words:
        return False
    name = r"\s+".join(map(_typed, words)) + r"\b"
    last = _typed(words[-1]) + r"\b"
    alias = mention.generic or (mention.candidates[0].alias if mention.candidates else "")
    said = name if not alias or len(alias.split()) >= len(words) else r"\s+".join(map(_typed, alias.split())) + r"\b"
    return bool(re.search(_OWNER + _BESIDE + name + _NOT_ONES_OWN, text, re.I)
                or re.search(_OWNER + r"(?:[\w'’]+\s+){0,2}?" + _PERSON + _HOLDS + r"(?:[\w'’]+\s+){0,2}?" + last,
                             text, re.I)
                or re.search(r"\b(?:the|a|an|my)\s+(?:[\w'’]+\s+)?" + said + _SAID, text, re.I)
                or re.search(r"\b(?:the|a|an)\s+(?:[\w'’]+\s+)?" + name + r"\s+(?:at|from|in)\s+my\b", text, re.I)
                or re.search(_STUDIED + name, text, re.I))


def _typed(word: str) -> str:
    """A word of a phrase found as it may be typed: the finder drops an apostrophe ("my sister's" finds
    "sisters")."""
    if len(word) > 2 and word.endswith("s") and word[-2].isalpha():
        return re.escape(word[:-1]) + r"['’]?s"
    return re.escape(word)


_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.I)


def _leaving(mention: Mention, text: str) -> bool:
    """One's own work left behind ("leaving my teaching to become a nurse")."""
    return bool(re.search(r"\b(?:leav(?:e|ing)|left|quit(?:ting)?|hate|hating)\s+my\s+" + re.escape(mention.phrase),
                          text, re.I))
