"""Run inside a virtual environment that has sockit (pip install sockit==0.3.1), not careerbot's.

Reads one title per line on stdin; writes "SOC<TAB>milliseconds" per line (SOC as 43-6013, or empty).
Used by benchmarks/title_coding.py --sockit-python to measure sockit on the same titles in the same run.
"""

import sys
import time

from sockit.title import top_soc

top_soc("warm up")  # the first call loads sockit's tries
for line in sys.stdin:
    start = time.perf_counter()
    soc = top_soc(line.rstrip("\n")) or ""
    ms = (time.perf_counter() - start) * 1000
    print(f"{soc[:2]}-{soc[2:]}" if soc else "", f"{ms:.4f}", sep="\t", flush=False)
