"""Jobs by tool: the occupations where a tool the user named is central (``knowledge/tool_index.py`` ranks them;
the question is read by ``bot/understanding/tools.py``), each with pay and growth and a button to its skills."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.answers import callbacks
from bot.answers.footers import datasets_footer, with_footer
from bot.answers.lookup import Lookup
from bot.answers.replies import MAX_TEXT, Button, Reply, pager
from bot.answers.wording import esc, money, pct
from bot.understanding.tools import ToolSpec
from knowledge.datasets import OEWS, ONET, PROJECTIONS
from knowledge.tool_index import ToolIndex

PAGE = 8
MAX_PAGE = 20
SHOWN_NAMES = 3
_SEVERAL = re.compile(r",|/|&|\band\b|\bor\b", re.I)


def tools_reply(lookup: Lookup, index: ToolIndex, spec: ToolSpec,
                encode: Callable[[ToolSpec], str] | None = None) -> Reply:
    """Up to eight occupations that use the tool, where it is most central first; 🔥 marks a hot technology.
    ``encode`` packs a page's spec into button data; without it the reply has no paging row."""
    uses = index.occupations(spec.names, limit=(MAX_PAGE + 1) * PAGE) if spec.names else []
    if not uses:
        return not_found(lookup, spec.phrase)
    chunk = uses[spec.page * PAGE:(spec.page + 1) * PAGE]
    if not chunk:
        return lookup.expired()
    tool = title_tool(spec)
    lines = [f"<b>Jobs that use {esc(tool)}</b>"]
    others = [n for n in spec.names if n != tool]
    if others:
        more = f" and {len(others) - SHOWN_NAMES} more" if len(others) > SHOWN_NAMES else ""
        label = "Also counted" if tool in spec.names else "O*NET examples"
        lines.append(f"<i>{label}: {esc(', '.join(others[:SHOWN_NAMES]))}{more}</i>")
    lines.append("Most central first: the jobs that list the most tools of its kind.")
    results, rows = [], []
    for i, u in enumerate(chunk, spec.page * PAGE + 1):
        pay = (f"{money(u.hourly_median, cents=True)} an hour" if u.annual_median is None and u.hourly_median
               else money(None if u.top_coded else u.annual_median, top_coded=u.top_coded))
        via = f" <i>({esc(u.tool)})</i>" if u.tool != tool else ""
        lines.append(f"{i}. <b>{esc(u.title)}</b> — median {pay}, growth {pct(u.growth_pct, signed=True)}"
                     f"{' 🔥' if u.hot else ''}{via}")
        results.append({"code": u.code, "title": u.title, "tool": u.tool, "hot": u.hot})
        rows.append([Button(u.title[:60], callbacks.encode("skills", [u.code]))])
    if any(u.hot for u in chunk):
        lines.append("\n🔥 a hot technology: one employers often ask for in job postings (O*NET).")
    if encode is not None:
        rows += pager(encode(replace(spec, page=spec.page - 1)) if spec.page > 0 else None,
                      encode(replace(spec, page=spec.page + 1))
                      if (spec.page + 1) * PAGE < len(uses) and spec.page < MAX_PAGE else None)
    return Reply(with_footer("\n".join(lines), datasets_footer([ONET, OEWS, PROJECTIONS]), MAX_TEXT), rows,
                 results=results)


def title_tool(spec: ToolSpec) -> str:
    """The tool as the title names it: the O*NET example the phrase names ("ms excel" → Microsoft Excel), or the
    phrase as typed when it names several tools ("excel and word")."""
    return spec.phrase if not spec.names or _SEVERAL.search(spec.phrase) else spec.names[0]


def not_found(lookup: Lookup, phrase: str) -> Reply:
    """The reply when no O*NET technology example goes by the phrase."""
    return Reply(f"I don't know a tool called “{esc(phrase[:80])}”: it is not among the software and technology "
                 "O*NET lists for occupations. Try the product's name, like “Excel”, “AutoCAD”, “SAP” or "
                 "“Python”.", lookup.examples(), results=[])
