"""Every line of the word tables (bot/understanding/data/*.tsv) does what its table says, in a message."""

from __future__ import annotations

import pytest

from bot.understanding import describing, listing, normalize
from bot.understanding.words import rows

ELECTRICIAN = "47-2111"
WELDER = "51-4121"
TOPICS = rows("topic_words.tsv")
MESSAGE = rows("message_words.tsv")
FAMILIES = rows("family_words.tsv")
JOB_FIELDS = rows("job_field_words.tsv")
SEARCH = rows("search_words.tsv")
TITLE = rows("title_words.tsv")


def _codes(req) -> list[str]:
    return [m.code[:7] for m in req.occupations]


@pytest.mark.parametrize("word, topic", TOPICS, ids=[w for w, _ in TOPICS])
def test_a_topic_word_asks_about_its_section_and_is_never_part_of_the_job(understand, word, topic):
    req = understand(f"electrician {word}")
    assert _codes(req) == [ELECTRICIAN], (word, req.occupations)
    if topic != "-":
        assert req.topic == topic


@pytest.mark.parametrize("word, role", MESSAGE, ids=[f"{w}-{r}" for w, r in MESSAGE])
def test_a_message_word_plays_its_role(understand, word, role):
    if role == "stop":  # never part of a job's name
        assert _codes(understand(f"{word} electrician")) == [ELECTRICIAN]
    else:  # a job context: a short misspelt title in the message is read as the job, and not without it
        assert role == "context"
        assert WELDER in _codes(understand(f"{word}, weldr")), word
        assert not understand("weldr").occupations


@pytest.mark.parametrize("word, families", FAMILIES, ids=[w for w, _ in FAMILIES])
def test_a_field_word_filters_a_ranked_list_to_its_families(word, families):
    spec = listing.parse(f"highest paying {word} jobs")
    assert spec is not None and spec.families == tuple(sorted(families.split("+")))


@pytest.mark.parametrize("word, families", JOB_FIELDS, ids=[w for w, _ in JOB_FIELDS])
def test_a_jobs_word_is_its_field_only_before_a_word_for_jobs(word, families):
    spec = listing.parse(f"highest paying {word} jobs")
    assert spec is not None and spec.families == tuple(sorted(families.split("+")))
    assert listing.families_in(f"do {word} make good money") == ()


@pytest.mark.parametrize("word, terms", SEARCH, ids=[w for w, _ in SEARCH])
def test_a_description_word_searches_for_its_terms(word, terms):
    found = describing.terms(f"someone who likes {word} welding")
    if terms == "-":
        assert word not in found and "welding" in found
    else:
        assert found[: len(terms.split())] == terms.split()


@pytest.mark.parametrize("word, canonical, kind", TITLE, ids=[w for w, _, _ in TITLE])
def test_a_title_word_reads_as_its_canonical_form(word, canonical, kind):
    assert kind in {"abbreviation", "british", "gendered"}
    assert " ".join(normalize.tokens(word, drop_seniority=False)) == " ".join(
        normalize.tokens(canonical, drop_seniority=False))


MAJORS = rows("major_words.tsv")


@pytest.mark.parametrize("word, subject", MAJORS, ids=[w for w, _ in MAJORS])
def test_a_major_short_name_finds_its_program(engine, word, subject):
    from bot.understanding.majors import major_request

    spec = major_request(f"jobs for {word} majors", engine.majors, engine.meaning)
    assert spec is not None and spec.cips, (word, subject)
