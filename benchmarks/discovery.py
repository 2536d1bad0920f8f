"""Discovery answers measured on benchmarks/discovery_queries.tsv (106 queries: descriptions, career moves,
ranked lists), by split (tune / test, from a hash of the query), and their speed.

    .venv/bin/python benchmarks/discovery.py [--show-misses]

- describe: hit@5 — one of the acceptable occupations among the first five answers;
- moves: the source occupation understood, and the share of listed moves that are valid (an O*NET related
  occupation of the source whose BLS median pay is higher);
- list: the request understood as written (metric, families, education, place) and the list equal to the same
  list recomputed here in Python from the store's rows (not through Store.ranking's SQL).
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.conversation import Conversation
from bot.engine import Engine, settle_heap
from bot.understanding import listing

QUERIES = Path(__file__).with_name("discovery_queries.tsv")


def load() -> list[tuple[str, str, str, str]]:
    rows = []
    lines = [ln for ln in QUERIES.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    for ln in lines[1:]:
        kind, query, accept = ln.split("\t")
        split = "test" if hashlib.sha1(query.encode()).digest()[0] % 2 else "tune"
        rows.append((kind, query, accept, split))
    return rows


def soc(store, code: str) -> str:
    return store.occupation_facts()[code].soc_code or ""


class Recompute:
    """Ranked lists recomputed in Python from the store's rows, independently of Store.ranking's SQL."""

    def __init__(self, store) -> None:
        db = store.db
        self.occ = {r["code"]: r for r in db.query("SELECT code, title, soc_code, wage_code, origin FROM occupations")}
        self.salary = {r["code"]: r for r in db.query("SELECT code, annual_median, employment FROM salary")}
        self.outlook = {r["code"]: r for r in db.query(
            "SELECT code, growth_pct, openings, entry_education FROM outlook")}
        self.db = db

    def values(self, spec: listing.ListSpec) -> list[float]:
        local = {}
        if spec.area and spec.metric in ("pay", "jobs"):
            for r in self.db.query("SELECT wage_code, annual_median, employment, top_coded FROM area_wages "
                                   "WHERE area_code = ?", [spec.area]):
                median = r["annual_median"]
                if median is None and "annual_median" in (r["top_coded"] or ""):
                    median = 239_200
                local[r["wage_code"]] = {"annual_median": median, "employment": r["employment"]}
        best: dict[str, float] = {}
        for code, o in sorted(self.occ.items()):
            if o["origin"] != "onet" or not o["wage_code"]:
                continue
            if spec.families and (o["soc_code"] or "")[:2] not in spec.families:
                continue
            out = self.outlook.get(code) or {}
            if spec.education and out.get("entry_education") not in listing.EDUCATION[spec.education]:
                continue
            if spec.metric in ("pay", "jobs"):
                row = local.get(o["wage_code"]) if spec.area else self.salary.get(code)
                value = (row or {}).get("annual_median" if spec.metric == "pay" else "employment")
            else:
                value = out.get("growth_pct" if spec.metric == "growth" else "openings")
            if value is not None:
                best.setdefault(o["wage_code"], value)  # one per wage code (the first O*NET code holds it)
        ordered = sorted(best.values(), reverse=True)
        return ordered[spec.page * 10:(spec.page + 1) * 10]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show-misses", action="store_true", help="print the misses of the tune split only")
    args = ap.parse_args()
    engine = Engine.open()
    settle_heap()  # as the bot does at start (handlers/app.py): the loaded index out of the collector's sight
    conv = Conversation(engine)
    store = engine.store
    recompute = Recompute(store)
    areas = {a.name: a.area_code for a in store.areas()}
    tally: dict[tuple[str, str], list[float]] = {}
    times: list[float] = []
    slowest: list[tuple[float, str]] = []
    for kind, query, accept, split in load():
        req = engine.understand(query)  # what was understood, for scoring (the reply understands it again)
        t = time.perf_counter()
        reply, _ = conv.reply(query)
        times.append((time.perf_counter() - t) * 1000)
        slowest.append((times[-1], query))
        ok: float
        if kind == "describe":
            # A search's first five, or, when the description names a job outright ("someone who manages a
            # hotel" → lodging managers), that job.
            got = [soc(store, r["code"]) for r in (reply.results or [])[:5]] if req.intent == "search" else \
                [soc(store, c) for c in req.codes[:1]]
            ok = float(any(g in accept.split("|") for g in got))
        elif kind == "moves":
            source_ok = req.intent == "moves" and req.codes and soc(store, req.codes[0]) in accept.split("|")
            src = store.profile(req.codes[0]) if req.codes else None
            related = {r.code for r in src.related} if src else set()
            base = src.salary.annual_median if src and src.salary else None
            listed = reply.results or []
            valid = [r for r in listed if r["code"] in related and base is not None and
                     (store.profile(r["code"]).salary.annual_median or 0) > base]
            tally.setdefault((kind + " valid moves", split), []).extend([1.0] * len(valid) +
                                                                         [0.0] * (len(listed) - len(valid)))
            ok = float(bool(source_ok) and bool(listed))
        else:
            metric, fams, edu, place = accept.split("|")
            want = listing.ListSpec(metric, tuple(fams.split("+")) if fams != "-" else (),
                                     None if edu == "-" else edu, areas.get(place) if place != "-" else None)
            spec = req.listing if req.intent == "list" else None
            values = [r[metric] for r in (reply.results or [])]
            ok = float(spec == want and values == recompute.values(want))
        tally.setdefault((kind, split), []).append(ok)
        if args.show_misses and not ok and split == "tune":
            print(f"  miss ({kind}): {query}  → {[r['title'] for r in (reply.results or [])[:5]]}")
    names = {"describe": "describe: hit@5", "moves": "moves: source understood, moves listed",
             "moves valid moves": "moves: listed moves that are valid", "list": "lists: understood and correct"}
    for key in ("describe", "moves", "moves valid moves", "list"):
        cells = []
        for split in ("tune", "test"):
            v = tally.get((key, split), [])
            cells.append(f"{split} {sum(v) / len(v):6.1%} (n={len(v)})" if v else f"{split} -")
        print(f"{names[key]:<42} " + "   ".join(cells))
    again = []
    for _, query, _, _ in load():
        t = time.perf_counter()
        conv.reply(query)
        again.append((time.perf_counter() - t) * 1000)
    for name, ts in (("first time (profiles loaded from SQLite)", times), ("again (profiles cached)", again)):
        ts.sort()
        print(f"answers, {name}: n={len(ts)}, p50 {statistics.median(ts):.1f} ms, "
              f"p99 {ts[int(0.99 * (len(ts) - 1))]:.1f} ms, max {ts[-1]:.1f} ms")
    print("slowest the first time: " + "; ".join(f"{q!r} {ms:.1f} ms" for ms, q in sorted(slowest)[-3:]))


if __name__ == "__main__":
    main()
