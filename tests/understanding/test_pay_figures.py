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


@pytest.mark.parametrize("text, floor, education", [
    ("what jobs pay 6 figures", 100_000, None),
    ("jobs paying $30 an hour no degree", 62_000, "n"),  # 30 × 2,080 hours
    ("100k jobs no degree", 100_000, "n"),
])
def test_a_pay_floor_ranks_jobs_above_it(understand, text, floor, education):
    req = understand(text)
    assert req.intent == "list" and (req.listing.min_pay, req.listing.education) == (floor, education), req.listing


@pytest.mark.parametrize("text", ["i make 60k as a teacher is that low", "jobs paying 25 an hour"])
def test_ones_own_pay_or_a_low_floor_alone_is_no_ranking_by_pay(understand, text):
    """A list ranked by pay would open with surgeons: no answer to what one earns or to jobs one can get."""
    assert understand(text).intent != "list"


def test_a_low_floor_for_beginners_lists_the_jobs_they_can_get(understand):
    """"jobs that pay 40k with no experience": jobs open to beginners paying that much, most openings first."""
    spec = understand("jobs that pay 40k with no experience").listing
    assert (spec.metric, spec.min_pay, spec.start) == ("openings", 40_000, "e")


@pytest.mark.parametrize("text", ["how much does an otr/l make", "my wife is an OTR/L, is that a good career"])
def test_a_slash_before_one_letter_joins_the_title(understand, text):
    assert understand(text).codes == ["29-1122.00"]


def test_six_figures_someone_says_is_no_list(understand):
    req = understand("whats the salary for a cyber security analyst, my IT teacher says its six figures")
    assert (req.intent, req.codes) == ("job", ["15-1212.00"])
