"""careerbot's conversation core: understanding messages and composing replies (never imports telegram)."""

import knowledge  # noqa: F401 — its BLAS settings come before anything here loads numpy
