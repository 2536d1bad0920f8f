"""Start-up and memory: a fresh process's time to its first reply (built store, cached title index), its peak
RSS, and the knowledge build time.

    .venv/bin/python benchmarks/startup.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = """
import json, resource, time
t0 = time.perf_counter()
from bot.conversation import Conversation
from bot.engine import Engine
conversation = Conversation(Engine.open())
reply, _ = conversation.reply("medical office administrator vs patient coordinator")
t1 = time.perf_counter()
print(json.dumps({"in_process_s": t1 - t0, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "chars": len(reply.text)}))
"""


def main() -> None:
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, capture_output=True, text=True, check=True)
        wall = time.perf_counter() - start
        runs.append((wall, json.loads(out.stdout)))
    walls = sorted(w for w, _ in runs)
    print(f"process start → first reply (5 runs): median {walls[2]:.2f} s, best {walls[0]:.2f} s, "
          f"worst {walls[-1]:.2f} s (interpreter start included)")
    print(f"peak RSS after the first reply: {max(r['rss_mb'] for _, r in runs):.0f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot", "knowledge", "build", "--store", f"{tmp}/k.sqlite"], cwd=ROOT,
                       capture_output=True, check=True)
        print(f"knowledge build from the shipped extracts: {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
