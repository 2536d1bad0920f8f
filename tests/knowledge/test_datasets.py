"""One registry of datasets (knowledge/datasets.py): footers, /about and the README read it."""

from __future__ import annotations

from pathlib import Path

from bot.answers.texts import ABOUT
from knowledge.datasets import DATASETS, ONET, markdown_table

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_holds_the_registrys_table_as_is():
    assert markdown_table() in README.read_text(encoding="utf-8")


def test_about_names_every_dataset_and_the_onet_licence():
    for d in DATASETS:
        assert d.citation in ABOUT and d.covers in ABOUT, d
    assert ONET.licence in ABOUT and "USDOL/ETA" in ABOUT


def test_stored_figures_are_stamped_with_the_registrys_names_and_years(store):
    """Each source a profile names is a registry dataset (a page profile adds which page), with its year."""
    stamped = {(s.dataset, s.year) for code in store.codes() for s in store.profile(code).sources}
    assert len(stamped) >= 5
    for dataset, year in stamped:
        assert any(dataset.startswith(d.name) and year == d.year for d in DATASETS), (dataset, year)


def test_every_reader_names_a_registry_dataset():
    from knowledge.sources import cps, majors, oews, onet, projections

    names = {d.name for d in DATASETS}
    assert {m.DATASET for m in (onet, oews, projections, cps, majors)} <= names
