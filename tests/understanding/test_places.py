"""Places named in a message, where a name is ambiguous: a city in several states, a state that is also a city."""

from __future__ import annotations

import pytest

from bot.understanding.words import rows

PORTLAND_OR, PORTLAND_ME = "0038900", "0038860"


@pytest.mark.parametrize("text, area", [
    ("nurse in Portland, OR", PORTLAND_OR),
    ("nurse in Portland OR", PORTLAND_OR),
    ("nurse in Portland, ME", PORTLAND_ME),
    ("welder in Columbus, GA", "0017980"),
    ("welder in Washington", "5300000"),  # the state, not the capital's metro
    ("welder in Washington DC", "0047900"),  # the metro of that name
    ("welder in DC", "1100000"),
])
def test_a_city_with_its_state_names_that_city(engine, text, area):
    ref, rest = engine.places.find(text)
    assert ref is not None and ref.area_code == area, (text, ref)
    assert rest.split()[0] in ("nurse", "welder") and len(rest.split()) == 1


@pytest.mark.parametrize("city", ["Portland", "Columbus", "Springfield", "Kansas City"])
def test_a_bare_ambiguous_city_is_one_of_its_metros_every_time(engine, city):
    first, rest = engine.places.find(f"nurse in {city}")
    assert first is not None and first.name.startswith(city.split()[0]) and rest == "nurse"
    assert all(engine.places.find(f"nurse in {city}")[0] == first for _ in range(3))


def test_a_place_that_is_no_place_is_left_in_the_words(engine):
    ref, rest = engine.places.find("nurse in blorfville")
    assert ref is None and rest == "nurse in blorfville"


@pytest.mark.parametrize("word, city", rows("place_words.tsv"), ids=[w for w, _ in rows("place_words.tsv")])
def test_an_everyday_name_of_a_metro_finds_its_metro(understand, word, city):
    req = understand(f"electrician salary in {word}")
    assert req.place is not None and req.place.name.lower().startswith(city), req.place  # a metro, or a state
    assert req.place.kind == ("S" if req.place.name.lower() == city else "M"), req.place  # ("cali")


def test_a_metros_everyday_name_at_the_end_needs_no_preposition(understand):
    req = understand("electrician salary philly")
    assert req.place is not None and req.place.name.startswith("Philadelphia"), req.place


@pytest.mark.parametrize("text, place", [("ohio jobs with the most openings", "Ohio"),
                                         ("denver: which healthcare jobs pay the most", "Denver"),
                                         ("seattle office jobs with the most openings", "Seattle")])
def test_a_place_leading_a_question_about_jobs_there_is_the_place(understand, text, place):
    req = understand(text)
    assert req.place is not None and req.place.name.startswith(place), req.place


@pytest.mark.parametrize("text", ["phoenix rising", "washington state of mind"])
def test_a_place_leading_a_message_not_about_jobs_is_left_in_the_words(understand, text):
    assert understand(text).place is None, text


def test_la_is_los_angeles_with_louisiana_offered(understand):
    """Should read "in LA" as Los Angeles, the everyday meaning, and offer Louisiana beside it."""
    req = understand("top paying arts and media jobs in LA")
    assert req.place is not None and req.place.name.startswith("Los Angeles"), req.place
    assert any(name == "Louisiana" for _, name in req.place.others), req.place.others


@pytest.mark.parametrize("text", ["college student jobs", "mobile app developer jobs", "reading jobs"])
def test_a_city_name_before_words_that_are_no_field_is_no_place(understand, text):
    assert understand(text).place is None, text
