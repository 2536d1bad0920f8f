"""Each follow-up section (salary, skills, duties, education, demographics, outlook, related, the path into the
job) as HTML text.

Sections follow the seed pages' layout; for several occupations each gets its own block under its title.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answers.wording import NOT_PUBLISHED, age, esc, money, number, pct, share
from knowledge.datasets import PROJECTIONS
from knowledge.models import AreaWage, Profile, Share, Skill

DUTIES_PER_PAGE = 6


def _head(p: Profile) -> list[str]:
    """Each job's block starts with its title (with one job too, so the answer says what it is about)."""
    return [f"<b>{esc(p.title)}</b>"]


def salary(profiles: list[Profile], places: dict[str, tuple[AreaWage | None, str | None]],
           place_name: str | None) -> str:
    """Salary blocks; with a place, each job's wages there (a page profile's via its official occupation)."""
    lines = ["<b>Salary</b>" + (f" — {esc(place_name)} beside the US" if place_name else "")]
    for p in profiles:
        s = p.salary
        lines += ["", *_head(p)]
        if s is None:
            lines.append(f"Wages: {NOT_PUBLISHED}.")
            continue
        top = set(s.top_coded)
        lines.append(f"• Average salary: <b>{money(s.annual_mean, 'annual_mean' in top)}</b>")
        if s.annual_median is not None or "annual_median" in top:
            lines.append(f"• Median salary: {money(s.annual_median, 'annual_median' in top)}")
        lines.append(f"• Hourly: {money(s.hourly_mean, cents=True)} average"
                     + (f", {money(s.hourly_median, cents=True)} median" if s.hourly_median else ""))
        if s.range_low is not None:
            lines.append(f"• Salary range: between {money(s.range_low)} and {money(s.range_high)}")
        elif s.annual_p10 is not None or "annual_p90" in top:
            lines.append(f"• Salary range: {money(s.annual_p10)} to {money(s.annual_p90, 'annual_p90' in top)}"
                         " (10th–90th percentile)")
        if s.employment is not None:
            lines.append(f"• Number of jobs: {number(s.employment)}")
        for label, place in (("Highest paying city", s.top_metro), ("Highest paying state", s.top_state),
                             ("Best paying industry", s.best_industry)):
            if place:
                extra = f" ({money(place.annual_mean)})" if place.annual_mean else ""
                lines.append(f"• {label}: {esc(place.name)}{extra}")
        if s.best_company:
            lines.append(f"• Best paying company: {esc(s.best_company)}")
        if place_name:
            row, via = places.get(p.code, (None, None))
            lines.append(_place_line(row, place_name, via))
    return "\n".join(lines)


def _place_line(row: AreaWage | None, place_name: str, via: str | None) -> str:
    where = esc(row.area_name if row else place_name)
    if via:
        where += f" (BLS figures for {esc(via)})"
    if row is None:
        return f"• In {where}: {NOT_PUBLISHED}"
    top = set(row.top_coded)
    parts = [f"average {money(row.annual_mean, 'annual_mean' in top)}"]
    if row.annual_median is not None or "annual_median" in top:
        parts.append(f"median {money(row.annual_median, 'annual_median' in top)}")
    if row.employment:
        parts.append(f"{number(row.employment)} jobs")
    return f"• In {where}: <b>{', '.join(parts)}</b>"


def skills(profiles: list[Profile]) -> str:
    """Skills: a page's own list with shares; for O*NET occupations the skills and knowledge that matter more
    here than in the average job (with the importance and that average), then the job's own kinds of tools."""
    many = len(profiles) > 1
    lines = ["<b>Skills</b>"]
    for p in profiles:
        lines += ["", *_head(p)]
        shared = [s for s in p.skills if s.share is not None]
        if shared:
            lines += [f"• {esc(s.name)}, {pct(s.share)}" for s in shared[:8]]
            continue
        ranked = [s for s in p.skills if s.kind == "skill" and s.importance][: 5 if many else 6]
        know = [s for s in p.skills if s.kind == "knowledge" and s.importance][: 3 if many else 4]
        tech = technology_by_kind([s for s in p.skills if s.kind == "technology"], 2 if many else 3)
        if not (ranked or know or tech):
            lines.append(f"Skills: {NOT_PUBLISHED}.")
            continue
        if ranked:
            lines.append("<i>What sets it apart (O*NET importance 1–5; the average job in brackets):</i>")
            lines += [f"• {esc(s.name)} — <b>{s.importance:.1f}</b>{_average(s)}" for s in ranked]
        if know:
            lines.append("<i>Knowledge:</i> " + esc(", ".join(f"{s.name} {s.importance:.1f}" for s in know)))
        for kind, tools in tech:
            names = ", ".join(f"{t.name}{' 🔥' if t.hot else ''}" for t in tools)
            lines.append(f"<i>{esc(kind)}:</i> {esc(names)}")
    if any(t.hot for p in profiles for t in p.skills if t.kind == "technology" and t.share is None):
        lines += ["", "🔥 a hot technology: often in employers' job postings (O*NET)."]
    return "\n".join(lines)


def _average(s: Skill) -> str:
    """The average job's importance, as the lift stored with the skill tells it."""
    return f" ({s.importance - s.lift:.1f})" if s.lift is not None and s.importance is not None else ""


def technology_by_kind(tools: list[Skill], kinds: int) -> list[tuple[str, list[Skill]]]:
    """The job's tools grouped by kind (O*NET commodity group), in the stored order: its most specific kinds
    first, hot tools first within each (a profile holds at most Store.TECHNOLOGY_PER_KIND of a kind)."""
    groups: dict[str, list[Skill]] = {}
    for t in tools:
        groups.setdefault(t.grp or "Technology", []).append(t)
    return list(groups.items())[:kinds]


def duties(profiles: list[Profile], page: int = 0) -> tuple[str, bool]:
    """Duties, a page of six per job; returns the text and whether there are more."""
    lines = ["<b>Duties and responsibilities</b>"]
    more = False
    per = DUTIES_PER_PAGE // 2 if len(profiles) > 2 else DUTIES_PER_PAGE
    for p in profiles:
        lines += ["", *_head(p)]
        chunk = p.tasks[page * per:(page + 1) * per]
        more = more or len(p.tasks) > (page + 1) * per
        if not chunk:
            lines.append("No more duties listed." if page else f"Duties: {NOT_PUBLISHED}.")
        lines += [f"• {esc(t.text)}" for t in chunk]
    return "\n".join(lines), more


def _per_job(heading: str, profiles: list[Profile], block: Callable[[Profile], list[str] | None],
             missing: str) -> str:
    """A section: its heading, then each job's title and block (or ``missing`` when it has no data)."""
    lines = [f"<b>{heading}</b>"]
    for p in profiles:
        body = block(p)
        lines += ["", *_head(p), *(body if body is not None else [missing])]
    return "\n".join(lines)


def _facts(pairs: tuple[tuple[str, str | None], ...]) -> list[str]:
    return [f"• {label}: {esc(value)}" for label, value in pairs if value]


def _largest(shares: list[Share], n: int) -> str:
    """The n largest shares, escaped: 'Bachelor's degree 53.3%, Associate's degree 28.2%, …'."""
    top = sorted(shares, key=lambda s: -(s.pct or 0))[:n]
    return esc(", ".join(f"{s.label} {pct(s.pct)}" for s in top))


def _education(p: Profile) -> list[str] | None:
    e, o = p.education, p.outlook
    if e is None:
        return None
    lines = []
    if e.most_common:
        lines.append(f"• Most common degree: <b>{esc(e.most_common.label)}, {pct(e.most_common.pct)}</b>")
    shares = e.attainment or e.levels
    if shares:
        what = "Workers' highest degree" if e.attainment else "Level of education required"
        lines.append(f"• {what}: " + _largest(shares, 4))
    lines += _facts((("Most common major", e.major), ("Most common college", e.college),
                     ("Years of experience", e.experience), ("Time to become", e.time_to_become),
                     ("Typical entry education", o.entry_education if o else None),
                     ("Training", o.training if o else None)))
    return lines


LICENSING = re.compile(r"[^.]*\b(?:licens\w*|registration|certification|certified)\b[^.]*\b(?:required|require|"
                       r"requires|must)\b[^.]*\.|[^.]*\bmust\s+be\s+(?:licensed|certified|registered)\b[^.]*\.", re.I)


def licensing(p: Profile) -> str | None:
    """What O*NET's own description says about a licence ("Licensing or registration required."), if anything."""
    m = LICENSING.search(p.description or "")
    return m.group(0).strip() if m else None


def _path(p: Profile, official: Profile) -> list[str]:
    """The way into one job: education, experience, training, licence and time, each from where it is said."""
    e = p.education or official.education
    o = p.outlook if p.outlook and p.outlook.entry_education else official.outlook
    bls = f"BLS, for {esc(official.title)}" if official is not p else "BLS"
    steps: list[list[str]] = []
    education: list[str] = []
    if o and o.entry_education:
        education.append(f"<b>Education:</b> {esc(o.entry_education.lower())} is the usual way in ({bls})")
    elif e and e.most_common:
        education.append(f"<b>Education:</b> most have a {esc(e.most_common.label.lower())}")
    if p is not official and e and e.most_common:
        education.append(f"Most common degree: {esc(e.most_common.label)}, {pct(e.most_common.pct)}")
    attainment = (e.attainment if e else []) or (official.education.attainment if official.education else [])
    if attainment:
        education.append("Today's workers' highest degree: " + _largest(attainment, 3) +
                         (f" ({bls})" if p is not official else ""))
    if e and e.major:
        education.append(f"Most common major: {esc(e.major)}")
    if education:
        steps.append(education)
    experience = [f"{esc(o.related_experience.lower())} in a related job needed to start ({bls})"] \
        if o and o.related_experience else []
    if e and e.experience:
        experience.append(f"{esc(e.experience)} usual in the job{' (O*NET)' if p.origin == 'onet' else ''}")
    if experience:
        steps.append(["<b>Experience:</b> " + "; ".join(experience)])
    if o and o.training:
        steps.append([f"<b>Training on the job:</b> {esc(o.training.lower())} ({bls})"])
    licence = licensing(official) or licensing(p)
    steps.append([f"<b>Licence:</b> O*NET says “{esc(licence)}”" if licence else
                  "<b>Licence:</b> O*NET's description names none; rules differ by state, so check your state's "
                  "licensing board"])
    lines = []
    for i, (first, *more) in enumerate(steps, 1):
        lines += [f"{i}. {first}", *(f"    ◦ {m}" for m in more)]
    if e and e.time_to_become:
        zone = f" (O*NET job zone {p.job_zone} of 5)" if p.job_zone and p is official else ""
        lines.append(f"⏱ Time to become: <b>{esc(e.time_to_become)}</b>{zone}")
    return lines


def path(profiles: list[Profile], officials: list[Profile]) -> str:
    """How to become each job: the section a "how do I become …" question gets."""
    lines = ["<b>How to become</b>"]
    for p, official in zip(profiles, officials, strict=True):
        lines += ["", *_head(p), *_path(p, official)]
    return "\n".join(lines)


def education(profiles: list[Profile]) -> str:
    return _per_job("Education", profiles, _education, f"Education: {NOT_PUBLISHED}.")


def _demographics(p: Profile) -> list[str] | None:
    d = p.demographics
    if d is None:
        return None
    lines = [f"• Average age: {age(d.average_age)}" if d.average_age is not None else
             f"• Median age: {age(d.median_age)}",
             f"• Gender: women {share(d.pct_women)}, men {share(d.pct_men)}"]
    if d.race:
        lines.append("• Race and ethnicity: " + esc(", ".join(f"{s.label} {share(s.pct)}" for s in d.race)))
    if d.lgbt_pct is not None:
        lines.append(f"• LGBT: {pct(d.lgbt_pct)}")
    if d.census_title:
        lines.append(f"<i>CPS occupation: {esc(d.census_title)}; Hispanic people may be of any race.</i>")
    return lines


def demographics(profiles: list[Profile]) -> str:
    return _per_job("Demographics", profiles, _demographics, f"Demographics: {NOT_PUBLISHED} for this occupation.")


def _outlook(p: Profile) -> list[str] | None:
    o = p.outlook
    if o is None:
        return None
    period = f" ({PROJECTIONS.year})" if o.employment_2024 else ""
    lines = [f"• Growth: <b>{pct(o.growth_pct, signed=True)}</b>{period}"]
    if o.employment_2024:
        lines.append(f"• Jobs: {number(o.employment_2024)} in 2024 → {number(o.employment_2034)} in 2034")
    if o.openings:
        lines.append(f"• Openings: about {number(o.openings)} a year")
    return lines + _facts((("Entry education", o.entry_education), ("Related experience", o.related_experience),
                           ("On-the-job training", o.training)))


def outlook(profiles: list[Profile]) -> str:
    return _per_job("Job outlook", profiles, _outlook, f"Outlook: {NOT_PUBLISHED}.")


def related(profiles: list[Profile], limit: int) -> str:
    lines = ["<b>Related jobs</b>"]
    for p in profiles:
        lines += ["", *_head(p)]
        if not p.related:
            lines.append("No related occupations listed." if p.origin == "onet" else
                         "See the official occupation for related jobs.")
        lines += [f"• {esc(r.title)}" for r in p.related[:limit]]
    return "\n".join(lines)


GAP_MIN = 0.25
"""An importance difference (1–5 scale) above this is a skill the new job clearly needs more."""


def importance_gaps(source: Profile, target: Profile) -> list[tuple[float, Skill, float]]:
    """The target's skills and knowledge whose O*NET importance exceeds the source's by more than GAP_MIN:
    (difference, the target's skill, the source's importance), in the target's order."""
    have = {(s.kind, s.name): s.importance or 0 for s in source.skills if s.kind in ("skill", "knowledge")}
    needs = [(s.importance - have.get((s.kind, s.name), 0), s, have.get((s.kind, s.name), 0))
             for s in target.skills if s.kind in ("skill", "knowledge") and s.importance]
    return [n for n in needs if n[0] > GAP_MIN]


def gap(source: Profile, target: Profile, limit: int = 8) -> str:
    """What ``target`` needs more than ``source``: skills and knowledge by O*NET importance difference."""
    needs = sorted(importance_gaps(source, target), key=lambda n: -n[0])[:limit]
    lines = [f"<b>From {esc(source.title)} to {esc(target.title)}</b>", ""]
    if not needs:
        lines.append("No skill or knowledge area is clearly more important in the new job "
                     "(O*NET importance, difference above 0.25 on a 1–5 scale).")
    else:
        lines.append("What the new job needs more (O*NET importance, 1–5):")
        lines += [f"• {esc(s.name)} ({s.kind}): {had:g} → <b>{s.importance:g}</b>" for _, s, had in needs]
    return "\n".join(lines)
