"""The first answer: a comparison verdict in the seed pages' spirit, or one job's card, with its overview."""

from __future__ import annotations

from bot.answers.wording import (
    NOT_PUBLISHED,
    age,
    article,
    capital,
    esc,
    join_words,
    money,
    number,
    pct,
    plural,
    singular,
)
from knowledge.models import Profile


def overview_rows(p: Profile) -> list[tuple[str, str]]:
    """The overview table of the seed pages, one (label, value) per row; missing values read 'not published'."""
    s, o, e, d = p.salary, p.outlook, p.education, p.demographics
    degree = (f"{e.most_common.label}, {pct(e.most_common.pct)}" if e and e.most_common else NOT_PUBLISHED)
    if d and d.average_age is not None:
        age_row = ("Average age", age(d.average_age))
    else:
        age_row = ("Median age", age(d.median_age if d else None))
    return [
        ("Yearly salary", money(s.annual_mean if s else None, s is not None and "annual_mean" in s.top_coded)),
        ("Hourly rate", money(s.hourly_mean if s else None, cents=True)),
        ("Growth rate", pct(o.growth_pct if o else None, signed=True)),
        ("Number of jobs", number(s.employment if s else None)),
        ("Most common degree", degree),
        age_row,
        ("Years of experience", (e.experience if e and e.experience else NOT_PUBLISHED)),
        ("Time to become", (e.time_to_become if e and e.time_to_become else NOT_PUBLISHED)),
    ]


def overview_block(profiles: list[Profile]) -> str:
    """The overview as a list (reads well on a phone: no wide table)."""
    if len(profiles) == 1:
        return "\n".join(f"• {label}: <b>{esc(value)}</b>" for label, value in overview_rows(profiles[0]))
    rows = [overview_rows(p) for p in profiles]
    lines = []
    for i, (label, _) in enumerate(rows[0]):
        lines.append(f"<b>{esc(label)}</b>")
        lines += [f"• {esc(p.title)}: {esc(r[i][1])}" for p, r in zip(profiles, rows, strict=True)]
    return "\n".join(lines)


def _average(p: Profile) -> float | None:
    return p.salary.annual_mean if p.salary else None


def verdict(profiles: list[Profile]) -> str:
    """'It usually takes 1-2 years to become … Medical office administrators earn $34,252 on average, $1,298
    (4%) more than patient coordinators. The top three skills …'"""
    sentences = []
    times = [(p, p.education.time_to_become) for p in profiles if p.education and p.education.time_to_become]
    if len(times) == len(profiles):
        parts = [f"{esc(t)} to become {article(singular(p))} {esc(singular(p))}" for p, t in times]
        sentences.append(f"It usually takes {join_words(parts)}.")
    paid = sorted((p for p in profiles if _average(p) is not None), key=lambda p: -_average(p))
    if len(paid) >= 2:
        top, low = paid[0], paid[-1]
        gap = _average(top) - _average(low)
        rel = round(100 * gap / _average(low)) if _average(low) else 0
        if len(paid) == 2:
            sentences.append(
                f"{esc(capital(plural(top)))} earn {money(_average(top))} on average, {money(gap)} ({rel}%) more "
                f"than {esc(plural(low))} ({money(_average(low))}).")
        else:
            # A share names its base: the gap is a share of what the top earner makes ("28% less than …").
            less = round(100 * gap / _average(top))
            sentences.append(
                f"{esc(capital(plural(top)))} earn the most, {money(_average(top))} on average; "
                f"{esc(plural(low))} the least, {money(_average(low))}, {money(gap)} ({less}%) less than "
                f"{esc(plural(top))}.")
    missing = [p for p in profiles if _average(p) is None]
    if missing:
        sentences.append(f"No average salary is published for {join_words([esc(plural(p)) for p in missing])}.")
    skills = []
    for p in profiles:
        top3 = [s.name.lower() for s in p.top_skills(3)]
        if top3:
            skills.append(f"{esc(singular(p))}: {esc(join_words(top3))}")
    if skills:
        # O*NET skills are ranked by how much more they matter than for the average job; pages keep their own.
        beyond = (" (beyond what every job needs)" if any(s.lift is not None for p in profiles for s in p.top_skills(3))
                  else "")
        sentences.append(f"Top three skills{beyond} — {'; '.join(skills)}.")
    return " ".join(sentences)


def comparison_text(profiles: list[Profile]) -> str:
    title = " vs ".join(esc(p.title) for p in profiles)
    return f"<b>{title}</b>\n\n{verdict(profiles)}\n\n<b>Overview</b>\n{overview_block(profiles)}"


def card_text(p: Profile) -> str:
    lines = [f"<b>{esc(p.title)}</b>"]
    if p.family:
        lines.append(f"<i>{esc(p.family)}</i>")
    lines += ["", overview_block([p])]
    if p.description:
        lines += ["", f"<b>What does {article(singular(p))} {esc(singular(p))} do?</b>", esc(p.description)]
    return "\n".join(lines)
