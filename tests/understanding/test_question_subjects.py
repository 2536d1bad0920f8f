"""The job a question is about, said the way people ask: a trade's name before an adverb of the question
("is plumbing still worth it"), and workers in the plural as the question's subject with nothing else saying
the message is about jobs ("do welders make bank")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("message, code", [
    ("is plumbing still worth it", "47-2152.00"),
    ("is roofing actually a good job", "47-2181.00"),
    ("is welding even worth getting into", "51-4121.00"),
    ("is carpentry still in demand", "47-2031.00"),
])
def test_a_trade_before_an_adverb_is_the_trade_asked_about(engine, message, code):
    request = engine.understand(message)
    assert [m.code for m in request.occupations] == [code], request


def test_a_trade_before_a_noun_still_says_which_kind(engine):
    request = engine.understand("jobs programming PLCs")  # the PLCs are what is programmed: no programmers
    assert "15-1251.00" not in [m.code for m in request.occupations]


@pytest.mark.parametrize("message, code, topic", [
    ("do welders make bank", "51-4121.00", "salary"),
    ("are electricians still needed", "47-2111.00", "outlook"),
    ("are plumbers still in demand", "47-2152.00", "outlook"),  # "still" names no still operators
])
def test_workers_in_the_plural_as_the_subject_are_the_job_asked_about(engine, message, code, topic):
    request = engine.understand(message)
    assert [m.code for m in request.occupations] == [code] and request.topic == topic, request


@pytest.mark.parametrize("message, code", [
    ("who fixes printers and copiers in offices", "51-5112.00"),  # printers are what is fixed
    ("making posters and banners for shops", "47-2142.00"),
])
def test_workers_in_the_plural_as_an_object_are_no_job_named(engine, message, code):
    assert code not in [m.code for m in engine.understand(message).occupations]


def test_a_misspelt_title_opening_the_message_is_read_without_the_words_after_it(engine):
    """'air trafic controllers' (98) is a closer title than 'air trafic controllers good' (85): the reply says
    which words it read as the job, and 'good' is none of them."""
    request = engine.understand("do air trafic controllers make good money")
    assert [(m.phrase, m.code) for m in request.occupations] == [("air trafic controllers", "53-2021.00")]
    assert request.topic == "salary"


def test_still_after_workers_is_no_still_operator(engine):
    request = engine.understand("are pilots still in demand")
    assert [m.code for m in request.occupations] == ["53-2012.00"] and request.topic == "outlook", request


@pytest.mark.parametrize("message, code", [
    ("how much does dental hygiene pay", "29-1292.00"),  # not health specialties teachers ("dental hygiene professor")
    ("is dental hygiene still a good career", "29-1292.00"),
])
def test_a_field_said_by_its_subject_is_its_worker(engine, message, code):
    assert [m.code for m in engine.understand(message).occupations] == [code]
