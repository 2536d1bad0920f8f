"""Browsing job families: every family, or one family's occupations a page at a time."""

from __future__ import annotations

from bot.answers import callbacks
from bot.answers.lookup import Lookup
from bot.answers.replies import Button, Reply, pager
from bot.answers.wording import esc
from knowledge.keys import most_shared

BROWSE_PAGE = 8
ALL_FAMILIES = "00-0000"


class Browser:
    def __init__(self, lookup: Lookup) -> None:
        self.lookup = lookup
        self.store = lookup.store

    def for_words(self, text: str, codes: list[str]) -> Reply:
        """"browse office jobs": the family of the job named, else the family whose title shares most words."""
        profile = self.store.profile(codes[0]) if codes else None
        if profile and profile.family_code:
            return self.family(profile.family_code, 0)
        family = most_shared(text, [(f.code, f.title) for f in self.store.families()])
        return self.family(family, 0)

    def family(self, family: str | None, page: int) -> Reply:
        families = {f.code: (f.title, f.size) for f in self.store.families()}
        if family is not None and family != ALL_FAMILIES and family not in families:
            return self.lookup.expired()
        if family not in families:
            rows = [[Button(f"{title} ({n})"[:60], callbacks.encode_browse(code))]
                    for code, (title, n) in families.items() if n]
            return Reply("<b>Browse jobs by family</b>\nPick a family:", rows)
        members = self.store.family_members(family)
        chunk = members[page * BROWSE_PAGE:(page + 1) * BROWSE_PAGE]
        if not chunk:
            return self.lookup.expired()
        pages = (len(members) + BROWSE_PAGE - 1) // BROWSE_PAGE
        title, _ = families[family]
        text = f"<b>{esc(title)}</b>\n{len(members)} occupations · page {page + 1} of {pages}"
        rows = [[Button(m.title[:60], callbacks.encode("overview", [m.code]))] for m in chunk]
        rows += pager(callbacks.encode_browse(family, page - 1) if page > 0 else None,
                      callbacks.encode_browse(family, page + 1) if page + 1 < pages else None, "Next ▶")
        rows.append([Button("All families", callbacks.encode_browse(ALL_FAMILIES))])
        return Reply(text, rows)
