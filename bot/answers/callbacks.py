"""Compact, stateless button data (≤ 64 bytes): any process can answer a tap, even after a restart.

    <section>|<code>~<code>…[|<area>][|<page>]      e.g.  s|43-6013.00~29-2099.08|4800000
    b|<family>|<page>                                   browse a job family
    g|<from>~<to>                                       skills gap

Codes are O*NET-SOC codes (12-3456.78) or page-profile codes (P-1a2b3c). Anything that does not parse,
or names a code the store does not have, decodes to None and the conversation says the button expired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SECTIONS = {
    "o": "overview", "s": "salary", "k": "skills", "d": "duties", "e": "education", "m": "demographics",
    "t": "outlook", "r": "related", "c": "chart", "g": "gap", "b": "browse", "p": "path",
}
PREFIX = {v: k for k, v in SECTIONS.items()}
_CODE = r"(?:\d\d-\d{4}\.\d\d|P-[0-9a-f]{6})"
_DATA = re.compile(rf"^([oskdemtrcgp])\|({_CODE}(?:~{_CODE}){{0,3}})(?:\|(\d{{7}})?)?(?:\|(\d{{1,3}}))?$")
_BROWSE = re.compile(r"^b\|(\d\d-0000)\|(\d{1,3})$")


@dataclass(frozen=True)
class Tap:
    section: str
    codes: tuple[str, ...] = ()
    area: str | None = None
    page: int = 0
    family: str | None = None


def encode(section: str, codes: list[str] | tuple[str, ...] = (), area: str | None = None, page: int = 0) -> str:
    data = f"{PREFIX[section]}|{'~'.join(codes)}"
    if area or page:
        data += f"|{area or ''}"
    if page:
        data += f"|{page}"
    return data


def encode_browse(family: str, page: int = 0) -> str:
    return f"b|{family}|{page}"


def decode(data: str) -> Tap | None:
    if not isinstance(data, str) or len(data.encode("utf-8", "replace")) > 64:
        return None
    if m := _BROWSE.match(data):
        return Tap("browse", family=m.group(1), page=int(m.group(2)))
    m = _DATA.match(data)
    if not m:
        return None
    return Tap(SECTIONS[m.group(1)], tuple(m.group(2).split("~")), m.group(3) or None, int(m.group(4) or 0))
