"""The word tables understanding reads (``bot/understanding/data/*.tsv``): data, not code, each line tested.

    topic_words.tsv    word → the section it asks about          ("salary" → salary)
    message_words.tsv  word → stop (never a job's name) | context (makes a message about jobs)
    family_words.tsv   word → SOC major groups of a field of work ("healthcare" → 29+31): in a list request,
                       or as a side of a comparison ("trades vs tech"); ``FAMILY_WORDS``
    job_field_words.tsv  word of a job → its field's groups, only before a word for jobs ("coding jobs");
                       ``JOB_FIELD_WORDS``
    search_words.tsv   word → O*NET's words in a description     ("fix" → repair), or - (no meaning)
    title_words.tsv    word → its canonical form in titles        (abbreviations, British, gendered forms)
    place_words.tsv    everyday name of a metro → its city        ("nyc" → new york, "philly" → philadelphia)

``title_words.tsv`` shapes the title index, so it is part of the index cache's key (``INDEX_INPUTS``).
"""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")
INDEX_INPUTS = (DATA_DIR / "title_words.tsv",)
"""Data files the title index is built from (with the code of matcher.py and normalize.py)."""


def rows(name: str) -> list[list[str]]:
    """A table's rows without its comment lines and header; every row has the header's number of fields."""
    lines = [ln for ln in (DATA_DIR / name).read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header, body = lines[0].split("\t"), [ln.split("\t") for ln in lines[1:]]
    for row in body:
        if len(row) != len(header):
            raise ValueError(f"{name}: {row!r} has {len(row)} fields, not {len(header)}")
    return body


def mapping(name: str, kind: str | None = None) -> dict[str, str]:
    """word → value (the second column), only rows whose last column is ``kind`` when given."""
    return {r[0]: r[1] for r in rows(name) if kind is None or r[-1] == kind}


def words_with(name: str, value: str) -> frozenset[str]:
    """The words whose second column is ``value``."""
    return frozenset(r[0] for r in rows(name) if r[1] == value)


FAMILY_WORDS: dict[str, tuple[str, ...]] = {w: tuple(f.split("+")) for w, f in mapping("family_words.tsv").items()}
JOB_FIELD_WORDS: dict[str, tuple[str, ...]] = {w: tuple(f.split("+"))
                                               for w, f in mapping("job_field_words.tsv").items()}
"""Words of a job that name its field only right before a word for jobs ("coding jobs"): lists only."""
