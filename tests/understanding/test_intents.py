"""The intents table (bot/understanding/intents.py): every rule matches its example, and the understander
reads each example as that rule's intent or topic."""

from __future__ import annotations

import pytest

from bot.understanding.intents import ABOUT_JOBS, INTENTS

TOPICS = {"path", "duties", "salary"}
DETAILS = {"more", "any pay", "about jobs", "worth it"}  # details read inside another decision


@pytest.mark.parametrize("rule", INTENTS, ids=[f"{r.intent}: {r.example}" for r in INTENTS])
def test_every_rule_matches_its_example(rule):
    assert rule.pattern.search(rule.example), rule
    assert rule.means and rule.example


@pytest.mark.parametrize("rule", [r for r in INTENTS if r.intent not in DETAILS],
                         ids=[r.example for r in INTENTS if r.intent not in DETAILS])
def test_the_understander_reads_each_example_as_its_rule_says(understand, rule):
    req = understand(rule.example)
    if rule.intent in TOPICS:
        assert req.topic == rule.intent, req
    else:
        assert req.intent == rule.intent, req


@pytest.mark.parametrize("text", [
    "what do sociology majors end up doing later", "how much budget do I need for nursing school",
    "how much forget it", "whatever they do",
])
def test_about_jobs_needs_whole_words(text):
    """"budget" holds "get", "whatever" holds "what": a phrasing about jobs is made of whole words."""
    assert not ABOUT_JOBS.search(text)


@pytest.mark.parametrize("text", ["how much do welders make", "what does a paralegal do", "nurse v. medic"])
def test_about_jobs_reads_its_phrasings(text):
    assert ABOUT_JOBS.search(text)


@pytest.mark.parametrize("text, topic", [
    ("what qualities make someone a good paramedic", "skills"),  # "make someone" is no pay question
    ("how does one go about becoming a dental hygienist", "path"),
    ("does a pharmacist really need a doctorate degree", "education"),  # the job's education, not the major's jobs
    ("does a hospital social worker need a masters or is a BSW enough", "education"),  # not the BSW's jobs
    ("how safe are data entry jobs from automation", "outlook"),  # "entry" is work here, not a rank
    ("will bank tellers get replaced by ai", "outlook"),
])
def test_the_topic_of_a_question_in_other_words(understand, text, topic):
    req = understand(text)
    assert req.intent == "job" and req.topic == topic, (req.intent, req.topic, req.listing)


@pytest.mark.parametrize("text, code", [
    ("day in the life of a plumber", "47-2152.00"),
    ("my dad is a machinist and i never knew what he does at work", "51-4041.00"),
    ("whats a dental hygienist's day like", "29-1292.00"),
    ("do cashiers just scan stuff all day or is there more", "41-2011.00"),
])
def test_a_day_of_the_work_asks_its_duties(understand, text, code):
    req = understand(text)
    assert [m.code for m in req.occupations] == [code] and req.topic == "duties", req


@pytest.mark.parametrize("text, code", [
    ("CDL for truck drivers, what is it and how do i get it?", "53-3032.00"),
    ("what is the path to working as a court reporter", "27-3092.00"),
])
def test_getting_the_credential_or_the_path_to_working_as_asks_the_path(understand, text, code):
    req = understand(text)
    assert [m.code for m in req.occupations] == [code] and req.topic == "path", req


def test_getting_something_else_done_is_no_path(understand):
    assert understand("im a welder, how do i get it done faster").topic != "path"
