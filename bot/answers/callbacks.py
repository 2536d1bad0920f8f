"""The one registry of button-data formats: compact, stateless (≤ 64 bytes), so any process answers a tap,
even after a restart. Each format is a prefix letter, the dataclass it carries, an encoder and a decoder:

    <section>|<code>~<code>…[|<area>][|<page>]   SectionTap   s|43-6013.00~29-2099.08|4800000
    g|<from>~<to>                                SectionTap   the skills gap between two jobs
    b|<family>|<page>                            BrowseTap    browse a job family
    l|<metric>|<families>|<education>|<area>|<page>[|<pay floor>|<growth floor>[|<start>]]   ListSpec   a ranked list
    q|<word>+<word>…|<page>                      SearchSpec   a search by description
    j|<CIP code>                                 MajorSpec    the jobs for a college major
    u|<tool as typed>|<page>                     ToolSpec     the jobs that use a tool

Codes are O*NET-SOC codes (12-3456.78) or page-profile codes (P-1a2b3c). Anything that does not parse decodes
to None, and the conversation says the button expired. ``PATTERN`` is what the Telegram handler registers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.answers.replies import MAX_BUTTON_DATA
from bot.understanding.describing import MAX_PAGE as SEARCH_MAX_PAGE
from bot.understanding.describing import SearchSpec
from bot.understanding.listing import METRIC_KEYS, ListSpec
from bot.understanding.majors import MajorSpec
from bot.understanding.tools import ToolSpec

SECTIONS = {
    "o": "overview", "s": "salary", "k": "skills", "d": "duties", "e": "education", "m": "demographics",
    "t": "outlook", "r": "related", "c": "chart", "g": "gap", "p": "path",
}
PREFIX = {v: k for k, v in SECTIONS.items()}


@dataclass(frozen=True)
class SectionTap:
    """A job's section (or the gap between two jobs), for these codes, maybe in a place, at a page."""

    section: str
    codes: tuple[str, ...] = ()
    area: str | None = None
    page: int = 0


@dataclass(frozen=True)
class BrowseTap:
    family: str
    page: int = 0


Tap = SectionTap | BrowseTap | ListSpec | SearchSpec | MajorSpec | ToolSpec


@dataclass(frozen=True)
class Format:
    prefixes: str
    kind: type
    encode: Callable[[Any], str]
    decode: Callable[[str], Tap | None]


# --- sections -----------------------------------------------------------------------------------
_CODE = r"(?:\d\d-\d{4}\.\d\d|P-[0-9a-f]{6})"
_SECTION = re.compile(rf"^([{''.join(SECTIONS)}])\|({_CODE}(?:~{_CODE}){{0,3}})(?:\|(\d{{7}})?)?(?:\|(\d{{1,3}}))?$")


def encode(section: str, codes: list[str] | tuple[str, ...] = (), area: str | None = None, page: int = 0) -> str:
    """A section tap's data."""
    data = f"{PREFIX[section]}|{'~'.join(codes)}"
    if area or page:
        data += f"|{area or ''}"
    if page:
        data += f"|{page}"
    return data


def _decode_section(data: str) -> SectionTap | None:
    m = _SECTION.match(data)
    if not m:
        return None
    return SectionTap(SECTIONS[m.group(1)], tuple(m.group(2).split("~")), m.group(3) or None, int(m.group(4) or 0))


# --- browsing -----------------------------------------------------------------------------------
_BROWSE = re.compile(r"^b\|(\d\d-0000)\|(\d{1,3})$")


def encode_browse(family: str, page: int = 0) -> str:
    return f"b|{family}|{page}"


def _decode_browse(data: str) -> BrowseTap | None:
    m = _BROWSE.match(data)
    return BrowseTap(m.group(1), int(m.group(2))) if m else None


# --- ranked lists -------------------------------------------------------------------------------
_LIST = re.compile(r"^l\|([pgoj])\|((?:\d\d)(?:\+\d\d){0,5}|-)\|([nabmd-])\|(\d{7}|-)\|(\d{1,2})"
                   r"(?:\|(\d{1,3}|-)\|(\d{1,2}|-)(?:\|([eq]))?)?$")


def encode_list(spec: ListSpec) -> str:
    """l|<metric>|<families>|<education>|<area>|<page>[|<pay floor, thousands>|<growth floor>[|<start>]], e.g.
    l|p|29+31|n|4800000|1, l|g|-|-|-|0|80|5 or l|o|-|-|-|0|-|-|e."""
    fields = ["l", spec.metric[0], "+".join(spec.families) or "-", spec.education or "-", spec.area or "-",
              str(spec.page)]
    if spec.min_pay is not None or spec.min_growth is not None or spec.start:
        fields += [str(spec.min_pay // 1000) if spec.min_pay is not None else "-",
                   str(spec.min_growth) if spec.min_growth is not None else "-"]
    if spec.start:
        fields.append(spec.start)
    return "|".join(fields)


def _decode_list(data: str) -> ListSpec | None:
    m = _LIST.match(data)
    if not m:
        return None
    metric = METRIC_KEYS[m.group(1)]
    families = tuple(m.group(2).split("+")) if m.group(2) != "-" else ()
    min_pay = int(m.group(6)) * 1000 if m.group(6) and m.group(6) != "-" else None
    min_growth = int(m.group(7)) if m.group(7) and m.group(7) != "-" else None
    return ListSpec(metric, families, None if m.group(3) == "-" else m.group(3),
                    None if m.group(4) == "-" else m.group(4), int(m.group(5)), min_pay, min_growth, m.group(8))


# --- searches by description --------------------------------------------------------------------
_SEARCH = re.compile(r"^q\|([a-z0-9'+-]{2,56})\|(\d{1,2})$")


def encode_search(spec: SearchSpec) -> str:
    """q|<words joined by +>|<page> (SearchSpec keeps its words short enough to fit)."""
    return f"q|{spec.text.replace(' ', '+')}|{spec.page}"


def _decode_search(data: str) -> SearchSpec | None:
    m = _SEARCH.match(data)
    if not m or int(m.group(2)) > SEARCH_MAX_PAGE or "++" in m.group(1):
        return None
    return SearchSpec(m.group(1).replace("+", " "), int(m.group(2)))


# --- jobs for a major ---------------------------------------------------------------------------
_MAJOR = re.compile(r"^j\|(\d\d\.\d{4})$")


def encode_major(spec: MajorSpec) -> str:
    """j|<CIP code>: the jobs for one program."""
    return f"j|{spec.cips[0]}"


def _decode_major(data: str) -> MajorSpec | None:
    m = _MAJOR.match(data)
    return MajorSpec("", (m.group(1),)) if m else None


# --- jobs by tool ------------------------------------------------------------------------------
_TOOL = re.compile(r"^u\|([a-z0-9#+.,' -]{1,50})\|(\d{1,2})$")


def encode_tool(spec: ToolSpec) -> str:
    """u|<the tool as typed, lower case>|<page>: the names are found again from the phrase ("excel & word":
    separators become commas, so both are found again)."""
    phrase = re.sub(r"\s*[&/,]\s*", ",", spec.phrase.lower())
    phrase = re.sub(r"[^a-z0-9#+.,' -]+", " ", phrase).strip()[:50] or "-"
    return f"u|{phrase}|{spec.page}"


def _decode_tool(data: str) -> ToolSpec | None:
    m = _TOOL.match(data)
    return ToolSpec(m.group(1).replace(",", ", "), (), int(m.group(2))) if m and int(m.group(2)) <= 20 else None


FORMATS = [
    Format("".join(SECTIONS), SectionTap, lambda t: encode(t.section, t.codes, t.area, t.page), _decode_section),
    Format("b", BrowseTap, lambda t: encode_browse(t.family, t.page), _decode_browse),
    Format("l", ListSpec, encode_list, _decode_list),
    Format("q", SearchSpec, encode_search, _decode_search),
    Format("j", MajorSpec, encode_major, _decode_major),
    Format("u", ToolSpec, encode_tool, _decode_tool),
]
_BY_PREFIX = {p: f for f in FORMATS for p in f.prefixes}
PATTERN = rf"^[{''.join(_BY_PREFIX)}]\|"
"""What every button's data starts with: the Telegram handler's anchored pattern."""


def decode(data: object) -> Tap | None:
    """The tap a button's data carries, or None for anything forged, foreign or too long."""
    if not isinstance(data, str) or len(data.encode("utf-8", "replace")) > MAX_BUTTON_DATA or data[1:2] != "|":
        return None
    fmt = _BY_PREFIX.get(data[0])
    return fmt.decode(data) if fmt else None


def encode_tap(tap: Tap) -> str:
    """Any tap's data, by its format in the registry (``decode(encode_tap(t)) == t``)."""
    return next(f for f in FORMATS if isinstance(tap, f.kind)).encode(tap)
