"""From a message to a typed request: intent, occupations in order, topic, place.

Decision order: clean and bound the text; take out the place ("in Texas"); note the topic words; find
the occupations (exact title spans first, longest wins; then fuzzy on the words left over); then pick
the intent from the phrasing and the number of occupations found. Unknown words never become a job.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from pydantic import BaseModel, Field

from bot.discovery import lists as rankings
from bot.discovery import moves, search
from bot.understanding import groups, normalize
from bot.understanding.decide import Decider, Decision
from bot.understanding.matcher import KIND_RANK, Matcher
from bot.understanding.places import Places

MAX_CHARS = 4096
MAX_TOKENS = 300
MAX_SPAN = 7
MAX_COMPARE = 4
MAX_PARTS = 12
CURATED_EVIDENCE = KIND_RANK["lexicon"]

Intent = Literal["compare", "job", "topic", "add", "gap", "browse", "list", "search", "moves", "help", "greeting",
                 "thanks", "unknown"]
Topic = Literal["overview", "salary", "skills", "duties", "education", "demographics", "outlook", "related", "path"]

# "How do I become …", "what do I need to become …", "steps to become …": the path into the job, not its card.
BECOME = re.compile(
    r"\bhow\s+(?:do|can|would|could|should|does|did)\s+(?:i|you|one|someone|somebody|a\s+person|people)\s+"
    r"(?:become|be|get\s+into|get\s+(?:a\s+)?job\s+as|start\s+(?:a\s+career\s+)?as|train\s+(?:to\s+be|as))\b"
    r"|\bhow\s+to\s+(?:become|be|get\s+into|start\s+as|train\s+as|qualify\s+as)\b"
    r"|\b(?:steps?|path|pathway|route|roadmap|way)\s+(?:to|into|for)\s+(?:becom(?:e|ing)|be|being)\b"
    r"|\bwhat\s+(?:do|does|would|will)\s+(?:i|you|one|someone|it)\s+(?:need|take)\s+to\s+(?:become|be)\b"
    r"|\b(?:requirements?|qualifications?)\s+(?:to|for)\s+(?:becom(?:e|ing)|be|being)\b"
    r"|\bi\s+want\s+to\s+(?:become|be)\s+an?\b", re.I)

TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "salary": ("salary", "salaries", "pay", "pays", "paid", "wage", "wages", "earn", "earns", "earning", "income",
               "money", "make", "makes", "compensation", "hourly"),
    "skills": ("skill", "skills", "knowledge", "technology", "technologies", "software", "tools"),
    "duties": ("do", "does", "duty", "duties", "task", "tasks", "responsibilities", "responsibility", "role"),
    "education": ("education", "degree", "degrees", "school", "college", "study", "major", "training",
                  "qualification", "qualifications", "certification", "become", "experience", "requirements"),
    "demographics": ("demographics", "demographic", "gender", "women", "men", "female", "male", "age", "race",
                     "diversity", "old"),
    "outlook": ("outlook", "growth", "future", "demand", "openings", "projection", "projections", "growing"),
    "related": ("related", "similar", "alternatives", "alternative", "like"),
}
_TOPIC_OF = {w: t for t, ws in TOPIC_WORDS.items() for w in ws}
STOP = {
    "what", "whats", "which", "who", "how", "much", "many", "is", "are", "a", "an", "the", "of", "for", "to", "in",
    "and", "or", "vs", "versus", "v", "between", "difference", "differences", "compare", "comparison", "compared",
    "with", "me", "my", "i", "you", "your", "tell", "about", "show", "give", "info", "information", "job", "jobs",
    "career", "careers", "work", "working", "as", "being", "be", "more", "most", "better", "best", "typical",
    "average", "usually", "please", "can", "could", "would", "should", "will", "get", "need", "want", "it",
    "does", "do", "did", "there", "than", "per", "year", "annual", "hour", "on", "at", "from", "move", "switch",
    "go", "add", "also", "too", "again", "same", "new", "profile", "overview", "summary", "describe", "explain",
    "hi", "hello", "hey", "thanks", "thank", "ok", "okay", "yes", "no", "some", "any", "one", "ones", "that",
    "this", "those", "these", "their", "they", "them", "people", "person", "someone", "somebody", "if",
    "like", "so", "now", "just", "really", "very", "all", "each", "both", "vs.", "am", "we", "us", "into", "onto",
    "steps", "step", "pathway", "roadmap", "requirements", "requirement", "becoming", "qualify", "take", "takes",
}
FILLER = STOP | set(_TOPIC_OF)
CONTEXT_WORDS = {
    "job", "jobs", "career", "careers", "occupation", "occupations", "profession", "become", "becoming", "work",
    "working", "worker", "workers", "hire", "hiring", "employment", "salary", "salaries", "pay", "pays", "paid",
    "wage", "wages", "earn", "earns", "earning", "income", "skill", "skills", "duties", "duty", "tasks",
    "responsibilities", "education", "degree", "outlook", "growth", "demand", "demographics", "related",
    "similar", "vs", "versus", "compare", "comparison", "difference", "differences",
}
"""Words that make a message about jobs, so a lone or misspelt word in it may be read as a job title."""
_CONTEXT = re.compile(r"what (?:does|do|did|would) .+ do|how much.*(?:make|earn|get)|v\.\s", re.I)
_GREETING = re.compile(r"^\s*(hi|hello|hey|hiya|howdy|good (morning|afternoon|evening)|yo|greetings|start)\b[\s!.]*$",
                       re.I)
_THANKS = re.compile(r"^\s*(thanks?( you)?|thx|ty|cheers|great|cool|ok(ay)?|nice)\b[\s!.]*$", re.I)
_HELP = re.compile(r"^\s*(/?help|what can you do\??|how does this work\??|\?+)\s*$", re.I)
_BROWSE = re.compile(r"\b(browse|list|show)\b.*\b(jobs|occupations|careers|family)\b|^\s*/?browse\b", re.I)
_GAP = re.compile(r"\b(?:move|switch|transition|go|change|get)\s+from\s+(.+?)\s+(?:to|into)\s+(.+)", re.I)
_ADD = re.compile(r"^\s*(?:and\s+)?(?:add|include|plus|also|compare (?:it |them )?(?:with|to|against))\s+(.+)", re.I)
_BETWEEN = re.compile(r"\bdifferences?\s+between\s+(.+?)\s+and\s+(.+)", re.I)
_STRONG_SEP = re.compile(r"\s+(?:vs\.?|versus|v\.|compared\s+(?:to|with)|against)\s+|\s*\bvs\.?\s*", re.I)
_WEAK_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*/\s*", re.I)
_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,40}>")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060\ufeff]")


class Place(BaseModel):
    area_code: str
    name: str
    kind: str


class Mention(BaseModel):
    """An occupation named in the message: the best code and, for "did you mean", its rivals. A generic
    word ("teacher") names a group: ``groups`` holds its SOC groups, and ``code`` is its usual member
    (confident: "nurse" → registered nurses) or its largest one (not confident: the bot shows the group)."""

    phrase: str
    code: str
    title: str
    score: float
    confident: bool
    candidates: list[dict] = Field(default_factory=list)
    generic: str | None = None
    groups: list[str] = Field(default_factory=list)


class Request(BaseModel):
    text: str
    intent: Intent
    occupations: list[Mention] = Field(default_factory=list)
    unresolved: list[str] = Field(default_factory=list)
    topic: Topic | None = None
    place: Place | None = None
    truncated: bool = False
    same_occupation: bool = False
    """True when several names in the message ("paralegal and legal assistant") are one occupation."""
    listing: str | None = None
    """For a ranked list ("highest paying jobs in Texas") or a search ("someone who fixes teeth"): the list as
    button data (bot/rankings.py, bot/search.py)."""

    @property
    def codes(self) -> list[str]:
        return [m.code for m in self.occupations if m.confident]


def clean(text: str) -> tuple[str, bool]:
    """Bound and tidy a message: at most 4,096 characters, no control or invisible characters, no markup tags."""
    truncated = len(text) > MAX_CHARS
    text = _TAG.sub(" ", _CONTROL.sub(" ", text[:MAX_CHARS]))
    return re.sub(r"\s+", " ", text).strip(), truncated


class Understander:
    def __init__(self, matcher: Matcher, places: Places, decider: Decider | None = None,
                 facts: dict[str, dict] | None = None) -> None:
        self.matcher = matcher
        self.places = places
        self.decider = decider or Decider(matcher, [])
        self.facts = facts or {}
        self._group_members: dict[tuple[str, ...], list[str]] = {}

    def _members(self, group_codes: tuple[str, ...]) -> list[str]:
        """A group's members, largest first, computed once per group (the store is read-only)."""
        if group_codes not in self._group_members:
            self._group_members[group_codes] = groups.members(group_codes, self.facts)
        return self._group_members[group_codes]

    def __call__(self, message: str) -> Request:
        text, truncated = clean(message)
        base = {"text": text, "truncated": truncated}
        if not text or not any(ch.isalnum() for ch in text):
            return Request(intent="unknown", **base)
        if _HELP.match(text):
            return Request(intent="help", **base)
        if _GREETING.match(text):
            return Request(intent="greeting", **base)
        if _THANKS.match(text):
            return Request(intent="thanks", **base)
        place_ref, rest = self.places.find(text)
        place = Place(area_code=place_ref.area_code, name=place_ref.name, kind=place_ref.kind) if place_ref else None
        spec = rankings.parse(rest)
        if spec is not None:
            spec = replace(spec, area=place.area_code if place else None)
            return Request(intent="list", listing=rankings.encode(spec), place=place, **base)
        mentions, unresolved, free_words = [], [], []
        context = bool(CONTEXT_WORDS & set(normalize.raw_tokens(text)) or _CONTEXT.search(text))
        intent: Intent | None = None
        gap = _GAP.search(rest)
        add = _ADD.match(rest)
        between = _BETWEEN.search(rest)
        if gap:
            parts, intent, context = [gap.group(1), gap.group(2)], "gap", True
        elif add:
            parts, intent, context = self._split(add.group(1)), "add", True
        elif between:
            parts, context = [between.group(1), *self._split(between.group(2))], True
        else:
            parts = self._split(rest)
        for part in parts[:MAX_PARTS]:
            found, missed, unused = self._mentions(part, context)
            mentions += found
            unresolved += missed
            free_words += unused
        topic = self._topic(free_words, rest)
        named = len(mentions)
        mentions = _dedupe(mentions)
        same = named > len(mentions) == 1
        if intent is None:
            if len([m for m in mentions if m.confident]) >= 2:
                intent = "compare"
            elif _BROWSE.search(text):
                intent = "browse"
            elif mentions:
                intent = "job"
            elif topic or place:
                intent = "topic"
            else:
                intent = "unknown"
        if intent in ("job", "topic", "unknown") and search.is_description(rest) and not any(
                m.confident and len(m.phrase.split()) > 1 for m in mentions):
            words = search.terms(rest)  # a description, not a job's name: search what occupations do
            if words:
                return Request(intent="search", listing=search.encode(words, 0), place=place, **base)
        sure = [m for m in mentions if m.confident]
        if intent in ("job", "topic") and len(sure) == 1 and moves.is_move(rest):
            intent = "moves"  # "jobs like cashier that pay more", "what can a nurse move into"
        if intent == "compare":
            mentions = mentions[:MAX_COMPARE]
        if intent == "gap" and len(mentions) != 2:
            intent = "job" if mentions else "unknown"
        return Request(intent=intent, occupations=mentions, unresolved=unresolved, topic=topic, place=place,
                       same_occupation=same, **base)

    @staticmethod
    def _topic(words: list[str], text: str) -> Topic | None:
        """The topic asked about, from the words that are not part of a job title."""
        if BECOME.search(text):
            return "path"
        for w in words:
            if w in _TOPIC_OF and w not in ("do", "does", "make", "like", "become", "old"):
                return _TOPIC_OF[w]
        if re.search(r"\bwhat (?:does|do|would) .+ do\b", text, re.I):
            return "duties"
        if re.search(r"\bhow much\b|\bmake\b", text, re.I):
            return "salary"
        return None

    def _split(self, text: str) -> list[str]:
        """Parts that each name one occupation: strong separators always, 'and'/'or'/',' unless a title."""
        parts: list[str] = []
        for strong in _STRONG_SEP.split(text):
            if not strong.strip():
                continue
            if self._is_title(strong):
                parts.append(strong)
                continue
            parts += [p for p in _WEAK_SEP.split(strong) if p and p.strip()]
        return parts or [text]

    def _is_title(self, text: str) -> bool:
        words = [w for w in normalize.tokens(text) if w not in FILLER or w in ("and", "or")]
        return bool(self.matcher.exact(words))

    def _mentions(self, part: str, context: bool) -> tuple[list[Mention], list[str], list[str]]:
        """Occupations in one part, the phrases that matched nothing, and the words no title claimed.

        Outside a job context ("my cat is sick", "reboot the router") a one-word alias or a misspelt title
        counts only when it is all the message says; with context ("router salary") it always counts."""
        raw = normalize.raw_tokens(part)[:MAX_TOKENS]
        content = [w for w in raw if w not in FILLER]
        content_words = normalize.tokens(" ".join(content))
        if content and max(len(w) for w in content) >= 4 and not self.decider.exact(content_words):
            whole = self.decider.words(content_words)
            if whole.confident and (context or _standalone(content)):
                rest = [w for w in raw if w in FILLER]
                return [self._mention(" ".join(content), whole)], [], rest
        canon = [normalize.tokens(w, drop_seniority=False) for w in raw]
        used = [False] * len(raw)
        spans: list[tuple[int, int, Mention]] = []
        for n in range(min(MAX_SPAN, len(raw)), 0, -1):
            for i in range(len(raw) - n + 1):
                span = raw[i:i + n]
                if any(used[i:i + n]) or span[-1] in STOP or all(w in FILLER for w in span):
                    continue
                words = [c for ws in canon[i:i + n] for c in ws if c not in normalize.SENIORITY]
                if not words or (len(words) == 1 and len(words[0]) < 2):
                    continue
                found = self.decider.exact(words)
                if span[0] in STOP and not (n > 1 and found and found.candidates
                                            and found.candidates[0].evidence <= CURATED_EVIDENCE):
                    continue  # "it" starts a title only in a curated one ("IT guy")
                if found:
                    spans.append((i, n, self._mention(" ".join(span), found)))
                    used[i:i + n] = [True] * n
        covered = all(u for w, u in zip(raw, used, strict=True) if w not in FILLER and len(w) > 1)
        if not context and not covered:
            for i, _, _ in [s for s in spans if s[1] == 1]:
                used[i] = False
            spans = [s for s in spans if s[1] > 1]
        missed: list[str] = []
        for start, run in _runs(raw, used):
            content = [w for w in run if w not in FILLER]
            if not content or max(len(w) for w in content) < 4:
                continue
            found = self.decider.words(normalize.tokens(" ".join(content)))
            alone = not spans and content == [w for w in raw if w not in FILLER] and _standalone(content)
            if found.candidates and (context or (alone and found.confident)):
                for j, w in enumerate(run):
                    used[start + j] = used[start + j] or w in content
                spans.append((start, len(run), self._mention(" ".join(content), found)))
            elif context:  # outside a job context, unknown words are just words, not a job we lack
                missed.append(" ".join(content))
        unused = [w for w, u in zip(raw, used, strict=True) if not u]
        return [m for _, _, m in sorted(spans, key=lambda s: s[0])], missed, unused

    def _mention(self, phrase: str, found: Decision) -> Mention:
        """A mention from a decision; a generic word's candidates are its group's largest members."""
        if found.generic:
            members = self._members(found.generic.groups)
            lead = found.best.code if found.best else None
            codes = ([lead] if lead else []) + [c for c in members if c != lead][:7]
            top = codes[0] if codes else ""
            return Mention(phrase=phrase, code=top, title=self.matcher.titles.get(top, phrase),
                           score=100.0, confident=found.confident, generic=found.generic.word,
                           groups=list(found.generic.groups),
                           candidates=[{"code": c, "title": self.matcher.titles[c], "score": 100.0} for c in codes])
        top = found.candidates[0]
        return Mention(phrase=phrase, code=top.code, title=top.title, score=top.score, confident=found.confident,
                       candidates=[{"code": c.code, "title": c.title, "score": c.score} for c in found.candidates])


def _standalone(content: list[str]) -> bool:
    """Can these words, said with no job context, be read as a misspelt title? A few words, yes; one
    short word ("forget", "thanks") is more likely just a word."""
    return len(content) <= 4 and (len(content) > 1 or len(content[0]) >= 7)


def _runs(words: list[str], used: list[bool]) -> list[tuple[int, list[str]]]:
    """Stretches of words no exact title claimed, with their start position."""
    runs: list[tuple[int, list[str]]] = []
    for i, (w, u) in enumerate(zip(words, used, strict=True)):
        if u:
            continue
        if runs and runs[-1][0] + len(runs[-1][1]) == i:
            runs[-1][1].append(w)
        else:
            runs.append((i, [w]))
    return runs


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for m in mentions:
        if m.code not in seen:
            seen.add(m.code)
            out.append(m)
    return out
