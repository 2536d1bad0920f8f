"""Moving up from the job a person holds, however they put it ("what are my next steps to advance", "how do i
get promoted", "work my way up") and whatever other jobs they mention on the way ("supervisor? dispatcher?")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, held", [
    ("I'm a pharmacy tech at walgreens, what are my next steps to advance", "29-2052"),
    ("forklift driver 3 years now. supervisor? dispatcher? what do people move up to", "53-7051"),
    ("nursing assistant at a care home, how do i get promoted", "31-1131"),
    ("bank teller, how do i work my way up", "43-3071"),
    ("year 3 as an elementary school teacher, is there any career growth besides admin", "25-2021"),
    ("line cook here, where can this go long term", "35-2014"),
])
def test_a_question_about_moving_up_answers_moves_from_the_job_held(understand, text, held):
    req = understand(text)
    assert req.intent == "moves", (text, req.intent, [m.title for m in req.occupations])
    assert [m.code[:7] for m in req.occupations] == [held], text


@pytest.mark.parametrize("text", ["truck driver or electrician: which pays more?", "how to negotiate a higher salary",
                                  "how do I become a nurse", "what's the next step to become a welder"])
def test_other_questions_are_not_moves(understand, text):
    assert understand(text).intent != "moves", text


def test_a_title_never_spans_a_link_it_does_not_have(understand):
    """'assistant at a family' is no family assistant (a nanny): the words link two phrases."""
    req = understand("medical assistant at a family practice salary")
    assert [m.code for m in req.occupations] == ["31-9092.00"]
    assert [m.code for m in understand("attorney at law salary").occupations] == ["23-1011.00"]
