"""``casualty-stats check``: the CI gate — validate, run the checks, fail on findings."""

from __future__ import annotations

import os
from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated, TypeVar

import pandas as pd
import typer
from rich.markup import escape
from rich.progress import track

from stats.checks import run_checks, selected_checks
from stats.checks.context import CheckContext
from stats.cli.console import err, fail, out
from stats.cli.options import ConfigOption, DataPath, TodayOption, parse_today
from stats.cli.validate_cmd import show_result
from stats.dataset import Dataset, read
from stats.errors import CasualtyStatsError
from stats.findings import SEVERITIES
from stats.formats import (
    at_or_above,
    escape_data,
    escape_property,
    findings_csv,
    findings_json,
    findings_junit,
    github_annotations,
    step_summary_markdown,
)
from stats.validation import ValidationResult, validate

T = TypeVar("T")
STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"
    junit = "junit"
    github = "github"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def _ids(values: list[str] | None) -> list[str] | None:
    """--select a,b --select c → [a, b, c]; None when the option was not given."""
    if not values:
        return None
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def check_command(
    path: DataPath,
    output_format: Annotated[
        CheckFormat, typer.Option("--format", "-f", help="Output for people or for CI systems.")
    ] = CheckFormat.text,
    fail_on: Annotated[
        FailOn, typer.Option(help="Exit 1 when a finding is at or above this severity.")
    ] = FailOn.error,
    select: Annotated[
        list[str] | None,
        typer.Option(help="Run only these check ids (repeat, or separate with commas)."),
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option(help="Skip these check ids (repeat, or comma-separated).")
    ] = None,
    config: ConfigOption = None,
    today: TodayOption = None,
    documents: Annotated[
        bool | None,
        typer.Option(
            "--documents/--no-documents",
            help="Also read the kept documents (registry rows with a path) and report figures "
            "they state that the table does not record. Default: [checks] documents.",
        ),
    ] = None,
) -> None:
    """Check figures against each other and fail on contradictions (the CI gate).

    Checks: parts and totals, containment, sources, series, duplicates, provenance,
    independence, and with --documents figures the table does not record.

    Example:  casualty-stats check seeds/ --format github --fail-on warning

    Exit status: 0 nothing at or above --fail-on; 1 findings at or above it;
    2 the input is unusable or has invalid rows (they are listed).
    """
    try:
        with err.status("Reading and validating the figures…"):
            data = read(path, config=config)
            read_documents = data.config.checks.documents if documents is None else documents
            checks = selected_checks(
                _ids(select) or data.config.checks.select,
                _ids(ignore) or data.config.checks.ignore,
                opt_in=["unrecorded_figure"] if read_documents else [],
            )
            result = validate(data, today=parse_today(today))
    except KeyError as exc:
        fail(str(exc.args[0]))
    except CasualtyStatsError as exc:
        fail(str(exc))
    if not result.ok:
        _invalid_rows(result, data, output_format)
        raise typer.Exit(2)
    context = CheckContext(
        result.valid, data.registries, data.config, file=str(data.figures_path), progress=progress
    )
    with err.status(f"Running {len(checks)} checks…"):
        findings = run_checks(
            result.valid, data.registries, data.config, select=checks, ignore=[], context=context
        )
    failing = at_or_above(findings["severity"], fail_on.value) if fail_on != FailOn.never else None
    failed = bool(failing is not None and failing.any())
    summary = _summary(data, result, findings, checks, fail_on.value, failed)
    if output_format is CheckFormat.json:
        print(findings_json(findings, summary), end="")
    elif output_format is CheckFormat.csv:
        print(findings_csv(findings), end="")
    elif output_format is CheckFormat.junit:
        print(findings_junit(findings, checks, fail_on=fail_on.value), end="")
    elif output_format is CheckFormat.github:
        print(github_annotations(findings), end="")
        _write_step_summary(step_summary_markdown(findings, summary))
    else:
        _print_findings(findings, summary)
    raise typer.Exit(1 if failed else 0)


def _summary(
    data: Dataset,
    result: ValidationResult,
    findings: pd.DataFrame,
    checks: list[str],
    fail_on: str,
    failed: bool,
) -> dict[str, object]:
    counts = findings["severity"].value_counts()
    valid = result.valid
    return {
        "path": str(data.figures_path),
        "figures": len(valid),
        "sources": int(valid["source_id"].nunique()),
        "documents": int(valid["document_id"].nunique()),
        "checks": checks,
        "counts": {s: int(counts.get(s, 0)) for s in SEVERITIES},
        "fail_on": fail_on,
        "failed": failed,
    }


def _print_findings(findings: pd.DataFrame, summary: dict[str, object]) -> None:
    counts = summary["counts"]
    assert isinstance(counts, dict)
    checks = summary["checks"]
    assert isinstance(checks, list)
    out.print(
        f"{escape(str(summary['path']))}: {_count(summary['figures'], 'figure')} from "
        f"{_count(summary['sources'], 'source')} in {_count(summary['documents'], 'document')}; "
        f"{_count(len(checks), 'check')} run; "
        + ", ".join(
            f"{counts[s]} {s}" if s == "info" else _count(counts[s], s) for s in SEVERITIES
        ),
        highlight=False,
    )
    for row in findings.itertuples(index=False):
        where = f" ({escape(str(row.file))}:{row.line})" if pd.notna(row.line) else ""
        out.print(
            f"\n[{STYLE[row.severity]}]{row.severity}[/] {row.check}{where}\n"
            f"  {escape(row.message)}",
            highlight=False,
        )
    verdict = "failed" if summary["failed"] else "passed"
    err.print(f"\nCheck {verdict} (--fail-on {summary['fail_on']}).", highlight=False)


def progress(items: Iterable[T], label: str) -> Iterable[T]:
    """A progress bar on stderr for long loops (many documents); quiet for a few."""
    items = list(items)
    return track(items, description=label, console=err, disable=len(items) < 5, transient=True)


def _count(n: object, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _invalid_rows(result: ValidationResult, data: Dataset, output_format: CheckFormat) -> None:
    """Rejected rows stop the gate (exit 2); say which, in the format asked for."""
    rejected = result.rejected
    root = data.figures_path.parent
    if output_format is CheckFormat.github:
        for row in rejected.itertuples(index=False):
            file = escape_property(str(root / row.file))
            line = f",line={row.line}" if pd.notna(row.line) else ""
            title = escape_property("casualty-stats validation")
            message = escape_data(f"{row.column} {row.value!r} {row.reason}")
            print(f"::error file={file}{line},title={title}::{message}")
        _write_step_summary(
            f"## casualty-stats\n\n{len(rejected)} problem(s) in the input: the checks did not "
            "run. Run `casualty-stats validate` for the list.\n"
        )
    else:  # junit has no place for input rows: it gets the text listing
        fmt = (
            output_format.value if output_format in (CheckFormat.json, CheckFormat.csv) else "text"
        )
        show_result(result, data.figures_path, fmt)
    err.print("Invalid rows: the checks did not run (exit status 2).", highlight=False)


def _write_step_summary(markdown: str) -> None:
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(markdown if markdown.endswith("\n") else markdown + "\n")
