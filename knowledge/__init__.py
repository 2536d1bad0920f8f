"""What careerbot knows: profile models, the SQLite store and how it is built."""

from knowledge import blas  # noqa: F401 — before anything loads numpy
