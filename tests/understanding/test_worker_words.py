"""Words for workers ("employees", "staff", "crew") name no job in a message, and a word before them only says which
workers ("hires extra workers": not actors, whose O*NET alternate title is "Extra"). Examples written for these
tests."""

from __future__ import annotations

import pytest

WORKER_WORDS = {"employees", "workers", "staff", "crew", "extra"}


@pytest.mark.parametrize("text", [
    "sets up laptops and resets passwords for the employees at my office, the help desk basically",
    "my aunt runs a dairy farm and hires extra workers in the summer, whats her job called",
    "how much do the staff at a vet clinic make",
])
def test_worker_words_name_no_job(understand, text):
    named = {m.phrase.removeprefix("the ") for m in understand(text).occupations}
    assert not named & WORKER_WORDS, understand(text).occupations


def test_the_job_beside_the_employees_is_the_one_asked(understand):
    text = "sets up laptops and resets passwords for the employees at my office, the help desk basically"
    assert understand(text).codes == ["15-1232.00"]


@pytest.mark.parametrize("text, code", [("kitchen staff pay", "35-2021.00"),
                                        ("how much do farm workers make", "45-2092.00")])
def test_a_title_ending_in_a_worker_word_is_still_found(understand, text, code):
    assert understand(text).codes == [code]


@pytest.mark.parametrize("text", ["my co-worker says dental hygienists make bank",
                                  "my coworkers think plumbers earn more"])
def test_a_coworker_is_someone_not_a_job(understand, text):
    req = understand(text)
    assert len(req.codes) == 1 and req.codes[0][:2] in ("29", "47"), req.occupations


def test_a_support_tier_is_no_job(understand):
    req = understand("been on the help desk tier 2 for a year, what skills do i need to move up")
    assert all(not m.code.startswith("53-7064") for m in req.occupations), req.occupations


@pytest.mark.parametrize("text, code", [("maintenance staff wages", "49-9071"), ("postal worker salary", "43-505")])
def test_the_word_before_a_worker_word_is_read_alone(understand, text, code):
    req = understand(text)
    assert req.occupations and req.occupations[0].code.startswith(code), req.occupations


def test_a_boss_is_someone_not_a_job(understand):
    assert not understand("my boss hires more workers every summer, is that normal").occupations


@pytest.mark.parametrize("text", [
    "writes the instruction manuals and help docs for software",
    "works in a nursing home getting residents out of bed and checking blood pressure",
])
def test_documents_and_the_people_living_somewhere_are_no_doctors(understand, text):
    """Should not read "help docs" as doctors nor "residents" of a nursing home as resident physicians."""
    assert not any(c.startswith("29-12") for c in understand(text).codes), understand(text).occupations


@pytest.mark.parametrize("text", ["surgical residents salary", "how much do residents make",
                                  "do pgy1 residents get paid well"])
def test_residents_of_medicine_are_still_physicians(understand, text):
    assert any(c.startswith("29-12") for c in understand(text).codes), understand(text).occupations
