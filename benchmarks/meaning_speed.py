"""Speed and memory with the sentence model: which answers need it, how fast each kind is, what start-up costs.

    .venv/bin/python benchmarks/meaning_speed.py

Prints: start → first reply (a rules answer) in a fresh process; the model's background warm-up; the first
model answer after it; then over the 1,000-message mix (benchmarks/messages.py) plus the meaning evaluation's
queries, after one pass that loads every profile as a running bot does, p50/p99 of replies the rules answer
(no model call, counted) and of replies that needed the model (each message's vector computed afresh); and
the process's peak RSS after all of it. One process, 2 cores, the store at CAREERBOT_STORE.
"""

from __future__ import annotations

import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

T0 = time.perf_counter()

from benchmarks.messages import mix  # noqa: E402
from bot.conversation import Conversation  # noqa: E402
from bot.engine import Engine, settle_heap  # noqa: E402
from bot.memory import ChatMemory  # noqa: E402

QUERIES = Path(__file__).with_name("meaning_queries.tsv")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    engine = Engine.open()
    conversation = Conversation(engine)
    conversation.reply("nurse salary")
    first = time.perf_counter() - T0
    settle_heap()
    calls = {"n": 0}
    t = time.perf_counter()
    engine.meaning.warm()
    warm = time.perf_counter() - t
    original = engine.meaning.embedder.one

    def counted(text: str):
        calls["n"] += 1
        return original(text)

    engine.meaning.embedder.one = counted
    t = time.perf_counter()
    conversation.reply("someone who reads x-rays")
    first_model = (time.perf_counter() - t) * 1000
    queries = [ln.split("\t")[1] for ln in QUERIES.read_text(encoding="utf-8").splitlines()
               if ln and not ln.startswith("#") and ln.count("\t") == 2][1:]
    messages = mix(1000) + queries
    for text in messages:  # as a running bot: every profile loaded (the bot warms them after start)
        conversation.reply(text)
    rules, model = [], []
    memory = ChatMemory()
    for text in messages:
        before = calls["n"]
        engine.meaning._vector.cache_clear()  # every message pays its own model call and closeness
        engine.meaning._closeness.cache_clear()
        t = time.perf_counter()
        _, memory = conversation.reply(text, memory)
        ms = (time.perf_counter() - t) * 1000
        (model if calls["n"] > before else rules).append(ms)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"start → first reply (rules): {first:.2f} s; model warm-up after start: {warm:.2f} s; "
          f"first model answer after it: {first_model:.1f} ms")
    for name, values in (("rules (no model call)", rules), ("needed the model", model)):
        print(f"{name:24} n={len(values):5}  p50 {statistics.median(values):6.1f} ms  p99 {pct(values, 0.99):6.1f} ms"
              f"  max {max(values):6.1f} ms")
    print(f"peak RSS after {len(rules) + len(model)} messages: {rss:.0f} MB")


if __name__ == "__main__":
    main()
