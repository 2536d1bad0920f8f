"""Employer-written titles: noise is dropped, the head word decides the family, modifiers only narrow it,
and specialist titles stay with the "All Other" occupation BLS gives them."""

from __future__ import annotations

import pytest

from bot.understanding import title_parts


@pytest.mark.parametrize("title, main, head, modifiers", [
    ("Staff Nurse II - ICU Float Pool", ["staff", "nurse"], "nurse", [["icu"]]),
    ("COOK, SHORT ORDER 1", ["short", "order", "cook"], "cook", []),
    ("Resident in Cardiothoracic Surgery", ["resident", "in", "cardiothoracic", "surgery"], "resident", []),
    ("Physician (Pulmonology/Critical Care)", ["physician"], "physician", [["pulmonology", "critical", "care"]]),
    ("RN - Night Shift FT/PT (Req #48213)", ["rn"], "rn", []),
    ("Physical Therapy Aide (PTA)", ["physical", "therapy", "aide"], "aide", []),
    ("Landscaper/Laborer", ["landscaper"], "landscaper", [["laborer"]]),
])
def test_title_parts(title, main, head, modifiers):
    parts = title_parts.parse(title)
    assert parts.main == main and parts.head == head and parts.modifiers == modifiers


@pytest.mark.parametrize("title, soc", [
    ("Staff Nurse II - ICU Float Pool", "29-1141"),
    ("Registered Nurse PRN - Night Shift", "29-1141"),
    ("Sr. Welder (3rd shift)", "51-4121"),
    ("Correctional Facility Dentist", "29-1021"),  # a setting never makes a dentist a correctional officer
    ("Prison Dentist", "29-1021"),
    ("Physician - Cardiology", "29-1212"),  # the modifier names the specialty within the head's group
    ("Nurse (Oncology)", "29-1141"),
    ("Neurosurgeon", "29-1249"),  # BLS: surgeons, all other (not pediatric surgeons)
    ("Oncologist", "29-1229"),
    ("Linguist", "19-3099"),
    ("Truck Driver, CDL-A, Regional", "53-3032"),
])
def test_employer_titles_code_by_their_head(coder, title, soc):
    coded = coder.code(title)
    assert coded.soc_code == soc and coded.confident, (title, coded)


def test_a_weak_head_leaves_the_job_to_its_modifiers_but_not_confidently(coder):
    """'Seafood processing line worker': "worker" says little, so the seafood processing decides the family (food
    processing or preparation, whatever the member), and not confidently."""
    coded = coder.code("Seafood Processing Line Worker")
    assert coded.soc_code[:4] in ("51-3", "35-2") and not coded.confident, coded


def test_an_uncertain_title_keeps_the_likely_answer_among_the_runners_up(coder):
    coded = coder.code("Resident in Cardiothoracic Surgery")
    assert not coded.confident and "29-1229" in (coded.soc_code, *coded.runners_up)  # resident physicians


def test_a_known_word_is_not_corrected_into_another(understand):
    req = understand("influencer salary")  # a known word ("influencer"), not a typo of "influence"
    assert req.occupations and not req.occupations[0].confident


def test_uncertain_titles_are_not_confident_and_name_runners_up(coder):
    coded = coder.code("Physician (Pulmonology/Critical Care)")
    assert not coded.confident and coded.soc_code.startswith("29-12") and len(coded.runners_up) == 3


def test_setting_words_do_not_hide_another_job_noun(understand):
    req = understand("welder vs nurse")
    assert [m.code[:7] for m in req.occupations] == ["51-4121", "29-1141"] and req.intent == "compare"


@pytest.mark.parametrize("title, soc", [
    ("secondary school teacher", "25-2031"),  # "…, Except Special and Career/Technical Education"
    ("Middle School Teacher", "25-2022"),
    ("electronics engineer", "17-2072"),
    ("Medical Scientist", "19-1042"),
])
def test_an_official_title_without_its_exclusion_note_is_that_occupation(coder, title, soc):
    coded = coder.code(title)
    assert coded.soc_code == soc and coded.confident, (title, coded)


def test_an_official_title_without_its_exclusion_note_is_found_in_a_message(engine):
    request = engine.understand("how much do secondary school teachers make")
    assert [m.code for m in request.occupations] == ["25-2031.00"] and request.occupations[0].confident


@pytest.mark.parametrize("title, family", [
    ("Mechanic, Chief", "49-"),  # a chief mechanic, not a fire chief beside a mechanic
    ("WELDER, MASTER", "51-"),  # a master welder, not a ship's master
])
def test_an_inverted_title_is_one_job_not_a_list_of_two(coder, title, family):
    coded = coder.code(title)
    assert coded.soc_code and coded.soc_code.startswith(family), (title, coded)


def test_entry_is_a_rank_only_before_level(coder):
    assert coder.code("Entry Level Payroll Clerk").soc_code == "43-3051"
    assert coder.code("Data Entry Specialist").soc_code == "43-9021"


def test_entry_level_before_a_title_in_a_message_is_its_rank(understand):
    req = understand("entry level data analyst salary")
    assert all(not m.code.startswith("43-9021") for m in req.occupations), req.occupations
