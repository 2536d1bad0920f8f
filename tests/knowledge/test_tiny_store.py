"""The conversation core over the synthetic two-occupation store (no full store needed): every figure shown is
the synthetic data's own, and what it does not hold reads "not published"."""

from __future__ import annotations

import pytest

from bot.conversation import Conversation
from tests.helpers import plain, telegram_html_errors


@pytest.fixture(scope="module")
def chat(tiny_engine):
    return Conversation(tiny_engine)


def test_the_store_holds_exactly_the_synthetic_occupations(tiny_engine):
    assert tiny_engine.store.codes() == ["29-1141.00", "51-4121.00"]


def test_a_card_shows_the_synthetic_figures(chat):
    body = plain(chat.reply("registered nurse")[0].text)
    assert body.startswith("Registered Nurses")
    assert "Yearly salary: $101,420" in body and "Hourly rate: $48.76" in body and "Growth rate: +4.9%" in body
    assert "Number of jobs: 3,379,720" in body


def test_missing_figures_read_not_published(chat):
    reply, _ = chat.reply("welder salary")
    assert "Wages: not published." in plain(reply.text) and not telegram_html_errors(reply.text)


def test_a_place_the_store_has_and_one_without_a_figure(chat):
    body = plain(chat.reply("registered nurse salary in Texas")[0].text)
    assert "In Texas: average $96,000, 231,000 jobs" in body  # the median was not released there


def test_comparison_and_path_from_the_small_store(chat):
    body = plain(chat.reply("registered nurse vs welder")[0].text)
    assert body.startswith("Registered Nurses vs Welders, Cutters, Solderers, and Brazers")
    assert "No average salary is published for welders." in body
    path = plain(chat.reply("how do I become a registered nurse")[0].text)
    assert "Education: bachelor's degree is the usual way in (BLS)" in path


def test_a_job_this_store_lacks_is_not_guessed(chat):
    reply, _ = chat.reply("astronaut salary")
    assert "couldn't find an occupation called “astronaut”" in plain(reply.text)
