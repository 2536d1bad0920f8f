"""Trade and field words ("roofing", "nursing") derived from the titles: the field's worker occupations,
never its helpers or teachers, most jobs first; and every word in lexicon/not_fields.tsv earns its line."""

from __future__ import annotations

import pytest

from knowledge.field_words import derive
from knowledge.paths import DATA_DIR
from knowledge.sources.titlelists import _read_plain

NOT_FIELDS = _read_plain(DATA_DIR / "lexicon" / "not_fields.tsv")

OCCUPATIONS = [
    {"code": "47-2181.00", "title": "Roofers", "soc_code": "47-2181"},
    {"code": "47-3016.00", "title": "Helpers--Roofers", "soc_code": "47-3016"},
    {"code": "47-2031.00", "title": "Carpenters", "soc_code": "47-2031"},
    {"code": "25-2032.00", "title": "Career/Technical Education Teachers, Secondary School", "soc_code": "25-2032"},
    {"code": "29-1141.00", "title": "Registered Nurses", "soc_code": "29-1141"},
    {"code": "29-1141.01", "title": "Acute Care Nurses", "soc_code": "29-1141"},
    {"code": "29-2061.00", "title": "Licensed Practical and Licensed Vocational Nurses", "soc_code": "29-2061"},
    {"code": "31-1131.00", "title": "Nursing Assistants", "soc_code": "31-1131"},
    {"code": "35-2014.00", "title": "Cooks, Restaurant", "soc_code": "35-2014"},
    {"code": "35-2011.00", "title": "Cooks, Fast Food", "soc_code": "35-2011"},
]
EMPLOYMENT = {"47-2181.00": 135_000, "47-3016.00": 10_000, "47-2031.00": 670_000, "25-2032.00": 80_000,
              "29-1141.00": 3_380_000, "29-1141.01": 3_380_000, "29-2061.00": 650_000, "31-1131.00": 1_450_000,
              "35-2014.00": 1_000_000, "35-2011.00": 600_000}
TITLES = ["Roofing Mechanic", "Roofing Helper", "Roofing Contractor", "Carpentry Instructor", "Carpentry Teacher",
          "Carpentry Worker", "Nursing Assistant", "Nursing Aide", "Director of Nursing", "Cooking Instructor",
          "Cooking School Teacher", "Line Cook, Cooking", "Roofing", *[o["title"] for o in OCCUPATIONS]]


def fields(excluded=frozenset(), curated=None, titles=TITLES):
    return {r["word"]: r for r in derive(OCCUPATIONS, titles, EMPLOYMENT, curated or {}, set(excluded))}


def test_a_trade_word_means_the_workers_never_their_helpers_or_teachers():
    found = fields(titles=[t for t in TITLES if t != "Roofing"])
    assert found["roofing"]["lead"] == "47-2181.00" and found["roofing"]["groups"] == "47-2181"
    assert found["carpentry"]["lead"] == "47-2031.00" and found["carpentry"]["groups"] == "47-2031"


def test_the_largest_field_occupation_leads_when_it_clearly_outnumbers_the_next():
    nursing = fields()["nursing"]
    assert nursing["lead"] == "29-1141.00"  # one row per SOC code: acute care nurses share RNs' figures
    assert nursing["groups"].split("|") == ["29-1141", "29-2061"]  # nursing assistants are no nurses


def test_two_occupations_of_similar_size_make_a_question_not_an_answer():
    assert fields()["cooking"]["lead"] is None  # 1.0 million restaurant cooks vs 0.6 million fast-food cooks


def test_a_word_that_is_a_title_itself_or_curated_or_excluded_is_left_alone():
    assert "roofing" not in fields()  # "Roofing" is a title in the lists: the matcher answers it as one
    assert "nursing" not in fields(curated={"nursing": ("29-1141", None)})
    assert "carpentry" not in fields(excluded={"carpentry"})


def test_a_field_whose_worker_is_a_curated_generic_word_names_that_group():
    """"nursing" is what "nurse" names (its groups and usual member), not only the titles that say nurses."""
    nursing = fields(curated={"nurse": ("29-1140|31-1131", "29-1141.00")})["nursing"]
    assert (nursing["groups"], nursing["lead"], nursing["kind"]) == ("29-1140|31-1131", "29-1141.00", "field")


def test_a_word_in_fewer_than_three_titles_is_no_field():
    assert "carpentry" not in fields(titles=["Carpentry Worker", "Carpenters"])


@pytest.fixture(scope="module")
def unfiltered(store):
    """The field words the store's own titles give with no word excluded."""
    occupations = list(store.db.query("SELECT code, title, soc_code FROM occupations WHERE origin = 'onet'"))
    titles = [r["title"] for r in store.db.query("SELECT title FROM titles")]
    employment = {r["code"]: r["employment"] for r in store.db.query("SELECT code, employment FROM salary")
                  if r["employment"]}
    return {r["word"] for r in derive(occupations, titles, employment, {}, set())}


@pytest.mark.parametrize("line", NOT_FIELDS, ids=[r["word"] for r in NOT_FIELDS])
def test_every_excluded_word_is_needed_has_a_reason_and_is_no_field_in_the_store(store, unfiltered, line):
    """Each line would otherwise be a field word (no stale line), has its reason, and the build read it."""
    assert line["word"] in unfiltered
    assert len(line["basis"]) > 15
    assert line["word"] not in {g.word for g in store.generic_words()}
