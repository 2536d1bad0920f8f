""""How do I become …": the path into a job (education, experience, training, licence, time), not its card."""

from __future__ import annotations

import pytest

from bot.answers import callbacks
from tests.helpers import plain, telegram_html_errors


@pytest.mark.parametrize("text, code", [
    ("how do I become an electrician", "47-2111.00"),
    ("what do I need to become a nurse", "29-1141.00"),
    ("steps to become a paralegal", "23-2011.00"),
    ("how can I become a dental hygienist", "29-1292.00"),
    ("how to become a welder", "51-4121.00"),
])
def test_become_questions_get_the_path(understand, conversation, text, code):
    req = understand(text)
    assert req.topic == "path" and req.occupations[0].code == code
    reply, ctx = conversation.reply(text)
    body = plain(reply.text)
    assert "How to become\n" in body and "Education:" in body and "Licence:" in body
    assert "Yearly salary" not in body  # not the overview card
    assert ctx.topic == "path" and not telegram_html_errors(reply.text)


def test_the_electricians_path_is_the_stores_own(conversation, store):
    p = store.profile("47-2111.00")
    body = plain(conversation.reply("how do I become an electrician")[0].text)
    assert f"Education: {p.outlook.entry_education.lower()} is the usual way in (BLS)" in body
    assert f"Training on the job: {p.outlook.training.lower()} (BLS)" in body  # apprenticeship
    assert f"Time to become: {p.education.time_to_become}" in body
    top = max(p.education.attainment, key=lambda s: s.pct)
    assert f"{top.label} {top.pct:g}%" in body
    assert "BLS Employment Projections" in body and "O*NET" in body  # the footer names both


def test_licensing_quotes_onet_where_it_says_so(conversation):
    nurse = plain(conversation.reply("how do I become a registered nurse")[0].text)
    assert "Licence: O*NET says “Licensing or registration required.”" in nurse
    electrician = plain(conversation.reply("how do I become an electrician")[0].text)
    assert "names none" in electrician  # no invented licence


def test_path_button_and_follow_up(conversation):
    reply, ctx = conversation.reply("what does a phlebotomist do")
    data = next(b.data for row in reply.buttons for b in row if "How to become" in b.label)
    assert callbacks.decode(data).section == "path"
    tapped, _ = conversation.press(data)
    assert plain(tapped.text).startswith("How to become")
    typed, _ = conversation.reply("and how do I become one?", ctx)
    assert plain(typed.text).startswith("How to become")


def test_a_seed_page_job_uses_its_official_occupations_bls_figures_and_says_so(conversation):
    body = plain(conversation.reply("how to become a medical office administrator")[0].text)
    assert "(BLS, for Medical and Health Services Managers)" in body
    assert "Most common degree: Bachelor's Degree, 31%" in body  # the page's own figure
    assert "career comparison page" in body


def test_education_section_shows_workers_degrees_as_a_bullet(conversation):
    body = plain(conversation.reply("electrician education")[0].text)
    line = next(ln for ln in body.splitlines() if "highest degree" in ln)
    assert line.startswith("• Workers' highest degree: High school diploma or equivalent 38%")
