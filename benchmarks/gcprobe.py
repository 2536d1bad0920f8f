"""Garbage-collector time of a bot process, printed to stderr when it exits (a diagnostic for benchmarks/e2e.py).

    GCPROBE=1 .venv/bin/python benchmarks/e2e.py --rounds 1      # one "GCPROBE …" line per bot process
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
import time

_started: list[float] = [0.0]
seconds = [0.0, 0.0, 0.0]
counts = [0, 0, 0]


def _callback(phase: str, info: dict) -> None:
    if phase == "start":
        _started[0] = time.perf_counter()
    else:
        generation = info["generation"]
        seconds[generation] += time.perf_counter() - _started[0]
        counts[generation] += 1


def _report() -> None:
    sys.stderr.write(f"GCPROBE pid {os.getpid()}: collections per generation {counts}, seconds "
                     f"{[round(s, 3) for s in seconds]}, total {sum(seconds):.2f} s, thresholds {gc.get_threshold()}\n")


def install() -> None:
    gc.callbacks.append(_callback)
    atexit.register(_report)
