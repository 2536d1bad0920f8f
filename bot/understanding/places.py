"""Recognise a US state, DC, a territory or an OEWS metro area named in a message ("in TX", "in Austin")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.understanding.normalize import raw_tokens
from bot.understanding.words import FAMILY_WORDS, mapping

if TYPE_CHECKING:
    from knowledge.rows import Area


@dataclass(frozen=True, slots=True)
class PlaceRef:
    area_code: str
    name: str
    kind: str  # "S" state/territory, "M" metro or nonmetropolitan area


_PREPOSITION = re.compile(r"\b(?:in|for|near|around|within|across|at|(?:mov(?:e|ed|ing)|relocat(?:e|ed|ing))\s+"
                          r"(?:back\s+)?to)\s+(?:the\s+(?:(?:state|city)\s+of\s+)?)?", re.I)
"""Words before a place; "to" only after moving ("moving to Ohio", never "from nurse to PA", "go to college")."""


class Places:
    """Lookup of place names: full state names, postal abbreviations (after a preposition), metro cities; a
    state's name or a metro's everyday name ("nyc") also without a preposition, at the end of the message or
    leading a question about jobs there (a city's name then only when set off: "phoenix: which trades…")."""

    MAX_WORDS = 4

    def __init__(self, areas: list[Area]) -> None:
        self.names: dict[str, PlaceRef] = {}
        self.abbreviations: dict[str, PlaceRef] = {}
        cities: dict[str, list[tuple[int, int, PlaceRef]]] = {}
        self.namesakes: dict[str, list[PlaceRef]] = {}
        """Areas that share a city's name, the one a bare name means first ("portland" → OR, then ME)."""
        for a in areas:
            ref = PlaceRef(a.area_code, a.name, a.kind)
            if a.kind == "S":
                self.names[" ".join(raw_tokens(a.name))] = ref
                if a.state_abbr:
                    self.abbreviations[a.state_abbr.lower()] = ref
            elif a.kind == "M" and "nonmetropolitan" not in a.name.lower():
                city_part, _, states = a.name.rpartition(", ")
                self.names.setdefault(" ".join(raw_tokens(a.name)), ref)
                for i, city in enumerate(c for c in city_part.split("-") if c.strip()):  # "Scranton--Wilkes…"
                    cities.setdefault(" ".join(raw_tokens(city)), []).append((i, -(a.employment or 0), ref))
                    for st in states.split("-"):
                        self.names.setdefault(" ".join(raw_tokens(f"{city} {st}")), ref)
        metros: dict[str, PlaceRef] = {}
        for city, refs in cities.items():
            # "Portland": the metro whose name starts with it, then the one with most jobs (OEWS), then its code.
            ranked = [r for _, _, r in sorted(refs, key=lambda r: (r[0], r[1], r[2].area_code))]
            metros[city] = ranked[0]
            self.names.setdefault(city, ranked[0])
            if len({r.area_code for r in ranked}) > 1 and self.names[city] == ranked[0]:
                self.namesakes[city] = list(dict.fromkeys(ranked))
        self.nicknames = set(mapping("place_words.tsv"))
        for word, city in mapping("place_words.tsv").items():  # "nyc", "philly": the metro of the city; "cali":
            self.names.setdefault(word, metros.get(city) or self.names.get(city))  # the state
        louisiana = self.abbreviations.get("la")
        if louisiana is not None and self.names.get("la") is not None:  # "LA" is Los Angeles to most; Louisiana
            self.namesakes["la"] = [self.names["la"], louisiana]  # is offered beside it
        self.names.setdefault("washington dc", self.names.get("district of columbia"))
        self.names.setdefault("dc", self.names.get("district of columbia"))
        self.names = {k: v for k, v in self.names.items() if v is not None}

    def lookup(self, phrase: str, allow_abbreviation: bool = True) -> PlaceRef | None:
        words = raw_tokens(phrase)
        key = " ".join(words)
        if key in self.names:
            return self.names[key]
        if allow_abbreviation and len(words) == 1 and key in self.abbreviations:
            return self.abbreviations[key]
        return None

    def others(self, ref: PlaceRef, said: str) -> list[PlaceRef]:
        """Other areas the words ``said`` could name, when they are a bare city name several metros share."""
        return [r for r in self.namesakes.get(" ".join(raw_tokens(said)), []) if r != ref]

    def find(self, text: str) -> tuple[PlaceRef | None, str]:
        """The place a message names, and the message without it. Abbreviations only after 'in'/'for'…"""
        ref, rest, _ = self.find_said(text)
        return ref, rest

    def find_said(self, text: str) -> tuple[PlaceRef | None, str, str]:
        """As ``find``, with the words that named the place."""
        for m in reversed(list(_PREPOSITION.finditer(text))):
            rest = text[m.end():]
            words = re.findall(r"[^\W_]+(?:[.'][^\W_]+)*\.?", rest)[: self.MAX_WORDS]
            for n in range(len(words), 0, -1):
                phrase = " ".join(words[:n])
                ref = self.lookup(phrase, allow_abbreviation=(n == 1 and (words[0].isupper() or len(rest) <= 4)))
                if ref and phrase in EVERYDAY_CITIES and not words[0][:1].isupper():
                    continue  # "jobs for college grads": no College, Alaska
                if ref:
                    end = m.end() + _span_end(rest, words[:n])
                    return ref, (text[: m.start()] + " " + text[end:]).strip(), phrase
        words = raw_tokens(text)
        for n in range(min(self.MAX_WORDS, len(words)), 0, -1):
            phrase = " ".join(words[-n:])
            if phrase in self.names and (self.names[phrase].kind == "S" or phrase in self.nicknames):
                cut = _cut_tail(text, n)
                return self.names[phrase], cut, phrase
        about_jobs = _JOBS.search(text)
        for n in range(min(self.MAX_WORDS, len(words) - 1), 0, -1) if about_jobs else ():  # "georgia jobs…"
            phrase = " ".join(words[:n])
            ref = self.names.get(phrase)
            if ref is not None and about_jobs.start() > len(phrase) and (
                    ref.kind == "S" or phrase in self.nicknames or words[n] in FAMILY_WORDS  # "seattle office jobs"
                    or _SET_OFF.match(text[_span_end(text.lower(), words[:n]):])):  # "phoenix: which trades…"
                return ref, _cut_head(text, n), phrase
        return None, text, ""


EVERYDAY_CITIES = frozenset({"college", "reading", "normal", "enterprise"})
"""Metro cities whose names are everyday words: a place after a preposition only when capitalised ("in Mobile")."""
_SET_OFF = re.compile(r"\s*[:,\-–—]")
"""A city leading a message is a place only when set off ("phoenix: …", "seattle, …") or followed by a field of
work ("seattle office jobs"): "mobile app developer jobs", "college student jobs" and "reading jobs" lead with
words that are also metros' names."""
_JOBS = re.compile(r"\b(?:jobs?|careers?|occupations?|trades|work(?:ers)?|openings|employ(?:ers)?|hiring)\b", re.I)
"""A place's name leads a message that is about jobs there ("phoenix: which construction trades employ the most")."""


def _cut_head(text: str, n: int) -> str:
    matches = list(re.finditer(r"[^\W_]+", text))
    return text[matches[n].start():].strip() if len(matches) > n else ""


def _span_end(rest: str, words: list[str]) -> int:
    pos = 0
    for w in words:
        pos = rest.find(w, pos) + len(w)
    return pos


def _cut_tail(text: str, n: int) -> str:
    matches = list(re.finditer(r"[^\W_]+", text))
    return text[: matches[-n].start()].strip() if len(matches) >= n else ""
