"""The command line as a user runs it: a subprocess, its output and its exit status."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import SEEDS, DataDir, figure

CLI = [sys.executable, "-m", "stats.cli"]


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "250"}  # wide enough that no reason wraps
    return subprocess.run(
        [*CLI, *map(str, args)], capture_output=True, text=True, timeout=120, env=env
    )


def test_seeds_validate_clean() -> None:
    done = run("validate", SEEDS)
    assert done.returncode == 0, done.stderr
    assert "8 rows read, 8 valid, 0 rejected" in done.stdout


def test_rejected_rows_exit_1_and_are_listed(data_dir: DataDir) -> None:
    root = data_dir([figure(), figure(figure_id="f2", measure="kiled")])
    done = run("validate", root, "--today", "2026-11-25")
    assert done.returncode == 1
    assert "2 rows read, 1 valid, 1 rejected" in done.stdout
    assert "did you mean 'killed'?" in done.stdout
    assert "kiled" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_json_and_csv_formats(data_dir: DataDir) -> None:
    root = data_dir([figure(), figure(figure_id="f2", place="atlantis")])
    done = run("validate", root, "--format", "json")
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert report["summary"]["rows_read"] == 2
    assert report["summary"]["rejected"] == 1
    assert report["rejected"][0] == {
        "file": "figures.csv",
        "line": 3,
        "row_id": "f2",
        "column": "place",
        "value": "atlantis",
        "reason": "is not in places.csv",
    }
    done = run("validate", root, "-f", "csv")
    assert done.stdout.splitlines()[0] == "file,line,row_id,column,value,reason"
    assert done.stdout.splitlines()[1].startswith("figures.csv,3,f2,place,atlantis,")


def test_unusable_input_exits_2_with_one_line(tmp_path: Path, data_dir: DataDir) -> None:
    done = run("validate", tmp_path / "missing")
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0
    assert "no such file or directory" in done.stderr
    root = data_dir([figure()])
    (root / "figures.csv").write_text("figure_id,value\n1,2\n")
    done = run("validate", root)
    assert done.returncode == 2
    assert "figures.csv: required column(s) missing" in done.stderr
    assert "Traceback" not in done.stderr
    done = run("validate", SEEDS, "--format", "yaml")
    assert done.returncode == 2


def test_bad_config_exits_2(data_dir: DataDir) -> None:
    root = data_dir([figure()])
    (root / "casualty-stats.toml").write_text("[intervals]\nabout_pct = 10\n")
    done = run("validate", root)
    assert done.returncode == 2
    assert "unknown key(s) in [intervals]" in done.stderr


def test_config_changes_the_intervals(data_dir: DataDir) -> None:
    root = data_dir([figure(qualifier="about", value="100")])
    (root / "casualty-stats.toml").write_text("[intervals]\nabout_percent = 25\n")
    done = run("validate", root, "--format", "json")
    assert done.returncode == 0, done.stdout


def test_help_shows_an_example() -> None:
    for args in (["--help"], ["validate", "--help"], ["check", "--help"]):
        done = run(*args)
        assert done.returncode == 0
        assert "Example" in done.stdout
