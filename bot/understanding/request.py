"""The request model: what a message asks, as the understander reads it (intent, occupations, topic, place)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field

from bot.understanding.describing import SearchSpec
from bot.understanding.listing import ListSpec
from bot.understanding.majors import MajorSpec
from bot.understanding.matcher import Candidate
from bot.understanding.tools import ToolSpec

MAX_CHARS = 4096
MAX_COMPARE = 4

Intent = Literal["compare", "job", "topic", "add", "gap", "browse", "list", "search", "moves", "major", "tools", "help",
                 "greeting", "thanks", "name", "unknown"]
Topic = Literal["overview", "salary", "skills", "duties", "education", "demographics", "outlook", "related", "path"]

_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,40}>")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060\ufeff]")


class Place(BaseModel):
    area_code: str
    name: str
    kind: str
    others: list[tuple[str, str]] = Field(default_factory=list)
    """(area code, name) of other areas the same words name ("Portland": Oregon's first, then Maine's)."""


class Mention(BaseModel):
    """An occupation named in the message: the best code and, for "did you mean", its rivals. A generic
    word ("teacher") names a group: ``groups`` holds its SOC groups, and ``code`` is its usual member
    (confident: "nurse" → registered nurses) or its largest one (not confident: the bot shows the group)."""

    phrase: str
    code: str
    title: str
    score: float
    confident: bool
    candidates: list[Candidate] = Field(default_factory=list)
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
    named: list[str] = Field(default_factory=list)
    """Every job phrase the message named, in order, duplicates of one occupation included."""
    listing: ListSpec | SearchSpec | MajorSpec | ToolSpec | None = None
    """For a ranked list ("highest paying jobs in Texas"), a search ("someone who fixes teeth") or a major
    ("jobs for chemistry majors")."""

    @property
    def codes(self) -> list[str]:
        return [m.code for m in self.occupations if m.confident]


def clean(text: str) -> tuple[str, bool]:
    """Bound and tidy a message: at most 4,096 characters, no control or invisible characters, no markup tags."""
    truncated = len(text) > MAX_CHARS
    text = _LINE_END.sub(". ", text[:MAX_CHARS].strip())  # a line pressed Enter on ends its sentence
    text = _TAG.sub(" ", _CONTROL.sub(" ", text))
    return re.sub(r"\s+", " ", text).strip(), truncated


_LINE_END = re.compile(r"(?<=[^\s.?!,;:…])(?<!\ba)(?<!\ban)(?<!\bthe)(?<!\bmy)(?<!\bof)(?<!\bto)(?<!\bdo)"
                       r"(?<!\bdoes)(?<!\band)(?<!\bor)(?<!\bas)[ \t]*(?:\r?\n)+\s*(?=\S)", re.I)
"""A line break after a word: the sentences of "kids are in school now\nhow much do bus drivers make" are two;
after a small word that cannot end one ("what does a\nparalegal do") it is a space."""
