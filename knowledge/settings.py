"""The settings every entry point reads, from the environment and `.env` (pydantic-settings), in one place.

``knowledge build``, ``chat``, ``ask`` and ``run`` all find the store through ``StoreSettings``; the bot's own
settings (handlers/settings.py) extend it, so a `CAREERBOT_STORE` in `.env` means the same store to every command.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PACKAGE_DIR = Path(__file__).resolve().parent


def _default_store() -> Path:
    """var/knowledge.sqlite in a source checkout, else the user cache."""
    checkout = PACKAGE_DIR.parent
    if (checkout / "pyproject.toml").exists():
        return checkout / "var" / "knowledge.sqlite"
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return cache / "careerbot" / "knowledge.sqlite"


class StoreSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    careerbot_store: Path = Field(default_factory=_default_store, description="knowledge store path")
