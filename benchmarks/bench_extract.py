"""Extraction speed: MB of article text read per second on one core.

Usage: ``.venv/bin/python benchmarks/bench_extract.py [N_DOCUMENTS]`` (default 3000).

The documents are written here from templates (wire reports, monitor statements, UN
updates) filled with random places, sources and numbers, so their mix of figures, dates,
ages, money and non-casualty counts resembles the texts the engine is meant for.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from stats.extract import extract_figures, extract_many  # noqa: E402
from stats.extract.engine import Extractor  # noqa: E402

TOWNS = ["Dorva", "Kessan", "Ulmir", "Tarask", "Beloro", "Marren", "Ostig", "Velan"]
SOURCES = [
    "the Regional Rights Monitor",
    "the health ministry",
    "the UN refugee agency",
    "a medical charity",
    "the provincial governor",
    "the army",
]
OUTLETS = ["Coastal Wire", "Harbour Press", "Daily Ledger"]
MONTHS = ["January", "March", "May", "July", "September", "November"]
QUALIFIERS = ["", "at least ", "more than ", "about ", "nearly ", "up to ", "some "]
WORDS = ["three", "seven", "twelve", "twenty-nine", "a dozen", "dozens of", "hundreds of"]

PARAGRAPHS = [
    "{TOWN}, {COUNTRY} ({OUTLET}) - {Q}{N1} people were killed and {N2} wounded when shells "
    "struck a market in {town} on {MONTH} {DAY}, {SOURCE} said.",
    "{SOURCE_CAP} said the dead included {N3} children and {N4} women, and that {N5} soldiers "
    "were among the wounded. A {AGE}-year-old trader said the first shell landed at {HOUR} a.m.",
    "According to {SOURCE}, {Q}{N6} people have fled their homes since {MONTH} {YEAR}, and "
    "{N7} houses have been destroyed in {N8} villages.",
    "The offensive, which began {N9} days ago, has cost ${N10} million, and aid covers less "
    "than {PCT} per cent of needs. Resolution {RES} was cited on page {PAGE}.",
    "{SOURCE_CAP} put the toll at {N11}, including {N12} civilians, {N13} rebels and {N14} "
    "soldiers; most of the civilians died in {town}.",
    "Police arrested {N15} protesters on Friday, {SOURCE} said, and {WORD} more were detained "
    "overnight. The monitor said a third of them were students.",
    "It was the worst attack since {YEAR}, when a car bomb killed {N16} people near {N17} "
    "Station Road during a {N18}-hour curfew.",
]


#: Prose without figures, as most of a real article is (background, quotes, reactions).
FILLER = [
    "Residents described a night of heavy bombardment, with families sheltering in basements "
    "as the shelling moved from the eastern districts towards the river.",
    '"We could hear the planes circling for hours before the first strike," said a teacher '
    "who asked not to be named, adding that the school had been closed since the spring.",
    "The government denied targeting residential areas and accused the armed opposition of "
    "using civilian buildings as cover, a charge the opposition rejected.",
    "Aid agencies have repeatedly called for safe passage for civilians and for access to the "
    "besieged neighbourhoods, where food and fuel are running short.",
    "Diplomats said talks on a new truce had stalled over the sequencing of withdrawals and "
    "the release of prisoners held by both sides.",
    "The claims could not be independently verified because access to the area is "
    "restricted and communications have been cut for much of the week.",
]


def _document(rng: random.Random, filler: int = 0) -> str:
    values = {
        "TOWN": rng.choice(TOWNS).upper(),
        "town": rng.choice(TOWNS),
        "COUNTRY": "Norland",
        "OUTLET": rng.choice(OUTLETS),
        "Q": rng.choice(QUALIFIERS),
        "MONTH": rng.choice(MONTHS),
        "DAY": rng.randint(1, 28),
        "YEAR": rng.randint(1995, 2024),
        "AGE": rng.randint(9, 80),
        "HOUR": rng.randint(1, 11),
        "PCT": rng.randint(5, 95),
        "RES": rng.randint(1000, 2800),
        "PAGE": rng.randint(2, 90),
        "WORD": rng.choice(WORDS),
    }
    source = rng.choice(SOURCES)
    values["SOURCE"] = source
    values["SOURCE_CAP"] = source[0].upper() + source[1:]
    for n in range(1, 19):
        values[f"N{n}"] = f"{rng.randint(2, 40000):,}" if n in (6, 10) else rng.randint(2, 900)
    paragraphs = [p.format(**values) for p in rng.sample(PARAGRAPHS, k=rng.randint(4, 7))]
    paragraphs += [" ".join(rng.sample(FILLER, k=2)) for _ in range(filler)]
    rng.shuffle(paragraphs[1:])
    headline = f"Shelling kills {values['N1']} in {values['town']}, monitor says"
    return headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def _measure(label: str, documents: list[str]) -> None:
    size = sum(len(d.encode("utf-8")) for d in documents)
    started = time.perf_counter()
    # As `extract` and `check --documents` run: every document, one frame at the end.
    figures = len(extract_many((d, f"doc{i}", "") for i, d in enumerate(documents)))
    elapsed = time.perf_counter() - started
    print(
        f"{label}: {len(documents)} documents, {size / 1e6:.2f} MB, {figures} figures in "
        f"{elapsed:.2f} s: {size / 1e6 / elapsed:.2f} MB/s, "
        f"{len(documents) / elapsed:.0f} documents/s (one core)"
    )


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    rng = random.Random(20241112)
    Extractor(None)  # compile once before timing
    extract_figures(_document(rng))
    # every paragraph full of figures (about 11 per 900 bytes): the worst case
    _measure("dense", [_document(rng) for _ in range(count)])
    # figure paragraphs among ordinary prose, the length of a wire report (3-4 kB)
    _measure("article", [_document(rng, filler=8) for _ in range(count)])


if __name__ == "__main__":
    main()
