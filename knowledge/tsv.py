"""Gzipped TSV files, written byte-for-byte reproducibly (no timestamp in the gzip header)."""

from __future__ import annotations

import csv
import gzip
import io
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path


def write(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write rows as a gzipped TSV with a header; returns the number of data rows."""
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    out = csv.writer(buf, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    out.writerow(header)
    count = 0
    for row in rows:
        out.writerow(["" if v is None else v for v in row])
        count += 1
    data = buf.getvalue().encode("utf-8")
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(data)
    return count


def read(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a gzipped TSV as dicts of strings ('' where empty)."""
    with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f, delimiter="\t")


def read_source(path: Path, delimiter: str = "\t") -> Iterator[dict[str, str]]:
    """Rows of an original source file (O*NET TSV with CRLF, or BLS CSV)."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        yield from csv.DictReader(f, delimiter=delimiter)
