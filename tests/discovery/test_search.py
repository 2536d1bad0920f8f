"""Finding jobs from a description: understood as a search, ranked by what occupations do, with reasons."""

from __future__ import annotations

import pytest

from bot.answers import callbacks
from bot.understanding import describing
from bot.understanding.describing import SearchSpec
from tests.helpers import plain, telegram_html_errors


@pytest.mark.parametrize("text, expected", [
    ("someone who fixes teeth", "29-1021"),  # dentists
    ("the person who installs pipes", "47-2152"),  # plumbers
    ("what jobs are good for someone who likes animals", "39-2021"),  # animal caretakers
    ("I like math and statistics", "15-2041"),  # statisticians
    ("I want to work with kids", "39-9011"),  # childcare workers
])
def test_descriptions_find_the_occupation_in_the_top_five(conversation, text, expected):
    reply, ctx = conversation.reply(text)
    assert ctx.listing.startswith("q|")
    assert expected in [r["code"][:7] for r in reply.results[:5]], [r["title"] for r in reply.results]
    assert not telegram_html_errors(reply.text) and "median $" in plain(reply.text)


@pytest.mark.parametrize("text", ["nurse", "what does a nurse do", "registered nurse salary in Ohio"])
def test_a_plain_job_name_still_wins(understand, text):
    assert understand(text).intent != "search"


def test_each_answer_gives_the_matching_duty_and_pages(conversation):
    reply, ctx = conversation.reply("someone who fixes teeth")
    text = plain(reply.text)
    assert "teeth" in text.lower().split("2.")[0]  # the first job's reason names what was asked
    more, ctx2 = conversation.reply("more", ctx)
    assert callbacks.decode(ctx2.listing).page == 1
    assert plain(more.text).splitlines()[1].startswith("7. ")
    assert not {r["code"] for r in reply.results} & {r["code"] for r in more.results}
    assert all(len(b.data.encode()) <= 64 for row in more.buttons for b in row)


def test_search_buttons_are_stateless_and_forgeries_expire(conversation):
    data = callbacks.encode_search(SearchSpec("someone who fixes teeth", 1))
    reply, ctx = conversation.press(data)
    assert ctx.listing == data and len(reply.results) == describing.PAGE
    for forged in ("q||0", "q|repair|99", "q|DROP TABLE|0", "q|" + "a" * 80 + "|0"):
        reply, _ = conversation.press(forged)
        assert "expired" in plain(reply.text), forged


def test_long_descriptions_fit_button_data():
    spec = SearchSpec.of("someone who likes " + " ".join(f"word{c}thing" for c in "abcdefghij"))
    data = callbacks.encode_search(SearchSpec(spec.text, 20))
    assert len(data.encode()) <= 64 and callbacks.decode(data) == SearchSpec(spec.text, 20)


def test_nothing_found_is_friendly(conversation):
    reply, _ = conversation.reply("someone who zzqxv blorfs")
    assert "Try other words" in plain(reply.text) and reply.results == []


def test_each_result_line_shows_the_stores_median_and_growth(conversation, store):
    reply, _ = conversation.reply("someone who operates on patients")
    lines = [ln for ln in plain(reply.text).splitlines() if ln[:1].isdigit() and ". " in ln]
    assert len(lines) == len(reply.results) >= 5
    for line, r in zip(lines, reply.results, strict=True):
        p = store.profile(r["code"])
        pay = p.salary.annual_median if p.salary else None
        assert line.startswith(f"{lines.index(line) + 1}. {r['title']} — median ")
        assert (f"${pay:,}" if pay is not None else "not published") in line
        assert f"growth {p.outlook.growth_pct:+g}%" in line if p.outlook and p.outlook.growth_pct is not None \
            else "growth not published" in line


@pytest.mark.parametrize("text", [
    "i want the job where u fix peoples teeth at the dentist and take xrays",  # read whole as one title before
    "helping accountants by sorting receipts and entering invoices, but not an accountant myself",  # said twice
    "checking storm damaged roofs to decide how much the insurance pays out",  # "how much" inside an activity
])
def test_a_job_word_in_passing_in_a_description_is_no_question_about_that_job(understand, text):
    """Should search what the words describe, though they name another worker in the scene (the dentist, the
    accountants) or hold words of a question ("how much")."""
    assert understand(text).intent == "search", text


@pytest.mark.parametrize("text", [
    "what do you call the worker who paints the lines on highways",  # no "caller" from "call the worker"
    "she delivers mail in the countryside but is not a mail carrier in a city",  # the job negated is not asked
])
def test_more_ways_of_describing_a_job_are_searched(understand, text):
    assert understand(text).intent == "search", (text, understand(text).intent)


LONG = "going through a company's books to check the numbers are right, plus doing everyone's tax returns in spring"


def test_a_long_description_is_ranked_by_all_its_words_not_only_those_that_fit_a_button(conversation):
    """Should rank by the whole description ("tax returns" falls outside the button's 56 characters)."""
    reply, memory = conversation.reply(LONG)
    codes = [r["code"][:7] for r in reply.results]
    assert "13-2082" in codes[:3], codes  # tax preparers: only the words past the cut say taxes
    assert memory.said and "tax returns" in memory.said and len(callbacks.decode(memory.listing).text) <= 56


def test_more_of_a_long_description_continues_the_same_ranking_by_button_or_word(conversation):
    """Should page on through one ranking: no job of page one again on page two, tapped or typed."""
    first, memory = conversation.reply(LONG)
    shown = {r["code"] for r in first.results}
    more_button = next(b.data for row in first.buttons for b in row if b.data.startswith("q|"))
    tapped, tapped_memory = conversation.press(more_button, memory)
    typed, _ = conversation.reply("more", memory)
    assert not shown & {r["code"] for r in tapped.results}
    assert [r["code"] for r in typed.results] == [r["code"] for r in tapped.results]
    assert tapped_memory.said == memory.said


def test_a_tap_from_another_chat_or_an_old_message_ranks_by_the_words_it_carries(conversation):
    """Should answer a search button whose description the chat no longer holds from the button's own words."""
    spec = SearchSpec.of(LONG)
    reply, memory = conversation.press(callbacks.encode_search(SearchSpec(spec.text, 1)))
    assert len(reply.results) == describing.PAGE and memory.said is None
