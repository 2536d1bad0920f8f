"""How titles read in a sentence: a page profile's singular title made plural; O*NET's kept as they are."""

from __future__ import annotations

import pytest

from bot.answers.wording import plural, plural_word
from knowledge.models import Profile


@pytest.mark.parametrize("word, expected", [
    ("administrator", "administrators"), ("specialist", "specialists"), ("secretary", "secretaries"),
    ("attorney", "attorneys"), ("coach", "coaches"), ("boss", "bosses"), ("clerk", "clerks"),
    ("welder", "welders"), ("Analyst", "Analysts"), ("dispatch", "dispatches"), ("fix", "fixes"),
])
def test_plural_word(word, expected):
    assert plural_word(word) == expected


def _profile(title: str, origin: str) -> Profile:
    return Profile(code="P-000001" if origin == "page" else "11-1011.00", title=title, origin=origin)


@pytest.mark.parametrize("title, origin, expected", [
    ("Medical Office Administrator", "page", "medical office administrators"),
    ("Patient Care Coach", "page", "patient care coaches"),
    ("Chief Executives", "onet", "chief executives"),
    ("Lawyers, Judges", "onet", "lawyers"),
    ("Registered Nurses", "onet", "registered nurses"),
])
def test_plural_of_a_profile(title, origin, expected):
    assert plural(_profile(title, origin)) == expected
