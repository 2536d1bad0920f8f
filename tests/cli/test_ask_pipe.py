"""`careerbot ask … | head -1`: a reader that leaves early ends the command quietly, with no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_closed_pipe_ends_ask_quietly():
    proc = subprocess.Popen([sys.executable, "-m", "cli", "ask", "nurse salary"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader leaves before the answer is written, as `head -1` does after one line
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and b"Traceback" not in err, err.decode()[-500:]
