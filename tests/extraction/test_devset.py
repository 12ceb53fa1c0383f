"""Consistency of the extraction development set (documents, expected figures, traps, sources).

Run by pytest with the rest of the suite, or on its own for a summary:

    .venv/bin/python tests/extraction/test_devset.py
"""

from __future__ import annotations

import csv
import html
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
if __name__ == "__main__":  # run as a script: make `stats` importable from the checkout
    sys.path.insert(0, str(REPO))

import stats  # noqa: E402
from stats.registries import normalise_alias  # noqa: E402
from stats.vocab import GROUPS, MEASURES, QUALIFIERS, SOURCE_KINDS  # noqa: E402

DOCUMENTS = HERE / "documents"
SEED_DIR = REPO.parent / "shared" / "seeds"
COLUMNS = [
    "doc",
    "measure",
    "group",
    "value",
    "qualifier",
    "value_high",
    "source",
    "source_term",
    "phrase",
    "note",
]
_ARTICLE = re.compile(r"<article[^>]*>(.*?)</article>", re.S)
_TAG = re.compile(r"<[^>]+>")


def read_rows(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with (HERE / name).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def doc_path(doc: str) -> Path:
    return SEED_DIR / doc if doc.startswith("000_") else DOCUMENTS / doc


def body(doc: str) -> str:
    """The text a figure may come from: the whole file, or an HTML page's <article> only."""
    text = doc_path(doc).read_text(encoding="utf-8")
    if doc.endswith(".html"):
        found = _ARTICLE.search(text)
        return found.group(1) if found else ""
    return text


def words(doc: str) -> int:
    return len(html.unescape(_TAG.sub(" ", body(doc))).split())


def problems() -> list[str]:
    """Every inconsistency in the set, as one line each; empty when the set is sound."""
    found: list[str] = []
    _, sources = read_rows("sources.csv")
    ids = {s["id"] for s in sources}
    owner: dict[str, str] = {}
    for s in sources:
        if s["kind"] not in SOURCE_KINDS:
            found.append(f"sources.csv {s['id']}: unknown kind {s['kind']!r}")
        for alias in [s["id"], s["name"], *s["aliases"].split("|")]:
            key = normalise_alias(alias)
            if owner.setdefault(key, s["id"]) != s["id"]:
                found.append(f"sources.csv: alias {alias!r} names {owner[key]} and {s['id']}")

    docs = sorted(p.name for p in DOCUMENTS.iterdir())
    for doc in docs:
        if not re.fullmatch(r"\d{3}_[a-z0-9-]+\.(txt|md|html)", doc):
            found.append(f"{doc}: name is not NNN_slug.txt|md|html")
        if not 80 <= words(doc) <= 300:
            found.append(f"{doc}: {words(doc)} words, outside 80-300")
    used = set()
    for name in ("expected.csv", "expected_seed.csv"):
        header, rows = read_rows(name)
        if header != COLUMNS:
            found.append(f"{name}: columns {header} are not {COLUMNS}")
        for line, r in enumerate(rows, start=2):
            where = f"{name}:{line} ({r['doc']} {r['phrase']!r})"
            used.add(r["doc"])
            if not doc_path(r["doc"]).is_file():
                found.append(f"{where}: no such document")
                continue
            if r["phrase"] not in body(r["doc"]):
                found.append(f"{where}: phrase does not occur verbatim")
            for column, vocab in (
                ("measure", MEASURES),
                ("group", GROUPS),
                ("qualifier", QUALIFIERS),
            ):
                if r[column] not in vocab:
                    found.append(f"{where}: unknown {column} {r[column]!r}")
            if not r["value"].isdigit():
                found.append(f"{where}: value {r['value']!r} is not an integer")
            if r["qualifier"] == "range":
                if not r["value_high"].isdigit() or int(r["value_high"]) < int(r["value"] or 0):
                    found.append(f"{where}: range needs value_high >= value")
            elif r["value_high"]:
                found.append(f"{where}: value_high set without range")
            if r["source"] not in ids:
                found.append(f"{where}: source {r['source']!r} not in sources.csv")
    _, traps = read_rows("traps.csv")
    for line, r in enumerate(traps, start=2):
        used.add(r["doc"])
        if not doc_path(r["doc"]).is_file() or r["phrase"] not in doc_path(r["doc"]).read_text(
            encoding="utf-8"
        ):
            found.append(f"traps.csv:{line} ({r['doc']} {r['phrase']!r}): does not occur verbatim")
    found += [f"{doc}: in neither expected.csv nor traps.csv" for doc in docs if doc not in used]
    suffixes = Counter(Path(d).suffix for d in docs)
    if len(docs) < 45 or suffixes[".md"] < 3 or suffixes[".html"] < 3:
        found.append(f"documents: {len(docs)} files, {dict(suffixes)}; need 45, 3 .md, 3 .html")
    return found


def test_devset_is_consistent() -> None:
    assert problems() == []


@pytest.mark.parametrize("name", ["expected.csv", "expected_seed.csv"])
def test_expected_rows_pass_the_validator(tmp_path: Path, name: str) -> None:
    """Each expected row, as a figures-table row, is valid for casualty-stats itself."""
    _, rows = read_rows(name)
    root = tmp_path / "data"
    root.mkdir()
    (root / "sources.csv").write_bytes((HERE / "sources.csv").read_bytes())
    (root / "places.csv").write_text("place,parent\nsomewhere,\n", encoding="utf-8")
    with (root / "documents.csv").open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["document_id", "title", "publisher", "published_on", "url", "path", "sha256"])
        out.writerows(
            [d, d, "", "2024-01-01", "", "", ""] for d in sorted({r["doc"] for r in rows})
        )
    with (root / "figures.csv").open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        cells = ["source", "measure", "group", "value", "qualifier", "value_high", "source_term"]
        out.writerow(["figure_id", "document_id", "reported_on", "place", *cells])
        for i, r in enumerate(rows):
            out.writerow([f"x{i}", r["doc"], "2024-01-01", "somewhere", *(r[c] for c in cells)])
    result = stats.validate(stats.read(root))
    assert result.rejected.empty, result.rejected.to_dict("records")
    assert len(result.valid) == len(rows)


def summary() -> str:
    _, rows = read_rows("expected.csv")
    _, traps = read_rows("traps.csv")
    docs = sorted(p.name for p in DOCUMENTS.iterdir())
    lines = [f"{len(docs)} documents, {len(rows)} expected rows, {len(traps)} trap phrases"]
    for column in ("measure", "group", "qualifier", "source"):
        counts = Counter(r[column] for r in rows)
        lines.append(f"{column}: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    lines.append(
        "traps: "
        + ", ".join(f"{k} {v}" for k, v in Counter(t["kind"] for t in traps).most_common())
    )
    return "\n".join(lines)


if __name__ == "__main__":
    found = problems()
    print(summary())
    print("\n".join(found) if found else "OK: no problems found")
    sys.exit(1 if found else 0)
