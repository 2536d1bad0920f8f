"""Coding accuracy on titles written by others stays at the level the README reports."""

from __future__ import annotations

from benchmarks import evaluation
from bot.coding import TitleCoder


def accuracy(coder, cases) -> float:
    return sum(c.accepts(coder.code(c.text).soc_code) for c in cases) / len(cases)


def test_census_titles_clean_and_with_typos(engine, store):
    coder = TitleCoder(engine.matcher, store.occupation_facts())
    census = evaluation.census()
    assert accuracy(coder, census) >= 0.95
    assert accuracy(coder, evaluation.with_typo(census)) >= 0.92


def test_chatter_finds_no_job(engine):
    chatter = evaluation.chatter()
    silent = sum(not engine.understand(m).occupations for m in chatter)
    assert silent / len(chatter) >= 0.98


def test_broad_group_codes_accept_their_detailed_occupations():
    case = evaluation.Case("Surgeons", frozenset(["29-1240"]))
    assert case.accepts("29-1243") and not case.accepts("29-1141")
    assert evaluation.Case("x", frozenset(["15-124X"])).accepts("15-1244")
