"""What one chat remembers between messages, so typed follow-ups ("and skills?", "more") work."""

from __future__ import annotations

from pydantic import BaseModel, Field


class ChatMemory(BaseModel):
    """The last occupations, topic and place, or the last ranked list or search (as its button data).
    Nothing else is kept; button taps carry everything they need."""

    codes: list[str] = Field(default_factory=list)
    topic: str | None = None
    area: str | None = None
    listing: str | None = None
    said: str | None = None
    """The whole description of the last search (its button data holds only what fits)."""
