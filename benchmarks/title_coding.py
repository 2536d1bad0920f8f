"""Title-coding accuracy, calibration and speed, with a naive rapidfuzz baseline measured in the same run.

    .venv/bin/python benchmarks/title_coding.py [--baseline-sample 200] [--sockit-python PATH]

Prints, per evaluation set (see testkit/evaluation.py): top-1 6-digit SOC accuracy, major-group accuracy,
the share of titles answered confidently (the chat's own answer-or-ask decision) and how many of those are
right; the employer test half's cross-family errors (the answer's major group wrong although the title's head
word belongs to one major group: count and ten examples); the calibration curve of the employer-written
titles; the share of non-job chatter that finds no occupation; per-title latency, index start-up time and
peak memory. The employer-written titles need ../shared (they are never shipped or indexed); their "tune"
half was looked at while developing, the "test" half never: its line is the figure to report.
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
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rapidfuzz import process, utils

from bot.engine import Engine
from bot.understanding import title_parts
from bot.understanding.coding import CODING_FLOOR, Coded, TitleCoder
from bot.understanding.decide import Decider
from bot.understanding.matcher import KIND_RANK, Matcher
from knowledge.paths import default_store_path
from knowledge.store import open_store
from testkit import evaluation


def code_all(coder: TitleCoder, cases: list[evaluation.Case]) -> tuple[list[Coded], list[float]]:
    out, times = [], []
    for c in cases:
        t = time.perf_counter()
        out.append(coder.code(c.text))
        times.append((time.perf_counter() - t) * 1000)
    return out, times


def pct(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(q * len(values)))]


def report(name: str, cases: list[evaluation.Case], coded: list[Coded], times: list[float]) -> None:
    n = len(cases)
    right = [c.accepts(g.soc_code) for c, g in zip(cases, coded, strict=True)]
    major = [g.soc_code is not None and any(g.soc_code[:2] == s[:2] for s in c.socs)
             for c, g in zip(cases, coded, strict=True)]
    sure = [g.confident for g in coded]
    sure_right = sum(r for r, s in zip(right, sure, strict=True) if s)
    print(f"  {name:<46} n={n:<6} top-1 {sum(right) / n:6.1%}  major {sum(major) / n:6.1%}  "
          f"confident {sum(sure) / n:6.1%} of which right {sure_right / max(1, sum(sure)):6.1%}  "
          f"median {statistics.median(times):.3f} ms  p99 {pct(times, 0.99):.3f} ms")


def curve(cases: list[evaluation.Case], coded: list[Coded]) -> None:
    """Accuracy of the answers kept when only scores at or above a threshold are answered."""
    pairs = sorted(((g.score, c.accepts(g.soc_code)) for c, g in zip(cases, coded, strict=True)), reverse=True)
    print("    score ≥   answered   right among answered")
    for floor in (100, 98, 95, 90, 88, 85, 80, 75, 70, 60, 50):
        kept = [ok for s, ok in pairs if s >= floor]
        if kept:
            print(f"    {floor:>7}   {len(kept) / len(pairs):8.1%}   {sum(kept) / len(kept):8.1%}")


KNOWN_FAMILY = 0.9
ROLE_WORDS = frozenset({"consultant", "faculty", "staff", "attending", "resident", "fellow", "locum", "associate",
                        "lead", "chief", "head", "senior", "member", "employee", "provider"})
"""Words for a role or a rank, not a job: the head of "Physician Consultant" is physician."""


class HeadFamilies:
    """The SOC major groups of the titles each head word heads (Census coding hints left out)."""

    def __init__(self, matcher: Matcher, facts: dict) -> None:
        self.matcher = matcher
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        for key, head in zip(matcher.keys, matcher.key_heads, strict=True):
            for entry in matcher.entries(key):
                soc = facts[entry.code].soc_code if entry.code in facts else None
                if soc and entry.rank[0] < KIND_RANK["census_hint"]:
                    self.counts[head][soc[:2]] += 1

    def head(self, title: str) -> str | None:
        main = [w for w in title_parts.parse(title).main if w not in ROLE_WORDS]
        return title_parts.head_of(main, self.matcher.head_words_set) if main else None

    def shares(self, title: str) -> tuple[dict[str, float], int]:
        found = self.counts.get(self.head(title) or "", Counter())
        n = sum(found.values())
        return {m: c / n for m, c in found.items()}, n


def cross_family(families: HeadFamilies, cases: list[evaluation.Case], coded: list[Coded], name: str) -> None:
    """Titles whose head word's family is known (at least 90% of the titles it heads are in one SOC major group,
    from at least 10) and whose answer's major group is wrong: the count and ten examples."""
    known, wrong = 0, []
    for case, got in zip(cases, coded, strict=True):
        shares, n = families.shares(case.text)
        if n < 10 or max(shares.values(), default=0) < KNOWN_FAMILY:
            continue
        known += 1
        if got.soc_code is None or not any(got.soc_code[:2] == s[:2] for s in case.socs):
            wrong.append(f"{case.text!r} → {got.soc_code} {got.title} (filed {', '.join(sorted(case.socs))})")
    print(f"cross-family errors, {name}: {len(wrong)} of {len(cases)} titles = {len(wrong) / len(cases):.1%} "
          f"(head's family known for {known})")
    for line in wrong[:10]:
        print(f"    {line}")


def label_agreement(cases: list[evaluation.Case], official: dict[str, str]) -> None:
    """How often employers' own codes agree with the official lists on titles that are verbatim official
    titles: the ceiling for 'right' on this set, whatever the coder does."""
    same = [(c, official[c.text.casefold()]) for c in cases if c.text.casefold() in official]
    agree = sum(c.accepts(soc) for c, soc in same)
    major = sum(any(s[:2] == soc[:2] for s in c.socs) for c, soc in same)
    print(f"    employer codes agreeing with the official list on {len(same)} verbatim official titles: "
          f"{agree / max(1, len(same)):.1%} (major group {major / max(1, len(same)):.1%})")


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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--baseline-sample", type=int, default=200, help="titles per set for the slow baseline")
    ap.add_argument("--sockit-python", help="python of a venv with sockit installed, to measure it too")
    args = ap.parse_args()
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    store = open_store(default_store_path())
    t = time.perf_counter()
    engine = Engine(store)
    ready_s = time.perf_counter() - t
    rss_ready = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t = time.perf_counter()
    fresh = Matcher.from_store(store)
    build_s = time.perf_counter() - t
    print(f"index: {len(fresh.keys):,} title keys from {len(store.titles()):,} titles; built from scratch in "
          f"{build_s:.2f} s; engine ready from its cache in {ready_s:.2f} s (peak RSS then {rss_ready:.0f} MB)")
    del fresh
    facts = store.occupation_facts()
    generic = store.generic_words()
    full = TitleCoder(engine.matcher, facts, Decider(engine.matcher, generic, floor=CODING_FLOOR))

    bls, census_index = evaluation.official_lists()
    census = evaluation.census()
    cases, removed = evaluation.heldout()
    held_matcher = Matcher(evaluation.without(store.titles(), removed), facts)
    held = TitleCoder(held_matcher, facts, Decider(held_matcher, generic, floor=CODING_FLOOR))
    sets: list[tuple[str, TitleCoder, list[evaluation.Case]]] = [
        ("BLS direct-match titles (indexed: regression)", full, bls),
        ("Census index, detailed, unrestricted (indexed)", full, census_index),
        ("Census 2018 occupation titles", full, census),
        ("Census 2018 titles, one typo each", full, evaluation.with_typo(census)),
        ("held-out 10% of O*NET reported titles", held, cases),
        ("held-out reported titles, one typo each", held, evaluation.with_typo(cases)),
    ]
    employer: tuple[list[evaluation.Case], list[evaluation.Case]] | None = None
    if evaluation.EMPLOYER_TITLES.exists():
        employer = evaluation.employer_titles()
        sets += [("employer titles, tune half (looked at)", full, employer[0]),
                 ("employer titles, test half (never looked at)", full, employer[1])]
    else:
        print(f"(no {evaluation.EMPLOYER_TITLES}: employer-written titles skipped)")
    print("careerbot (exact keys by evidence, title structure, fuzzy over candidates, BM25 over occupations):")
    all_times: list[float] = []
    results = {}
    for name, coder, cs in sets:
        coded, times = code_all(coder, cs)
        results[name] = coded
        all_times += times
        report(name, cs, coded, times)
    print(f"  all {len(all_times):,} titles: median {statistics.median(all_times):.3f} ms, "
          f"p99 {pct(all_times, 0.99):.3f} ms, max {max(all_times):.1f} ms")
    if employer:
        test_half = results["employer titles, test half (never looked at)"]
        cross_family(HeadFamilies(engine.matcher, facts), employer[1], test_half, "employer test half")
        print("calibration, employer titles, test half:")
        curve(employer[1], results["employer titles, test half (never looked at)"])
        official = {c.text.casefold(): next(iter(c.socs)) for c in bls}
        label_agreement(employer[0] + employer[1], official)

    chatter = evaluation.chatter()
    times, silent = [], 0
    for msg in chatter:
        t = time.perf_counter()
        req = engine.understand(msg)
        times.append((time.perf_counter() - t) * 1000)
        silent += not req.occupations
    print(f"non-job chatter with no occupation found: {silent}/{len(chatter)} = {silent / len(chatter):.1%}")

    if args.baseline_sample:
        titles = store.titles()
        choices = [t for t, _, _ in titles]
        onet_soc = evaluation.onet_soc()
        socs = [onet_soc.get(c) or onet_soc.get(facts[c].onet_code or "", "") for _, c, _ in titles]
        kept = set(evaluation.without(titles, removed))
        keep = [i for i, e in enumerate(titles) if e in kept]
        print(f"naive baseline: process.extractOne(title, all {len(choices):,} titles) (WRatio), "
              f"first {args.baseline_sample} of each set:")
        for name, coder, cs in sets:
            sample = cs[: args.baseline_sample]
            if coder is held:
                acc, times = naive([choices[i] for i in keep], [socs[i] for i in keep], sample)
            else:
                acc, times = naive(choices, socs, sample)
            print(f"  {name:<46} n={len(sample):<6} top-1 {acc:6.1%}  median {statistics.median(times):.1f} ms")
    if args.sockit_python:
        print("sockit 0.3.1 top_soc (its own index; held-out titles are not removed from it):")
        for name, _, cs in sets:
            acc, times = sockit(args.sockit_python, cs)
            print(f"  {name:<46} n={len(cs):<6} top-1 {acc:6.1%}  median {statistics.median(times):.1f} ms")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process (two indexes + baseline): {rss:.0f} MB")


if __name__ == "__main__":
    main()
