"""Showing replies in a terminal: HTML to plain text, buttons numbered so typing `2` presses one."""

from __future__ import annotations

import html
import re

from bot.replies import Button, Reply

_TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    return html.unescape(_TAG.sub("", text))


def render(reply: Reply) -> tuple[str, list[Button]]:
    """The reply as console text, and its buttons in the order of their numbers."""
    lines = [plain(reply.text)]
    if reply.picture:
        lines.append(f"[picture: {reply.picture.name}, {len(reply.picture.png):,} bytes — "
                     f"{plain(reply.picture.caption).splitlines()[0]}]")
    flat: list[Button] = []
    for row in reply.buttons:
        cells = []
        for b in row:
            flat.append(b)
            cells.append(f"[{len(flat)}] {b.label}")
        lines.append("   ".join(cells))
    return "\n".join(lines), flat
