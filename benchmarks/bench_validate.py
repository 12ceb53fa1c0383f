"""Read + validate against bare ``pandas.read_csv`` on the same file.

    python benchmarks/bench_validate.py            # N = 1,000,000
    python benchmarks/bench_validate.py -n 100000

Prints seconds (best of three fresh processes), their ratio and peak memory.
Imports are done before the clock starts in both cases.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _measure import measure
from generate import generate

OUT = Path(__file__).parent / "out"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1_000_000, help="figures (default 1,000,000)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    root = OUT / f"n{args.n}"
    figures = root / "figures.csv"
    if not figures.exists():
        print(f"generating {args.n:,} figures in {root} …", flush=True)
        generate(args.n, root)
    size_mb = figures.stat().st_size / 1e6
    print(f"{args.n:,} figures, {size_mb:.0f} MB")
    base = measure("pd.read_csv(PATH)", figures, args.repeat, setup="import pandas as pd")
    ours = measure(
        "stats.validate(stats.read(DIR))", figures, args.repeat, setup="import stats, pandas"
    )
    print(f"pandas.read_csv            {base['seconds']:7.2f} s   peak {base['peak_mib']:7.0f} MiB")
    print(f"stats.read + validate      {ours['seconds']:7.2f} s   peak {ours['peak_mib']:7.0f} MiB")
    ratio = ours["seconds"] / base["seconds"]
    print(f"ratio (read+validate / read_csv): {ratio:.2f}x  (target <= 2x)")


if __name__ == "__main__":
    main()
