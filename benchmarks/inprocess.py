"""In-process: understanding + reply for a fixed mix of 1,000 realistic messages, one chat's context kept.

    .venv/bin/python benchmarks/inprocess.py

Two passes: the first with cold profile caches (a fresh process), the second warm (a bot that has run a while).
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
from bot.conversation import Conversation
from bot.engine import Engine
from bot.memory import ChatMemory


def run(conversation: Conversation, messages: list[str]) -> list[float]:
    ctx, times = ChatMemory(), []
    for m in messages:
        start = time.perf_counter()
        _, ctx = conversation.reply(m, ctx)
        times.append((time.perf_counter() - start) * 1000)
    return sorted(times)


def main() -> None:
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    conversation = Conversation(Engine.open())
    messages = mix(1000)
    for label in ("cold", "warm"):
        times = run(conversation, messages)
        print(f"{label}: {len(times)} messages, p50 {statistics.median(times):.2f} ms, "
              f"p99 {times[int(0.99 * len(times))]:.2f} ms, max {times[-1]:.2f} ms, "
              f"{len(times) / (sum(times) / 1000):,.0f} messages/s on one core")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
