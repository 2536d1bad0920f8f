"""Reading a question about jobs by tool or skill: "jobs that use SAP", "what jobs use Revit", "careers with
JavaScript", "python developer jobs?", "I know excel really well, what jobs?".

A phrasing frames a phrase, and the phrase must name O*NET technology examples (``knowledge/tool_index.py``).
Two kinds of frame:

- a **tool slot**, where only a tool fits: "jobs that use / using / requiring X", "jobs where I can use X",
  "I know X", "good at X", "skilled in X", "experience with X". Here an everyday word that is also a product
  counts: "jobs that use word" is Microsoft Word, "I know access" Microsoft Access.
- a **loose slot**, where a field or a job could stand: "jobs with X", "careers in X", "what can I do with X",
  "X jobs", "X developer jobs", work done in X in a message about jobs ("3d modelling in maya, careers?").
  Here the phrase must name a tool and nothing else: "python developer jobs" and
  "careers with JavaScript" are tool questions; "office jobs", "jobs with animals", "word jobs" are not.

The phrase is cut at words that end it ("really well", "what jobs", "in Texas"); from the longest, leading
filler and trailing words are dropped until a tool is named. No tool named: None, and the message goes on to
the rest of the understander (a job, a list, a search).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.understanding.words import words_with

STOP = words_with("message_words.tsv", "stop")

if TYPE_CHECKING:
    from knowledge.tool_index import ToolIndex

_JOBS = r"(?:jobs?|careers?|occupations?|work|roles?|positions?|professions?|fields?|gigs?)"
_USE = (r"(?:use[sd]?|using|need(?:s|ing)?|requir(?:e|es|ing)|involv(?:e|es|ing)|rely\s+on|relies\s+on|work\s+with"
        r"|(?:code|coding|program|programming|develop|developing)\s+(?:in|with))")
_ADVERB = r"(?:actually|really|even|still|commonly|typically|usually|mostly|also|ever)"
_ROLE = (r"(?:developers?|programmers?|engineers?|analysts?|consultants?|specialists?|admins?|administrators?"
         r"|designers?|experts?|users?|technicians?|operators?|coders?|devs?|people)")
STRONG = (
    re.compile(rf"\b{_JOBS}\s+(?:that|which|where\s+(?:i|you|we|people|i'?d|you'?d|youd)"
               r"(?:\s+(?:can|could|get\s+to|would))?)?"
               rf"\s*(?:{_ADVERB}\s+)?{_USE}\s+(?P<x>.+)", re.I),
    re.compile(rf"\b(?:what|which)\s+(?:kinds?\s+of\s+|sorts?\s+of\s+|types?\s+of\s+|other\s+)?{_JOBS}\s+"
               rf"(?:do\s+|would\s+)?(?:{_ADVERB}\s+)?{_USE}\s+(?P<x>.+)", re.I),
    re.compile(r"\b(?:(?:i|who|people\s+who|someone\s+who)\s+(?:really\s+)?knows?|i\s+can\s+use|i\s+use|i'?m\s+(?:really\s+|very\s+|pretty\s+)?good\s+(?:at|with)"
               r"|(?:really\s+|very\s+|pretty\s+)?good\s+(?:at|with)|skilled\s+(?:in|at|with)|proficient\s+(?:in|at|with)"
               r"|experience\s+(?:in|with|using)|expert\s+(?:in|at|with)|certified\s+in|fluent\s+in|mastered"
               r"|i\s+(?:learned|learnt|studied))\s+(?P<x>.+)", re.I),
    re.compile(r"^\s*(?:so\s+)?who\s+(?:uses|needs|hires\s+people\s+who\s+know)\s+(?P<x>.+)", re.I),
)
DOING_IN = re.compile(r"\b(?:(?!(?:some|any|no|every)thing\b)[a-z0-9]{3,}ing"
                      r"|do|run|make|mix|model|edit|design|code|program|build|draw|animate)"
                      r"\s+(?:[\w'-]+\s+){0,3}?(?:in|using|on)\s+(?P<x>.+)", re.I)
"""Work done in a product ("3d modeling in maya, careers?", "i run regressions in stata"): a loose slot, read only
in a message about jobs (JOB_CUE); "something in EMS" is a field, no work done in a product."""
LOOSE = (
    re.compile(rf"\b{_JOBS}\s+(?:with|in|for)\s+(?P<x>.+)", re.I),
    DOING_IN,
    re.compile(rf"\b(?:what|which)\s+(?:{_JOBS}\s+)?(?:can|could)\s+(?:i|you|one)\s+(?:do|get|find|have|apply\s+for)"
               r"\s+with\s+(?P<x>.+)", re.I),
    re.compile(rf"^\s*(?:(?:what|which|any|are\s+there(?:\s+any)?|find(?:\s+me)?|show(?:\s+me)?|list|good|best|"
               rf"top|entry[\s-]level|remote)\s+)*(?P<x>.+?)\s+(?:{_ROLE}\s+)?{_JOBS}\s*(?:please|near\s+me)?[\s?!.]*$",
               re.I),
)
_END = re.compile(r"(?:[?!;:]|\.(?!\w)|,\s*(?:what|which|how|so|and|but|can|could|any)\b|\s+(?:really|very|pretty"
                  r"|quite|so|but|well|what|which|how|where|who|jobs?|careers?|occupations?|can|could|would|should|is|are|am"
                  r"|please|now|at\s+work|for\s+(?:a\s+)?(?:job|living|work)|and\s+(?:i|want|what|which|looking|am|"
                  r"need|would|how)|in|near|around|that\s+pay)\b).*$", re.I)
_FILLER = frozenset(["a", "an", "the", "some", "lots", "lot", "of", "mostly", "mainly", "heavy", "heavily", "advanced",
                     "basic", "my", "programs", "program", "software", "tools", "tool", "like", "such", "as",
                     "things", "stuff", "skills", "in", "with", "using", "use"])
_FRAME_WORD = re.compile(_JOBS, re.I)
_NEED_VERB = re.compile(r"\b(?:needs?|needing|requir(?:e|es|ing)|involv(?:e|es|ing)|rely|relies)\b", re.I)
"""Verbs whose object may be a person or a thing ("who needs a painter"): only a tool's own name is read there,
not an everyday word that names a product only in a tool slot ("Corel Painter")."""
_TRAILING_ROLE = re.compile(rf"\s+{_ROLE}$", re.I)
MAX_WORDS = 6
SHORT = 80


@dataclass(frozen=True)
class ToolSpec:
    """Jobs by tool: the phrase as typed, the O*NET examples it names (best first), the page shown."""

    phrase: str
    names: tuple[str, ...]
    page: int = 0


def tool_request(text: str, index: ToolIndex, is_word: Callable[[str], bool] | None = None,
                 loose: bool = True) -> ToolSpec | None:
    """The tool question the message asks, or None when it names no tool in a jobs-by-tool phrasing. A tool
    slot that refers back ("SPSS is my only real skill, which jobs use it") takes the tool named before it.
    ``loose=False``: tool slots only, not phrasings where a field or a major could stand ("jobs for X")."""
    for frames, ambiguous in ((STRONG, True), (LOOSE, False))[: 2 if loose else 1]:
        for frame in frames:
            if (frame is LOOSE[-1] and len(text) > SHORT) or (frame is DOING_IN and not JOB_CUE.search(text)):
                continue  # "X jobs" is a short message (on a long one its pattern backtracks: quadratic); work
                # done in a product counts only in a message about jobs ("cooking in my kitchen" names no tool)
            for m in frame.finditer(text):
                if ambiguous and _REFERS.match(m.group("x")):
                    plural = bool(_PLURAL.match(m.group("x")))
                    found_before = _scan(text[:m.start()], index, is_word, referred=True, every=plural)
                    if found_before is not None:
                        return found_before
                    continue
                slot = ambiguous and not _NEED_VERB.search(m.group(0)[: m.start("x") - m.start()])
                found = _named(m.group("x"), index, slot, is_word)  # "jobs that involve a director": a person
                if found:
                    return ToolSpec(found[0], tuple(found[1]))
    return None


def tool_phrase(text: str) -> str | None:
    """The phrase in a tool slot ("jobs that use zorblax" → "zorblax"), named or not: for a reply saying which
    tool is unknown when nothing else reads the message."""
    for frame in STRONG[:2]:
        m = frame.search(text)
        phrase = m and _END.sub("", m.group("x")).strip(" ,'\"“”‘’")
        if phrase and len(phrase.split()) <= 3:
            return phrase
    return None


def _named(raw: str, index: ToolIndex, ambiguous: bool,
           is_word: Callable[[str], bool] | None = None) -> tuple[str, list[str]] | None:
    """The longest start of the phrase that names tools, filler dropped: ("excel", [Microsoft Excel]). Outside a
    tool slot, a name no dictionary holds ("xactimate jobs") may still be read as a product's."""
    phrase = _TRAILING_ROLE.sub("", _END.sub("", raw).strip(" ,'\"“”‘’"))
    words = phrase.split()
    while words and words[0].lower() in _FILLER and len(words) > 1:
        words = words[1:]
    words = words[:MAX_WORDS]
    for n in range(len(words), 0, -1):
        candidate = _TRAILING_ROLE.sub("", " ".join(words[:n])).strip(" ,")
        if _FRAME_WORD.fullmatch(candidate) or all(w.lower() in STOP for w in candidate.split()):
            continue  # "work on an oil rig … name of job?": the phrasing's own word, no product ("Microsoft Works");
            # "what do i need to be good at … as a job": small words ("do i"), no product ("DOIS")
        coined = is_word is not None and not all(is_word(w) for w in candidate.lower().split())
        names = index.find(candidate, ambiguous=ambiguous or coined) if candidate else []
        if names:
            return candidate, names
    return None


_PLURAL = re.compile(r"\s*(?:them|those|these|both)\b", re.I)
_REFERS = re.compile(r"\s*(?:it|that|this|them|those|these|one)\b(?!\s+(?:is|are|was)\b)", re.I)
"""A tool slot that refers back to a tool already named: "which jobs use it", "which careers use that engine"."""
JOB_CUE = re.compile(r"\b(?:jobs?|careers?|occupations?|professions?|positions?|used\s+(?:in|for|by|anywhere|outside)"
                     r"|useful|for\s+a\s+living"
                     r"|work|hire[sd]?|hiring|employ\w*|titles?|professionally|real\s+world|"
                     r"pay\s+the\s+bills|options|what\s+else|get\s+hired|field|roles?|who\s+uses)\b", re.I)
_TOKEN = re.compile(r"[\w#+.]+(?:-[\w#+.]+)*")
SCAN_WORDS = 3
_JOINS = frozenset({"and", "or", "&", "/"})


def tool_mentioned(text: str, index: ToolIndex, is_word: Callable[[str], bool] | None = None) -> ToolSpec | None:
    """A tool named anywhere in a message about jobs ("tableau dashboards are my thing, who hires for that"):
    the longest run of up to three words that names a tool unambiguously. One everyday word ("idea", "money":
    ``is_word``: "livestock", "analyze" too) counts only when typed as a product is (a capital, a symbol:
    "Excel", "C#", "SPSS") or when it names a hot technology, the tools O*NET finds employers asking for most
    ("python", "linux", "sql")."""
    if not JOB_CUE.search(text):
        return None
    return _scan(text, index, is_word)


def _scan(text: str, index: ToolIndex, is_word: Callable[[str], bool] | None = None,
          referred: bool = False, every: bool = False) -> ToolSpec | None:
    """The longest run of words that names a tool, the first. ``referred``: a later tool slot refers to it ("…
    which jobs use it"), so an everyday word counts ("games in unity") but a product's name ("dentrix") comes
    before everyday words that happen to name one ("front office"), and a word that names a tool only in a tool
    slot counts unless it is an everyday word typed in lower case ("Illustrator", "avimark"; not "illustrator").
    ``every``: the slot refers to several ("i know sql and python, which jobs use them"): all of them."""
    words = [w.strip(".") for w in _TOKEN.findall(text)]
    found: list[tuple[bool, int, int, ToolSpec]] = []
    used: set[int] = set()
    for n in range(SCAN_WORDS, 0, -1):
        for i in range(len(words) - n + 1):
            run = [w.lower() for w in words[i:i + n]]
            if run[0] in STOP or run[-1] in STOP or run[0] in _FILLER or any(
                    JOB_CUE.fullmatch(w) or (w in _FILLER and n == 1) or w in _JOINS for w in run):
                continue  # "pro tools": a filler word inside a name of several; "hearing and fits" is no name
            phrase = " ".join(words[i:i + n])
            plain = is_word is not None and phrase.islower() and all(w.isalpha() and is_word(w) for w in run)
            names = index.find(phrase, ambiguous=referred and not (plain or (is_word is None and phrase.islower())))
            if not names or (plain and n == 1 and _acronym_only(phrase, names)):
                continue  # "fits" is no FIT (Framework for integrated test) typed in lower case
            if not referred and plain and n == 1 and not index.hot(names[0]):
                continue  # "livestock", "analyze": words; "python", "linux", "sql" are hot technologies
            if not referred:
                return ToolSpec(phrase, tuple(names))
            if not used & set(range(i, i + n)):  # a longer name holds its words ("adobe photoshop", not "adobe")
                used |= set(range(i, i + n))
                found.append((plain, i, -n, ToolSpec(phrase, tuple(names))))
    if not found:
        return None
    if every:
        ordered = sorted(found, key=lambda f: f[1])
        names = list(dict.fromkeys(name for f in ordered for name in f[3].names[:1]))
        return ToolSpec(" and ".join(f[3].phrase for f in ordered), tuple(names))
    return min(found, key=lambda f: f[:3])[3]


def _acronym_only(word: str, names: list[str]) -> bool:
    """Does the word name the first of these products only as an acronym in capitals ("fit" → "… test FIT")?"""
    if not names:
        return False
    acronyms = {word.upper(), word.upper().removesuffix("S")}
    return bool(acronyms & set(names[0].split())) and word not in names[0].lower().split()
