"""A wage said as a figure ("15 an hour", "$22/hr", "60k") makes a message about a job's pay, and is never read
as a job itself: not the hour as human resources, not the number as part of a title. Examples written for these
tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, code", [
    ("is 15 an hour good for a cna", "31-1131.00"),
    ("is $22/hr good for a welder", "51-4121.00"),
    ("i make 60k as an rn is that low", "29-1141.00"),
])
def test_a_wage_figure_asks_the_pay_of_the_job_beside_it(understand, text, code):
    req = understand(text)
    assert (req.codes, req.topic) == ([code], "salary"), (req.occupations, req.topic)


def test_a_number_is_no_word_of_a_title(understand):
    assert not understand("my manager pays me 12 an hour is that normal").occupations


@pytest.mark.parametrize("text", ["my cat is 12 years old", "i have 3 kids and 2 dogs"])
def test_numbers_alone_do_not_make_chatter_about_jobs(understand, text):
    assert understand(text).intent == "unknown"
