"""Titles people hold, coded by their head and specialty (issue 20): the specialty in a segment or parenthesis
picks the member; a specialty no member carries falls back to the head's "all other" occupation, unsure; an
academic title beside a clinical one codes the clinical; everyday abbreviations name the assistant or
technician, not the professional. Examples written for these tests (none from the evaluation sets)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("title, soc", [
    ("Physician (Cardiology)", "29-1212"),
    ("Staff Physician - Dermatology", "29-1213"),
    ("Physician, Emergency Department", "29-1214"),
])
def test_the_specialty_in_a_segment_picks_the_member(coder, title, soc):
    assert coder.code(title).soc_code == soc, title


@pytest.mark.parametrize("title", ["Physician - Nephrology, PGY-3", "Physician (Infectious Disease)",
                                   "Physician - Sleep Medicine Fellow"])
def test_a_specialty_no_member_carries_is_the_heads_all_other_occupation_unsure(coder, title):
    got = coder.code(title)
    assert got.soc_code == "29-1229" and not got.confident, (title, got)


@pytest.mark.parametrize("title, soc", [
    ("Professor of Pediatrics / Pediatrician", "29-1221"),
    ("Clinical Professor of Psychiatry / Psychiatrist", "29-1223"),
])
def test_an_academic_title_beside_a_clinical_one_codes_the_clinical(coder, title, soc):
    assert coder.code(title).soc_code == soc, title


def test_an_academic_title_alone_stays_academic(coder):
    assert coder.code("Associate Professor of Chemistry").soc_code == "25-1052"


def test_an_instructor_beside_a_sport_is_no_academic_pair(coder):
    assert coder.code("Ski/Snowboard Instructor").soc_code.startswith("25-3")  # not ski patrol


@pytest.mark.parametrize("title, soc", [("OT assistant", "31-2011"), ("PT aide", "31-2022"), ("surg tech", "29-2055"),
                                        ("psych tech", "29-2053"), ("CMA", "31-9092")])
def test_everyday_abbreviations_name_the_assistant_or_technician(coder, title, soc):
    got = coder.code(title)
    assert got.soc_code == soc and got.confident, (title, got)


@pytest.mark.parametrize("title", ["Cleaner", "Cleaning lady", "call center rep"])
def test_words_for_several_jobs_ask(coder, title):
    assert not coder.code(title).confident, title


@pytest.mark.parametrize("title, major", [
    ("General Bar Staff", "35"),  # not anesthesiologists: "staff" and "general" are in every staff physician's title
    ("Senior Pastry Kitchen Staff", "35"),
    ("Roofing Worker on commercial buildings", "47"),  # the head before "on", not the words after it
])
def test_a_weak_head_leaves_the_family_to_the_words_before_it(coder, title, major):
    assert coder.code(title).soc_code.startswith(major), coder.code(title)
