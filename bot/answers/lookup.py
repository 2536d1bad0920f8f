"""The store as reply builders read it: profiles by code, a page profile's official occupation, place names,
and the reply for a tap whose data no longer names anything."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.answers import texts
from bot.answers.replies import Button, Reply
from knowledge.models import AreaWage, Profile
from knowledge.store import Store

if TYPE_CHECKING:
    from bot.understanding.meaning import Meaning


class Lookup:
    def __init__(self, store: Store, examples: Callable[[], list[list[Button]]],
                 meaning: Meaning | None = None) -> None:
        self.store = store
        self.meaning = meaning
        """Sentence vectors, for answers that match by meaning (None: words only)."""
        self.examples = examples
        """The welcome's examples as buttons (shown under an expired or empty answer)."""

    def expired(self) -> Reply:
        return Reply(texts.EXPIRED, self.examples())

    def profiles(self, codes: list[str] | tuple[str, ...]) -> list[Profile] | None:
        """Every code's profile, or None when any is unknown (a stale button)."""
        profiles = [self.store.profile(c) for c in codes]
        return None if not profiles or any(p is None for p in profiles) else profiles

    def official(self, p: Profile) -> Profile:
        """Page profiles have shares, not O*NET importance: a gap uses their linked official occupation."""
        if p.origin == "page" and p.onet_code:
            return self.store.profile(p.onet_code) or p
        return p

    def with_official_related(self, p: Profile) -> Profile:
        """A page profile lists the related jobs of the official occupation it links to."""
        official = self.official(p)
        return p.model_copy(update={"related": official.related}) if official is not p else p

    def area_name(self, area: str | None) -> str | None:
        return self._area_names.get(area) if area else None

    @functools.cached_property
    def _area_names(self) -> dict[str, str]:
        return {a.area_code: a.name for a in self.store.areas()}

    def area_wage(self, p: Profile, area: str) -> tuple[AreaWage | None, str | None]:
        """The job's wages in a place, and for a page profile the official occupation they belong to."""
        official = self.official(p)
        via = official.title if official is not p else None
        return self.store.area_wage(official.wage_code, area), via
