"""A message that opens with the job one holds ("LPN here, …", "carpenter 10 yrs, …") names that job though no
other word says the message is about work; chatter that opens the same way ("same here") names none. Examples
written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, code", [
    ("LPN here, want to go further and make more money, options?", "29-2061.00"),
    ("carpenter 10 yrs, how do i make more", "47-2031.00"),
    ("welder here, whats the next step up", "51-4121.00"),
    ("pharmacy tech 3 years now, how can i earn more", "29-2052.00"),
])
def test_the_job_held_first_is_the_one_moved_from(understand, text, code):
    req = understand(text)
    assert req.intent == "moves" and req.codes == [code], req


@pytest.mark.parametrize("text", ["same here", "party here tonight", "nobody here?", "been here 5 years lol"])
def test_chatter_opening_the_same_way_names_no_job(understand, text):
    assert understand(text).occupations == []


def test_the_job_held_for_years_leads_to_the_one_wanted(understand):
    req = understand("janitor at a school for 8 years, want to be the head custodian")
    assert req.intent == "gap" and req.codes == ["37-2011.00", "37-1011.00"], req


def test_better_paid_in_the_same_field_moves_from_the_job_held(understand):
    """Should move on from security guards, not list every protective service job by pay."""
    req = understand("security guard at a mall, want something better paying in same field")
    assert req.intent == "moves" and req.codes == ["33-9032.00"], req


@pytest.mark.parametrize("text", ["waiting tables rn, what jobs could i move into", "cleaning houses rn, any ideas"])
def test_rn_after_a_doing_is_right_now(understand, text):
    assert "29-1141.00" not in understand(text).codes


@pytest.mark.parametrize("text", ["working as an rn, how do i move up", "evening shift rn, how do i move up"])
def test_rn_said_as_a_job_is_still_a_nurse(understand, text):
    req = understand(text)
    assert req.intent == "moves" and req.codes == ["29-1141.00"], req


@pytest.mark.parametrize("text", ["where should i go", "wanna promote my etsy shop"])
def test_chatter_with_ladder_words_names_no_job(understand, text):
    assert understand(text).occupations == [] and understand(text).unresolved == []


def test_going_back_for_another_job_is_the_way_to_it(understand):
    req = understand("rn 5 yrs on med surg thinking about going back for np, worth it?")
    assert req.intent == "gap" and req.codes == ["29-1141.00", "29-1171.00"], req


def test_general_labor_is_laborers_never_a_rank_alone(understand):
    """Should read "general labor" as laborers (a question between construction and hand laborers), never
    "general" alone as a misspelt title (it was transportation, storage and distribution managers)."""
    req = understand("I do general labor on construction sites. How do I get into something that pays better?")
    assert req.occupations and req.occupations[0].code[:7] in ("47-2061", "53-7062"), req
    assert not any(c.startswith("11-") for c in req.codes)


@pytest.mark.parametrize("text, code", [
    ("i cut and color hair at a salon, how can i make more money", "39-5012.00"),
    ("i assist chairside at a family dentist, what pays better", "31-9091.00"),
    ("i work the counter at a bank branch, how do i grow from here", "43-3071.00"),
    ("i drive forklift in a warehouse, how do i get ahead", "53-7051.00"),
])
def test_the_work_described_is_the_job_moved_from(understand, text, code):
    """Should read the work described, not one loose word ("assist", "counter") nor the workplace ("orthodontist")
    nor a field word ("hair"), as the job held."""
    req = understand(text)
    assert req.intent == "moves" and [m.code for m in req.occupations] == [code], req


@pytest.mark.parametrize("text, code", [
    ("journeyman sparky, what comes next", "47-2111.00"),
    ("corrections officer at the county jail 6 years, what's next", "33-3012.00"),
    ("phleb here, where can i go from here", "31-9097.00"),
    ("what do dental hygienists become after a few years", "29-1292.00"),
    ("10 yrs at the fire department and i wanna promote", "33-2011.00"),
])
def test_workers_words_for_their_jobs_and_ways_up(understand, text, code):
    req = understand(text)
    assert req.intent == "moves" and req.codes == [code], req


@pytest.mark.parametrize("text, code", [
    ("plumbers helper 3 yrs, how do i make it to journeyman", "47-3015"),
    ("corrections officer at a state prison, how do promotions work", "33-3012"),
])
def test_ranks_of_a_trade_and_promotions_are_ways_up_not_jobs(understand, text, code):
    """"journeyman" is a rank (no purchasing agent), and "promotions" in "how do promotions work" no promotions
    manager: both ask the way up from the job held."""
    req = understand(text)
    assert req.intent == "moves" and [m.code[:7] for m in req.occupations] == [code], req
