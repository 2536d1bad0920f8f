"""Messages a fresh review found answered worse after the meaning rules of 2026-12-05 widened (each read as it
was before those rules: a comparison, a salary, a pay list, small talk, no place)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["what job is better for me, plumber or electrician",
                                  "i enjoy helping people - nurse or paramedic?",
                                  "jobs for introverts: accountant or programmer?"])
def test_two_jobs_set_against_each_other_stay_a_comparison(understand, text):
    req = understand(text)
    assert req.intent in ("compare", "job") and len(req.occupations) == 2, (text, req.intent, req.occupations)


@pytest.mark.parametrize("text", ["how much do nurses get paid to start", "nurse that works nights salary"])
def test_a_pay_question_stays_a_pay_question(understand, text):
    req = understand(text)
    assert req.intent == "job" and req.topic == "salary", (text, req.intent, req.topic)


@pytest.mark.parametrize("text", ["ok that makes sense", "wow that sucks", "cool that helps, thanks"])
def test_small_talk_with_that_is_no_description(understand, text):
    assert understand(text).intent != "search", text


@pytest.mark.parametrize("text", ["truck driver doing 70 mph all day, pay?", "bsn nurse salary",
                                  "is an mba worth it for engineers"])
def test_a_degree_abbreviation_in_passing_is_no_major(understand, text):
    assert understand(text).intent != "major", text


@pytest.mark.parametrize("text", ["college student jobs that pay well", "mobile app developer jobs",
                                  "reading jobs for kids"])
def test_a_word_that_is_also_a_city_leading_a_message_is_no_place(understand, text):
    assert understand(text).place is None, (text, understand(text).place)


@pytest.mark.parametrize("text, state", [("nursing jobs in PA", "Pennsylvania"), ("welder salary in TN", "Tennessee")])
def test_a_state_abbreviation_is_the_state_not_a_metro_that_spells_it(understand, text, state):
    """Metro names with a double hyphen ("Scranton--Wilkes-Barre, PA") once made "pa" a city."""
    assert understand(text).place.name == state


def test_job_hunting_words_are_not_a_description(understand):
    assert understand("job hunting tips").intent != "search"


def test_a_pay_list_of_two_fields_set_against_each_other_is_still_a_list(understand):
    req = understand("highest paying jobs: healthcare vs tech")
    assert req.intent == "list" and req.listing.metric == "pay", (req.intent, req.listing)


@pytest.mark.parametrize("text", ["teacher, i want to make more of an impact", "do nurses make more on nights"])
def test_make_more_of_something_else_is_no_move(understand, text):
    assert understand(text).intent != "moves", text


@pytest.mark.parametrize("text", ["cashier, want to earn more than minimum wage",
                                  "stocker at a warehouse, i dont have a degree, how do i move up"])
def test_earning_more_or_lacking_a_degree_is_still_a_move(understand, text):
    assert understand(text).intent == "moves", text


@pytest.mark.parametrize("text, code, topic", [
    ("what exactly does a sonographer do at work", "29-2032", "duties"),  # "exactly" inside "what … does … do"
    ("are most nurses women? my daughter wants to be a nurse", "29-1141", "demographics"),  # named twice
    ("what does a loss prevention guy at a store actually do", "33-9099", "duties"),  # "X guy": who does X
    ("never heard of a logistician before today, what even is that", "13-1081", None),
])
def test_a_one_job_question_in_loose_words_is_about_that_job(understand, text, code, topic):
    """Should read the job and its section, not search the words as a description of work."""
    req = understand(text)
    assert req.intent in ("job", "topic") and req.occupations, (text, req.intent)
    assert req.occupations[0].code.startswith(code) and req.topic == topic, (text, req.occupations[0].code, req.topic)


@pytest.mark.parametrize("text", [
    "helps the teacher in the classroom and watches the kids at recess, not the actual teacher",
    "my daughter loves math and wants to design bridges and highways and make sure they dont fall down, what is this "
    "profession",
])
def test_a_job_named_only_to_be_denied_or_a_question_naming_the_work_is_still_a_description(understand, text):
    """Should search the work when the job word is denied ("not the actual teacher") or "what is this" asks for a
    name."""
    assert understand(text).intent == "search", text
