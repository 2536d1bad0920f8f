"""Fixtures shared by the understanding tests."""

from __future__ import annotations

import pytest

from bot.understanding.coding import CODING_FLOOR, TitleCoder
from bot.understanding.decide import Decider


@pytest.fixture(scope="session")
def coder(engine, store) -> TitleCoder:
    """The title coder as the benchmark builds it: every title gets its best code (the coding floor)."""
    return TitleCoder(engine.matcher, store.occupation_facts(),
                      Decider(engine.matcher, store.generic_words(), floor=CODING_FLOOR))
