"""Ranked lists: ten occupations with the figure ranked by, a button each, and paging. The request is read by
``bot/understanding/listing.py``; the figures come from the store as they are."""

from __future__ import annotations

from dataclasses import replace

from bot.answers import callbacks
from bot.answers.footers import datasets_footer, with_footer
from bot.answers.lookup import Lookup
from bot.answers.replies import MAX_TEXT, Button, Reply, pager
from bot.answers.wording import esc, money, number, pct
from bot.understanding import listing
from bot.understanding.listing import ListSpec
from knowledge.datasets import OEWS, PROJECTIONS


def ranked(lookup: Lookup, spec: ListSpec) -> Reply:
    place = lookup.area_name(spec.area) if spec.area else None
    if spec.area and not place:
        return lookup.expired()
    education = listing.EDUCATION.get(spec.education or "", ())
    trainings: tuple[str, ...] = ()
    if spec.start:  # a degree named widens where one starts from ("entry level jobs with a master's")
        start = listing.START[spec.start]
        education, trainings = education or start.educations, start.trainings
    rows, total = lookup.store.ranking(spec.metric, spec.families, education, spec.area,
                                       listing.PAGE, spec.page * listing.PAGE, spec.min_pay, spec.min_growth,
                                       trainings, no_experience=spec.start is not None)
    families = _family_titles(lookup)
    title = spec.describe(place)
    if spec.families:
        title += " — " + ", ".join(families.get(f, f) for f in spec.families)
    if not rows:
        return Reply(f"<b>{esc(title)}</b>\nNo occupation matches all of that. Try fewer filters.",
                     lookup.examples(), results=[])
    local = spec.area and spec.metric in ("pay", "jobs")
    lines = [f"<b>{esc(title)}</b>"]
    if spec.area and not local:
        lines.append(f"<i>{esc(listing.METRICS[spec.metric].capitalize())} are national figures: BLS "
                     f"projects occupations for the whole country only.</i>")
    start = spec.page * listing.PAGE
    results = []
    for i, r in enumerate(rows, start + 1):
        lines.append(f"{i}. {esc(r.title)} — {_figure(spec.metric, r.value, r.top_coded)}")
        results.append({"code": r.code, "title": r.title, spec.metric: r.value})
    lines.append(f"\n{start + 1}–{start + len(rows)} of {total} occupations, ranked by "
                 f"{listing.METRICS[spec.metric]}{' in ' + esc(place) if local else ''}.")
    area = spec.area if local else None
    buttons = [[Button(r.title[:60], callbacks.encode("salary" if local else "overview", [r.code], area))]
               for r in rows]
    buttons += pager(
        callbacks.encode_list(replace(spec, page=spec.page - 1)) if spec.page > 0 else None,
        callbacks.encode_list(replace(spec, page=spec.page + 1))
        if start + len(rows) < total and spec.page < listing.MAX_PAGE else None)
    used = [OEWS] if spec.metric in ("pay", "jobs") else [PROJECTIONS]
    if (spec.education or spec.start) and PROJECTIONS not in used:
        used.append(PROJECTIONS)
    return Reply(with_footer("\n".join(lines), datasets_footer(used), MAX_TEXT), buttons, results=results)


NO_REMOTE_DATA = "The data I use (O*NET, BLS) doesn't record which jobs can be done from home"


def from_home(lookup: Lookup, spec: ListSpec) -> Reply:
    """A list of jobs done from home: no dataset here records where work is done, so no list pretends to. With a
    field named, its list says it is not filtered for that; without one, desk fields are offered, ranked as asked."""
    if spec.families:
        reply = ranked(lookup, spec)
        note = f"<i>{NO_REMOTE_DATA}, so this list isn't filtered for it.</i>\n\n"
        return replace(reply, text=note + reply.text)
    families = _family_titles(lookup)
    text = (f"<b>Jobs done from home</b>\n{NO_REMOTE_DATA}, so I can't rank remote jobs. Here are desk fields to "
            f"look through, ranked by {esc(listing.METRICS[spec.metric])}:")
    buttons = [[Button(families.get(f, f)[:60], callbacks.encode_list(replace(spec, families=(f,), page=0)))]
               for f in listing.DESK_FAMILIES]
    return Reply(text, buttons + lookup.examples(), results=[])


def _family_titles(lookup: Lookup) -> dict[str, str]:
    """Each SOC major group's title by its two digits ("29" → "Healthcare Practitioners and Technical")."""
    return {f.code[:2]: f.title for f in lookup.store.families()}


def _figure(metric: str, value: float, top_coded: tuple[str, ...]) -> str:
    if metric == "pay":
        return money(None if "annual_median" in top_coded else value, top_coded=True) + " median"
    if metric == "growth":
        return pct(value, signed=True)
    if metric == "openings":
        return f"{number(value)} openings a year"
    return f"{number(value)} jobs"
