"""A title written as one word where titles have two ("treetrimmer"), or as two where they have one ("care
taker" → caretaker): read as the title it spells, in coding and in the chat (issue 20). Examples written for
these tests (none from the evaluation sets)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("title, soc", [
    ("Treetrimmer", "37-3013"),
    ("Fruitpicker", "45-2092"),
    ("Dogwalker", "39-2021"),
    ("Lineworker", "49-9051"),
])
def test_one_word_for_a_two_word_title(coder, title, soc):
    got = coder.code(title)
    assert (got.soc_code, got.confident) == (soc, True), (title, got)


def test_two_words_for_a_one_word_title(engine):
    assert engine.understand("is wait staff a good job").codes == ["35-3031.00"]


def test_a_compound_in_a_question_is_the_job_asked(engine):
    req = engine.understand("how much does a treetrimmer make")
    assert req.codes == ["37-3013.00"] and req.topic == "salary"


@pytest.mark.parametrize("word", ["landscapper", "electrican"])
def test_a_misspelt_title_is_not_split_into_two_words(coder, word):
    """"landscapper" is one letter off landscaper, not "lands" + "capper"."""
    assert coder.code(word).soc_code in ("37-3011", "47-2111")


@pytest.mark.parametrize("text", ["xray tech", "what school do i need for xray tech, my dentist took xrays today"])
def test_xray_written_as_one_word_is_an_x_ray_title(understand, text):
    assert understand(text).codes == ["29-2034.00"], understand(text).occupations


@pytest.mark.parametrize("text, code", [("book keeper salary", "43-3031.00"), ("how much does a dish washer make",
                                                                             "35-9021.00")])
def test_two_known_words_that_make_a_one_word_title(understand, text, code):
    assert understand(text).codes == [code], understand(text).occupations
