"""Every answer names its sources: a footer under the body, kept within Telegram's limits."""

from __future__ import annotations

from bot.answers.wording import esc
from knowledge.datasets import CPS, OEWS, ONET, PAGES, PROJECTIONS, Dataset, footer_label
from knowledge.models import Profile

SOURCES_BY_SECTION = {
    "overview": None, "salary": (OEWS.name,), "skills": (ONET.name,), "duties": (ONET.name,),
    "education": (ONET.name, PROJECTIONS.name), "demographics": (CPS.name,),
    "outlook": (PROJECTIONS.name,), "related": (ONET.name,), "gap": (ONET.name,), "chart": (OEWS.name,),
    "path": (ONET.name, PROJECTIONS.name, PAGES.name),
}
"""Which of a profile's sources a section's figures come from (dataset name prefixes; None: all)."""


def profiles_footer(profiles: list[Profile], topic: str) -> str:
    """The sources of these profiles' figures that this section shows, each once."""
    wanted = SOURCES_BY_SECTION.get(topic)
    seen: list[str] = []
    for p in profiles:
        for s in p.sources:
            if s.dataset.startswith(PAGES.name):
                label = "career comparison page (undated)"
            elif wanted is None or s.dataset.startswith(wanted):
                label = f"{s.dataset}, {s.year}"
            else:
                continue
            if label not in seen:
                seen.append(label)
    return f"<i>Source: {esc('; '.join(seen) or ONET.name)}. /about</i>"


def datasets_footer(datasets: list[Dataset]) -> str:
    """Sources named by dataset, for answers about many jobs."""
    return f"<i>Source: {esc('; '.join(footer_label(d) for d in datasets))}. /about</i>"


def with_footer(body: str, footer: str, limit: int) -> str:
    """Body and footer within Telegram's limit: the body is cut at a line break (every line closes its own
    tags), so the result stays valid HTML and the sources are always shown."""
    room = limit - len(footer) - 2
    if len(body) > room:
        cut = body.rfind("\n", 0, room - 2)
        body = body[:cut] + "\n…" if cut > 0 else "…"
    return body + "\n\n" + footer
