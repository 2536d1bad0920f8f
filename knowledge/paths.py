"""Where the shipped extracts and the built store live."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
SEEDS_DIR = DATA_DIR / "seeds"


def default_store_path() -> Path:
    """$CAREERBOT_STORE, else var/knowledge.sqlite in a source checkout, else the user cache."""
    env = os.environ.get("CAREERBOT_STORE")
    if env:
        return Path(env).expanduser()
    checkout = PACKAGE_DIR.parent
    if (checkout / "pyproject.toml").exists():
        return checkout / "var" / "knowledge.sqlite"
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return cache / "careerbot" / "knowledge.sqlite"
