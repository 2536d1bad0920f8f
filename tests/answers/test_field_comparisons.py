"""Comparisons whose sides are fields or unsure names ("trades vs tech", "marketing vs sales", "engineering or
architecture"): the user gets a comparison of each side's most common (or closest) occupation, said as such,
with the other members a tap away; never a question about one word."""

from __future__ import annotations

import pytest

from tests.answers.test_group_cards import plain


@pytest.mark.parametrize("text, sides", [
    ("trades vs tech - which is the smarter move", (("47-", "49-"), ("15-",))),
    ("healthcare or finance for someone who likes numbers", (("29-", "31-"), ("13-",))),
    ("IT vs engineering, what's the better degree path", (("15-",), ("17-2",))),
    ("engineering or architecture?", (("17-2",), ("17-1", "15-1241"))),
    ("marketing vs sales careers", (("11-2021", "13-1161"), ("41-",))),
    ("accounting or engineering for a stable career?", (("13-2011",), ("17-2",))),
])
def test_a_field_or_unsure_side_is_compared_not_asked_about(conversation, text, sides):
    reply, memory = conversation.reply(text)
    assert len(memory.codes) == 2, (text, memory.codes)  # "stable" (stable hands) is no third side
    for code, prefixes in zip(memory.codes, sides, strict=True):
        assert code.startswith(prefixes), (text, memory.codes)
    first = plain(reply.text).splitlines()[0]
    assert first.startswith("Compared “") and ("the most common" in first or "the closest match" in first)
    assert len([b for row in reply.buttons for b in row]) > 3  # the other members to compare instead


@pytest.mark.parametrize("text", ["scientist vs engineer which pays better", "pilot or engineer, which earns more"])
def test_which_pays_more_between_two_sides_compares(understand, text):
    assert understand(text).intent != "moves", text


def test_wanting_to_earn_more_from_one_job_is_a_move_even_with_a_stray_word(understand):
    req = understand("forklift driver here, how could i earn more money? any ideas")
    assert req.intent == "moves" and req.occupations[0].code.startswith("53-7051")


@pytest.mark.parametrize("text, sides", [
    ("web development or software engineering, which has more openings", ("15-1254", "15-1252")),
    ("social work or counseling for someone who wants to help people", ("21-102", "21-101")),
    ("data science vs statistics", ("15-2051", "15-2041")),
    ("firefighting or nursing, what's the better life", ("33-2011", "29-1141")),
])
def test_a_field_said_by_its_activity_is_its_workers_job(conversation, text, sides):
    """Should read "software engineering" as software developers, "social work" as social workers, "data
    science" as data scientists, "firefighting" as firefighters: the worker the field's name is made from."""
    _, memory = conversation.reply(text)
    assert len(memory.codes) == 2, (text, memory.codes)
    for code, prefix in zip(memory.codes, sides, strict=True):
        assert code.startswith(prefix), (text, memory.codes)


def test_a_broad_field_side_is_its_first_familys_largest_job(conversation):
    """Should compare "healthcare" as registered nurses (the largest of the healthcare practitioners), not home
    health aides (the largest of health care support, the second family)."""
    _, memory = conversation.reply("healthcare or teaching which is more stable")
    assert memory.codes[0] == "29-1141.00", memory.codes


@pytest.mark.parametrize("text", ["pilot or engineer", "pharmacist or doctor? torn", "welder or electrician"])
def test_two_names_alone_are_a_comparison(conversation, text):
    _, memory = conversation.reply(text)
    assert len(memory.codes) == 2, (text, memory.codes)


@pytest.mark.parametrize("text, sides", [
    ("history or music as a career", ("19-3093", "27-2042")),  # historians, musicians: the field's worker
    ("working in hospitality vs retail", ("35", "41-2031")),  # "working in" is no part of the field's name
    ("law vs medicine", ("23-1011", "29-12")),  # medicine: physicians and surgeons
])
def test_more_fields_are_compared_as_their_workers(conversation, text, sides):
    _, memory = conversation.reply(text)
    assert len(memory.codes) == 2, (text, memory.codes)
    for code, prefix in zip(memory.codes, sides, strict=True):
        assert code.startswith(prefix), (text, memory.codes)


@pytest.mark.parametrize("text", ["hiking and fishing", "drawing and painting", "i like reading and writing"])
def test_two_activities_are_no_comparison(conversation, text):
    """Should not compare parking attendants ("hiker") with fishers: activities describe the person."""
    _, memory = conversation.reply(text)
    assert len(memory.codes) != 2, (text, memory.codes)


@pytest.mark.parametrize("text, sides", [
    ("construction vs manufacturing", (("47-",), ("51-",))),  # not Managers, All Other ("manufacturer")
    ("plumber or an office desk job", (("47-2152",), ("43-",))),  # "office" is no Microsoft Office here
    ("should i go into the trades or get an office job", (("47-", "49-"), ("43-",))),  # weighs, no move
    ("sales or marketing for an extrovert", (("41-",), ("11-2021", "13-1161"))),
])
def test_two_fields_or_a_job_and_a_field_weighed_are_compared(conversation, text, sides):
    """Should compare both sides when a field is one of them, whatever else a side's words could name."""
    _, memory = conversation.reply(text)
    assert len(memory.codes) == 2, (text, memory.codes)
    for code, prefixes in zip(memory.codes, sides, strict=True):
        assert code.startswith(prefixes), (text, memory.codes)


def test_growing_from_ones_own_job_with_two_ideas_is_still_a_move(understand):
    """Should read "how do i grow from here, my own salon or something else" as moving up, not weighing."""
    req = understand("hairstylist renting a chair. how do i grow from here, open my own salon or something else?")
    assert req.intent == "moves" and req.occupations[0].code.startswith("39-5012")


@pytest.mark.parametrize("text, sides", [
    ("who makes more money, a trucker or a mechanic", (("53-3032",), ("49-",))),  # weighs: no moves
    ("my parents want me to be a lawyer or a doctor lol which one", (("23-1011",), ("29-12",))),
])
def test_choosing_between_two_named_sides_compares_them(conversation, text, sides):
    """Should compare both sides when the message asks who earns more or which one, however long a side is."""
    _, memory = conversation.reply(text)
    assert len(memory.codes) == 2, (text, memory.codes)
    for code, prefixes in zip(memory.codes, sides, strict=True):
        assert code.startswith(prefixes), (text, memory.codes)


@pytest.mark.parametrize("text, sides", [
    ("should i retrain as a welder or try to get into healthcare", ("51-4121", "29-")),
    ("programming or something medical", ("15-", "29-")),
    ("is hvac better then just doing general construction", ("49-9021", "47-")),
    ("firefighter or EMS, which is better", ("33-2011", "29-204")),
])
def test_a_field_said_with_everyday_words_around_it_is_a_side(conversation, text, sides):
    """Should read "try to get into healthcare", "something medical", "just doing general construction" as the
    field, and EMS as its workers (EMTs and paramedics), each a side of the comparison."""
    _, memory = conversation.reply(text)
    assert len(memory.codes) == 2, (text, memory.codes)
    for code, prefix in zip(memory.codes, sides, strict=True):
        assert code.startswith(prefix), (text, memory.codes)


def test_better_than_a_job_with_its_pay_said_is_a_comparison_not_a_list(conversation):
    """Should compare electricians with warehouse work, not list warehouse jobs paying $45,000 or more."""
    reply, memory = conversation.reply("is being an electrician really better than warehouse work? the warehouse "
                                       "near me pays 22 an hour")
    assert reply.results is None and memory.codes[:1] == ["47-2111.00"] and len(memory.codes) == 2


def test_banking_and_insurance_are_their_businesses_jobs(conversation):
    """Should compare tellers with insurance sales agents, not securities agents with sales supervisors (the
    Census index line "Insurance" is a supervisor restricted to insurance carriers)."""
    _, memory = conversation.reply("banking vs insurance?")
    assert memory.codes == ["43-3071.00", "41-3021.00"], memory.codes
