"""Two fields of work weighed against each other the way people say it: "better than", "which is easier", a
field with a word before it ("the skilled trades"), and a field said before who it is for."""

from __future__ import annotations

import pytest

from tests.helpers import plain


@pytest.mark.parametrize("text, first, second", [
    ("is trucking a better bet than retail these days", "53-", "41-"),
    ("office jobs or warehouse jobs, which one is easier to get into", "43-", "53-"),
    ("nursing or the skilled trades", "29-", "47-"),
    ("the skilled trades for someone who likes working with their hands, or nursing", "47-", "29-"),
    ("torn between a career in marketing and a career in law", "13-", "23-"),  # "between a career in"
    ("corrections vs law enforcement, which is less dangerous", "33-3012", "33-3051"),  # generic words
    ("oilfield or the trucking industry, where do you make more", "47-5071", "53-"),
    ("truck driver or logging? theres a lot of both where i live", "53-3032", "45-4022"),  # the side ends at "?"
    ("medical billing and coding or dental assisting", "29-2072", "31-9091"),  # a title with "and" stays whole
    ("police officer or something in ems, which is the better job", "33-3051", "29-204"),  # no tool "EMS"
    ("is the fitness industry better than physical therapy", "39-9031", "29-1123"),  # a generic word
])
def test_two_fields_weighed_are_compared(conversation, text, first, second):
    _, memory = conversation.reply(text)
    assert len(memory.codes) == 2, (text, memory.codes)
    assert memory.codes[0].startswith(first) and memory.codes[1].startswith(second), (text, memory.codes)


def test_which_pays_more_before_the_two_sides_compares_them(conversation):
    reply, memory = conversation.reply("what pays more, accounting or sales?")
    assert len(memory.codes) == 2 and not reply.text.startswith("Moves"), (reply.text[:80], memory.codes)


@pytest.mark.parametrize("text, start", [
    ("im an emt, how to become a paramedic in a year or less", "From Emergency Medical Technicians to Paramedics"),
    ("im a cna and want to become an lpn, or something with less lifting", "From Nursing Assistants to"),
    ("i'm a paralegal, what pays better than paralegal without going to law school", "Moves from Paralegals"),
])
def test_or_less_and_pays_better_than_ones_own_job_stay_a_move(conversation, text, start):
    """A fresh review of the words that weigh jobs: "or less", "which schools are less…", "pays better than"
    one's own job are no comparison of two jobs."""
    reply, _ = conversation.reply(text)
    assert plain(reply.text).startswith(start), (text, reply.text[:80])


@pytest.mark.parametrize("text", ["my boss is worse than my last one", "the job market is worse than last year"])
def test_a_remark_with_worse_than_names_no_job(understand, text):
    assert not understand(text).occupations, text


@pytest.mark.parametrize("text, codes", [
    ("i want to do nursing but i kinda want to be a teacher, which is better", ["29-1141", "25-2021"]),
    ("welding but honestly electrician sounds better, which pays more", ["51-4121", "47-2111"]),
])
def test_no_title_spans_a_clauses_end(understand, text, codes):
    """'nursing but kinda' is no misspelt title: each clause names its own job."""
    req = understand(text)
    assert [m.code[:7] for m in req.occupations] == codes, req.occupations
