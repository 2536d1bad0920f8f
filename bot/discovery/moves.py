"""Career moves: occupations close to one's own that pay more ("jobs like cashier that pay more", "what can a
nurse move into", "I'm a truck driver, what could I switch to").

Closeness is O*NET's own: its related occupations, in its order (primary-short, primary-long, supplemental),
which O*NET derives from the similarity of what the jobs require and do. A move is kept only when its BLS
median pay is higher than the source's (unless the user asks otherwise: "jobs like nurse" keeps all), and it
is shown with the pay gain, the typical entry education and the skills most worth building (the largest O*NET
importance gaps).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.answers import callbacks
from bot.answers.footers import datasets_footer, with_footer
from bot.answers.lookup import Lookup
from bot.answers.replies import MAX_TEXT, Button, Reply
from bot.answers.sections import importance_gaps
from bot.answers.wording import esc, money
from knowledge.datasets import OEWS, ONET, PROJECTIONS
from knowledge.models import Profile

LIMIT = 6
IMPORTANT = 3.0
"""A skill worth building must matter in the new job: O*NET importance at least 3 ("important") of 5."""


@dataclass(frozen=True)
class Move:
    target: Profile
    gain: int | None  # median pay difference, dollars
    gain_pct: float | None
    skills: list[str]  # the skills and knowledge most worth building


def skill_gap(source: Profile, target: Profile, limit: int = 3) -> list[str]:
    """The important skills of the target with the largest importance gaps (sections.importance_gaps)."""
    needs = [(d, s.name) for d, s, _ in importance_gaps(source, target) if s.importance >= IMPORTANT]
    return [name for _, name in sorted(needs, key=lambda n: (-n[0], n[1]))][:limit]


def moves(source: Profile, related: list[Profile], more_pay: bool = True) -> list[Move]:
    """The related occupations in O*NET's order, those paying more first (only those, by default)."""
    base = source.salary.annual_median if source.salary else None
    out = []
    for target in related:
        pay = target.salary.annual_median if target.salary else None
        gain = pay - base if pay is not None and base is not None else None
        if more_pay and (gain is None or gain <= 0):
            continue
        pct = round(100 * gain / base, 1) if gain is not None and base else None
        out.append(Move(target, gain, pct, skill_gap(source, target)))
    return out


def moves_reply(lookup: Lookup, code: str, more_pay: bool = True) -> Reply:
    """Related occupations that pay more, with the gain, the entry education and the skills to build."""
    source = lookup.store.profile(code)
    if source is None:
        return lookup.expired()
    official = lookup.official(source)
    base = official.salary.annual_median if official.salary else None
    medians = lookup.store.medians([r.code for r in official.related])
    keep = [r.code for r in official.related if not more_pay or (
        base is not None and (medians.get(r.code) or 0) > base)][:LIMIT]  # profiles only for those shown
    related = [p for p in (lookup.store.profile(c) for c in keep) if p is not None]
    found, shared = _one_per_wage_code(moves(official, related, more_pay), official)
    head = "that pay more than" if more_pay else "close to"
    lines = [f"<b>Moves from {esc(source.title)}</b>",
             f"Jobs O*NET relates to {esc(official.title)} {head} its median {money(base)}:" if more_pay else
             f"Jobs O*NET relates to {esc(official.title)} (median {money(base)}):", ""]
    if not found:
        lines.append("None of its related occupations has a higher median pay." if more_pay else
                     "O*NET lists no related occupations for it.")
    rows: list[list[Button]] = []
    results = []
    for i, m in enumerate(found, 1):
        lines += _move_lines(i, m, shared.get(m.target.code, []))
        t = m.target
        results.append({"code": t.code, "title": t.title, "pay_gain": m.gain})
        rows.append([Button(t.title[:40], callbacks.encode("overview", [t.code])),
                     Button("Compare", callbacks.encode("overview", [source.code, t.code])),
                     Button("Skills gap", callbacks.encode("gap", [official.code, t.code]))])
    footer = datasets_footer([ONET, OEWS, PROJECTIONS])
    return Reply(with_footer("\n".join(lines), footer, MAX_TEXT), rows, results=results)


def _one_per_wage_code(found: list[Move], source: Profile) -> tuple[list[Move], dict[str, list[str]]]:
    """O*NET occupations that BLS counts under one SOC code share one set of figures: the list shows the code
    once (the first in O*NET's order) and names the others it stands for."""
    kept: dict[str, Move] = {}
    shared: dict[str, list[str]] = {}
    for m in found:
        key = m.target.wage_code or m.target.code
        if key in kept:
            shared.setdefault(kept[key].target.code, []).append(m.target.title)
        else:
            kept[key] = m
    return list(kept.values()), shared


def _move_lines(i: int, m: Move, shared: list[str]) -> list[str]:
    t = m.target
    pay = t.salary.annual_median if t.salary else None
    gain = f"{'+' if (m.gain or 0) >= 0 else '−'}{money(abs(m.gain))}" if m.gain is not None else "n/a"
    share = f" ({m.gain_pct:+g}%)" if m.gain_pct is not None else ""
    lines = [f"{i}. <b>{esc(t.title)}</b> — median {money(pay)}, {gain}{share}"]
    if shared:
        lines.append(f"    <i>BLS counts {esc(', '.join(shared))} with it: the same figures.</i>")
    entry = t.outlook.entry_education if t.outlook and t.outlook.entry_education else "not published"
    training = t.outlook.training if t.outlook and t.outlook.training else None
    lines.append(f"    Entry: {esc(entry)}" + (f"; training: {esc(training)}" if training else ""))
    if m.skills:
        lines.append(f"    Skills to build: {esc(', '.join(s.lower() for s in m.skills))}")
    return lines
