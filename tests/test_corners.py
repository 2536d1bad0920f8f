"""Corners a careful user finds (issue 21): each test failed on the code before its fix."""

from __future__ import annotations

import pytest

from bot.memory import ChatMemory
from tests.helpers import plain


def test_two_names_of_one_occupation_are_both_said(conversation):
    reply, _ = conversation.reply("paralegal vs legal asistant")
    first = plain(reply.text).splitlines()[0]
    assert first.startswith("“paralegal” and “legal asistant” name the same occupation, paralegals")


@pytest.mark.parametrize("text", ["thinking of becoming a welder. do welders need college",
                                  "should i be a pharmacist? how much do pharmacists make"])
def test_one_name_said_twice_with_an_article_or_a_plural_is_no_second_name(conversation, text):
    reply, memory = conversation.reply(text)
    assert "name the same occupation" not in plain(reply.text) and len(memory.codes) == 1


def test_an_unknown_name_in_a_comparison_is_said_and_the_rest_kept(conversation):
    reply, memory = conversation.reply("welder vs blorfington")
    text = plain(reply.text)
    assert "couldn't find an occupation called “blorfington”" in text and "Welders, Cutters" in text
    assert memory.codes == ["51-4121.00"]


@pytest.mark.parametrize("text, missed", [("compare nurse with blorfington", "blorfington"),
                                          ("blorfington or nurse", "blorfington")])
def test_an_unknown_side_is_said_wherever_it_stands(conversation, text, missed):
    assert f"couldn't find an occupation called “{missed}”" in plain(conversation.reply(text)[0].text)


@pytest.mark.parametrize("text, group", [("teacher vs blorfington", "teacher"), ("engineer or zorblax", "engineer")])
def test_an_unknown_side_beside_a_generic_word_is_said_with_the_group(conversation, text, group):
    text_shown = plain(conversation.reply(text)[0].text)
    assert "couldn't find an occupation called" in text_shown and f"so here is only “{group}”" in text_shown
    assert "covers several occupations" in text_shown


def test_an_or_elsewhere_in_a_description_names_no_unknown_side(conversation):
    reply, _ = conversation.reply("i have patience and want to teach kids with autism or learning disabilities, "
                                  "having my own class, what is this job called")
    assert "couldn't find" not in plain(reply.text)


def test_an_unknown_name_in_a_move_is_said(conversation):
    reply, _ = conversation.reply("move from welder to blorf")
    assert "couldn't find an occupation called “blorf”" in plain(reply.text)


def test_a_typed_follow_up_after_the_data_changed_starts_afresh(conversation):
    reply, memory = conversation.reply("and skills?", ChatMemory(codes=["99-9999.99"], topic="salary"))
    text = plain(reply.text)
    assert "expired" not in text and "no longer have the jobs" in text and memory == ChatMemory()


def test_moves_show_one_set_of_bls_figures_once(conversation, store):
    reply, _ = conversation.reply("jobs like accountant that pay more")
    wage_codes = [store.profile(r["code"]).wage_code for r in reply.results]
    assert len(wage_codes) == len(set(wage_codes))
    text = plain(reply.text)
    assert "Treasurers and Controllers" in text and "Financial Managers with it: the same figures" in text


def test_a_city_several_metros_share_means_the_largest_and_offers_the_others(conversation, understand):
    req = understand("nurse salary in Portland")
    assert req.place.area_code == "0038900"  # Portland-Vancouver-Hillsboro, OR-WA: the most jobs
    assert ("0038860", "Portland-South Portland, ME") in req.place.others
    reply, _ = conversation.reply("nurse salary in Portland")
    data = [b.data for row in reply.buttons for b in row if b.label.startswith("In Portland-South Portland")]
    assert data and data[0].endswith("|0038860")
    maine, _ = conversation.press(data[0])
    assert "Portland-South Portland" in plain(maine.text)


def test_a_city_with_its_state_offers_nothing_else(understand):
    assert understand("nurse salary in Portland, ME").place.others == []
