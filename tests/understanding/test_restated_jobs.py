"""A job named for certain and then called by its head word alone is one job, not a second one guessed at."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("message, code", [
    ("how many flight attendants are men? every attendant i've seen is a woman", "53-2031.00"),
    ("what percent of airline pilots are women, never once had a female pilot", "53-2011.00"),
])
def test_the_head_word_said_again_is_the_same_job(engine, message, code):
    request = engine.understand(message)
    assert [m.code for m in request.occupations] == [code] and request.topic == "demographics", request


def test_a_comparison_with_the_head_word_keeps_both_sides(engine):
    request = engine.understand("airline pilot vs pilot, which pays more")
    assert len(request.occupations) == 2, request
