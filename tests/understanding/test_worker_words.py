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
