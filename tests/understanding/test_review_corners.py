"""Ordinary messages the new readings must leave alone (found by a review of the meaning work): "to" is a
place only after moving, "looking" is no misspelt "cooking", a job's name holds no ladder word, weighing two
jobs compares them, hobbies are no trades, a follow-up about moving up uses the job talked about."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, intent", [("switch from nurse to PA", "gap"), ("nurse compared to PA", "compare"),
                                          ("how do I go from CNA to MA", "gap")])
def test_to_before_a_job_is_no_place(understand, text, intent):
    req = understand(text)
    assert req.place is None and req.intent == intent, (text, req.place, req.intent)


def test_to_college_is_no_place(understand):
    assert understand("should I go to college or become an electrician").place is None


@pytest.mark.parametrize("text", ["looking for the highest paying jobs", "highest paying jobs ranking"])
def test_short_words_are_no_misspelt_fields(understand, text):
    assert understand(text).listing.families == (), text


def test_a_title_holding_a_ladder_word_is_that_title(understand):
    req = understand("promotions manager salary")
    assert req.intent == "job" and req.occupations[0].code == "11-2011.00"


@pytest.mark.parametrize("text", ["nurse or teacher, which has better career growth",
                                  "police officer vs firefighter, which has more room for advancement"])
def test_weighing_two_jobs_compares_them_even_with_a_ladder_word(understand, text):
    assert understand(text).intent != "moves", text


@pytest.mark.parametrize("text", ["tips for interviewing for a job", "I hate driving, what other jobs are there",
                                  "I like writing and reading, what jobs suit me"])
def test_a_hobby_or_activity_is_no_trade(understand, text):
    assert not any(m.generic for m in understand(text).occupations), text


def test_nursing_school_is_no_move(understand):
    assert understand("I want to go to nursing school").intent != "moves"


@pytest.mark.parametrize("first, then", [("cashier", "how do I get promoted"), ("welder", "how do I advance")])
def test_a_follow_up_about_moving_up_answers_moves_from_the_job(conversation, first, then):
    _, memory = conversation.reply(first)
    reply, after = conversation.reply(then, memory)
    assert reply.text.startswith("<b>Moves from") and after.codes == memory.codes


def test_a_teacher_at_a_school_is_read_whole(understand):
    req = understand("I'm a teacher at an elementary school, how do i move up")
    assert req.intent == "moves" and req.occupations[0].code == "25-2021.00"


@pytest.mark.parametrize("text", ["how do i get promoted quicker", "is welding a decent career",
                                  "what jobs are doing well right now"])
def test_an_everyday_word_is_never_corrected_into_a_title(understand, text):
    """Should not read a correctly spelt word as a misspelt title ("decent" → docents, "doing" → DO)."""
    titles = [m.title for m in understand(text).occupations]
    assert not any(t.startswith(("Tour Guides", "Museum", "Physicians", "Meat")) for t in titles), titles


def test_a_plural_everyday_word_is_no_abbreviation_in_a_long_message(understand):
    """Should not read "apps" as APP (advanced practice psychiatric nurses) in a description; "rn" stays RN."""
    req = understand("i build apps for phones and tablets all day, what is that job called officially")
    assert not any(m.code.startswith("29-1141.02") for m in req.occupations)
    assert [m.code for m in understand("i'm an rn at a busy hospital downtown, how do i move up").occupations] == [
        "29-1141.00"]


@pytest.mark.parametrize("text", ["good jobs for retirees", "what jobs are good for veterans leaving the army"])
def test_jobs_for_a_kind_of_person_is_no_unknown_job(conversation, text):
    reply, _ = conversation.reply(text)
    assert "couldn't find an occupation" not in reply.text.lower(), reply.text
