"""Meaning measured on benchmarks/meaning_queries.tsv (hand-written, realistic phrasings: see its header), by
category and split (tune / test, from a hash of the query), with the speed of each category's answers.

    .venv/bin/python benchmarks/meaning.py [--show-misses [CATEGORY]] [--split tune|test] [--queries PATH]
                                           [--json PATH]

``--queries benchmarks/meaning_tune_extra.tsv`` (220), ``meaning_tune_extra2.tsv`` (320), ``meaning_tune_extra3.tsv``
(325), ``meaning_tune_extra4.tsv`` (330), ``meaning_tune_extra6.tsv`` (220), ``meaning_tune_extra8.tsv`` (260),
``meaning_tune_extra9.tsv`` (250), ``meaning_tune_extra12.tsv`` (60 generic comparisons), ``meaning_tune_extra13.tsv``
(200: descriptions and one-job questions that name other people's jobs in passing), ``meaning_tune_extra14.tsv``
(150 descriptions), ``meaning_tune_extra17.tsv`` (90 lists and 60 ladders in everyday words),
``meaning_tune_extra19.tsv`` (60 ladders from jobs described, 60 one-job questions), ``meaning_tune_extra21.tsv``
(200: one-job questions, generic comparisons in life stories, ladders, descriptions): more queries written by
helpers who never saw the code, every one in the tune split (``# split: tune``): more to learn from, never a
held-out figure.
``meaning_holdout5.tsv`` (300): written the same way, all held out (``# split: test``): scored, never tuned on.
``meaning_holdout7.tsv`` (300), ``meaning_holdout10.tsv`` (200: describe and one-job only) and
``meaning_holdout11.tsv`` (300): fresh held-out sets by other such helpers, each committed unread and first scored
after the session's work (2026-12-05); ``meaning_holdout14.tsv`` (200: descriptions and one-job questions) likewise
(2026-12-05, afternoon); ``meaning_holdout15.tsv`` (240: descriptions, one-job questions and generic comparisons)
likewise (2026-12-05, evening); ``meaning_holdout16.tsv`` (260: lists, ladders, tools, majors, descriptions,
generic comparisons, career questions) likewise (2026-12-05, night); ``meaning_holdout18.tsv`` (240: one-job
questions among other people's jobs and words, generic comparisons, ladders, descriptions) likewise (2026-12-06);
``meaning_holdout20.tsv`` (200: one-job questions, ladders from jobs named or described, generic comparisons,
descriptions) likewise (2026-12-06, later), scored at the start and the end of the session's work;
``meaning_holdout21.tsv`` (220: one-job questions, generic comparisons said inside life stories, ladders from jobs
named or described, descriptions) likewise (2026-12-06, evening; a description's acceptable codes joined by '|').

A hit per query, by category (``expected`` as the file's header gives it):
- describe: one of the expected occupations (O*NET code, or a SOC prefix) among the first five answers (shown
  too: or the one job answered is an expected one, "the person who fits hearing aids" → its card);
- list: understood as a ranked list with the expected metric, families, education and place;
- ladder: understood as career moves from one occupation, the expected one (same O*NET code or same SOC), or
  as the way from it to the one job the message names as wanted ("im a 5th grade teacher thinking about becoming
  principal": the skills gap from teachers to principals); the strict share, moves only, is shown too;
- tool: understood as "jobs using a tool" and answered with jobs using the expected O*NET technology example
  (the share understood as such is shown too);
- major: understood as "jobs for a major" and answered with jobs for the expected CIP 2020 codes;
- onejob: one occupation, the expected one, and the expected topic (leniently: education and path alike);
- generic_compare: the answer shows at least two occupations, one from each side;
- career_question: the answer is not one of the "unknown" answers (``texts.unknown``).

The "unknown" column is the share of answers that are one of those for every category. A reply that raises is a
miss, counted in the "errors" column; the first exception of each category is printed with its query.
``--show-misses`` prints the tune split's misses unless ``--split test`` asks for the test split's.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.conversation import Conversation
from bot.engine import Engine, settle_heap

QUERIES = Path(__file__).with_name("meaning_queries.tsv")
CATEGORIES = ("describe", "list", "ladder", "tool", "major", "onejob", "generic_compare", "career_question")
SPLITS = ("tune", "test")
UNKNOWN_PHRASES = ("i couldn't find", "i only know about jobs")  # bot/answers/texts.py: unknown()
EXTRA_NAMES = {"describe": "describe: or its one job answered", "ladder": "ladder: moves only (strict)",
               "tool": "tool: intent understood",
               "onejob": "onejob: lenient (education ~ path)"}
_TAG = re.compile(r"<[^<>]*>")


@dataclass
class Row:
    category: str
    query: str
    expected: str
    split: str


@dataclass
class Outcome:
    hit: bool
    got: str
    extra: bool | None = None  # tool: intent understood; onejob: lenient hit; ladder: moves only


@dataclass
class Cell:
    hits: list[bool] = field(default_factory=list)
    extra: list[bool] = field(default_factory=list)
    unknown: list[bool] = field(default_factory=list)
    errors: int = 0

    def rate(self, values: list[bool] | None = None) -> float | None:
        values = self.hits if values is None else values
        return sum(values) / len(values) if values else None


def load(path: Path = QUERIES) -> list[Row]:
    """The queries and their split: by a hash of the query, or all one split in a file that says
    ``# split: tune`` (more to learn from) or ``# split: test`` (held out whole)."""
    rows = []
    text = path.read_text(encoding="utf-8")
    whole = next((s for s in SPLITS if f"# split: {s}" in text), None)
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    for ln in lines:
        category, query, expected = ln.split("\t")
        split = whole or ("tune" if not hashlib.sha1(query.encode()).digest()[0] % 2 else "test")
        rows.append(Row(category, query, expected, split))
    return rows


def plain(text: str) -> str:
    return html.unescape(_TAG.sub(" ", text or "")).replace("’", "'")


def is_unknown(reply) -> bool:
    text = plain(reply.text).lower()
    return any(p in text for p in UNKNOWN_PHRASES)


class Scorer:
    """The per-category scoring of one understood request and its reply."""

    def __init__(self, engine: Engine) -> None:
        self.facts = engine.store.occupation_facts()

    def onet(self, code: str) -> str:
        """A page occupation ("P-…") stands for its linked O*NET occupation."""
        fact = self.facts.get(code)
        return (fact.onet_code or code) if fact and fact.origin != "onet" else code

    def title(self, code: str) -> str:
        fact = self.facts.get(code)
        return f"{code} {fact.title}" if fact else code

    def matches(self, code: str, expected: str, soc: bool = False) -> bool:
        """A code matches an expected O*NET code exactly (or by SOC, its first 7 characters, when ``soc``), and
        an expected SOC prefix ("29-12", "47") by prefix."""
        code = self.onet(code)
        if re.fullmatch(r"\d\d-\d{4}\.\d\d", expected):
            return code == expected or (soc and code[:7] == expected[:7])
        return code.startswith(expected)

    def any_match(self, code: str, expected: str, soc: bool = False) -> bool:
        return any(self.matches(code, e, soc) for e in expected.split("|"))

    def describe(self, row: Row, req, reply, memory) -> Outcome:
        codes = [r["code"] for r in (reply.results or [])[:5]]
        shown = codes if reply.results is not None else [m.code for m in req.occupations]
        got = f"{req.intent}{'' if reply.results is not None else ' (no list), named'}: " + \
            "; ".join(self.title(c) for c in shown)
        hit = any(self.any_match(c, row.expected) for c in codes)
        direct = reply.results is None and len(req.occupations) == 1 and self.any_match(req.occupations[0].code,
                                                                                         row.expected)
        return Outcome(hit, got, extra=hit or direct)

    def list(self, row: Row, req, reply, memory) -> Outcome:
        metric, fams, edu, place = row.expected.split("|")
        spec = req.listing if req.intent == "list" else None
        got = f"{req.intent}: {spec!r}, place {req.place.name if req.place else None}"
        if spec is None or not hasattr(spec, "families"):
            return Outcome(False, got)
        place_ok = req.place is None if place == "-" else \
            req.place is not None and place.lower() in req.place.name.lower()
        ok = (spec.metric == metric and set(spec.families) == (set() if fams == "-" else set(fams.split("+")))
              and spec.education == (None if edu == "-" else edu) and place_ok)
        return Outcome(ok, got)

    def ladder(self, row: Row, req, reply, memory) -> Outcome:
        codes = [m.code for m in req.occupations]
        got = f"{req.intent}: " + "; ".join(self.title(c) for c in codes)
        moves = req.intent == "moves" and len(codes) == 1 and self.any_match(codes[0], row.expected, soc=True)
        way = req.intent == "gap" and len(codes) == 2 and self.any_match(codes[0], row.expected, soc=True)
        return Outcome(moves or way, got, extra=moves)

    def tool(self, row: Row, req, reply, memory) -> Outcome:
        wanted = {e.lower() for e in row.expected.split("|")}
        tools = {str(r.get("tool", "")).lower() for r in (reply.results or [])}
        got = f"{req.intent}: tools {sorted(tools)[:5]}"
        return Outcome(req.intent == "tools" and bool(tools & wanted), got, extra=req.intent == "tools")

    def major(self, row: Row, req, reply, memory) -> Outcome:
        cips = [str(r.get("cip", "")) for r in (reply.results or [])]
        got = f"{req.intent}: cip {sorted(set(cips))[:5]}"
        ok = req.intent == "major" and any(c.startswith(e) for c in cips if c for e in row.expected.split("|"))
        return Outcome(ok, got)

    def onejob(self, row: Row, req, reply, memory) -> Outcome:
        expected, topic = row.expected.split(";")
        got_topic = req.topic or "overview"
        singles = [[m.code for m in req.occupations], list(memory.codes)]
        job_ok = any(len(codes) == 1 and self.any_match(codes[0], expected, soc=True) for codes in singles)
        lenient_topics = {topic} | ({"education", "path"} if topic in ("education", "path") else set())
        got = f"{req.intent}: {[self.title(m.code) for m in req.occupations]}, topic {got_topic}, " \
              f"memory {memory.codes}"
        return Outcome(job_ok and got_topic == topic, got, extra=job_ok and got_topic in lenient_topics)

    def generic_compare(self, row: Row, req, reply, memory) -> Outcome:
        side_a, side_b = (side.split(";") for side in row.expected.split("|"))
        codes = list(memory.codes)
        got = f"{req.intent}: shown {'; '.join(self.title(c) for c in codes) or '-'}, named " + \
            "; ".join(f"{m.phrase}→{m.code}{'' if m.confident else '?'}" for m in req.occupations)
        in_a = [any(self.matches(c, e) for e in side_a) for c in codes]
        in_b = [any(self.matches(c, e) for e in side_b) for c in codes]
        ok = any(in_a[i] and in_b[j] for i in range(len(codes)) for j in range(len(codes)) if i != j)
        return Outcome(len(codes) >= 2 and ok, got)

    def career_question(self, row: Row, req, reply, memory) -> Outcome:
        return Outcome(not is_unknown(reply), f"{req.intent}: {plain(reply.text)[:140]!r}")


def percentile(values: list[float], q: float) -> float | None:
    ordered = sorted(values)
    return ordered[int(q * (len(ordered) - 1))] if ordered else None


def run(rows: list[Row], conv: Conversation, scorer: Scorer, show: Callable[[Row, Outcome], None]):
    cells = {(c, s): Cell() for c in CATEGORIES for s in SPLITS}
    times: dict[str, list[float]] = {c: [] for c in CATEGORIES}
    failed: set[str] = set()
    for row in rows:
        cell = cells.setdefault((row.category, row.split), Cell())
        try:
            req = conv.engine.understand(row.query)  # what was understood, for scoring (the reply reads it again)
            t = time.perf_counter()
            reply, memory = conv.reply(row.query)
            times.setdefault(row.category, []).append((time.perf_counter() - t) * 1000)
            outcome = getattr(scorer, row.category)(row, req, reply, memory)
        except Exception as exc:  # a miss, reported (the first of each category in full)
            cell.errors += 1
            outcome = Outcome(False, f"raised {type(exc).__name__}: {exc}",
                              extra=False if row.category in EXTRA_NAMES else None)
            if row.category not in failed:
                failed.add(row.category)
                print(f"!! {row.category}: {row.query!r} raised:\n{traceback.format_exc()}", file=sys.stderr)
            cell.unknown.append(False)
        else:
            cell.unknown.append(is_unknown(reply))
        cell.hits.append(outcome.hit)
        if outcome.extra is not None:
            cell.extra.append(outcome.extra)
        if not outcome.hit:
            show(row, outcome)
    return cells, times


def pct(rate: float | None) -> str:
    return f"{rate:6.1%}" if rate is not None else f"{'-':>6}"


def ms(value: float | None) -> str:
    return f"{value:.1f}" if value is not None else "-"


def fmt(rate: float | None, n: int) -> str:
    return f"{pct(rate)} (n={n:3})"


def report(cells: dict[tuple[str, str], Cell], times: dict[str, list[float]]) -> dict:
    figures: dict = {}
    print(f"{'category':<36}{'tune':>16}{'test':>16}   {'unknown tune':>13}{'unknown test':>13}"
          f"{'errors':>8}{'p50 ms':>9}{'p99 ms':>9}")
    for category in CATEGORIES:
        tune, test = cells[(category, "tune")], cells[(category, "test")]
        p50, p99 = percentile(times[category], 0.5), percentile(times[category], 0.99)
        print(f"{category:<36}{fmt(tune.rate(), len(tune.hits)):>16}{fmt(test.rate(), len(test.hits)):>16}   "
              f"{pct(tune.rate(tune.unknown)):>13}{pct(test.rate(test.unknown)):>13}"
              f"{tune.errors + test.errors:>8}{ms(p50):>9}{ms(p99):>9}")
        figures[category] = {s: {"n": len(c.hits), "hit": c.rate(), "unknown": c.rate(c.unknown), "errors": c.errors}
                             for s, c in (("tune", tune), ("test", test))}
        figures[category]["p50_ms"], figures[category]["p99_ms"] = p50, p99
        if category in EXTRA_NAMES:
            print(f"  {EXTRA_NAMES[category]:<34}{fmt(tune.rate(tune.extra), len(tune.extra)):>16}"
                  f"{fmt(test.rate(test.extra), len(test.extra)):>16}")
            for s, c in (("tune", tune), ("test", test)):
                figures[category][s]["extra"] = c.rate(c.extra)
    others = [u for (c, _), cell in cells.items() if c != "career_question" for u in cell.unknown]
    rate = sum(others) / len(others) if others else 0.0
    print(f"\"couldn't find\" / \"only know about jobs\" answers, all non-career categories: {rate:.1%} "
          f"(n={len(others)})")
    figures["unknown_non_career"] = rate
    return figures


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show-misses", nargs="?", const="all", choices=("all", *CATEGORIES), metavar="CATEGORY",
                    help="print the misses (of one category, or all)")
    ap.add_argument("--split", choices=SPLITS, default="tune", help="the split whose misses are shown (tune)")
    ap.add_argument("--queries", type=Path, default=QUERIES,
                    help="the query file (meaning_tune_extra*.tsv: more tuning queries, all in the tune split)")
    ap.add_argument("--json", type=Path, metavar="PATH", help="write the figures as JSON")
    args = ap.parse_args()
    engine = Engine.open()
    settle_heap()  # as the bot does at start (handlers/app.py)
    conv = Conversation(engine)

    def show(row: Row, outcome: Outcome) -> None:
        if args.show_misses in ("all", row.category) and row.split == args.split:
            print(f"  miss ({row.category}): {row.query}\n      expected {row.expected}  got {outcome.got}")

    cells, times = run(load(args.queries), conv, Scorer(engine), show)
    figures = report(cells, times)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
