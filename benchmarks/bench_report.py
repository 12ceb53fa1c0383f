"""Render the seed briefing and one from a synthetic 10,000-figure table.

    python benchmarks/bench_report.py

Prints seconds (fresh process, imports included), PDF pages, findings and peak
memory for each. Targets: seed PDF <= 3 s; 10,000 figures <= 30 s and <= 1 GB.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import pypdf

sys.path.insert(0, str(Path(__file__).parent))

from _measure import measure
from generate import generate

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).parent / "out"


def render(data_dir: Path, out: Path, output_format: str) -> dict[str, float]:
    code = (
        "from stats.cli import app\n"
        f"app(['report', {str(data_dir)!r}, '--out', {str(out)!r}, '--format', "
        f"{output_format!r}], standalone_mode=False)"
    )
    return measure(code, data_dir / "figures.csv", repeat=1)


def findings(data_dir: Path) -> int:
    import stats

    data = stats.read(data_dir)
    valid = stats.validate(data).valid
    return len(stats.run_checks(valid, data.registries, data.config))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000)
    args = parser.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    synthetic = OUT / f"report{args.n}"
    if not (synthetic / "figures.csv").exists():
        generate(args.n, synthetic)
    for label, data_dir in (("seed", ROOT / "seeds"), (f"{args.n:,} figures", synthetic)):
        out = OUT / f"briefing-{data_dir.name}"
        out.mkdir(parents=True, exist_ok=True)
        pdf = render(data_dir, out, "pdf")
        html = render(data_dir, out, "html")
        pages = len(pypdf.PdfReader(out / "briefing.pdf").pages)
        size = (out / "briefing.html").stat().st_size / 1e6
        print(
            f"{label:>16}: PDF {pdf['seconds']:6.2f} s, {pages} pages, peak {pdf['peak_mib']:5.0f} "
            f"MiB | HTML {html['seconds']:5.2f} s, {size:.1f} MB | {findings(data_dir):,} findings"
        )
    print("targets: seed PDF <= 3 s; 10,000 figures <= 30 s and <= 1024 MiB")


if __name__ == "__main__":
    main()
