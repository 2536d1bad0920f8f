"""Coverage the issue asks for: every O*NET occupation, most with BLS figures, more than 100,000 titles."""

from __future__ import annotations


def test_coverage(store):
    stats = store.stats()
    assert stats["occupations (O*NET 30.1)"] == 1016
    assert stats["with wages (OEWS May 2025)"] >= 800
    assert stats["with outlook (EP 2024–34)"] >= 800
    assert stats["with demographics (CPS 2025)"] >= 500
    assert stats["titles and aliases"] >= 100_000


def test_titles_include_short_titles_and_reported_titles(store):
    titles = {(t, c) for t, c, _ in store.titles()}
    assert ("RN", "29-1141.00") in titles
    assert ("Welder", "51-4121.00") in titles


def test_every_family_is_a_soc_major_group(store):
    families = {f.title for f in store.families()}
    assert "Office and Administrative Support" in families
    assert len(families) == 23
