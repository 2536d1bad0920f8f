"""Career moves: related occupations that pay more, with the gain, entry education and skills to build."""

from __future__ import annotations

import pytest

from bot.answers import callbacks
from tests.helpers import plain, telegram_html_errors


@pytest.mark.parametrize("text, source", [
    ("jobs like cashier that pay more", "41-2011.00"),
    ("what can a nurse move into", "29-1141.00"),
    ("I'm a truck driver, what could I switch to", "53-3032.00"),
    ("careers similar to paralegal with a higher salary", "23-2011.00"),
])
def test_move_questions(understand, text, source):
    req = understand(text)
    assert req.intent == "moves" and req.codes == [source]


def test_every_move_pays_more_and_is_related(conversation, store):
    reply, ctx = conversation.reply("jobs like cashier that pay more")
    assert ctx.codes == ["41-2011.00"]  # "and skills?" next talks about cashiers
    cashier = store.profile("41-2011.00")
    related = [r.code for r in cashier.related]
    assert reply.results and not telegram_html_errors(reply.text)
    for r in reply.results:
        target = store.profile(r["code"])
        assert r["code"] in related
        assert r["pay_gain"] == target.salary.annual_median - cashier.salary.annual_median > 0
        assert f"+${r['pay_gain']:,}" in plain(reply.text)
    assert [r["code"] for r in reply.results] == [c for c in related if c in {x["code"] for x in reply.results}]


def test_move_buttons_compare_and_show_the_skills_gap(conversation):
    reply, _ = conversation.reply("what can a nurse move into")
    taps = [callbacks.decode(b.data) for row in reply.buttons for b in row]
    assert {getattr(t, "section", None) for t in taps} == {"overview", "gap"}
    gap = next(t for t in taps if t.section == "gap")
    assert gap.codes[0] == "29-1141.00"
    answer, _ = conversation.press(callbacks.encode("gap", list(gap.codes)))
    assert "needs more" in plain(answer.text)


def test_skills_to_build_matter_in_the_new_job(conversation, store):
    reply, _ = conversation.reply("jobs like cashier that pay more")
    first = store.profile(reply.results[0]["code"])
    important = {s.name.lower() for s in first.skills if s.kind in ("skill", "knowledge") and s.importance >= 3}
    line = next(ln for ln in plain(reply.text).splitlines() if "Skills to build" in ln)
    assert all(s.strip() in important for s in line.split(":", 1)[1].split(","))


def test_even_if_it_pays_less_keeps_every_related_job(conversation, store):
    reply, _ = conversation.reply("jobs like nurse even if it pays less")
    first = [r.code for r in store.profile("29-1141.00").related][:6]  # one line per set of BLS figures
    assert len(reply.results) == len({store.profile(c).wage_code or c for c in first})


@pytest.mark.parametrize("text", ["jobs similar to librarian", "careers kind of like a flight attendant"])
def test_jobs_alike_with_no_word_of_pay_lists_every_related_job(conversation, text):
    """Should list the jobs O*NET relates to the one named, not only those paying more: nothing asked for pay."""
    reply, memory = conversation.reply(text)
    assert memory.topic == "related" and "that pay more" not in reply.text, reply.text[:200]


def test_cybersecurity_analyst_is_information_security_analysts(understand):
    req = understand("skills needed for a cybersecurity analyst")
    assert [m.code for m in req.occupations] == ["15-1212.00"], [m.title for m in req.occupations]
