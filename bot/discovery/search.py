"""Describe a job: occupations whose titles, duties and tools match a description, each with the duty that
matched (the terms are read by ``bot/understanding/describing.py``; the store searches with FTS5/BM25)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answers import callbacks
from bot.answers.footers import datasets_footer, with_footer
from bot.answers.lookup import Lookup
from bot.answers.replies import MAX_TEXT, Button, Reply, pager
from bot.answers.wording import esc, money, pct
from bot.understanding.describing import MAX_PAGE, PAGE, SearchSpec
from bot.understanding.normalize import raw_tokens, stem
from knowledge.datasets import OEWS, ONET, PROJECTIONS


def searched(lookup: Lookup, spec: SearchSpec) -> Reply:
    words, page = list(spec.words), spec.page
    hits = lookup.store.search(words, limit=(MAX_PAGE + 1) * PAGE)
    chunk = hits[page * PAGE:(page + 1) * PAGE]
    if not chunk:
        return Reply(f"I found no occupation whose work matches “{esc(' '.join(words))}”. Try other words, "
                     "or the name of a job.", lookup.examples(), results=[])
    lines = [f"<b>Jobs that match your description</b> <i>({esc(', '.join(words))})</i>"]
    results, rows = [], []
    briefs = lookup.store.briefs([hit.code for hit in chunk])
    for i, hit in enumerate(chunk, page * PAGE + 1):
        b = briefs.get(hit.code)
        if b is None:
            continue
        pay = money(b.annual_median, top_coded="annual_median" in b.top_coded)
        growth = pct(b.growth_pct, signed=True)
        lines.append(f"{i}. <b>{esc(hit.title)}</b> — median {pay}, growth {growth}")
        why = reason(b.tasks, words)
        if why:
            lines.append(f"    <i>{esc(why[:140])}</i>")
        results.append({"code": hit.code, "title": hit.title, "score": hit.score})
        rows.append([Button(hit.title[:60], callbacks.encode("overview", [hit.code]))])
    rows += pager(callbacks.encode_search(SearchSpec(spec.words, page - 1)) if page > 0 else None,
                  callbacks.encode_search(SearchSpec(spec.words, page + 1))
                  if (page + 1) * PAGE < len(hits) and page < MAX_PAGE else None)
    return Reply(with_footer("\n".join(lines), datasets_footer([ONET, OEWS, PROJECTIONS]), MAX_TEXT), rows,
                 results=results)


def reason(tasks: Sequence[str], words: list[str]) -> str | None:
    """The task sharing most of the words' stems (ties: the earlier, core task)."""
    want = {stem(w) for w in words}
    best, best_n = None, 0
    for t in tasks:
        n = len(want & {stem(w) for w in raw_tokens(t)})
        if n > best_n:
            best, best_n = t, n
    return best
