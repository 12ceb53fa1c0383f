"""The whole ``check`` (read, validate, all checks, reconcile) against bare ``read_csv``.

    python benchmarks/bench_check.py            # N = 1,000,000
    python benchmarks/bench_check.py -n 200000 --frictionless

Prints seconds (best of fresh processes), the ratio and peak memory. With
``--frictionless`` it also times ``frictionless validate`` on the same CSV with
an equivalent schema, when frictionless is installed (``pip install -e .[bench]``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _measure import measure
from generate import generate

OUT = Path(__file__).parent / "out"
WHOLE_CHECK = (
    "data = stats.read(DIR); result = stats.validate(data); "
    "ctx = CheckContext(result.valid, data.registries, data.config); "
    "stats.run_checks(result.valid, data.registries, data.config, context=ctx); "
    "stats.reconcile(result.valid, data.registries, data.config, context=ctx)"
)


def frictionless_schema(path: Path) -> Path:
    """A Table Schema equivalent to the figures input checks (types, enums, required, unique)."""
    import stats.vocab as vocab

    fields = []
    for name in vocab.FIGURE_COLUMNS:
        field: dict[str, object] = {"name": name, "type": "string"}
        constraints: dict[str, object] = {}
        if name in vocab.REQUIRED_FIGURE_COLUMNS:
            constraints["required"] = True
        if name == "figure_id":
            constraints["unique"] = True
        if name in ("measure", "group", "qualifier"):
            values = {
                "measure": vocab.MEASURES,
                "group": vocab.GROUPS,
                "qualifier": vocab.QUALIFIERS,
            }[name]
            constraints["enum"] = list(values)
        if name in ("reported_on", "period_start", "period_end"):
            constraints["pattern"] = r"\d{4}(-\d{2}(-\d{2})?)?"
        if name in ("value", "value_high"):
            constraints["pattern"] = r"\d{1,3}(,\d{3})*|\d+"
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    schema = path.parent / "figures.schema.json"
    schema.write_text(json.dumps({"fields": fields, "primaryKey": ["figure_id"]}))
    return schema


def time_frictionless(figures: Path) -> float | None:
    exe = shutil.which("frictionless") or str(Path(sys.executable).parent / "frictionless")
    if not Path(exe).exists():
        print("frictionless is not installed: pip install -e '.[bench]' to compare")
        return None
    schema = frictionless_schema(figures)
    start = time.perf_counter()
    subprocess.run(
        [
            exe,
            "validate",
            str(figures),
            "--schema",
            str(schema),
            "--trusted",
            "--limit-errors",
            "1000000",
        ],
        capture_output=True,
        check=False,
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--frictionless", action="store_true", help="also time frictionless")
    args = parser.parse_args()
    root = OUT / f"n{args.n}"
    figures = root / "figures.csv"
    if not figures.exists():
        print(f"generating {args.n:,} figures in {root} …", flush=True)
        generate(args.n, root)
    print(f"{args.n:,} figures, {figures.stat().st_size / 1e6:.0f} MB")
    base = measure("pd.read_csv(PATH)", figures, args.repeat, setup="import pandas as pd")
    ours = measure(
        WHOLE_CHECK,
        figures,
        args.repeat,
        setup="import stats; from stats.checks.context import CheckContext",
    )
    ratio = ours["seconds"] / base["seconds"]
    for label, run in (("pandas.read_csv", base), ("read+validate+checks+reconcile", ours)):
        print(f"{label:31s} {run['seconds']:7.2f} s  peak {run['peak_mib']:6.0f} MiB")
    print(f"ratio: {ratio:.2f}x  (target <= 5x; peak target <= 1536 MiB)")
    if args.frictionless:
        seconds = time_frictionless(figures)
        if seconds is not None:
            print(
                f"frictionless validate           {seconds:7.2f} s  "
                f"({seconds / ours['seconds']:.1f}x slower than the whole check; target >= 20x)"
            )


if __name__ == "__main__":
    main()
