"""From a message to a typed request: intent, occupations in order, topic, place.

Decision order (the rules are the intents table, ``bot/understanding/intents.py``):
1. clean and bound the text; small talk (help, greeting, thanks, a bare "what is my job called") is the whole message;
2. take out the place ("in Texas", "moving to Ohio", "georgia jobs…"); a ranked-list request ("highest paying
   jobs", never two sides set "vs" each other), a tool ("jobs that use SAP", "3d modelling in maya, careers?")
   or a major ("what can I do with a sociology degree") is answered as a list;
3. the message's parts: moving from one job to another, adding to a comparison, "difference between", or
   the names separated by "vs", "and", commas (a field of work is a side too: "trades vs tech");
4. the occupations in each part (``bot/understanding/mentions.py``) and the topic from the words no title
   claimed;
5. the intent from the phrasing and the number of occupations found: a comparison, browsing, one job, a
   topic follow-up; a description of work becomes a search (also when its words name jobs in passing: "job
   where u drive the bulldozer and excavator", "bakes bread and pastries at 4am"), "jobs like X that pay more"
   and "cashier at walmart, how do i get promoted" the moves from the job the person holds.
Unknown words never become a job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from bot.understanding import climbing, intents, listing, normalize
from bot.understanding.asides import asked_jobs
from bot.understanding.choice_reading import WORKER_NOUNS, ChoiceReader
from bot.understanding.decide import Decider
from bot.understanding.discovering import Discoverer
from bot.understanding.majors import asks_of_a_job, major_request
from bot.understanding.matcher import EXACT, Matcher
from bot.understanding.meaning import FLOOR_TASK_WEIGHT, Meaning
from bot.understanding.mentions import (
    CONTEXT_WORDS,
    STOP,
    TOPIC_OF,
    MentionFinder,
    content_words,
    dedupe,
    is_slang,
)
from bot.understanding.passing import INCIDENTAL_WORDS, as_object, bare
from bot.understanding.places import Places
from bot.understanding.request import MAX_COMPARE, Intent, Mention, Place, Request, Topic, clean
from bot.understanding.sides import one_named_twice, sides, sides_named
from bot.understanding.tools import tool_request
from bot.understanding.topics import asked_topic

if TYPE_CHECKING:
    from knowledge.major_index import MajorIndex
    from knowledge.rows import OccupationFact
    from knowledge.tool_index import ToolIndex

NEGATED = re.compile(r"\b(?:not|isn'?t|isnt|aren'?t|never)\s+"
                     r"(?:(?:a|an|the|actual|really|just|at|in|for|as|like)\s+)*\w+", re.I)
"""A job word after a negation names the job the person does not mean."""
NAMING = re.compile(r"\bwhat\s+(?:do|would|did)\s+(?:you|they|people)\s+call\b", re.I)
SECTION_WORDS = frozenset({"hourly", "compensation", "experience", "certification", "certifications", "certs", "cert",
                           "license", "licence", "licensing", "apprenticeship", "qualifications", "requirements",
                           "openings"})
"""Words of a job's sections that describe no work ("makes", "money", "tools" may): a one-word job name beside
one is a job's name. (Salary, skills, duties… are context words already: ``message_words.tsv``.)"""
MAJOR_REACH = 50
SHORT_QUESTION = 8
NEEDS = re.compile(r"\b(?:need|needs|required?|necessary|have\s+to\s+have|must\s+have|worth\s+getting)\b", re.I)
SHORT_ABBREVIATION = 4
PRONOUNS = frozenset({"his", "her", "hers", "him", "its", "our", "ours", "us", "we", "she", "he", "me", "my", "who"})
"""Pronouns typed in lower case, never the abbreviations they spell ("his" is no HIS)."""
ASKS_WORDS = 3
"""Words beside a job's name that make a question the example questions may read ("is being a pilot a dying
job"); fewer ("nurse salary", "a nurse") are read by the rules alone."""
MAX_PARTS = 12
_RIGHT_NOW = re.compile(r"(?<!\bor\s)(?<!\bvs\s)(?<!\bto\s)(?<!\ban\s)(?<!\band\s)(?<!\ba\s)(?<!\bthe\s)(?<!\bvs\.\s)"
                        r"\brn\b(?=\s*(?:[,.!?]|$))", re.I)
""""rn" ending a clause beside another job is "right now" ("is there demand for diesel mechanics rn"), unless it is
a side or a target ("cna or rn", "lpn to rn")."""
_RIGHT_NOW_THEN = re.compile(r"\b(?:i'?m|im|i\s+am)\s+(?:an?\s+)?(?P<job>(?:[\w'’]+\s+){0,2}?[\w'’]+)\s+rn\b"
                             r"(?=\s+(?:and|but|so)\s+(?:i\s+)?(?:want|wanna|need|looking|trying|thinking|hate|like"
                             r"|love|what|whats|what's|how|is|are|do|does|should|can|could|would)\b)", re.I)
""""rn" after the job one says one is, then "and want …" or "so what …", is "right now" too ("… im a cashier rn and
want something real"); not after "i work as" nor opening a message ("rn and want to be a np", "bsn rn and want …")."""
_RIGHT_NOW_STATE = re.compile(r"\b(?:at\s+(?!(?:an?|the)\s+(?:hospital|clinic|nursing)\b)|doing\s+|unemployed\s+"
                              r"|jobless\s+|broke\s+|stuck\s+|bored\s+|home\s+)(?:[\w'’]+\s+)?rn\b"
                              r"(?=\s+(?:and|but|so)\b|\s*[,.!?]|\s*$)", re.I)
""""rn" after where one works or how one is ("i work at target rn and want …", "im unemployed rn and need a job", "im
doing doordash rn"): right now, though no other job is named (never "at a hospital rn", a nurse's workplace)."""
_AS_A_JOB = (r"\s+(?:jobs?|salary|salaries|pay|pays|paid|makes?|earns?|programs?|school|role|position|in\s+"
             r"(?!(?:my|your|our|their|a|an|this|that|the\s+(?:app|play)\s+store)\b)\w+)\b")
"""Words after a lower-case abbreviation that make it the job ("an app in the er", "app jobs", "does an app make")."""
_NAMED_ASKED = re.compile(r"[^.?!…\n]+(?:[.?!…]+|$)")
"""Sentences with the marks that end them ("actuary??")."""
MAX_NAME_WORDS = 4
CONTEXT_WORDS_NEEDED = 2
CONTEXT_MARGIN = 0.05
CONTEXT_SURE = 0.2
"""Of occupations a name fits alike, the one the rest of the message comes this much closer to than to each other is
meant; this much closer, for certain ("CO at a state prison": correctional officers at 0.65, orthotists at 0.11)."""
_AS_ONE = re.compile(r"\b(?:to\s+be(?:come)?|as)\s+an?\s+\w", re.I)
"""A job said as what one would be ("… to be an architect"), not "a first time home buyer"."""
_SET_AGAINST = re.compile(r"\b(?:or|vs\.?|versus)\b", re.I)
_CHOOSES = re.compile(r"\b(?:or|vs\.?|versus|between|which)\b", re.I)
_ASPIRED = re.compile(r"\b(?:dream|want|wanna|wanted|gonna\s+be|going\s+to\s+be|become|be\s+one|start|path|career"
                      r"|thoughts|my\s+goal|the\s+goal|all\s+i\s+ever)\b", re.I)
"""Words after a job's name said alone that make it the job one aims at ("electrician! thats the dream")."""
_REJECTED = re.compile(r"^\W*(?:nah|no|nope|never|gross|ew+|lol\s+no|not\s+for\s+me|hard\s+pass)\b", re.I)
"""A sentence that rejects the one before ("Barber? nah. thinking welding")."""
_ASKS_SECTION = re.compile(r"\bwhat\s+(?:skills|abilities|talents|qualities|certs?|certifications?|degrees?|education"
                           r"|training|license|licen[cs]es?|schooling)\s+(?:do|does|would|should|will|must)\b", re.I)
"""A section asked by its name ("what abilities do plumbers need"), however the rest reads ("besides not being grossed
out lmao …" is said as a doing)."""
_POINTS_BACK = re.compile(r"\b(?:it|that|this|them|those|these|besides|except|other\s+than|apart\s+from)\b", re.I)
_FIELD_ENDING = re.compile(r"(?:ment|ing|ics|ogy|ity|ice|care|health)$")
"""Endings of a field's name, not a worker's ("case management", "hospice", "home health")."""
_NURSING_DEGREES = frozenset({"bsn", "adn", "msn", "asn", "dnp", "lpn"})
_YES_NO = re.compile(r"^\W*(?:is|are|does|do|did|can|will|would|should)\b", re.I)
"""A yes-or-no question ("is nursing good money", "do cops make good money") asks of the job it names."""
_NEVER_ALONE = frozenset({"back", "home", "away", "out", "up", "down", "over", "off", "around"})
"""Adverbs that are words of titles ("Bar Back", "Back Hand") but never a job guessed alone ("go back to school")."""
_RANK_ONLY = frozenset({"general", "senior", "junior", "sr", "jr", "first", "second", "third"})
"""Rank words that are no job alone, nor a job's word misspelt (unlike "chief", "principal", "lead")."""
_DOING_RIGHT_NOW = re.compile(r"\b(?!(?:evening|morning|nursing|building|something|anything|nothing|everything"
                              r"|wedding|clothing|ceiling|during|spring|string)\b)\w{3,}ing\b"
                              r"(?:\s+(?!(?:an?|the|to|or|and|vs|be|as)\b)\w+){0,2}\s+rn\b(?=\s*(?:[,.!?]|$))", re.I)
""""rn" ending a clause after a doing is "right now" too ("waiting tables rn, what could i move into"), though no
other job is named ("working as an rn" is a nurse)."""


@dataclass
class _Found:
    """What the parts of a message name."""

    intent: Intent | None = None
    mentions: list[Mention] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    free_words: list[str] = field(default_factory=list)


_CERTIFICATE = re.compile(r"\b[a-z]{1,8}\+(?![\w+])", re.I)
"""A certificate named with a plus ("sec+", "a+", "net+"): no job's name ("welder+fabricator" joins two)."""
_QUESTION_FIRST = re.compile(r"^\s*(?:what|whats|what's|how|hows|is|are|do|does|can|should|which|why|where)\b", re.I)
"""A message that opens with its question: what follows is context."""


class Understander:
    def __init__(self, matcher: Matcher, places: Places, decider: Decider | None = None,
                 facts: dict[str, OccupationFact] | None = None, meaning: Meaning | None = None,
                 majors: MajorIndex | None = None, tools: ToolIndex | None = None) -> None:
        self.matcher = matcher
        self.places = places
        self.decider = decider or Decider(matcher, [])
        self.meaning = meaning
        self.majors = majors
        self.tools = tools
        self.mentions = MentionFinder(matcher, self.decider, facts or {})
        self.choices = ChoiceReader(self.mentions)
        self.discoverer = Discoverer(self.decider, meaning, tools)

    def __call__(self, message: str, about_jobs: bool = False) -> Request:
        """The request a message makes; ``about_jobs``: the words are known to name jobs (/job, /compare)."""
        req = self._request(message, about_jobs)
        return self.choices(req) or req  # "im a senior and torn between the medical field or tech, i like helping
        # ppl…": the two sides chosen between, whatever else the message names or describes

    def _request(self, message: str, about_jobs: bool) -> Request:
        """The request as the rules (and, where they cannot, the example questions) read it."""
        text, truncated = clean(message)
        base = {"text": text, "truncated": truncated}
        if not text or not any(ch.isalnum() for ch in text):
            return Request(intent="unknown", **base)
        talk = next((rule.intent for rule in intents.SMALL_TALK if rule.pattern.match(text)), None)
        if talk:
            return Request(intent=talk, **base)
        place_ref, rest, said = self.places.find_said(text)
        place = None
        if place_ref:
            others = [(r.area_code, r.name) for r in self.places.others(place_ref, said)]
            place = Place(area_code=place_ref.area_code, name=place_ref.name, kind=place_ref.kind, others=others)
        found = self._find(text, rest, about_jobs) if climbing.climbs(rest) or (
            climbing.holds(rest) and climbing.climbs_or_earns_more(rest)) else None  # read once, used twice; "i do
        # hair at a salon, how can i make more" moves on from the job held as much as "… how do i move up" does
        early = self._by_phrasing(rest, found, place, base)
        if early is not None:
            return early
        found = found or self._find(text, rest, about_jobs)
        topic = self._topic(rest, found)
        weighs = bool(intents.WEIGHS.search(rest))
        restated = not (weighs or climbing.toward_another(rest))
        sided = sides(dedupe(found.mentions), weighs, self._plain, restated=restated)
        mentions = asked_jobs(sided, rest)
        aside = {m.phrase for m in sided if m not in mentions}  # "my guidance counselor": no name of the job asked
        intent = found.intent or self._intent(text, mentions, topic, place)
        if found.intent is None:
            intent, mentions = _moving(rest, intent, mentions)
        discovered = None if intent == "job" and mentions and _ASKS_SECTION.search(rest) else self.discoverer(
            rest, intent, mentions, topic, len({m.code for m in mentions}))  # "what abilities do plumbers need"
        # asks a section of the job named, however its other words read
        if discovered is not None:
            return Request(intent=discovered[0], listing=discovered[1], place=place, **base)
        if intent == "job" and len(mentions) == 1 and topic is None and self.meaning and _asks_more(rest, mentions[0]) \
                and not intents.ASKS_NAME.search(rest) and not intents.WORTH_IT.search(rest):
            # "my mom is an RN, what is her job title": its card; "is X worth it, …": its overview
            intent, topic = self._by_meaning(rest, mentions[0])
        if intent == "compare":
            mentions = mentions[:MAX_COMPARE]
        if intent == "gap" and len(mentions) != 2:
            intent = "job" if mentions else "unknown"
        same, named = one_named_twice(found.mentions, mentions, aside, weighs)
        return Request(intent=intent, occupations=mentions, unresolved=found.unresolved, topic=topic, place=place,
                       same_occupation=same, named=named, **base)

    def _topic(self, rest: str, found: _Found) -> Topic | None:
        """The section asked about: that of the question, not of words someone else said after it ("what does a
        bartender need to be good at, my sister … says its easy money": skills, by the rules or by meaning); "my
        mom says nurses make bank, is that true" asks of what she says."""
        named = [m.phrase for m in found.mentions]
        topic = asked_topic(found.free_words, rest, named)
        heard = climbing.without_reported(rest)
        if topic is None or not _QUESTION_FIRST.match(rest) or heard == rest:
            return topic
        kept = set(normalize.raw_tokens(heard))
        asked = asked_topic([w for w in found.free_words if w in kept], heard, named)
        if asked is None and self.meaning is not None and found.mentions:
            asked = self._by_meaning(heard, found.mentions[0])[1]
        return asked or topic

    def _by_phrasing(self, rest: str, found: _Found | None, place: Place | None, base: dict) -> Request | None:
        """What the phrasing alone decides, before the message is cut into parts: moving up from a job named
        ("cnc machinist, how do i level up", before CNC, a tool, can claim it), a list, a tool, a major; then
        moving up from a job described ("been waitressing 6 years, what could i grow into"). ``found``: what the
        message's parts name, read when it has words of climbing (else None)."""
        pair = climbing.toward(rest, dedupe(found.mentions)) if found is not None else None
        if pair is not None:  # "emt, whats it take to move up to medic": the way from the one to the other
            intent, mentions = climbing.way(pair)
            return Request(intent=intent, occupations=mentions, place=place, named=[m.phrase for m in mentions],
                           **base)
        held, read = self._told_work(rest, found)  # ``read``: the parts read once, whether or not words climb
        if held is not None:
            return Request(intent="moves", occupations=[held], place=place, named=[held.phrase], **base)
        held = self._climbing(rest, found, guess=climbing.holds(rest))
        if held is None:
            listed = self._listed(rest, place, base)
            if listed is not None:
                return listed
            held = self._climbing(rest, found, guess=True)
        if held is None and self.meaning is not None and climbing.holds(rest) \
                and (aspires := climbing.ASPIRES.search(rest)) is not None \
                and not (read := read or self._find(rest, rest, False)).mentions:
            # "i mow lawns for a landscaping company, want to run a crew": the moves on from the job described; a
            # job named anywhere ("i drive trucks, how do i become a dispatcher") is read below (its path)
            held = climbing.described(rest, self.meaning, self.matcher.titles, FLOOR_TASK_WEIGHT, aspires.start())
        if held is None:
            held, _ = self._told_work(rest, read, by_meaning=True)
        if held is not None:
            return Request(intent="moves", occupations=[held], place=place, named=[held.phrase], **base)
        return None

    def _told_work(self, rest: str, found: _Found | None,
                   by_meaning: bool = False) -> tuple[Mention | None, _Found | None]:
        """A message that first tells the work one does, then asks how to move up from it ("i ring people up at
        target. how do ppl become team leads there"; ``by_meaning``, in words only the model knows: "i stock shelves
        overnight … go far where??", unless it names a job there: "i work at a hospital. what do nurses make"): the
        job held, named in those words ("… im a para") or else the one they describe, by meaning; with what the
        message's parts name (``found``, or read here when needed and not given), to be read no second time."""
        told = climbing.told(rest)
        if told is None or self.meaning is None:
            return None, found
        first, after = told
        by_rules = climbing.asks_up(after)
        if (not by_rules and not by_meaning) or climbing.becomes_another(after):
            return None, found  # "i do data entry all day, how do i become a data analyst": the way to another job
        found = found or self._find(rest, rest, False)
        mentions = dedupe(found.mentions)
        later = [m for m in mentions if (m.confident or m.score >= EXACT) and m.phrase.lower() not in first.lower()
                 and not climbing.wanted_rank(m, rest)]
        named = [m for m in mentions if climbing.named_held(m, first)]
        if len({m.code for m in later}) > (1 if named else 0) or (later and (
                intents.WEIGHS.search(after) or climbing.AGAINST_MINE.search(after))):
            return None, found  # "i work at a hospital. how do nurses get promoted", "im a teacher. nurse or
            # hygienist which pays better": asked of the jobs named after ("im a cna, do lpns make more" still moves
            # from the cna's); a rank wanted ("they offered me shift supervisor") is the way up
        if not by_rules and not climbing.asks_up(after, self.meaning):
            return None, found
        if named:
            return named[0], found
        return climbing.described(rest, self.meaning, self.matcher.titles, FLOOR_TASK_WEIGHT, until=len(first),
                                  told=True), found

    def _climbing(self, rest: str, found: _Found | None, guess: bool = False) -> Mention | None:
        """Moving up from the job one holds, said in words of climbing ("promoted", "grow into", "level up") or of
        earning more after a job held ("i do hair at a salon, how can i make more"): the
        job named for certain; with ``guess`` (after lists, tools and majors had their turn), else the job the
        words describe ("washing dishes at a steakhouse"), by meaning, when it is close."""
        if found is None:  # no words of climbing
            return None
        mentions = dedupe(found.mentions)
        if len(mentions) >= 2 and intents.WEIGHS.search(rest):
            return None  # "nurse or teacher, which has more room for promotion" weighs two jobs
        mentions = [m for m in mentions if not _at_work(m, rest)] or mentions  # "… at a family dentist": where
        held = climbing.held(mentions)  # the work is done, not the job held
        if held is not None and held.score < EXACT and content_words(held.phrase) == 1 and self._plain(held.phrase):
            return None  # "how do i get promoted faster": an everyday word, not a misspelt job ("fasters")
        loose = held is not None and not held.confident and not held.groups and content_words(held.phrase) == 1
        named = [m for m in mentions if m.confident and not (loose and as_object(m, rest))]
        if (held is not None and not loose) or named or not guess or self.meaning is None:
            return held
        # "i assist chairside at a dentist", "i work the counter at a bank": the work described, not one loose word
        return climbing.described(rest, self.meaning, self.matcher.titles, FLOOR_TASK_WEIGHT) or held

    def _listed(self, rest: str, place: Place | None, base: dict) -> Request | None:
        """A request for a list by its phrasing: ranked jobs ("highest paying jobs"), jobs by tool or by major."""
        versus = (intents.VERSUS.search(rest) or intents.THAN.search(rest)) and not listing.JOBS_IN_GENERAL.search(rest)
        # "nurse vs doctor … good money", "is being an electrician better than warehouse work? … pays 22 an hour"
        spec = listing.parse(rest, place is not None) if not (versus or intents.SAME_FIELD.search(rest)) else None
        # ("highest paying jobs: healthcare vs tech" is a list; "… better paying in the same field" a move)
        if spec is not None and spec.metric == "openings" and self._in_demand_of_a_job(rest):
            spec = None  # "are welder jobs still in demand": the welders' outlook, not every job by openings
        if spec is not None and not listing.says_jobs(rest) and (
                _YES_NO.match(rest) or self._names_a_job_or_major(rest)):
            spec = None  # "is nursing good money", "living in texas, what pays the most as a nurse", "i have a
            # 4yr degree in biology, what pays the most": one job's or major's question, not every job's
        if spec is not None:
            return Request(intent="list", listing=replace(spec, area=place.area_code if place else None),
                           place=place, **base)
        is_word = self.meaning.is_word if self.meaning else None
        tool = tool_request(rest, self.tools, is_word, loose=False) if self.tools is not None else None
        if tool is not None and not self._asked_beside(rest, tool.phrase):  # "jobs that use SAP", "i know excel"
            return Request(intent="tools", listing=tool, place=place, **base)
        major = major_request(rest, self.majors, self.meaning) if self.majors is not None else None
        if major is not None and not self._names_a_job(major.subject, major.cips) \
                and not self._needs(rest, major.subject):  # "electrician degree" is no major
            return Request(intent="major", listing=major, place=place, **base)
        tool = tool_request(rest, self.tools, is_word) if self.tools is not None else None
        if tool is not None and not self._asked_beside(rest, tool.phrase):  # "careers with javascript"; "jobs for
            # civil engineering grads" is a major's
            return Request(intent="tools", listing=tool, place=place, **base)
        return None

    def _asked_beside(self, text: str, phrase: str) -> bool:
        """Is the tool only told in a sentence beside the one that asks, which names a job ("skills needed for data
        scientist? i know excel and a bit of python"): a question about that job, the tool what one brings."""
        asked = intents.asked_part(text)
        return asked is not None and phrase.lower() not in asked.lower() and not _POINTS_BACK.search(asked) and any(
            m.confident and m.score >= EXACT for m in self.mentions.find(asked, True)[0])  # "i know excel. what jobs
        # besides accountant use it?" asks of the tool still

    def _names_a_job_or_major(self, text: str) -> bool:
        """Does a list-like question without "jobs" name one job for certain, not a field ("… as a nurse", "…
        plumbing or hvac"), or a major ("a degree in biology")?"""
        found = self.mentions.find(text, True)[0]
        if any(m.confident and not any(g.endswith("-0000") for g in m.groups) for m in found):  # "healthcare" is
            # a field (its SOC major groups); "nurse" a job
            return True
        return self.majors is not None and major_request(text, self.majors, self.meaning) is not None

    def _in_demand_of_a_job(self, text: str) -> bool:
        """Does a question of demand name one job by its title, and no field besides the job's own words ("are
        computer programmer jobs in demand", "are pilot jobs in demand": the job; "what IT jobs are in demand": a
        list)?"""
        found = self.mentions.find(text, True)[0]
        named = [m for m in asked_jobs(found, text)  # "my friends brother is a software engineer, are …"
                 if m.score >= EXACT and (not is_slang(m) or re.search(
                     rf"\b{re.escape(m.phrase)}\s+(?:jobs?|careers?|positions?)\b", text, re.I))]  # "in texas rn"
        if len({m.code for m in named}) != 1 or (content_words(named[0].phrase) == 1
                                                 and listing.families_in(named[0].phrase)):
            return False  # "are tech jobs in demand": a field's word, not a technician
        rest = re.sub("|".join(re.escape(m.phrase) for m in found if m.phrase), " ", text.casefold())
        return not listing.families_in(rest)

    def _needs(self, text: str, subject: str) -> bool:
        """A question whether a job needs the degree ("does a software engineer really need a cs degree"): about
        the job named beside it (its education), not the jobs for the major."""
        if not (NEEDS.search(text) or asks_of_a_job(text)):
            return False
        beside = re.sub(r"\b" + re.escape(subject) + r"\b", " ", text, flags=re.I)  # keeps "social worker" whole
        return any(m.confident and m.score >= EXACT for m in self.mentions.find(beside, True)[0])

    def _names_a_job(self, subject: str, cips: tuple[str, ...] = ()) -> bool:
        """A job's title ("electrician"), not a field that is also a major ("chemistry", "nursing"). A subject
        that is also a job's word ("cybersecurity") is the major when its programs lead to that job, else the job
        (a program named for a policy degree leads elsewhere)."""
        found = self.decider.exact(normalize.tokens(subject))
        if found is None or (found.generic and found.generic.field):
            return False
        if subject.lower().removesuffix("s").endswith(WORKER_NOUNS):
            return True
        job = found.best.code if found.best else None
        return self.majors is not None and job is not None and not any(
            j.code == job for cip in cips for j in self.majors.jobs(cip, limit=MAJOR_REACH))

    def _find(self, text: str, rest: str, about_jobs: bool) -> _Found:
        """The message's parts and what each names."""
        context = about_jobs or about_work(text) or bool(
            intents.ABOUT_JOBS.search(text) or intents.LADDER.search(text) or intents.MOVE.search(text)
            or intents.CLIMB.search(text) or intents.SAFE_FROM_MACHINES.search(text) or intents.PAY_FIGURE.search(text)
            or self._holds_here(text) or self._named_alone(text))
        sections = not context and _asks_a_topic(text, self.discoverer.activity(text))
        titled = self._title_words(rest) if not context and (self.meaning is not None or sections) else []
        same = len({tuple(normalize.tokens(w)) for w in titled}) == 1
        if same and (sections or len(self._title_words(NEGATED.sub(" ", rest))) > 1):  # "hvac with zero
            # experience": one job's name beside a section's word, or said twice, not negated ("are most nurses
            # women? my son wants to be a nurse")
            context, titled = True, []
        if titled and self.meaning is not None:  # "what's the daily routine of a paralegal": about a job
            words = normalize.raw_tokens(rest)  # a short question is read without the job's word (it pulls the
            short = len(words) <= SHORT_QUESTION  # message from every example); a long one whole, as a description is
            asked = None if short else intents.asked_part(rest)  # "what do you need to know to be a good
            # carpenter, i can build a deck": the clause that asks (not what the work is called), else the whole
            asked = None if asked and intents.NAMES_THE_WORK.search(asked) else asked
            context = any(self.discoverer.asks_about(t) for t in (
                [" ".join(w for w in words if w not in titled)] if short else [t for t in (asked, rest) if t]))
        found = _Found()
        if gap := intents.GAP.search(rest):
            parts, found.intent, context = [gap.group(1), gap.group(2)], "gap", True
        elif add := intents.ADD.match(rest):
            parts, found.intent, context = self.mentions.split(add.group(1)), "add", True
        elif between := intents.BETWEEN.search(rest):
            parts, context = [between.group(1), *self.mentions.split(between.group(2))], True
        else:
            parts = self.mentions.split(rest)
        self._read(parts[:MAX_PARTS], context, found)
        if not context and 1 < len(parts) <= MAX_COMPARE and sides_named(parts, found.mentions, rest) \
                and any((m.confident and m.score >= EXACT) or (m.groups and len(parts) == 2) for m in found.mentions) \
                and not self.discoverer.activity(rest):
            # "pharmacist or doctor? torn": one side named for certain makes the message about jobs
            found = replace(found, mentions=[], unresolved=[], free_words=[])
            self._read(parts[:MAX_PARTS], True, found)
        found.mentions = [self._in_context(m, rest) for m in found.mentions]
        if (_RIGHT_NOW.search(rest) and any(m.phrase.lower() != "rn" for m in found.mentions)) \
                or _DOING_RIGHT_NOW.search(rest) or _RIGHT_NOW_STATE.search(rest) \
                or self._right_now_then(rest, found.mentions):
            found.mentions = [m for m in found.mentions if m.phrase.lower() != "rn"]  # "… diesel mechanics rn"
        return found

    def _in_context(self, mention: Mention, text: str) -> Mention:
        """An abbreviation several occupations share alike, none for certain ("CO": orthoptists, orthotists,
        correctional officers), read by the rest of the message ("CO at a state prison 5 years, what's next":
        correctional officers), when it comes clearly closer (``CONTEXT_MARGIN``) to one of them; otherwise as the
        matcher ranked them. The meaning as a second opinion: issue 20's "rerank the candidates or ask"."""
        if self.meaning is None or mention.confident or mention.groups or len(mention.candidates) < 2 \
                or not mention.phrase or _SET_AGAINST.search(text):
            return mention  # "pct or cna which pays more": each side read as named
        top = mention.candidates[0]
        if not (top.alias.isupper() and len(top.alias) <= SHORT_ABBREVIATION):
            return mention  # only an abbreviation several titles share; a name's own order stands ("chef")
        tied = [c for c in mention.candidates if c.score == top.score and c.alias.lower() == top.alias.lower()]
        rest = re.sub(rf"\b{re.escape(mention.phrase)}\b", " ", text, flags=re.I)
        if len(tied) < 2 or content_words(rest) < CONTEXT_WORDS_NEEDED:
            return mention
        close = self.meaning.closeness(rest, [c.code for c in tied])
        ranked = sorted(tied, key=lambda c: -close.get(c.code, -1.0))
        best = ranked[0]
        lead = close.get(best.code, -1.0) - max(close.get(c.code, -1.0) for c in ranked[1:])
        if lead < CONTEXT_MARGIN:
            return mention
        others = [c for c in mention.candidates if c.code != best.code]
        return mention.model_copy(update={"code": best.code, "title": best.title, "candidates": [best, *others],
                                          "confident": mention.confident or lead >= CONTEXT_SURE})

    def _read(self, parts: list[str], context: bool, found: _Found) -> None:
        long = sum(len(p.split()) for p in parts) >= INCIDENTAL_WORDS
        for part in parts:
            part = climbing.LADDER_WORDS.sub(" ", part)  # "get promoted", "next step" name no job ("promoters")
            part = _CERTIFICATE.sub(" ", part)  # "sec+? cissp?": certificates, no secretaries
            part = intents.ASKS_NAME.sub(" ", NAMING.sub(" ", NEGATED.sub(" ", part)))  # "… not a lawyer myself";
            # "what do you call" names no caller, "whats his job title" no title examiner
            mentions, missed, unused = self.mentions.find(part, context)
            stray = [m for m in mentions if self._stray(m, long, part)]
            if stray:  # "promoted faster", "a decent job": everyday words, not misspelt titles
                mentions = [m for m in mentions if m not in stray]
                unused += [w for m in stray for w in normalize.raw_tokens(m.phrase)]
            unsure = not any(m.confident or m.groups for m in mentions)  # "tech" is no technician here
            side = self.mentions.field(part) if len(parts) > 1 and (
                unsure or self.mentions.outside_field(part, mentions)) else None
            if side is not None and not unsure and not side.groups:
                side = None  # a field of work set against the jobs named after it, never a worker's noun
            # "the skilled trades for someone who likes working with their hands": the field, not "hands"
            if side is not None:  # "trades vs tech": a field of work is one side of the comparison
                mentions, missed = [side], []
            found.mentions += mentions
            found.unresolved += missed
            found.free_words += unused

    def _right_now_then(self, text: str, mentions: list[Mention]) -> bool:
        """"… im a cashier rn and want …": the job one is named just before "rn" (no degree: "bsn rn" is a nurse)."""
        said = _RIGHT_NOW_THEN.search(text)
        if said is None or said.group("job").split()[-1].lower() in _NURSING_DEGREES:
            return False
        job = said.group("job").lower()
        last = job.split()[-1]
        if _FIELD_ENDING.search(last) or not self.decider.exact(normalize.tokens(last)):
            return False  # "im a cardiac rn", "a flight rn", "a case management rn": a nurse's specialty, not a job
        return any(m.phrase.lower() != "rn" and bare(m.phrase).lower() in job for m in mentions if m.phrase)

    def _named_alone(self, text: str) -> bool:
        """A sentence of a longer message that is a job's name alone ("actuary?? my math teacher keeps bringing it
        up"): the message is about that job."""
        sentences = [s for s in _NAMED_ASKED.findall(text) if s.strip()]
        if len(sentences) < 2:
            return False
        for i, sentence in enumerate(sentences):
            after = sentences[i + 1] if i + 1 < len(sentences) else ""
            if not (sentence.rstrip().endswith("?") or _ASPIRED.search(after)) or _REJECTED.match(after):
                continue  # "Barber? nah. thinking welding"; "Plumber!! toilet leaking" is a customer's, "electrician!
                # thats the dream" an aspirant's
            words = [w for w in normalize.raw_tokens(sentence) if w not in STOP]
            if 0 < len(words) <= MAX_NAME_WORDS and max(len(w) for w in words) > SHORT_ABBREVIATION \
                    and (found := self.decider.exact(normalize.tokens(" ".join(words)))) and found.confident:
                return True
        return False

    def _holds_here(self, text: str) -> bool:
        """Opens with a job held, one of its words a title on its own ("LPN here", "dealership mechanic here")."""
        m = intents.HOLDS_HERE.search(text)
        return m is not None and any(self.decider.exact(normalize.tokens(w))
                                     for w in normalize.raw_tokens(m.group("job")) if w not in STOP)

    def _plain(self, phrase: str) -> bool:
        """Everyday English words only, spelt right (the model's vocabulary holds each whole)."""
        return self.meaning is not None and self.meaning.is_word(" ".join(normalize.raw_tokens(phrase)))

    def _stray(self, mention: Mention, long: bool = False, typed: str = "") -> bool:
        """One everyday English word corrected into a title's word ("faster" → "foster", "decent" → "docent",
        "lattes" → "lathes"): a word the model's vocabulary holds whole is spelt right, so it is no misspelt title.
        A word of titles ("military", "marketing") is no correction and stays. In a long message, neither is an
        everyday word typed in lower case that an abbreviation spells ("apps" is no APP, advanced practice nurse)."""
        if self.meaning is None or mention.groups or content_words(mention.phrase) != 1:
            return False
        word = " ".join(w for w in normalize.raw_tokens(mention.phrase) if w not in STOP)
        everyday = self.meaning.is_word(word) or (word.endswith("s") and self.meaning.is_word(word[:-1]))
        if mention.score >= EXACT:
            alias = mention.candidates[0].alias if mention.candidates else ""
            if word in PRONOUNS and alias.isupper() and not re.search(rf"\b{re.escape(alias)}\b", typed):
                return True  # "whats his job called": a pronoun, not HIS (hearing instrument specialists)
            if long and everyday and alias.isupper() and word == alias.lower() and len(word) == SHORT_ABBREVIATION - 1:
                return not re.search(rf"\b{re.escape(word)}{_AS_A_JOB}", typed, re.I)  # "an app for finding jobs",
                # "i have an app idea": a program; "im an app in the er", "app jobs", "what does an app make": the job
            return long and everyday and alias.isupper() and len(alias) <= SHORT_ABBREVIATION \
                and word != alias.lower() and not re.search(rf"\b{re.escape(alias)}s\b", typed) \
                and not re.search(rf"\b{re.escape(alias)}['’]s\b", typed, re.I)  # "apps" for APP; "rn" is RN,
            # and so are "PAs" (in capitals) and "rn's"
        if word in _RANK_ONLY or word in _NEVER_ALONE:  # "i do general labor": a rank said alone is no misspelt
            return True  # title; "go back to school": no bar back
        return everyday and not any(t in self.matcher.postings for t in normalize.tokens(word))

    def _title_words(self, text: str) -> list[str]:
        """The words of the message that hold an exact title on their own ("paralegal"): the message may be a
        question about that job even with no word of a job context."""
        words = [w for w in normalize.raw_tokens(text) if w not in STOP][:MAX_PARTS]
        titled = [w for w in words if len(w) > SHORT_ABBREVIATION - 1 and self.decider.exact(normalize.tokens(w))]
        return titled or [w for w in words if self._abbreviation(w)]  # "min schooling for LPN?": the abbreviation
        # when no longer word is a title

    def _abbreviation(self, word: str) -> bool:
        """A three-letter word that is no everyday English word and names one job for certain ("lpn", "cna", "emt": "min
        schooling for LPN?", "cpa exam tips"); not "app", "his" or "tap", nor an abbreviation several jobs' titles
        share ("is the CPT cert worth it", "CFA exam")."""
        if len(word) != SHORT_ABBREVIATION - 1 or word in PRONOUNS or self.meaning is None \
                or self.meaning.is_word(word):
            return False
        found = self.decider.exact(normalize.tokens(word))
        return found is not None and found.confident  # "CPT exam tips": a test several jobs' titles abbreviate

    def _by_meaning(self, text: str, mention: Mention) -> tuple[Intent, Topic | None]:
        """A job named, the question asked in words no rule knows ("what's the daily routine of …"): the
        nearest example questions decide, the job's own words left out: those of the one sentence or clause that
        asks, when the others only tell ("are lawyers mostly older white guys? my dad's a judge and …") and the
        examples come near it, else those of the whole message."""
        asked = intents.asked_part(text)
        route = None
        for said in ([asked] if asked else []) + [text]:
            question = re.sub(re.escape(mention.phrase), " ", said, flags=re.I) if mention.phrase else said
            route = self.meaning.route(question)
            if route is not None:
                break
        if route is None:
            return "job", None
        if route.intent == "moves":
            return "moves", None
        return "job", route.topic if route.topic != "overview" else None

    @staticmethod
    def _intent(text: str, mentions: list[Mention], topic: Topic | None, place: Place | None) -> Intent:
        if len([m for m in mentions if m.confident]) >= 2:
            return "compare"
        if intents.BROWSE.search(text):
            return "browse"
        if mentions:
            return "job"
        return "topic" if topic or place else "unknown"


_AT = re.compile(r"\b(?:at|in)\s+(?:(?:an?|the|my|our)\s+)?$", re.I)
"""The words before a job's name that make it a workplace ("… at a dentist", "… at the pharmacy")."""


def _moving(rest: str, intent: Intent, mentions: list[Mention]) -> tuple[Intent, list[Mention]]:
    """A message read as one job or a comparison that moves: from one job to another ("im a 5th grade teacher thinking
    about becoming principal": the way), on from the job held ("moves"), or toward one job from work only guessed
    at ("im 45 and burnt out in sales. is becoming an elementary school teacher a smart move": the teacher, not a
    guess at "sales" asked back)."""
    pair = climbing.toward(rest, mentions) if intent in ("job", "compare") else None
    if pair is not None:
        return climbing.way(pair)
    if intent in ("job", "topic", "compare") and climbing.moving_on(_without(rest, mentions), len(mentions)):
        held = climbing.held(mentions)
        return ("moves", [held]) if held is not None else (intent, mentions)
    if intent == "job" and climbing.toward_another(rest):
        return intent, _toward_the_sure(mentions, rest)
    return intent, mentions


def _toward_the_sure(mentions: list[Mention], text: str) -> list[Mention]:
    """Of guesses at the work left, said in a sentence before, and the one job moved toward, named for certain after
    them, the job moved toward ("my parents want me to be a doctor but i really want to be a writer", "i want to be a
    pilot or a flight attendant" keep both)."""
    sure = [m for m in mentions if m.confident or m.groups]
    if not sure or len({m.code for m in sure}) != 1 or len(sure) == len(mentions):
        return mentions
    lowered = text.lower()
    at = lowered.find(sure[0].phrase.lower())
    before = [m for m in mentions if m not in sure and 0 <= lowered.find(m.phrase.lower()) < at]
    if len(before) + len(sure) != len(mentions) or _CHOOSES.search(text):
        return mentions  # "i want to be a pilot or a flight attendant": both, a choice
    sentence_start = max((s.end() for s in intents.SENTENCE_END.finditer(text, 0, at)), default=0)
    return sure if all(lowered.find(m.phrase.lower()) < sentence_start for m in before) else mentions


def _at_work(mention: Mention, text: str) -> bool:
    """The job is named as the place one works ("i assist chairside at a dentist")."""
    at = text.lower().find(mention.phrase.lower())
    return at > 0 and bool(_AT.search(text[:at]))


def about_work(text: str) -> bool:
    """Does the message talk about work (a job, a career, pay…), whatever it asks?"""
    return bool(CONTEXT_WORDS & set(normalize.raw_tokens(text)))


def _asks_a_topic(text: str, activity: bool) -> bool:
    """A word of a job's sections ("experience", "salary", "certs"; a topic word, "what skills do u need for
    carpentry besides…", unless said as a doing): "hvac with zero experience, where do i start" is about HVAC
    work, though no word says job or career."""
    words = normalize.raw_tokens(text)
    asked = intents.asked_part(text)
    named = (intents.GOOD_AT.search(text) and _AS_ONE.search(text)) or _ASKS_SECTION.search(text)
    return bool(SECTION_WORDS.intersection(words)) or bool(named) or (
        any(TOPIC_OF.get(w, "-") != "-" for w in words) and not activity) or (
        asked is not None and bool(intents.SALARY.search(asked) or intents.DUTIES.search(asked)))  # "… need to be
    # great at drawing to be an architect": what it takes, its skills; "my uncle is a welder, what does he make"


def _asks_more(text: str, mention: Mention) -> bool:
    """Words beyond the job's name: the message asks something ("do u need a masters to be a speech therapist")."""
    named = set(normalize.raw_tokens(mention.phrase))
    return len([w for w in normalize.raw_tokens(text) if w not in named]) >= ASKS_WORDS


def _without(text: str, mentions: list[Mention]) -> str:
    """The message without the jobs' names: "promotions manager salary" asks nothing about promotion."""
    for m in mentions:
        if content_words(m.phrase) > 1:  # a title of several words; one word may be a guess at a ladder word
            text = re.sub(re.escape(m.phrase), " ", text, flags=re.I)
    return text
