"""How the sentence model's BLAS threads wait, set before numpy loads OpenBLAS (it reads this only then).

OpenBLAS's idle threads spin for 2^28 cycles (about 0.1 s) after each product, waiting for the next one. In a
bot that is a core burnt through every message's other work, and when two processes share the cores (the
workers of ``careerbot serve``, a test run's workers) their spinning threads starve each other: a model call's
p99 went from 9 to 194 ms with two processes of two threads each on 2 cores, and is 18 ms with a wait of 2^4
cycles (benchmarks/RESULTS.md#meaning). A value already in the environment is kept.
"""

import os

MAX_MODEL_THREADS = 2
"""Threads for one message's model call at most: a short text gains little beyond two."""

THREAD_TIMEOUT = "4"
"""OPENBLAS_THREAD_TIMEOUT: idle threads wait 2^4 cycles, then sleep (4 is its smallest value)."""

os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", THREAD_TIMEOUT)


def model_threads(workers: int = 1) -> int:
    """BLAS threads for one process's model call: the CPUs available shared among the processes, at most
    MAX_MODEL_THREADS (a bot alone: 2 on this machine; each of 2 ``careerbot serve`` workers: 1)."""
    return max(1, min(MAX_MODEL_THREADS, len(os.sched_getaffinity(0)) // max(1, workers)))
