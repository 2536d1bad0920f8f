"""Title-coding accuracy and speed, with a naive rapidfuzz baseline measured in the same run.

    .venv/bin/python benchmarks/title_coding.py [--baseline-sample 400]

Prints, per evaluation set (see benchmarks/evaluation.py), top-1 6-digit SOC accuracy with and without one
seeded typo, the share of non-job chatter that finds no occupation, per-title and per-message latency,
index start-up time and peak memory, and the same accuracy/latency for ``process.extractOne`` over all titles.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rapidfuzz import process, utils

from benchmarks import evaluation
from bot.coding import TitleCoder
from bot.engine import Engine
from bot.matcher import Matcher
from knowledge.paths import default_store_path
from knowledge.store import open_store


def score(coder: TitleCoder, cases: list[evaluation.Case]) -> tuple[float, list[float]]:
    right, times = 0, []
    for c in cases:
        t = time.perf_counter()
        got = coder.code(c.text)
        times.append((time.perf_counter() - t) * 1000)
        right += c.accepts(got.soc_code)
    return right / len(cases), times


def naive(choices: list[str], socs: list[str], cases: list[evaluation.Case]) -> tuple[float, list[float]]:
    right, times = 0, []
    for c in cases:
        t = time.perf_counter()
        best = process.extractOne(c.text, choices, processor=utils.default_process)
        times.append((time.perf_counter() - t) * 1000)
        right += c.accepts(socs[best[2]] if best else None)
    return right / len(cases), times


def sockit(python: str, cases: list[evaluation.Case]) -> tuple[float, list[float]]:
    """sockit's top_soc on the same titles, run by benchmarks/sockit_worker.py in sockit's own venv."""
    worker = Path(__file__).with_name("sockit_worker.py")
    text = "".join(c.text.replace("\n", " ") + "\n" for c in cases)
    out = subprocess.run([python, str(worker)], input=text, capture_output=True, text=True, check=True).stdout
    rows = [ln.split("\t") for ln in out.splitlines()]
    right = sum(c.accepts(soc or None) for c, (soc, _) in zip(cases, rows, strict=True))
    return right / len(cases), [float(ms) for _, ms in rows]


def pct(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(q * len(values)))]


def line(name: str, n: int, acc: float, times: list[float]) -> None:
    print(f"  {name:<44} n={n:<5} top-1 {acc:6.1%}   median {statistics.median(times):6.3f} ms"
          f"   p99 {pct(times, 0.99):6.3f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--baseline-sample", type=int, default=400, help="titles per set for the slow baseline")
    ap.add_argument("--sockit-python", help="python of a venv with sockit installed, to measure it too")
    args = ap.parse_args()
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    store = open_store(default_store_path())
    t = time.perf_counter()
    fresh = Matcher.from_store(store)
    build_s = time.perf_counter() - t
    t = time.perf_counter()
    engine = Engine(store)
    ready_s = time.perf_counter() - t
    print(f"index: {len(fresh.keys):,} title keys; built from scratch in {build_s:.2f} s, "
          f"engine ready from cache in {ready_s:.2f} s")
    facts = store.occupation_facts()
    full = TitleCoder(engine.matcher, facts)

    cases, removed = evaluation.heldout()
    entries = evaluation.without(store.titles(), removed)
    held = TitleCoder(Matcher(entries, facts), facts)
    census = evaluation.census()
    typo_cases = evaluation.with_typo(cases)
    sets = [
        ("Census 2018 occupation titles", full, census),
        ("Census 2018 titles, one typo each", full, evaluation.with_typo(census)),
        ("held-out 10% of O*NET reported titles", held, cases),
        ("held-out reported titles, one typo each", held, typo_cases),
    ]
    print("careerbot (exact keys, then fuzzy over candidates):")
    for name, coder, cs in sets:
        acc, times = score(coder, cs)
        line(name, len(cs), acc, times)
    print("speed over the full index (census titles and the same reported titles, clean and with a typo):")
    all_times: list[float] = []
    for cs in (census, evaluation.with_typo(census), cases, typo_cases):
        all_times += score(full, cs)[1]
    print(f"  {len(all_times):,} titles: median {statistics.median(all_times):.3f} ms, "
          f"p99 {pct(all_times, 0.99):.3f} ms")

    chatter = evaluation.chatter()
    times, silent = [], 0
    for msg in chatter:
        t = time.perf_counter()
        req = engine.understand(msg)
        times.append((time.perf_counter() - t) * 1000)
        silent += not req.occupations
    print(f"  non-job chatter with no occupation found: {silent}/{len(chatter)} = {silent / len(chatter):.1%}")

    titles = store.titles()
    choices = [t for t, _, _ in titles]
    onet_soc = evaluation.onet_soc()
    socs = [onet_soc.get(c) or onet_soc.get(facts[c].get("onet_code") or "", "") for _, c, _ in titles]
    print(f"naive baseline: process.extractOne(title, all {len(choices):,} titles) (WRatio), "
          f"first {args.baseline_sample} of each set:")
    for name, _, cs in sets:
        sample = cs[: args.baseline_sample]
        if "held-out" in name:
            kept = set(evaluation.without(titles, removed))
            keep = [i for i, e in enumerate(titles) if e in kept]
            acc, times = naive([choices[i] for i in keep], [socs[i] for i in keep], sample)
        else:
            acc, times = naive(choices, socs, sample)
        line(name, len(sample), acc, times)
    if args.sockit_python:
        print("sockit 0.3.1 top_soc (its own index; held-out titles are not removed from it):")
        for name, _, cs in sets:
            acc, times = sockit(args.sockit_python, cs)
            line(name, len(cs), acc, times)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process (two indexes + baseline): {rss:.0f} MB")


if __name__ == "__main__":
    main()
