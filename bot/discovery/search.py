"""Describe a job: occupations whose work matches a description, each with the duty closest to it.

Hybrid retrieval (``bot/understanding/meaning.py``): the description's sentence vector against each
occupation's title and description and its closest task, with a bonus for the full-text (FTS5/BM25) ranks of
its terms (``bot/understanding/describing.py``). Without the model (not installed) the full-text ranks alone
answer."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answers import callbacks
from bot.answers.footers import datasets_footer, with_footer
from bot.answers.lookup import Lookup
from bot.answers.replies import MAX_TEXT, Button, Reply, pager
from bot.answers.wording import esc, money, pct
from bot.understanding.describing import MAX_PAGE, PAGE, SearchSpec, terms
from bot.understanding.normalize import raw_tokens, stem
from knowledge.datasets import OEWS, ONET, PROJECTIONS


def ranked_codes(lookup: Lookup, spec: SearchSpec) -> list[str]:
    """Every occupation found, best first (titles and figures are read for the page shown only)."""
    words = terms(spec.said) if spec.said else spec.words
    lexical = [h.code for h in lookup.store.search(words, limit=(MAX_PAGE + 1) * PAGE)] if words else []
    if lookup.meaning is None:
        return lexical
    return [c for c, _ in lookup.meaning.occupations(spec.said or spec.text, lexical, limit=(MAX_PAGE + 1) * PAGE)]


def searched(lookup: Lookup, spec: SearchSpec) -> Reply:
    page = spec.page
    hits = ranked_codes(lookup, spec)
    chunk = hits[page * PAGE:(page + 1) * PAGE]
    if not chunk:
        return Reply(f"I found no occupation whose work matches “{esc(spec.text)}”. Try other words, "
                     "or the name of a job.", lookup.examples(), results=[])
    words = spec.words or spec.text.split()
    lines = [f"<b>Jobs that match your description</b> <i>(“{esc(spec.text)}”)</i>"]
    results, rows = [], []
    briefs = lookup.store.briefs(chunk)
    for i, code in enumerate(chunk, page * PAGE + 1):
        b = briefs.get(code)
        if b is None:
            continue
        title = b.title
        pay = money(b.annual_median, top_coded="annual_median" in b.top_coded)
        growth = pct(b.growth_pct, signed=True)
        lines.append(f"{i}. <b>{esc(title)}</b> — median {pay}, growth {growth}")
        why = reason(b.tasks, words)
        if why:
            lines.append(f"    <i>{esc(why[:140])}</i>")
        results.append({"code": code, "title": title, "rank": i})
        rows.append([Button(title[:60], callbacks.encode("overview", [code]))])
    rows += pager(callbacks.encode_search(SearchSpec(spec.text, page - 1)) if page > 0 else None,
                  callbacks.encode_search(SearchSpec(spec.text, page + 1))
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
