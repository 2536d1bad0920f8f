"""Coding accuracy on titles written by others stays at the level the README reports."""

from __future__ import annotations

from bot.understanding.coding import CODING_FLOOR, TitleCoder
from bot.understanding.decide import Decider
from bot.understanding.matcher import Matcher
from testkit import evaluation


def accuracy(coder, cases) -> float:
    return sum(c.accepts(coder.code(c.text).soc_code) for c in cases) / len(cases)


def coder_for(matcher, store) -> TitleCoder:
    return TitleCoder(matcher, store.occupation_facts(), Decider(matcher, store.generic_words(), floor=CODING_FLOOR))


def test_census_titles_clean_and_with_typos(engine, store):
    coder = coder_for(engine.matcher, store)
    census = evaluation.census()
    assert accuracy(coder, census) >= 0.95
    assert accuracy(coder, evaluation.with_typo(census)) >= 0.92


def test_official_lists_in_the_index(engine, store):
    """A regression check (these lists are index data): BLS direct-match ≥ 98%, Census detailed ≥ 95%."""
    coder = coder_for(engine.matcher, store)
    bls, census_index = evaluation.official_lists()
    assert accuracy(coder, bls) >= 0.98
    assert accuracy(coder, census_index) >= 0.95


def test_held_out_reported_titles(store):
    """Titles workers wrote, removed from the index entirely: the README's generalisation figure (63.2%)."""
    cases, removed = evaluation.heldout()
    matcher = Matcher(evaluation.without(store.titles(), removed), store.occupation_facts())
    assert accuracy(coder_for(matcher, store), cases) >= 0.60


def test_employer_titles_test_half(engine, store, shared):
    """Employer-written titles (never indexed) — the half never looked at while tuning."""
    _, test = evaluation.employer_titles()
    coder = coder_for(engine.matcher, store)
    coded = [(c, coder.code(c.text)) for c in test]
    assert sum(c.accepts(g.soc_code) for c, g in coded) / len(coded) >= 0.65
    sure = [c.accepts(g.soc_code) for c, g in coded if g.confident]
    assert len(sure) / len(coded) >= 0.55 and sum(sure) / len(sure) >= 0.78


def test_chatter_finds_no_job(engine):
    chatter = evaluation.chatter()
    silent = sum(not engine.understand(m).occupations for m in chatter)
    assert silent / len(chatter) >= 0.98


def test_broad_group_codes_accept_their_detailed_occupations():
    case = evaluation.Case("Surgeons", frozenset(["29-1240"]))
    assert case.accepts("29-1243") and not case.accepts("29-1141")
    assert evaluation.Case("x", frozenset(["15-124X"])).accepts("15-1244")
