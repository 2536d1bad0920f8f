"""Where the shipped extracts and the built store live."""

from __future__ import annotations

from pathlib import Path

from knowledge.settings import PACKAGE_DIR, StoreSettings

DATA_DIR = PACKAGE_DIR / "data"
SEEDS_DIR = DATA_DIR / "seeds"


def default_store_path() -> Path:
    """$CAREERBOT_STORE (from the environment or `.env`), else var/knowledge.sqlite in a source checkout, else the
    user cache: the same answer for every command (knowledge.settings)."""
    return StoreSettings().careerbot_store.expanduser()
