"""Reading a ranked-list request: "highest paying jobs without a degree", "fastest growing healthcare jobs",
"best paying jobs in Texas", "which office jobs pay the most".

A list is a ``ListSpec``: the metric ranked by (median pay, growth 2024–34, annual openings, number of jobs),
filters (SOC major groups, typical entry education, where one starts from — "entry level", "easiest" —, pay and
growth floors, a state or metro area whose own wages rank) and a page.
It reads from a message and refines with a follow-up ("only in Ohio", "without a degree", "more"); it packs
into button data (``bot/answers/callbacks.py``) and is answered by ``bot/discovery/lists.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein

from bot.understanding import intents
from bot.understanding.normalize import raw_tokens
from bot.understanding.wages import HOURS_A_YEAR
from bot.understanding.words import FAMILY_WORDS, JOB_FIELD_WORDS
from knowledge.datasets import PROJECTIONS

METRIC_KEYS = {"p": "pay", "g": "growth", "o": "openings", "j": "jobs"}
"""Each metric by its first letter (button data)."""
METRICS = {"pay": "median pay", "growth": f"growth {PROJECTIONS.year}", "openings": "openings a year", "jobs": "jobs"}
_METRIC_PATTERNS = [
    ("pay", re.compile(r"\b(?:highest|best|top|most|better|high|good|well|decent|great)[\s-]+(?:paying|paid)\b"
                       r"|\bpays?\s+(?:the\s+)?(?:most|best|well|good|decent|great)\b|\bpay(?:s)?\s+a\s+lot\b"
                       r"|\b(?:highest|top|best|biggest)\s+(?:salar(?:y|ies)|wages?|pay|income)\b|\bmost\s+money\b"
                       r"|\bbest\s+pay\b|\bgood\s+(?:money|salar(?:y|ies)|pay)\b|\blucrative\b"
                       r"|\b(?:earn|make)\s+the\s+most\b|\b(?:sorted|ranked|ordered)\s+by\s+(?:pay|salary|wages?)\b"
                       r"|\bby\s+(?:pay|salary)\b|\bbest\s+salar(?:y|ies)\b"
                       r"|\b(?:best|big(?:gest)?)\s+money\b|\bmakes?\s+bank\b|\bfattest\s+pay\s*checks?\b"
                       r"|\btop\s+dollar\b|\b(?:top|highest)[\s-]+earning\b|\bhighest[\s-]+earners?\b"
                       r"|\bwhere(?:'?s|\s+is)\s+the\s+money\b|\bwhere\s+the\s+money(?:'?s|\s+is)\b", re.I)),
    ("growth", re.compile(r"\b(?:fastest|quickest)[\s-]+growing\b"
                          r"|\bgrow(?:s|ing)?\s+(?:the\s+)?(?:fastest|quickest|most)\b"
                          r"|\b(?:most|highest|fastest)\s+growth\b|\bby\s+growth\b"
                          r"|\bgrowing\s+(?:\w+\s+){0,2}(?:jobs|careers|occupations|fields|trades)\b"
                          r"|\b(?:jobs|careers|occupations|fields|trades|ones)\s+(?:\w+\s+){0,3}?(?:are|r|is)\s+"
                          r"(?:growing|growin|blowing\s+up|taking\s+off|booming)\b"
                          r"|\b(?:what|which)(?:'?s|\s+is|\s+are|\s+r)?\s+(?:\w+\s+){0,2}?(?:blowing\s+up|taking\s+off|booming)\b"
                          r"|\b(?:booming|hot)\s+(?:jobs|careers|fields|industries)\b|\bgrowin[g']?\s+(?:the\s+)?fast(?:est)?\b"
                          r"|\bfastest\s+growin[g']?\b|\btrades?\s+growth\b", re.I)),
    ("openings", re.compile(r"\bmost\s+(?:\w+\s+)?(?:job\s+)?openings\b|\bmost\s+in[\s-]+demand\b|\bmost\s+hiring\b"
                            r"|\bmost\s+(?:new\s+)?hires\b|\bhiring\s+the\s+most\b|\b(?:where|which)\s+(?:are\s+)?"
                            r"(?:the\s+)?openings\b"
                            r"|\bmost\s+(?:jobs?\s+)?(?:available|vacancies)\b"
                            r"|\b(?:lots|plenty)\s+of\s+openings\b|\b(?:by|ranked\s+by)\s+(?:the\s+)?(?:number\s+of\s+)?openings\b"
                            r"|\bin[\s-]+demand\b|\bwho(?:'?s|\s+is|\s+are)?\s+hirin[g']?\b|\bhirin[g']?\s+like\s+crazy\b"
                            r"|\b(?:lots|tons|plenty)\s+of\s+hiring\b|\beasiest\s+to\s+(?:get\s+hired|land)\b"
                            r"|\beasy\s+to\s+(?:land|get\s+hired)\b|\bneeds?\s+(?:\w+\s+)?workers\s+the\s+most\b"
                            r"|\bwhere\s+r\s+the\s+openings\b", re.I)),
    ("jobs", re.compile(r"\b(?:most\s+common|largest|biggest|most\s+popular)\s+(?:\w+\s+){0,2}"
                        r"(?:jobs|occupations|careers)\b"
                        r"|\bmost\s+jobs\b|\bemploy(?:s)?\s+the\s+most\b|\bby\s+number\s+(?:employed|of\s+jobs)\b"
                        r"|\bmost\s+people\s+work\b|\bmost\s+(?:workers|employees|people\s+employed)\b"
                        r"|\bwhat\s+do\s+(?:the\s+)?most\s+(?:people|ppl|folks)\s+(?:\w+\s+){0,4}?(?:do|work|end\s+up)\b"
                        r"|\bmost\s+(?:people|ppl|folks)\s+doing\s+them\b"
                        r"|\b(?:jobs?|careers?|work|ones)\s+(?:\w+\s+){0,3}?(?:are|r|is)\s+(?:the\s+)?most\s+common\b"
                        r"|\bwhat(?:'?s|\s+is)\s+(?:the\s+)?most\s+common\b"
                        r"|\b(?:there|r)\s+the\s+most\s+of\b", re.I)),
]
_ABOUT_JOBS = re.compile(r"\b(?:jobs?|occupations?|careers?|professions?|work|roles?|trades|fields|positions|gigs?"
                         r"|hiring|hirin|openings|workers)\b", re.I)

EDUCATION = {
    "n": ("No formal educational credential", "High school diploma or equivalent", "Some college, no degree",
          "Postsecondary nondegree award"),
    "a": ("Associate's degree",),
    "b": ("Bachelor's degree",),
    "m": ("Master's degree",),
    "d": ("Doctoral or professional degree",),
}
EDUCATION_LABEL = {"n": "without a degree", "a": "needing an associate's degree", "b": "needing a bachelor's degree",
                   "m": "needing a master's degree", "d": "needing a doctoral or professional degree"}
_EDUCATION_PATTERNS = [
    ("n", re.compile(r"\b(?:without|w/o|no|don'?t\s+(?:need|require)|doesn'?t\s+(?:need|require)|not\s+needing|"
                     r"no\s+need\s+for)\s+(?:a\s+|any\s+)?(?:college\s+|uni\s+|university\s+|4[\s-]year\s+)?"
                     r"(?:degree|college|uni|university)\b|\bhigh\s+school\b|\bno\s+diploma\b|\bged\b"
                     r"|\bno\s+college\b|\bskip\s+college\b"
                     r"|\b(?:without|w/o)\s+(?:a\s+)?(?:high\s+school\s+)?diploma\b|\bhs\s+(?:diploma|grads?|degree)\b"
                     r"|\bsome\s+college\b|\bskip\s+school\b|\bcertificates?\b|\b(?:trade|tech|vocational)\s+school\b",
                     re.I)),
    ("a", re.compile(r"\bassociate'?s?\b(?:\s+degree)?|\b(?:two|2)[\s-]*(?:year|yr)\s+(?:degree|college)\b"
                     r"|\bcommunity\s+college\b|\b(?:two|2)[\s-]*yr\b", re.I)),
    ("b", re.compile(r"\bbachelor'?s?\b|\b(?:a\s+)?college\s+degree\b|\b(?:four|4)[\s-]*(?:year|yr)\s+degree\b"
                     r"|\b(?:four|4)[\s-]*yr\b|\bcollege\s+grad(?:uate)?s?\b", re.I)),
    ("m", re.compile(r"\bmaster'?s\b|\bmasters?\s+degree\b|\bmba\b|\bmsw\b", re.I)),
    ("d", re.compile(r"\bdoctora(?:l|te)\b|\bph\.?d\b|\bprofessional\s+degree\b|\blaw\s+school\b", re.I)),
]
TRAININGS = ("None", "Short-term on-the-job training", "Moderate-term on-the-job training",
             "Long-term on-the-job training", "Apprenticeship", "Internship/residency")
"""BLS Employment Projections' typical on-the-job training categories."""


class Start(NamedTuple):
    """Where a list starts from: the label, and the entry educations and trainings (BLS EP) it allows; every job
    in it needs no work experience in a related occupation."""
    label: str
    educations: tuple[str, ...]
    trainings: tuple[str, ...]


START = {
    "e": Start("needing no work experience", EDUCATION["n"] + EDUCATION["a"] + EDUCATION["b"],
               tuple(t for t in TRAININGS if t != "Internship/residency")),
    "q": Start("needing no degree, experience or long training", EDUCATION["n"][:3], TRAININGS[:3]),
}
""""e" entry level ("no experience"): no graduate degree, no internship or residency unless a degree is named;
"q" quick to start ("easiest"): no postsecondary award either, and at most moderate-term on-the-job training."""
_START_PATTERNS = [
    ("q", re.compile(r"\beasiest\b|\beasy\s+(?:to\s+(?:get|start|break)\b|jobs?\b|careers?\b|work\b)"
                     r"|\b(?:quick(?:est|er)?|fast(?:est|er)?)\s+(?:to\s+(?:get\s+into|start|train|learn|become)|"
                     r"(?:jobs?|careers?)\s+to\s+(?:get|start|train|learn))\b"
                     r"|\b(?:little|short|minimal|no)\s+training\b|\bwithout\s+(?:much|any)\s+training\b", re.I)),
    ("e", re.compile(r"\bentry[\s-]*level\b|\b(?:no|without|zero|little|minimal)\s+(?:any\s+)?(?:prior\s+|previous\s+|"
                     r"work\s+|real\s+)?(?:experience|exp)\b|\bbeginners?\b|\bstarter\s+(?:jobs?|careers?)\b"
                     r"|\bfirst\s+(?:real\s+)?jobs?\b|\b(?:straight|right|fresh)\s+out\s+of\s+(?:high\s+school|college|school|uni)\b"
                     r"|\b(?:new|recent)\s+(?:college\s+)?grads?\b|\bjust\s+graduated\b", re.I)),
]
MAX_FAMILIES = 6
"""Fields one list can filter on (more would not fit its button data)."""
TYPO_MIN = 9
"""A field word this long may be misspelt by one letter ("enginering"); shorter ones are other words ("looking")."""
PAGE = 10
MAX_PAGE = 99


@dataclass(frozen=True)
class ListSpec:
    metric: str  # pay, growth, openings, jobs
    families: tuple[str, ...] = ()  # SOC major groups: "29", "31"
    education: str | None = None  # a key of EDUCATION
    area: str | None = None  # OEWS area code: its own wages and jobs rank (pay, jobs)
    page: int = 0
    min_pay: int | None = None  # national median pay at least this (dollars, a multiple of 1,000)
    min_growth: int | None = None  # growth 2024–34 at least this many percent
    start: str | None = None  # a key of START: entry level ("e"), quick to start ("q")

    def describe(self, place: str | None = None) -> str:
        what = {"pay": "Highest paying", "growth": "Fastest growing", "openings": "Most openings:",
                "jobs": "Most common"}[self.metric]
        parts = [what, "jobs"]
        if self.start:
            parts.append(START[self.start].label)
        if self.education:
            parts.append(EDUCATION_LABEL[self.education])
        if place:
            parts.append(f"in {place}")
        if self.min_pay is not None:
            parts.append(f"paying ${self.min_pay:,}+ (US median)")
        if self.min_growth is not None:
            parts.append(f"growing {self.min_growth}%+")
        return " ".join(parts)


def parse(text: str, placed: bool = False) -> ListSpec | None:
    """The list a message asks for, or None. Needs a ranking phrase and a word about jobs, a field, or (when
    nothing weighs jobs against each other) an education or a place (``placed``: "masters degree, living in
    boston. what pays the most")."""
    floor, families, education, start = pay_floor(text), families_in(text), education_in(text), start_in(text)
    metric = metric_in(text)
    if metric is None and floor and (floor >= FLOOR_ALONE or families or education):
        metric = "pay"  # "jobs that pay 100k without a degree"
    if metric is None and start and JOBS_IN_GENERAL.search(text) and _only_list_words(text):
        metric = "openings"  # "entry level jobs in healthcare", "what jobs can i get with no experience": where
        # beginners are hired most; not "easy jobs for introverts", "entry level jobs are so hard to find"
    if metric is None or not (_ABOUT_JOBS.search(text) or families or (
            (education or placed) and not intents.WEIGHS.search(text))):  # "what's growing fastest in
        return None  # healthcare": a field of work is about jobs too
    return ListSpec(metric, families, education, min_pay=floor, min_growth=growth_floor(text), start=start)


def says_jobs(text: str) -> bool:
    """Does the message say it asks about jobs in general ("jobs", "careers", a field's jobs), not leave it to an
    education or a place ("no college, in tennessee, what pays the most")?"""
    return bool(JOBS_IN_GENERAL.search(text))


def _first_said(patterns: list[tuple[str, re.Pattern[str]]], text: str) -> str | None:
    """The key of the first pattern the text matches, or None."""
    return next((key for key, rx in patterns if rx.search(text)), None)


def metric_in(text: str) -> str | None:
    """The figure a message asks to rank by, said in words ("best paying", "fastest growing"), or None."""
    return _first_said(_METRIC_PATTERNS, text)


def start_in(text: str) -> str | None:
    """"entry level", "no experience" → "e"; "easiest", "quick to get into" → "q"; else None."""
    return _first_said(_START_PATTERNS, text)


_REMOTE = re.compile(r"\b(?:work(?:ing)?\s+(?:from|at)\s+home|from\s+home|wfh|remote(?:ly)?(?!\s+(?:areas?|sensing|"
                     r"locations?|places?|regions?|parts?|towns?|villages?))|telework(?:ing)?"
                     r"|home[\s-]based|online\s+(?:jobs?|careers?|work))\b", re.I)
_NOT_REMOTE = re.compile(r"\b(?:not|aren'?t|isn'?t|no|hate|never|without|non|don'?t\s+want)\b[\s-]+(?:\w+\s+){0,2}?"
                         r"(?:remote|work(?:ing)?\s+from\s+home|wfh)", re.I)
DESK_FAMILIES = ("15", "13", "43")
"""Fields offered instead when a list asks for jobs done from home, which no dataset here measures: computer,
business and financial, and office work (desk work)."""


def remote(text: str) -> bool:
    """Does a list ask for jobs done from home ("remote jobs that pay well", "wfh jobs")?"""
    return bool(_REMOTE.search(text)) and not _NOT_REMOTE.search(text)  # "jobs that aren't remote"


JOBS_IN_GENERAL = re.compile(r"\b(?:jobs|careers|occupations|positions|roles|gigs|trades|fields|professions)\b",
                             re.I)
"""Jobs in the plural: jobs in general, not one job."""
_LIST_WORDS = frozenset({"what", "which", "whats", "are", "is", "there", "any", "some", "good", "best", "the", "a",
                         "an", "jobs", "job", "careers", "career", "positions", "roles", "gigs", "occupations", "work",
                         "can", "could", "i", "u", "you", "get", "do", "find", "in", "with", "me", "show", "list",
                         "give", "of", "options", "kinds", "kind", "types", "type", "out", "level", "entry", "for",
                         "people", "someone", "somebody", "one", "and", "or", "to", "into", "start", "hire", "hiring",
                         "available", "open", "pls", "please", "that", "degree", "degrees", "diploma", "pay",
                         "pays", "paying", "least"})


def _only_list_words(text: str) -> bool:
    """Nothing but a list's own words besides where it starts from, its fields and its education ("what jobs can i
    get with no experience", "entry level healthcare jobs"): no job, person or complaint it is about."""
    rest = text
    for rx in [rx for _, rx in _START_PATTERNS + _EDUCATION_PATTERNS] + [_PAY_FLOOR, _HOURLY_FLOOR]:
        rest = rx.sub(" ", rest)
    return all(w in _LIST_WORDS or w in FAMILY_WORDS for w in raw_tokens(rest))


_PAY_FLOOR = re.compile(r"\b(?:over|above|more\s+than|at\s+least|paying|pays?|making|of)\s+\$\s*"
                        r"(\d{1,3}(?:,\d{3})+|\d+)\s*(k\b)?"
                        r"|\b(?:over|above|more\s+than|at\s+least)\s+(\d{2,3})\s*k\b"
                        r"|\b(?:pays?|paying)\s+(?:over\s+|at\s+least\s+)?\$?(\d{2,3})\s*k\b|\b(\d{2,3})\s*k\s+(?:jobs|careers)\b"
                        r"|\b(?:pays?|paying|making)\s+(six|6)[\s-]+figures\b"
                        r"|\b(six|6)[\s-]+figure\s+(?:jobs|careers)\b", re.I)
_HOURLY_FLOOR = re.compile(r"\b(?:pays?|paying)\s+(?:over\s+|at\s+least\s+)?\$?\s*(\d{2})\s*"
                           r"(?:an|per|/)\s*(?:hour|hr)\b", re.I)
FLOOR_ALONE = 75_000
"""A pay floor ranks a list on its own ("what jobs pay six figures") from this much up; below it, people ask for
jobs they can get ("jobs that pay 40k with no experience"), which a list ranked by pay does not answer, so a
lower floor needs a field, an education or a place beside it."""
_GROWTH_FLOOR = re.compile(r"\bgrow(?:th|ing)?\s+(?:of\s+)?(?:over|above|more\s+than|at\s+least|by\s+at\s+least)\s+"
                           r"(\d{1,2})\s*(?:%|percent)", re.I)


def pay_floor(text: str) -> int | None:
    """'over $80,000', 'paying $100k', 'above 90k', 'pay 100k', '100k jobs', 'pay 30 an hour', 'six figures' →
    dollars a year, rounded down to a thousand."""
    hourly = _HOURLY_FLOOR.search(text)
    if hourly:
        return int(hourly.group(1)) * HOURS_A_YEAR // 1000 * 1000
    m = _PAY_FLOOR.search(text)
    if not m:
        return None
    if m.group(6) or m.group(7):
        return 100_000
    if m.group(3) or m.group(4) or m.group(5):
        return int(m.group(3) or m.group(4) or m.group(5)) * 1000
    value = int(m.group(1).replace(",", "")) * (1000 if m.group(2) else 1)
    return value // 1000 * 1000 if 1000 <= value <= 999_000 else None


def growth_floor(text: str) -> int | None:
    m = _GROWTH_FLOOR.search(text)
    return int(m.group(1)) if m else None


def education_in(text: str) -> str | None:
    return _first_said(_EDUCATION_PATTERNS, text)


_OWNERS = frozenset({"my", "his", "her", "our", "their", "your"})


def families_in(text: str) -> tuple[str, ...]:
    """SOC major groups a message names ("healthcare jobs" → 29, 31; "office jobs" → 43)."""
    found: list[str] = []
    words = raw_tokens(_IN_LAW.sub(" ", text))  # "my brother in law says welders make good money": no legal jobs
    skip = False
    pronoun_it = not re.search(r"\bIT\b", text)  # "what does a plumber do? does it pay well": no IT jobs
    for before, w, after in zip(["", *words[:-1]], words, [*words[1:], ""], strict=True):
        if skip:  # the second word of a pair read together ("law enforcement" is not law)
            skip = False
            continue
        if before in _OWNERS:  # "my teacher said electricians make good money": a person, no field
            continue
        if f"{w} {after}" in _SCHOOLING or f"{before} {w}" in _SCHOOLING:  # "a certificate from a tech school": no
            continue  # tech jobs
        if w == "it" and pronoun_it and not _IT_FIELD.search(text):
            continue
        pair = FAMILY_WORDS.get(f"{w} {after}")
        skip = pair is not None
        job_field = JOB_FIELD_WORDS.get(w, ()) if after in _JOBS_NOUNS else ()  # "coding jobs", "cop type work"
        for fam in pair or FAMILY_WORDS.get(w, ()) or job_field or FAMILY_WORDS.get(_corrected(w), ()):
            if fam not in found:
                found.append(fam)
    return tuple(sorted(found[:MAX_FAMILIES]))




_JOBS_NOUNS = frozenset({"jobs", "job", "work", "careers", "career", "positions", "roles", "gigs", "type", "stuff"})
"""Words after a job's word that make it its field ("coding jobs", "cop type work", "admin type stuff")."""
_SCHOOLING = frozenset({"high school", "tech school", "trade school", "law school", "med school", "medical school",
                        "nursing school", "grad school", "trade certificate", "beauty school", "business school"})
"""Schools and credentials a field's word names ("a tech school", "a trade certificate"): an education, not the
field."""
_IN_LAW = re.compile(r"\b(?:brother|sister|mother|father|son|daughter|parent)s?[- ]in[- ]laws?\b", re.I)
_IT_FIELD = re.compile(r"\bit\s+(?:jobs?|careers?|field|industry|sector|roles?|positions?|work)\b"
                       r"|\b(?:in|into)\s+it\s*(?:[?.!,]|$)", re.I)
"""Lower-case "it" is IT only as a field ("it jobs", "best paying jobs in it"), else a pronoun ("does it pay well")."""


def _corrected(word: str) -> str:
    """A long field word misspelt by one letter ("enginering" → engineering), else the word."""
    if len(word) < TYPO_MIN:
        return word
    return next((f for f in FAMILY_WORDS if len(f) >= TYPO_MIN and Levenshtein.distance(word, f) == 1), word)


def refine(spec: ListSpec, text: str, area: str | None) -> ListSpec | None:
    """A follow-up to a list: "more" (next page), "only in Ohio", "without a degree", "in healthcare"."""
    if intents.MORE.fullmatch(text):
        return replace(spec, page=min(MAX_PAGE, spec.page + 1))
    education = education_in(text)
    families = families_in(text)
    min_pay, min_growth, start = pay_floor(text), growth_floor(text), start_in(text)
    if not (area or education or families or min_pay or min_growth or start):
        return None
    return replace(spec, area=area or spec.area, education=education or spec.education,
                   families=families or spec.families, page=0, min_pay=min_pay or spec.min_pay,
                   min_growth=min_growth or spec.min_growth, start=start or spec.start)
