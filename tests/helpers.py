"""Helpers for asserting what a user would see in a reply."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "tg-spoiler",
                "span", "blockquote"}


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.errors.append(f"tag <{tag}> not allowed")
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(f"unbalanced </{tag}>")

    def handle_entityref(self, name):
        if name not in ("lt", "gt", "amp", "quot"):
            self.errors.append(f"entity &{name}; not supported")


def telegram_html_errors(text: str) -> list[str]:
    """What Telegram would reject in an HTML message: unknown tags, unbalanced tags, stray '<' or '&'."""
    checker = _Checker()
    checker.feed(text)
    checker.close()
    errors = checker.errors + [f"unclosed <{t}>" for t in checker.stack]
    stripped = re.sub(r"</?[a-z-]+>|&(lt|gt|amp|quot);", "", text)
    if "<" in stripped or ">" in stripped:
        errors.append("unescaped < or >")
    if re.search(r"&(?!(lt|gt|amp|quot);)", re.sub(r"</?[a-z-]+>", "", text)):
        errors.append("unescaped &")
    return errors


def plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text))
