"""Latency of understanding chat messages (text → typed request) over a fixed mix of 1,000 messages.

    .venv/bin/python benchmarks/understanding.py
"""

from __future__ import annotations

import os
import platform
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.messages import mix
from bot.engine import Engine


def main() -> None:
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    t = time.perf_counter()
    engine = Engine.open()
    print(f"engine ready (store + cached title index + places) in {time.perf_counter() - t:.2f} s")
    messages = mix()
    for m in messages[:50]:
        engine.understand(m)  # warm-up
    times = []
    for m in messages:
        t = time.perf_counter()
        engine.understand(m)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p99 = times[int(0.99 * len(times))]
    print(f"{len(messages)} messages: p50 {statistics.median(times):.3f} ms, p99 {p99:.3f} ms,"
          f" max {times[-1]:.3f} ms, {len(times) / (sum(times) / 1000):,.0f} messages/s on one core")
    long = ("nurse vs welder and a " * 200)[:4096]
    t = time.perf_counter()
    engine.understand(long)
    print(f"one 4,096-character message: {(time.perf_counter() - t) * 1000:.2f} ms")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
