"""The seed pair answered with the comparison pages' own figures, section by section."""

from __future__ import annotations

import re

import pytest

from tests.helpers import plain, telegram_html_errors

PAIR = "medical office administrator vs patient coordinator"


@pytest.fixture(scope="module")
def overview(conversation):
    return conversation.reply(PAIR)[0]


def press(conversation, reply, label_start):
    button = next(b for row in reply.buttons for b in row if re.sub(r"^\W+", "", b.label).startswith(label_start))
    return conversation.press(button.data)[0]


def test_verdict_in_the_seed_pages_words(overview):
    text = plain(overview.text)
    assert ("It usually takes 1-2 years to become a medical office administrator and 2-4 years to become a "
            "patient coordinator.") in text
    assert "Medical office administrators earn $34,252 on average, $1,298 (4%) more than patient coordinators" in text
    assert "medical office administrator: patients, patient care and customer service" in text


@pytest.mark.parametrize("figure", ["$34,252", "$32,954", "$16.47", "$15.84", "-8%", "-4%", "179,503", "97,878",
                                    "Bachelor's Degree, 31%", "Bachelor's Degree, 40%", ": 49", ": 40"])
def test_overview_shows_the_page_figures(overview, figure):
    assert figure in plain(overview.text)


def test_overview_names_its_source_and_offers_sections(overview):
    assert "career comparison page" in plain(overview.text)
    labels = [b.label for row in overview.buttons for b in row]
    for name in ("Salary", "Skills", "Duties", "Education", "Demographics", "Outlook", "Related jobs"):
        assert any(name in label for label in labels)
    assert "Browse office and administrative jobs" in labels
    assert not telegram_html_errors(overview.text)


def test_salary_section(conversation, overview):
    reply = press(conversation, overview, "Salary")
    text = plain(reply.text)
    for figure in ("$27,000 and $41,000", "$25,000 and $41,000", "Anchorage, AK", "Brockton, MA", "Alaska",
                   "Massachusetts", "University of California, Berkeley", "Health Care"):
        assert figure in text
    assert reply.picture is None  # switching sections by button adds no photo to the chat…
    chart = press(conversation, reply, "Wage chart")
    assert chart.text == reply.text and chart.buttons == reply.buttons  # …the chart button sends it, no edit
    assert chart.picture is not None and chart.picture.png.startswith(b"\x89PNG")
    assert len(chart.picture.caption) <= 1024


def test_typed_salary_question_comes_with_the_chart(conversation):
    reply, _ = conversation.reply("medical office administrator vs patient coordinator salary")
    assert "$34,252" in reply.text and reply.picture is not None


def test_education_demographics_skills_duties(conversation, overview):
    edu = plain(press(conversation, overview, "Education").text)
    assert "Health Care Administration" in edu and "University of Pennsylvania" in edu
    demo = plain(press(conversation, overview, "Demographics").text)
    assert "women 90.6%, men 9.4%" in demo and "Hispanic or Latino 25.4%" in demo and "LGBT: 9%" in demo
    assert "Hispanic or Latino 12.0%" in demo
    skills = plain(press(conversation, overview, "Skills").text)
    assert "Patients, 21%" in skills and "Check-In, 3%" in skills
    duties = plain(press(conversation, overview, "Duties").text)
    assert "Respond in writing to all grievances in accordance with CMS and DNV guidelines." in duties


def test_patient_care_specialist_pair(conversation):
    text = plain(conversation.reply("medical office administrator vs patient care specialist")[0].text)
    assert "$34,157" in text and "146,861" in text and "$16.42" in text


def test_official_data_beside_a_page_profile(conversation, overview):
    reply = press(conversation, overview, "Official data: Medical and Health Services Managers")
    assert "Medical and Health Services Managers" in reply.text and "BLS OEWS" in reply.text
