"""How figures and job titles read in a reply: money, percents, singular/plural titles, escaping."""

from __future__ import annotations

import html
import re

from bot.understanding import normalize
from knowledge.models import TOP_CODED_ANNUAL, Profile

NOT_PUBLISHED = "not published"


def esc(value: object) -> str:
    return html.escape(str(value), quote=False)


def money(value: float | None, top_coded: bool = False, cents: bool = False) -> str:
    if value is None:
        return f"≥ ${TOP_CODED_ANNUAL:,}" if top_coded else NOT_PUBLISHED
    return f"${value:,.2f}" if cents else f"${value:,.0f}"


def number(value: float | None) -> str:
    return NOT_PUBLISHED if value is None else f"{value:,.0f}"


def pct(value: float | None, signed: bool = False) -> str:
    if value is None:
        return NOT_PUBLISHED
    text = f"{value:+g}" if signed else f"{value:g}"
    return f"{text}%"


def share(value: float | None) -> str:
    """A population share as CPS and the comparison pages print it: one decimal (12.0%)."""
    return NOT_PUBLISHED if value is None else f"{value:.1f}%"


def age(value: float | None) -> str:
    return NOT_PUBLISHED if value is None else f"{value:g}"


_LOWER_KEEP = re.compile(r"^[A-Z0-9]{2,}$")


def _lower_first(words: list[str]) -> str:
    return " ".join(w if _LOWER_KEEP.match(w) else w.lower() for w in words)


def _singular(word: str) -> str:
    """A title's last word in the singular, its case kept: 'Nurses' → 'Nurse', 'EMTs' → 'EMT' (the rule is
    bot.understanding.normalize.singular, the one the matcher uses)."""
    one = normalize.singular(word.lower())
    if word[:-1].isupper():
        return word[: len(one)]
    return one[:1].upper() + one[1:] if word[:1].isupper() else one


_HELPERS = re.compile(r"^Helpers--(.+)$")
"""O*NET's "Helpers--Carpenters": the helpers of that trade ("a carpenters' helper" reads as "helper to carpenters")."""


def _helped(title: str) -> str:
    """The trade a "Helpers--…" title helps, as words: 'Helpers--Installation, Maintenance, and Repair Workers' →
    'installation, maintenance, and repair workers'; 'Helpers--Pipelayers, Plumbers, …' → 'pipelayers'."""
    rest = _HELPERS.match(title).group(1)
    trade = rest if rest.endswith("Workers") else rest.split(",")[0]
    return _lower_first(trade.split())


def singular(profile_or_title: Profile | str) -> str:
    """'Registered Nurses' → 'registered nurse'; 'Welders, Cutters, …' → 'welder'; 'Helpers--Carpenters' →
    'helper to carpenters'; pages stay as they are."""
    title = profile_or_title if isinstance(profile_or_title, str) else profile_or_title.title
    if not isinstance(profile_or_title, str) and profile_or_title.origin == "page":
        return _lower_first(title.split())
    if _HELPERS.match(title):
        return f"helper to {_helped(title)}"
    head = title.split(",")[0]
    parts = head.split(" and ")
    out = []
    for part in parts:
        words = part.split()
        if words:
            words[-1] = _singular(words[-1])
        out.append(_lower_first(words))
    return " and ".join(out)


def plural(profile: Profile) -> str:
    """'Medical office administrator' → 'medical office administrators'; O*NET titles are plural already."""
    if profile.origin == "page":
        words = profile.title.split()
        words[-1] = plural_word(words[-1])
        return _lower_first(words)
    if _HELPERS.match(profile.title):
        return f"helpers to {_helped(profile.title)}"
    return _lower_first(profile.title.split(",")[0].split())


def plural_word(word: str) -> str:
    """English plural of a title's last word: specialist → specialists, secretary → secretaries, coach →
    coaches, boss → bosses (page titles are singular; O*NET's are plural already)."""
    if word.endswith("y") and word[-2:-1].lower() not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def article(noun: str) -> str:
    return "an" if noun[:1].lower() in "aeiou" else "a"


def join_words(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def in_sentence(title: str) -> str:
    """A title inside a sentence: 'Registered Nurses' → 'registered nurses'; a title with a comma stays as
    O*NET writes it ('Cooks, Restaurant'), since lowercased it would read as a list."""
    return title if "," in title else title.lower()
