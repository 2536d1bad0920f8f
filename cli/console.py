"""Showing replies in a terminal: HTML to plain text, buttons numbered so typing `2` presses one."""

from __future__ import annotations

from bot.answers.replies import Button, Reply, plain_text


def render(reply: Reply) -> tuple[str, list[Button]]:
    """The reply as console text, and its buttons in the order of their numbers."""
    lines = [plain_text(reply.text)]
    if reply.picture:
        lines.append(f"[picture: {reply.picture.name}, {len(reply.picture.png):,} bytes — "
                     f"{plain_text(reply.picture.caption).splitlines()[0]}]")
    flat: list[Button] = []
    for row in reply.buttons:
        cells = []
        for b in row:
            flat.append(b)
            cells.append(f"[{len(flat)}] {b.label}")
        lines.append("   ".join(cells))
    return "\n".join(lines), flat
