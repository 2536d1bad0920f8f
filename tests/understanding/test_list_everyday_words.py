"""Ranked lists asked for in everyday words: "make bank", "who's hiring", "blowing up", "most ppl do", "w a masters",
"2yr degree", "cali", with an education or a place standing for "jobs" ("no college, in tennessee, what pays the
most"). Examples written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, metric, families, education, place", [
    ("which construction jobs make bank", "pay", ("47",), None, None),
    ("whos hiring the most in denver right now", "openings", (), None, "Denver"),
    ("what careers are blowing up in arizona", "growth", (), None, "Arizona"),
    ("what do most people in ohio do for work", "jobs", (), None, "Ohio"),
    ("top paying gigs if you have an mba", "pay", (), "m", None),
    ("best money jobs with a 2yr degree", "pay", (), "a", None),
    ("no college, living in tennessee, what pays the most", "pay", (), "n", "Tennessee"),
    ("fastest growing jobs in cali with a 4 yr degree", "growth", (), "b", "California"),
    ("most common jobs for college grads", "jobs", (), "b", None),
    ("growing trade jobs i could get with a certificate from a tech school", "growth", ("47", "49"), "n", None),
    ("pennsylvania school jobs, where are the openings", "openings", ("25",), None, "Pennsylvania"),
])
def test_everyday_words_of_a_list_are_read(understand, text, metric, families, education, place):
    req = understand(text)
    assert req.intent == "list", req
    spec = req.listing
    assert (spec.metric, spec.families, spec.education) == (metric, families, education), spec
    assert (req.place.name.split("-")[0].split(",")[0] if req.place else None) == place, req.place


@pytest.mark.parametrize("text", [
    "what pays the most, welding or plumbing",
    "my phone is blowing up with job offers lol",
    "is there room for growth as a nurse",
    "is nursing good money",
    "living in texas, what pays the most as a nurse",
    "i have a certificate in welding, what pays the most",
    "i have a 4yr degree in biology, what pays the most",
    "most people who work in retail hate it, should i leave",
    "work is booming at my shop, should i ask for a raise",
    "which is easiest to get into, nursing or pa school",
])
def test_other_messages_are_no_lists(understand, text):
    """A job, a major or a comparison named beside list words is what is asked; so are remarks."""
    assert understand(text).intent != "list", text
