"""Run one measured step in a fresh process and report seconds and peak memory.

Each step runs in its own interpreter so that its peak resident memory is its
own, not the benchmark driver's.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

STEPS = {
    "read_csv": "import pandas as pd; pd.read_csv(PATH)",
    "read_validate": "import stats; stats.validate(stats.read(DIR))",
}

_RUNNER = """
import json, sys, time
PATH, DIR = sys.argv[1], sys.argv[2]
code = sys.argv[3]
setup = sys.argv[4]
exec(setup)
start = time.perf_counter()
exec(code)
seconds = time.perf_counter() - start
# VmHWM belongs to this process image (ru_maxrss survives exec on Linux).
status = open("/proc/self/status").read().split("VmHWM:")[1].split()[0]
peak_kib = int(status)
print(json.dumps({"seconds": seconds, "peak_mib": peak_kib / 1024}))
"""


def measure(code: str, figures: Path, repeat: int = 3, setup: str = "") -> dict[str, float]:
    """Best time of ``repeat`` fresh runs, and the largest peak memory seen."""
    runs = []
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, "-c", _RUNNER, str(figures), str(figures.parent), code, setup],
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return {
        "seconds": min(r["seconds"] for r in runs),
        "peak_mib": max(r["peak_mib"] for r in runs),
    }
