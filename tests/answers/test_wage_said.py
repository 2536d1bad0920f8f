"""A wage the user says is set beside the job's published pay: where it falls among the job's OEWS percentiles,
in the unit it was said in; other salary questions stay as they were."""

from __future__ import annotations

import pytest

from bot.conversation import Conversation
from bot.memory import ChatMemory
from tests.helpers import plain


@pytest.fixture(scope="module")
def conversation(engine):
    return Conversation(engine)


def first_line(conversation, text):
    reply, _ = conversation.reply(text, ChatMemory())
    return plain(reply.text).splitlines()[0]


def test_an_hourly_wage_below_the_tenth_percentile_says_so_in_hours(conversation, store):
    p10 = store.profile("31-1131.00").salary.annual_p10 / 2080
    line = first_line(conversation, "is 12 an hour good for a cna")
    assert line.startswith("For nursing assistants in the US, $12.00 an hour is below the 10th percentile")
    assert f"${p10:,.2f} an hour" in line


def test_a_yearly_wage_above_the_median_says_so_in_years(conversation, store):
    s = store.profile("29-1141.00").salary
    said = (s.annual_median + s.annual_p75) // 2
    line = first_line(conversation, f"i make {said // 1000}k as an rn is that good")
    assert f"is above the median of ${s.annual_median:,} a year" in line


def test_a_salary_question_without_a_figure_has_no_such_line(conversation):
    assert first_line(conversation, "how much do welders make") == "Salary"
