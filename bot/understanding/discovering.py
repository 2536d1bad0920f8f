"""A message read as discovery rather than a job's name: a tool ("tableau dashboards are my thing, who hires for
that") or a description of work ("someone who fixes teeth", "counts pills and labels bottles", "the lady in court
typing every word") whose words may name jobs in passing."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.understanding import describing, intents, normalize
from bot.understanding.meaning import FLOOR_TASK_WEIGHT, STRONG_FLOOR
from bot.understanding.mentions import STOP, is_slang
from bot.understanding.passing import as_object, bare, doing, held_as, incidental, named_as_job, title_words
from bot.understanding.request import Intent, Mention, Topic
from bot.understanding.tools import ToolSpec, tool_mentioned, tool_phrase

if TYPE_CHECKING:
    from bot.understanding.decide import Decider
    from bot.understanding.meaning import Meaning
    from knowledge.tool_index import ToolIndex

_SIDES = re.compile(r"\b(?:or|vs\.?|versus)\b", re.I)
"""Jobs set against each other: "what job is better for me, plumber or electrician" compares, though it also
reads as a description."""


_OPENER = re.compile(r"^\s*(?:(?:the|a|an)\s+)?(?:someone|somebody|person|people|ppl|guy|gal|lady|woman|man|worker"
                     r"|workers|one|ones|dude|folks)\s+(?:(?:at|in|on|behind)\s+(?:\w+\s+){1,7}?)?(?:who|that)\b"
                     r"(?!\s+(?:is|are|was|were|am|works?\s+as|worked\s+as|did|does)\b)"
                     r"|^\s*what(?:'?s|\s+is)\s+(?:the|a|that)\s+(?:job|career|occupation)\s+(?:called\s+)?(?:where|when)\b"
                     r"|^\s*what\s+(?:job|career)\s+is\s+it\s+(?:when|where)\b"
                     r"|^\s*(?:(?:a|the)\s+)?(?:job|career|work)\s+(?:where|that|which"
                     r"|(?!(?:hunting|searching|seeking|openings?|listings?|offering|working|posting)\b)\w+ing)\b"
                     r"|^\s*what\s+(?:do|would|did)\s+(?:you|they|people)\s+call\b", re.I)
"""A description's opener ("the worker who …", "job driving …", "what do you call …") makes every job word after
it part of the description, however many it names."""
PASSING_WORDS = 12
"""A message this long (words) may name the people around the work it describes."""
NEAREST = 8
"""The occupations that come closest to a description in meaning: a job it names is asked about when one of them
is it (by SOC code: ``SOC_CHARS`` characters, every O*NET occupation inside it)."""
SOC_CHARS = 7
_DOER = re.compile(r"^\s*(?:she|he|(?:my|her|his|our)\s+(?:\w+\s+)?\w+)\s+"
                   r"(?:just\s+|basically\s+|mostly\s+|also\s+)?"
                   r"(?!(?:is|was|has|does|says|thinks|wants|needs|likes|loves|hates|makes|earns|gets|keeps|tells|swears"
                   r"|suggests|recommends)\b)\w{3,}s\b",
                   re.I)
"""Someone doing something, said as a description ("she helps the teacher with…", "my son clears the plates…"); not
someone saying something ("my guidance counselor keeps pushing machinist")."""
_QUESTION_WORDS = frozenset({"what", "whats", "how", "hows", "why", "which", "who", "is", "are", "do", "can", "will",
                     "would", "should", "were"})
"""Words that open a question ("does" may open a doing: "does experiments in a lab")."""
MISSPELT_JOB = 7
"""A first word this long may be a job's plural misspelt ("accountents"); a shorter one ("comes") is too near
too many titles to tell."""
_WHAT_IS_IT = re.compile(r"\bwhat\s+(?:even\s+|exactly\s+|really\s+)?(?:is|are)\s+(?:that|it|this|they|those)"
                         r"\s*(?:[?.!]|$)|(?:^|[.?!]\s*)(?:(?:can\s+you\s+)?tell\s+me\s+(?:more\s+)?about|info\s+(?:on|about)"
                         r"|what\s+about)\b", re.I)
"""A question about the job just named ("never heard of a logistician before today, what even is that", "tell me
about machinists, my grandpa was one")."""


def _leads(mention: Mention, text: str) -> bool:
    """The mention's words open the message: in one said as a doing, they are its verb ("picks up garbage bins
    on a route": not the material movers "picks up" names)."""
    return bool(mention.phrase) and text.lstrip().lower().startswith(mention.phrase.lower())


def _asks_of_job(text: str, mentions: list[Mention]) -> bool:
    """A sentence opens with a question whose subject is the job named ("are welders mostly young guys? my uncle
    says so", "my uncle is a welder. are welders mostly young guys?")."""
    for sentence in re.split(r"[.?!;]+", text):
        words = normalize.raw_tokens(sentence)
        if words and words[0] in _QUESTION_WORDS and any(
                re.match(r"\W*\w+\s+(?:(?:a|an|the|most|all)\s+)?(?:really\s+)?"
                         + re.escape(bare(m.phrase)) + r"(?:s|es)?\b",
                         sentence, re.I) for m in mentions if m.phrase):
            return True
    return False


class Discoverer:
    """Whether a message is a tool or a description of work, given what the rules read in it."""

    def __init__(self, decider: Decider, meaning: Meaning | None, tools: ToolIndex | None) -> None:
        self.decider = decider
        self.meaning = meaning
        self.tools = tools

    def __call__(self, rest: str, intent: Intent, mentions: list[Mention], topic: Topic | None,
                 named: int) -> tuple[Intent, ToolSpec | describing.SearchSpec] | None:
        """A question that starts before a job's name: a tool ("tableau dashboards are my thing, who hires for
        that") or a description of work ("someone who fixes teeth") rather than the job a word seemed to name."""
        as_doing = self.activity(rest)  # read once: the checks below ask it several times
        naming = describing.asks_name(rest)  # "… whats his job called": a description, whatever its words name
        opens = bool(_OPENER.match(rest))  # "job driving 18 wheelers cross country", "the worker who builds …"
        described = describing.is_description(rest) or naming or opens or bool(
            intents.PERSON_DOING.search(rest) and not any(m.confident for m in mentions))
        around = all(as_object(m, rest) for m in mentions)  # every job named is one the work is done for
        objects = intent in ("compare", "job") and (described or as_doing or bool(_DOER.match(rest))) \
            and (naming or opens or not intents.asks_of_it(rest)) \
            and (opens or not _SIDES.search(rest)) and not intents.WEIGHS.search(rest) \
            and (opens or around or (intent == "compare" and all(title_words(m) == 1 for m in mentions)))
        passing = intent in ("compare", "job") and self._in_passing(rest, mentions, as_doing)
        if not objects and not passing and (intent not in ("job", "topic", "unknown") or named >= 2):
            return None  # two jobs named ("who earns more, a nurse or a teacher") is a comparison; words of a
            # description may name two ("job where u drive the bulldozer and excavator")
        if self.tools is not None and not naming and not any(m.confident and not is_slang(m) for m in mentions):
            tool = tool_mentioned(rest, self.tools, self.meaning.is_word if self.meaning else None)
            if tool is not None:
                return "tools", tool
            phrase = tool_phrase(rest)
            if phrase and self.meaning is not None and not self.meaning.is_word(phrase):
                return None  # "jobs that use zorblax": a product no list holds, not a description
        leading = as_doing and bool(mentions) and all(_leads(m, rest) for m in mentions)
        describes = described or passing or self._specialist(rest, topic) or (
            objects and self._describes_work(rest, topic, as_doing)) or (
            ((intent in ("topic", "unknown") and not mentions) or leading)
            and self._describes_work(rest, topic, as_doing, unnamed=True)) or (
            intent == "job" and (topic is None or as_doing) and incidental(mentions, rest)
            and not any(named_as_job(m, rest) for m in mentions) and not _asks_of_job(rest, mentions)
            and (self._describes_work(rest, topic, as_doing) or self._points_elsewhere(rest, mentions))
            and not _WHAT_IS_IT.search(rest) and not self.asks_about(rest))
        # asking the name of work it describes, a job word in the description names no job ("… housekeeping staff,
        # budgets … her job title"); whether being one is worth it asks of that job, whatever follows ("… if i want
        # to work for myself")
        named_job = not leading and not opens and not passing and not (objects and around) and any(
            m.confident and (title_words(m) > 1 or (named_as_job(m, rest) and intents.WORTH_IT.search(rest)))
            and not doing(m, rest) and (not naming or held_as(m, rest)) for m in mentions)
        if describes and topic != "related" and not named_job:
            spec = describing.SearchSpec.of(rest)  # a description, not a job's name: search what occupations do
            if spec is not None and spec.words:
                return "search", spec
        return None

    def _in_passing(self, text: str, mentions: list[Mention], as_doing: bool) -> bool:
        """A long description of work whose job words are the people around the work, not the worker ("reads the
        doctor's notes and assigns billing codes…", "sells commercial time on the local radio station to car
        dealers…"): no job is said to be anyone's or one to become, no two are weighed, no clause asks a question,
        and the occupations whose work comes closest to the whole message hold none of them."""
        if self.meaning is None or len(text.split()) < PASSING_WORDS or _SIDES.search(text) \
                or intents.WEIGHS.search(text) \
                or any(named_as_job(m, text) or held_as(m, text) for m in mentions):
            return False
        if normalize.raw_tokens(text)[0] in _QUESTION_WORDS or intents.asks_of_it(text) \
                or not self.meaning.describes_work(text, as_doing):
            return False  # "what skills do u need for carpentry besides not cutting ur fingers off" asks of one
        near = {code[:SOC_CHARS] for code, _ in self.meaning.occupations(text, limit=NEAREST,
                                                                     task_weight=FLOOR_TASK_WEIGHT)}
        return bool(near) and not any(m.code[:SOC_CHARS] in near for m in mentions)

    def _specialist(self, text: str, topic: Topic | None) -> bool:
        """A job's word and what the worker does, no section asked ("therapist who uses music with patients",
        not "nurse that works nights salary" nor "ok that makes sense")."""
        m = intents.SPECIALIST.match(text)
        return m is not None and topic is None and bool(self.decider.exact(normalize.tokens(m.group("job"))))

    def _points_elsewhere(self, text: str, mentions: list[Mention]) -> bool:
        """The whole message comes very close (STRONG_FLOOR) to the work of an occupation other than the one a
        word of it named ("bakes bread and pastries at 4am": bakers, not the pastry decorators "pastries" named)."""
        best = self.meaning.occupations(text, limit=1, task_weight=FLOOR_TASK_WEIGHT) if self.meaning else []
        return bool(best) and best[0][1] >= STRONG_FLOOR and all(best[0][0][:7] != m.code[:7] for m in mentions)

    def _describes_work(self, text: str, topic: Topic | None, as_doing: bool, unnamed: bool = False) -> bool:
        """No rule read the words: is it a description of work (by the nearest example questions and the
        occupations' closeness)? ``unnamed``: no job's name is in it, so coming very close to one occupation is
        enough. ``as_doing``: the text is said as a doing. A short topic follow-up ("and skills?") never is."""
        words = [w for w in normalize.raw_tokens(text) if w not in STOP]
        if self.meaning is None or len(words) < (4 if topic else 2):
            return False
        return self.meaning.describes_work(text, as_doing, unnamed)

    def activity(self, text: str) -> bool:
        """Said as a doing ("counts pills and labels bottles"), its first word no job's ("nurses make …")."""
        return describing.is_activity(text, self._job_word)

    def _job_word(self, word: str) -> bool:
        """A job's word, or one a letter or two off ("accountents busy in tax season?")."""
        tokens = normalize.tokens(word)
        return bool(self.decider.exact(tokens)) or (len(word) >= MISSPELT_JOB and self.decider.words(tokens).confident)

    def asks_about(self, text: str) -> bool:
        """Is the message a question about a job's section or moves ("what's the daily routine of a …")?"""
        route = self.meaning.route(text) if self.meaning is not None else None
        return route is not None and route.intent in ("topic", "moves")
