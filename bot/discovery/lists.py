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
    rows, total = lookup.store.ranking(spec.metric, spec.families, education, spec.area,
                                       listing.PAGE, spec.page * listing.PAGE, spec.min_pay, spec.min_growth)
    families = {f.code[:2]: f.title for f in lookup.store.families()}
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
    if spec.education and PROJECTIONS not in used:
        used.append(PROJECTIONS)
    return Reply(with_footer("\n".join(lines), datasets_footer(used), MAX_TEXT), buttons, results=results)


def _figure(metric: str, value: float, top_coded: tuple[str, ...]) -> str:
    if metric == "pay":
        return money(None if "annual_median" in top_coded else value, top_coded=True) + " median"
    if metric == "growth":
        return pct(value, signed=True)
    if metric == "openings":
        return f"{number(value)} openings a year"
    return f"{number(value)} jobs"
