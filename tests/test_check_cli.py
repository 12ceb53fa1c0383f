"""``casualty-stats check`` as CI runs it: exit statuses, formats, the job summary."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from .conftest import SEEDS, DataDir, figure

CLI = [sys.executable, "-m", "stats.cli"]


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "COLUMNS": "250", **(env or {})}
    full_env.pop("GITHUB_STEP_SUMMARY", None) if env is None else None
    return subprocess.run(
        [*CLI, "check", *map(str, args)], capture_output=True, text=True, timeout=120, env=full_env
    )


def contradiction(data_dir: DataDir) -> Path:
    """Parts that cannot fit their total (error) and two sources that disagree (warning)."""
    return data_dir(
        [
            figure(figure_id="t", value="450"),
            figure(figure_id="c", group="civilians", value="300"),
            figure(figure_id="g", group="government_forces", value="200"),
            figure(figure_id="u", source="un_office", document_id="d2", value="1,000"),
        ]
    )


def test_seed_passes_with_the_divergence_and_the_bound_listed() -> None:
    done = run(SEEDS)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "diverge by 33%" in done.stdout
    assert "imply a total of at least 458" in done.stdout
    assert "0 errors, 0 warnings, 3 info" in done.stdout


def test_fail_on_sets_the_exit_status(data_dir: DataDir) -> None:
    root = contradiction(data_dir)
    assert run(root).returncode == 1
    assert run(root, "--fail-on", "never").returncode == 0
    assert run(root, "--select", "cross_source").returncode == 0  # only a warning left
    assert run(root, "--select", "cross_source", "--fail-on", "warning").returncode == 1
    assert run(root, "--ignore", "parts_vs_total,cross_source").returncode == 0
    assert run(SEEDS, "--fail-on", "info").returncode == 1


def test_invalid_rows_stop_the_gate_with_status_2(data_dir: DataDir) -> None:
    root = data_dir([figure(), figure(figure_id="f2", place="atlantis")])
    done = run(root)
    assert done.returncode == 2
    assert "atlantis" in done.stdout
    assert "the checks did not run" in done.stderr
    done = run(root, "--format", "github")
    assert done.returncode == 2
    assert done.stdout.startswith("::error file=")
    assert ",line=3," in done.stdout


def test_unknown_check_and_missing_input_exit_2(tmp_path: Path) -> None:
    done = run(SEEDS, "--select", "no_such_check")
    assert done.returncode == 2
    assert "unknown check id(s): no_such_check" in done.stderr
    assert run(tmp_path / "nothing").returncode == 2


def test_json_csv_and_junit(data_dir: DataDir) -> None:
    root = contradiction(data_dir)
    report = json.loads(run(root, "--format", "json").stdout)
    assert report["summary"]["counts"]["error"] == 1
    assert report["summary"]["failed"] is True
    error = next(f for f in report["findings"] if f["severity"] == "error")
    assert error["message"] == "parts 300 + 200 = 500 exceed the total of exactly 450"
    assert error["figure_ids"] == ["t", "c", "g"]
    csv_lines = run(root, "--format", "csv").stdout.splitlines()
    assert csv_lines[0].startswith("finding_id,check,severity,figure_ids,scope,message")
    junit = ET.fromstring(run(root, "--format", "junit").stdout)
    assert junit.get("failures") == "1"
    suites = {s.get("name"): s for s in junit.iter("testsuite")}
    assert suites["parts_vs_total"].get("failures") == "1"
    assert suites["containment"].find("testcase").get("name") == "containment: no findings"


def test_github_annotations_and_step_summary(tmp_path: Path, data_dir: DataDir) -> None:
    root = contradiction(data_dir)
    summary = tmp_path / "summary.md"
    done = run(root, "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    figures = str(root / "figures.csv")
    assert any(
        line.startswith(f"::error file={figures.replace(':', '%3A')},line=2,title=casualty-stats")
        for line in lines
    ), lines
    assert any(line.startswith("::warning ") for line in lines)
    markdown = summary.read_text()
    assert "parts 300 + 200 = 500 exceed the total of exactly 450" in markdown
