"""Jobs for a major: the occupations NCES links a college program to (CIP 2020 → SOC 2018 crosswalk), the
largest first, with pay and growth; the other programs the words could name are a tap away."""

from __future__ import annotations

from bot.answers import callbacks
from bot.answers.footers import datasets_footer, with_footer
from bot.answers.lookup import Lookup
from bot.answers.replies import MAX_TEXT, Button, Reply
from bot.answers.wording import esc, money, number, pct
from bot.understanding.majors import MajorSpec
from knowledge.datasets import CIP, OEWS, PROJECTIONS
from knowledge.major_index import MajorIndex

LIMIT = 8


def majors_reply(lookup: Lookup, index: MajorIndex, spec: MajorSpec) -> Reply:
    programs = [index.by_cip[c] for c in spec.cips if c in index.by_cip]
    if not programs:
        return lookup.expired()
    major = programs[0]
    jobs = index.jobs(major.cip, LIMIT)
    lines = [f"<b>Jobs for a major in {esc(major.title)}</b> <i>(CIP {esc(major.cip)})</i>"]
    if not jobs:
        lines.append("NCES links this program to no occupation with published figures.")
    else:
        lines.append("Occupations this program prepares for, by number of jobs:")
    results, rows = [], []
    for i, job in enumerate(jobs, 1):
        pay = money(None if job.top_coded else job.annual_median, top_coded=job.top_coded)
        lines.append(f"{i}. <b>{esc(job.title)}</b> — median {pay}, growth {pct(job.growth_pct, signed=True)}, "
                     f"{number(job.employment)} jobs")
        results.append({"code": job.code, "title": job.title, "cip": major.cip})
        rows.append([Button(job.title[:60], callbacks.encode("overview", [job.code]))])
    for other in programs[1:]:
        rows.append([Button(f"Major: {other.title}"[:60], callbacks.encode_major(MajorSpec("", (other.cip,))))])
    lines.append(f"\n<i>The link is the {esc(CIP.citation)}: programs that prepare for an occupation, "
                 "not the only way in.</i>")
    return Reply(with_footer("\n".join(lines), datasets_footer([CIP, OEWS, PROJECTIONS]), MAX_TEXT), rows,
                 results=results)
