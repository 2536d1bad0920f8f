"""Jobs for a college major: CIP programs by their titles (or by meaning), occupations from the NCES crosswalk."""

from __future__ import annotations

import pytest

from bot.answers import callbacks
from tests.helpers import plain, telegram_html_errors


@pytest.mark.parametrize("text, cip, job", [
    ("what can I do with a sociology degree", "45.1101", "19-3041"),  # sociologists
    ("jobs for chemistry majors", "40.0501", "19-2031"),  # chemists
    ("I studied history, now what", "54.0101", "19-3093"),  # historians
    ("i have a bachelors in computer science", "11.0701", "15-1252"),  # the program "Computer Science.": developers
])
def test_a_major_lists_the_jobs_it_leads_to(conversation, understand, text, cip, job):
    req = understand(text)
    assert req.intent == "major" and req.listing.cips[0] == cip
    reply, _ = conversation.reply(text)
    assert {r["cip"] for r in reply.results} == {cip}
    assert job in [r["code"][:7] for r in reply.results], [r["title"] for r in reply.results]
    text_out = plain(reply.text)
    assert "NCES" in text_out and "median $" in text_out and not telegram_html_errors(reply.text)


def test_each_soc_code_is_listed_once(conversation):
    reply, _ = conversation.reply("what can I do with a sociology degree")
    titles = [r["title"] for r in reply.results]
    assert len(titles) == len(set(titles)) and sum(t.startswith("Managers, All Other") for t in titles) <= 1


@pytest.mark.parametrize("text", ["what degree do you need to be a nurse", "jobs without a degree",
                                  "highest paying jobs with a bachelor's degree", "nurse salary"])
def test_questions_about_degrees_in_general_are_not_a_major(understand, text):
    assert understand(text).intent != "major"


def test_another_program_is_a_tap_away_and_its_button_round_trips(conversation):
    reply, _ = conversation.reply("what can I do with a sociology degree")
    majors = [b.data for row in reply.buttons for b in row if b.data.startswith("j|")]
    assert majors and callbacks.encode_tap(callbacks.decode(majors[0])) == majors[0]
    other, _ = conversation.press(majors[0])
    assert "Jobs for a major in" in plain(other.text) and other.results


@pytest.mark.parametrize("subject, cip", [("accounting", "52.0301"), ("architecture", "04.0201"),
                                          ("philosophy", "38.0101"), ("statistics", "27.0501")])
def test_the_program_that_says_only_the_subject_comes_first(engine, subject, cip):
    """"Accounting." before "Accounting and Computer Science.", "Architecture." before "Environmental
    Design/Architecture."."""
    assert engine.majors.lexical(subject)[0].cip == cip


def test_a_subject_that_is_also_a_job_word_is_the_major_when_its_programs_lead_there(understand):
    """Should read "accounting degree" as the major (its programs lead to accountants), "cybersecurity degree"
    as information security analysts (the program titled for it is a policy degree that leads elsewhere), and
    "electrician degree" as the job."""
    assert understand("what can i do with an accounting degree").intent == "major"
    req = understand("what can i do with a cybersecurity degree")
    assert req.intent == "job" and req.occupations[0].code == "15-1212.00", (req.intent, req.occupations)
    assert understand("electrician degree").intent != "major"


@pytest.mark.parametrize("text, cip", [
    ("just finished an MSW in social work, what jobs can i get", "44.07"),  # a degree's abbreviation
    ("i have a degree in history (BA), where can that take me", "54.01"),  # a parenthesis ends the subject
    ("got a BS in biology in june, now what", "26.01"),  # "in june" is when, not the subject
    ("my daughter has a chemistry degree, what can she do", "40.05"),  # the person is no part of it
    ("finishing a psychology degree in december, options?", "42"),  # "in december" is no subject
    ("just got my BSN, what now", "51.38"),  # the degree alone names its subject
    ("graphic design BFA, what jobs", "50.04"),  # the subject before a degree's abbreviation
])
def test_a_major_said_with_its_degree_and_its_date_is_read(understand, text, cip):
    req = understand(text)
    assert req.intent == "major" and req.listing.cips[0].startswith(cip), (req.intent, req.listing)
