"""Ranked lists however they are asked: a field alone is about jobs ("what's growing fastest in tech"), a
field word misspelt by a letter still names its field, and "moving to Ohio" names the place."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, metric, families", [
    ("what's growing fastest in tech", "growth", ("15",)),
    ("best paying enginering careers", "pay", ("17",)),
    ("which construction jobs pay the most", "pay", ("47",)),
])
def test_a_field_makes_a_ranking_a_list(understand, text, metric, families):
    req = understand(text)
    assert req.intent == "list" and req.listing.metric == metric and req.listing.families == families, text


def test_moving_to_a_state_names_the_place(understand):
    req = understand("relocating to Texas soon, what healthcare jobs pay the most")
    assert req.intent == "list" and req.place is not None and req.place.name == "Texas"


@pytest.mark.parametrize("text", ["what jobs are similar to me", "switch to mobile development jobs",
                                  "how to get into welding"])
def test_to_before_a_word_that_is_also_a_place_names_no_place(understand, text):
    assert understand(text).place is None, text


@pytest.mark.parametrize("text, metric, families", [
    ("where are the most restaurant openings in ohio", "openings", ("35",)),
    ("jobs with the most workers in texas", "jobs", ()),
    ("nursing jobs ranked by openings", "openings", ("29", "31")),
    ("best paying law enforcement jobs", "pay", ("33",)),  # not law (23)
    ("top paying beauty jobs", "pay", ("39",)),
])
def test_more_list_phrasings_are_read(understand, text, metric, families):
    req = understand(text)
    assert req.intent == "list" and (req.listing.metric, req.listing.families) == (metric, families), req.listing


@pytest.mark.parametrize("text, education", [("what jobs grow fastest that need a masters degree", "m"),
                                              ("most common jobs for people without a diploma", "n"),
                                              ("best paying jobs w/o a degree", "n")])
def test_education_in_other_words_filters_a_list(understand, text, education):
    req = understand(text)
    assert req.intent == "list" and req.listing.education == education, req.listing


def test_the_x_area_is_a_place(understand):
    req = understand("highest paying jobs in the Denver area")
    assert req.intent == "list" and req.place is not None and req.place.name.startswith("Denver"), req.place


@pytest.mark.parametrize("text, code", [
    ("are plumber jobs still in demand", "47-2152.00"),
    ("my cousin is a teacher, are data scientist jobs in demand", "15-2051.00"),
])
def test_in_demand_of_one_job_named_is_its_outlook_not_a_list(understand, text, code):
    req = understand(text)
    assert (req.intent, req.topic, req.codes) == ("job", "outlook", [code]), (req.intent, req.topic, req.occupations)


@pytest.mark.parametrize("text, families", [("what jobs are in demand", ()), ("what IT jobs are in demand", ("15",))])
def test_in_demand_of_jobs_or_a_field_is_still_a_list(understand, text, families):
    req = understand(text)
    assert req.intent == "list" and req.listing.families == families


def test_in_demand_of_a_title_several_jobs_hold_asks_which_then_its_outlook(understand):
    req = understand("are pilot jobs in demand")
    assert req.intent == "job" and req.topic == "outlook" and req.occupations[0].code.startswith("53-201")


def test_a_pay_figure_alone_makes_a_pay_list(understand):
    req = understand("jobs that pay 100k without a degree")
    assert req.intent == "list" and req.listing.min_pay == 100_000 and req.listing.education == "n"


@pytest.mark.parametrize("text", ["hands on jobs that pay well", "hands-on careers with the most openings"])
def test_hands_on_work_is_the_trades_and_production(understand, text):
    req = understand(text)
    assert req.intent == "list" and req.listing.families == ("47", "49", "51"), (req.intent, req.listing)


def test_hands_are_no_hired_hands(understand):
    assert understand("what does a nurse do hands on").codes == ["29-1141.00"]
