"""``casualty-stats extract`` and ``check --documents`` as a data repository's CI runs them."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import stats

from .conftest import SEEDS, SHARED_ARTICLE

CLI = [sys.executable, "-m", "stats.cli"]


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "250"}
    return subprocess.run(
        [*CLI, *map(str, args)], capture_output=True, text=True, timeout=180, env=env
    )


def test_extract_reads_the_seed_into_table_rows(tmp_path: Path) -> None:
    done = run("extract", SHARED_ARTICLE, "--documents", SEEDS)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    found = sorted((r["source"], r["group"], int(r["value"]), r["qualifier"]) for r in rows)
    assert found == sorted(
        [
            ("sohr", "total", 450, "more_than"),
            ("sohr", "civilians", 100, "exact"),
            ("sohr", "nonstate_armed", 215, "exact"),
            ("sohr", "government_forces", 143, "exact"),
            ("sohr", "civilians", 100, "most_of"),
            ("sohr", "children", 29, "exact"),
            ("sohr", "total", 300_000, "more_than"),
            ("un_envoy_syria", "total", 400_000, "about"),
        ]
    )
    text = SHARED_ARTICLE.read_text(encoding="utf-8")
    for row in rows:
        assert row["document_id"] == "seed-000"
        assert row["reported_on"] == "2016-11-12"
        assert f"{int(row['value']):,}" in text[int(row["start"]) : int(row["end"])] or (
            row["qualifier"] == "most_of"
        )
        assert row["quote"] in text
    terms = {r["group"]: r["source_term"] for r in rows}
    assert terms["nonstate_armed"] == "terrorists"
    # The rows are valid input for the figures table, as the issue promises.
    frame = stats.read(SEEDS)
    proposed = tmp_path / "proposed.csv"
    proposed.write_text(done.stdout, encoding="utf-8")
    import pandas as pd

    table = pd.read_csv(proposed, dtype=str, keep_default_na=False)
    table["place"] = "aleppo"
    result = stats.validate(table, frame.registries)
    assert result.ok, result.rejected.to_dict("records")


def test_extract_json_and_unreadable_files(tmp_path: Path) -> None:
    doc = tmp_path / "wire.txt"
    doc.write_text("At least 12 people were killed in the attack, police said.\n")
    done = run("extract", doc, "--format", "json")
    assert done.returncode == 0, done.stderr
    records = json.loads(done.stdout)
    assert [(r["measure"], r["value"], r["qualifier"]) for r in records] == [
        ("killed", 12, "at_least")
    ]
    assert records[0]["document_id"] == "wire"
    done = run("extract", tmp_path / "missing.txt")
    assert done.returncode == 2
    assert "no such document file" in done.stderr


def test_check_documents_flags_unrecorded_figures(tmp_path: Path) -> None:
    root = tmp_path / "data"
    shutil.copytree(SEEDS, root)
    text = root / "texts" / "update.txt"
    text.parent.mkdir()
    text.write_text(
        "Aleppo update\n\nThe Syrian Observatory for Human Rights said at least 12 civilians "
        "were killed in western Aleppo on Sunday.\n",
        encoding="utf-8",
    )
    documents = (
        (root / "documents.csv")
        .read_text()
        .replace("../../shared/seeds/", str(SHARED_ARTICLE.parent) + "/")
    )
    (root / "documents.csv").write_text(
        documents + "update-1,Aleppo update,test wire,2016-11-13,,texts/update.txt,,\n"
    )
    done = run("check", root, "--documents", "--format", "github", "--fail-on", "warning")
    assert done.returncode == 1, done.stdout + done.stderr
    warnings = [line for line in done.stdout.splitlines() if line.startswith("::warning")]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"::warning file={text},line=3,")
    assert "states at least 12 (killed, civilians" in warnings[0]
    assert run("check", root, "--fail-on", "warning").returncode == 0  # documents not read


def test_extract_credits_unattributed_figures_to_the_registered_publisher(
    tmp_path: Path,
) -> None:
    root = tmp_path / "data"
    (root / "docs").mkdir(parents=True)
    (root / "sources.csv").write_text(
        "id,name,aliases,kind\n"
        "ledger,The Harbour Ledger,the Ledger,media\n"
        "watch,Tarsin Rights Watch,the watch,monitor\n",
        encoding="utf-8",
    )
    (root / "documents.csv").write_text(
        "document_id,title,publisher,published_on,url,path,sha256\n"
        "ledger-1,Camp fire,The Harbour Ledger,2026-03-04,,docs/fire.txt,\n",
        encoding="utf-8",
    )
    (root / "places.csv").write_text("place,parent\n", encoding="utf-8")
    (root / "docs" / "fire.txt").write_text(
        "Fire sweeps camp\n\nBy a staff reporter\n\n"
        "A fire killed 12 people in the camp on Wednesday, the watch said.\n\n"
        "In January, a blaze in the same camp killed four people.\n",
        encoding="utf-8",
    )
    done = run("extract", root / "docs" / "fire.txt", "--documents", root)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [(r["document_id"], r["value"], r["source"]) for r in rows] == [
        ("ledger-1", "12", "watch"),
        ("ledger-1", "4", "ledger"),
    ]
