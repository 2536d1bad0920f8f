"""What the conversation core returns: HTML text (Telegram's subset), rows of buttons, maybe a picture."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_BUTTON_DATA = 64
_TAG = re.compile(r"<[^>]+>")


def plain_text(text: str, limit: int = MAX_TEXT) -> str:
    """The reply without its HTML (tags dropped, entities unescaped), cut to ``limit``: what is sent when
    Telegram refuses the HTML, so the user still gets the answer, and what the console shows."""
    out = html.unescape(_TAG.sub("", text))
    return out if len(out) <= limit else out[: limit - 1] + "…"


@dataclass(frozen=True)
class Button:
    label: str
    data: str

    def __post_init__(self) -> None:
        if len(self.data.encode()) > MAX_BUTTON_DATA:
            raise ValueError(f"button data over {MAX_BUTTON_DATA} bytes: {self.data!r}")


@dataclass(frozen=True)
class Picture:
    png: bytes
    caption: str  # HTML, at most 1,024 characters
    name: str = "chart.png"


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: list[list[Button]] = field(default_factory=list)
    picture: Picture | None = None
    results: list[dict] | None = None
    """For a ranked list: each occupation's code, title and the figure ranked by, in rank order."""

    def as_json(self) -> dict:
        out: dict = {"text": self.text,
                     "buttons": [[{"label": b.label, "data": b.data} for b in row] for row in self.buttons]}
        if self.results is not None:
            out["results"] = self.results
        if self.picture:
            out["picture"] = {"name": self.picture.name, "bytes": len(self.picture.png),
                              "caption": self.picture.caption}
        return out


def pager(previous: str | None, following: str | None, more: str = "More ▶") -> list[list[Button]]:
    """The paging row under a list: "◀ Previous" and "More ▶" where there is such a page."""
    nav = [Button(label, data) for label, data in (("◀ Previous", previous), (more, following)) if data]
    return [nav] if nav else []
