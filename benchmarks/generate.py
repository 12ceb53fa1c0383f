"""Generate a realistic synthetic data directory of N figures, for benchmarks.

Structure follows what monitors publish: statements (one sentence, one source,
one document) that give a total and its breakdown by group; cumulative tolls
repeated over months; registries of realistic size (dozens of sources,
thousands of places and events, a document per few figures). About 0.1% of
rows carry a deliberate error so that validation has something to reject.

    python benchmarks/generate.py 1000000 benchmarks/out/n1m
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

import numpy as np
import pandas as pd

SOURCE_COUNT = 40
COUNTRIES, PROVINCES, DISTRICTS = 30, 20, 5
CONFLICTS, SUB_EVENTS = 200, 10
FIGURES_PER_DOCUMENT = 5
QUALIFIERS = np.array(["exact", "more_than", "at_least", "about", "nearly", "up_to"])
QUALIFIER_WORDS = {
    "exact": "",
    "more_than": "more than ",
    "at_least": "at least ",
    "about": "about ",
    "nearly": "nearly ",
    "up_to": "up to ",
}
MEASURES = np.array(["killed", "killed", "killed", "injured", "displaced", "missing", "detained"])
PARTS = ["civilians", "nonstate_armed", "government_forces"]
PART_TERMS = {"civilians": "civilians", "nonstate_armed": "rebels", "government_forces": "soldiers"}


def write_registries(
    out: Path, n_documents: int, rng: np.random.Generator
) -> dict[str, np.ndarray]:
    """Write sources, documents, places and events; return the id arrays."""
    kinds = np.array(["monitor", "un", "government", "ngo", "media", "armed_group"])
    sources = pd.DataFrame(
        {
            "id": [f"src{i:02d}" for i in range(SOURCE_COUNT)],
            "name": [f"Monitor Number {i}" for i in range(SOURCE_COUNT)],
            "aliases": [f"M{i}|the monitor {i}|Group {i}" for i in range(SOURCE_COUNT)],
            "kind": kinds[np.arange(SOURCE_COUNT) % len(kinds)],
        }
    )
    sources.to_csv(out / "sources.csv", index=False)

    countries = [f"c{i:02d}" for i in range(COUNTRIES)]
    provinces = [f"{c}-p{j:02d}" for c in countries for j in range(PROVINCES)]
    districts = [f"{p}-d{k}" for p in provinces for k in range(DISTRICTS)]
    places = pd.DataFrame(
        {
            "place": countries + provinces + districts,
            "parent": [""] * len(countries)
            + [p.rsplit("-", 1)[0] for p in provinces]
            + [d.rsplit("-", 1)[0] for d in districts],
        }
    )
    places.to_csv(out / "places.csv", index=False)

    conflicts = [f"war{i:03d}" for i in range(CONFLICTS)]
    subs = [f"{w}-op{j}" for w in conflicts for j in range(SUB_EVENTS)]
    events = pd.DataFrame(
        {
            "event": conflicts + subs,
            "parent": [""] * len(conflicts) + [s.split("-")[0] for s in subs],
            "start": ["2011-01-01"] * len(conflicts) + ["2012-01-01"] * len(subs),
            "end": [""] * (len(conflicts) + len(subs)),
        }
    )
    events.to_csv(out / "events.csv", index=False)

    doc_ids = np.array([f"doc{i:07d}" for i in range(n_documents)])
    days = rng.integers(0, 365 * 12, n_documents)
    published = (np.datetime64("2012-01-01") + days.astype("timedelta64[D]")).astype(str)
    documents = pd.DataFrame(
        {
            "document_id": doc_ids,
            "title": [f"Report {i}" for i in range(n_documents)],
            "publisher": np.array([f"Outlet {i % 97}" for i in range(n_documents)]),
            "published_on": published,
            "url": "",
            "path": "",
            "sha256": "",
        }
    )
    documents.to_csv(out / "documents.csv", index=False)
    return {
        "sources": sources["id"].to_numpy(),
        "aliases": np.array([f"M{i}" for i in range(SOURCE_COUNT)]),
        "places": np.array(countries + provinces + districts),
        "events": np.array(subs),
        "conflicts": np.array(conflicts),
        "documents": doc_ids,
        "published": published,
    }


def figures_frame(n: int, ids: dict[str, np.ndarray], rng: np.random.Generator) -> pd.DataFrame:
    """N figures as statements of a total and its three parts.

    Statements share scopes the way monitors' reports do: each scope (event,
    place, measure) is reported again and again, by a few sources, with tolls
    that grow over time — so there are series to follow and sources to compare.
    """
    statements = -(-n // 4)
    scopes = max(1, statements // 8)
    scope = rng.integers(0, scopes, statements)
    scope_event = rng.integers(0, len(ids["events"]), scopes)
    scope_place = rng.integers(0, len(ids["places"]), scopes)
    scope_measure = MEASURES[rng.integers(0, len(MEASURES), scopes)]
    scope_sources = rng.integers(0, SOURCE_COUNT, (scopes, 3))  # a few sources per scope
    slot = rng.integers(0, 3, statements)
    source_idx = scope_sources[scope, slot]
    use_alias = rng.random(statements) < 0.3
    source = np.where(use_alias, ids["aliases"][source_idx], ids["sources"][source_idx])
    doc = rng.integers(0, len(ids["documents"]), statements)
    reported = ids["published"][doc]
    day = reported.astype("datetime64[D]")
    # Tolls grow with time: a base per scope plus a daily rate, and noise between sources.
    base = rng.integers(10, 2000, scopes)[scope]
    age = (day - np.datetime64("2012-01-01")).astype(np.int64)
    # Each source counts a little differently (within about 12% of the others), steadily.
    source_factor = (0.88 + 0.24 * rng.random((scopes, 3)))[scope, slot]
    grown = ((base + age // 30) * source_factor).astype(np.int64)
    shares = rng.dirichlet([3, 2, 2], scopes)[scope]
    parts = np.floor(shares * (grown[:, None] * 0.9)).astype(np.int64)
    total_value = parts.sum(axis=1) + (grown // 10)
    qualifier = rng.choice(QUALIFIERS, statements, p=[0.25, 0.25, 0.35, 0.15, 0.0, 0.0])
    measure = scope_measure[scope]
    rows_group = np.repeat(np.array([["total", *PARTS]]), statements, axis=0).ravel()
    values = np.column_stack([total_value, parts]).ravel()
    # Parts are often minimum counts too ("at least 40 civilians").
    part_qualifiers = rng.choice(["exact", "at_least"], (statements, 3), p=[0.4, 0.6])
    quals = np.column_stack([qualifier, part_qualifiers]).ravel()
    rep = np.repeat(np.arange(statements), 4)
    words = np.array([QUALIFIER_WORDS[q] for q in qualifier])
    text = [
        np.char.add(v.astype(str), w)
        for v, w in (
            (total_value, " people were "),
            (parts[:, 0], " civilians, "),
            (parts[:, 1], " rebels and "),
            (parts[:, 2], " soldiers."),
        )
    ]
    quote = np.char.add(np.char.add("According to ", source), ", ")
    quote = np.char.add(np.char.add(quote, words), text[0])
    quote = np.char.add(np.char.add(quote, measure), ", including ")
    quote = np.char.add(np.char.add(np.char.add(quote, text[1]), text[2]), text[3])
    frame = pd.DataFrame(
        {
            "figure_id": np.char.add("f", np.arange(len(rep)).astype(str)),
            "source": source[rep],
            "document_id": ids["documents"][doc][rep],
            "reported_on": reported[rep],
            "event": ids["events"][scope_event[scope]][rep],
            "place": ids["places"][scope_place[scope]][rep],
            "period_start": "2012-01-01",
            "period_end": "",
            "measure": measure[rep],
            "group": rows_group,
            "value": values,
            "qualifier": quals,
            "value_high": "",
            "source_term": np.array(["people", *PART_TERMS.values()] * statements),
            "quote": quote[rep],
            "note": "",
        }
    ).iloc[:n]
    # Thousands separators as people type them, on large values.
    big = frame["value"] >= 1000
    frame["value"] = frame["value"].astype(str)
    frame.loc[big, "value"] = frame.loc[big, "value"].map(lambda v: f"{int(v):,}")
    # About 0.1% deliberate errors: misspelt places, impossible dates, bad numbers.
    bad = rng.random(len(frame)) < 0.001
    kinds = rng.integers(0, 3, len(frame))
    frame.loc[bad & (kinds == 0), "place"] = "atlantis"
    frame.loc[bad & (kinds == 1), "reported_on"] = "2016-02-30"
    frame.loc[bad & (kinds == 2), "value"] = "a few"
    return frame


def generate(n: int, out: Path, seed: int = 7) -> Path:
    """Write a data directory with ``n`` figures to ``out`` and return the figures path."""
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    ids = write_registries(out, max(1, n // FIGURES_PER_DOCUMENT), rng)
    frame = figures_frame(n, ids, rng)
    path = out / "figures.csv"
    frame.to_csv(path, index=False)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of figures")
    parser.add_argument("out", type=Path, help="data directory to write")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    path = generate(args.n, args.out, args.seed)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    print(
        f"wrote {args.n:,} figures to {path} ({path.stat().st_size / 1e6:.1f} MB, sha256 {digest}…)"
    )


if __name__ == "__main__":
    main()
