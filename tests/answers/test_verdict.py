"""The comparison verdict: every stated percentage recomputes from the stated dollars with the base it names,
and the skills it names are those that tell the jobs apart."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answers.overview import verdict
from bot.answers.sections import skills as skills_section
from tests.helpers import plain

PAIR = re.compile(r"(.+?) earn \$([\d,]+) on average, \$([\d,]+) \((\d+)%\) more than (.+?) \(\$([\d,]+)\)\.")
MANY = re.compile(r"(.+?) earn the most, \$([\d,]+) on average; (.+?) the least, \$([\d,]+), \$([\d,]+) \((\d+)%\) "
                  r"less than (.+?)\.")


def dollars(text: str) -> int:
    return int(text.replace(",", ""))


def paid_codes(store) -> list[str]:
    return [r["code"] for r in store.db.query(
        "SELECT o.code FROM occupations o JOIN salary s ON s.code = o.code WHERE s.annual_mean IS NOT NULL "
        "ORDER BY o.code")]


@pytest.fixture(scope="module")
def codes(store):
    return paid_codes(store)


def _pay_sentence(text: str) -> str:
    return next(s for s in re.split(r"(?<=\.) (?=[A-Z])", plain(text)) if " earn " in s)


def check(profiles) -> None:
    text = _pay_sentence(verdict(profiles))
    means = sorted(p.salary.annual_mean for p in profiles)
    if len(profiles) == 2:
        m = PAIR.search(text)
        assert m, text
        high, gap, share, low = dollars(m[2]), dollars(m[3]), int(m[4]), dollars(m[6])
        assert (high, low) == (means[-1], means[0])
        assert gap == high - low and share == round(100 * gap / low)  # "more than" the lower pay: its base
    else:
        m = MANY.search(text)
        assert m, text
        high, low, gap, share = dollars(m[2]), dollars(m[4]), dollars(m[5]), int(m[6])
        assert (high, low) == (means[-1], means[0]) and m[7].lower() == m[1].lower()
        assert gap == high - low and share == round(100 * gap / high)  # "less than" the top pay: its base


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_stated_percentage_recomputes_from_the_stated_dollars(store, codes, data):
    n = data.draw(st.sampled_from([2, 3, 4]))
    picked = data.draw(st.lists(st.sampled_from(codes), min_size=n, max_size=n, unique=True))
    check([store.profile(c) for c in picked])


def test_the_reported_three_way_comparison(store):
    profiles = [store.profile(c) for c in ("29-1141.00", "29-1171.00", "29-1071.00")]
    text = _pay_sentence(verdict(profiles))
    assert "registered nurses the least, $101,420, $39,860 (28%) less than physician assistants" in text
    check(profiles)


def test_verdict_skills_tell_nurses_apart_not_what_every_job_needs(store):
    profiles = [store.profile(c) for c in ("29-1141.00", "29-1171.00", "29-1071.00")]
    text = plain(verdict(profiles)).lower()
    named = text.split("top three skills", 1)[1]
    for basic in ("reading comprehension", "active listening"):
        assert basic not in named
    assert "service orientation" in named


def test_skills_section_shows_importance_beside_the_average_job(store):
    text = plain(skills_section([store.profile("29-1141.00")]))
    first = next(ln for ln in text.splitlines() if ln.startswith("• "))
    m = re.match(r"• (.+) — (\d\.\d) \((\d\.\d)\)", first)
    assert m and float(m[2]) > float(m[3]), first
    assert "Reading Comprehension" not in text.split("Knowledge:")[0]


def test_a_nurses_own_tools_come_before_office_software(store):
    text = plain(skills_section([store.profile("29-1141.00")]))
    tools = text[text.index("Knowledge:"):]
    assert tools.index("Epic Systems") < tools.index("\n", tools.index("Medical software"))
    assert "Microsoft" not in tools.split("\n")[1]  # the first kind of tools is the job's own
    assert "🔥" in tools and "hot technology" in tools


def test_seed_pages_keep_their_own_skills(conversation):
    reply, _ = conversation.reply("medical office administrator vs patient coordinator")
    assert "Top three skills — medical office administrator: patients, patient care and customer service" in \
        plain(reply.text)
