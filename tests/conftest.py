"""Shared fixtures: the repository's seeds, the shared seed article, and small data
directories written from rows a test spells out."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from stats.vocab import FIGURE_COLUMNS

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SHARED_ARTICLE = REPO.parent / "shared" / "seeds" / "000_e9ec42d60aac5ac3.txt"
TODAY = dt.date(2026, 11, 25)

SOURCES = [
    {
        "id": "monitor_a",
        "name": "Alpha Monitoring Network",
        "aliases": "AMN|the network",
        "kind": "monitor",
    },
    {
        "id": "un_office",
        "name": "UN Casualty Office",
        "aliases": "UNCO|the UN office",
        "kind": "un",
    },
    {
        "id": "ministry",
        "name": "Ministry of Interior",
        "aliases": "the ministry",
        "kind": "government",
    },
]
DOCUMENTS = [
    {
        "document_id": "d1",
        "title": "Weekly toll",
        "publisher": "Alpha Monitoring Network",
        "published_on": "2020-05-04",
        "url": "",
        "path": "",
        "sha256": "",
    },
    {
        "document_id": "d2",
        "title": "Situation report",
        "publisher": "UN Casualty Office",
        "published_on": "2020-05",
        "url": "",
        "path": "",
        "sha256": "",
    },
]
PLACES = [
    {"place": "northland", "parent": ""},
    {"place": "river_city", "parent": "northland"},
    {"place": "old_town", "parent": "river_city"},
]
EVENTS = [
    {"event": "northland_war", "parent": "", "start": "2019-01", "end": ""},
    {"event": "river_siege", "parent": "northland_war", "start": "2020-03-01", "end": "2020-04-30"},
]


def figure(**overrides: str) -> dict[str, str]:
    """One valid figure row; tests override the cells they care about."""
    row = {c: "" for c in FIGURE_COLUMNS}
    row.update(
        figure_id="f1",
        source="monitor_a",
        document_id="d1",
        reported_on="2020-05-04",
        event="river_siege",
        place="river_city",
        period_start="2020-03-01",
        period_end="2020-04-30",
        measure="killed",
        group="total",
        value="120",
        qualifier="exact",
    )
    row.update(overrides)
    return row


def write_csv(path: Path, rows: list[dict[str, str]], columns: list[str] | None = None) -> Path:
    columns = columns or (list(rows[0]) if rows else list(FIGURE_COLUMNS))
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


DataDir = Callable[..., Path]


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    """Write a data directory with the test registries and the given figure rows."""

    def make(rows: list[dict[str, str]], **registries: list[dict[str, str]]) -> Path:
        root = tmp_path / "data"
        root.mkdir(exist_ok=True)
        write_csv(root / "sources.csv", registries.get("sources", SOURCES))
        write_csv(root / "documents.csv", registries.get("documents", DOCUMENTS))
        write_csv(root / "places.csv", registries.get("places", PLACES))
        write_csv(root / "events.csv", registries.get("events", EVENTS))
        write_csv(root / "figures.csv", rows, list(FIGURE_COLUMNS))
        return root

    return make
