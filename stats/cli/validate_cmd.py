"""``casualty-stats validate``: read a figures table and its registries, report rejected rows."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from stats.cli.console import err, fail, out
from stats.cli.options import ConfigOption, DataPath, TodayOption, parse_today
from stats.dataset import read
from stats.errors import CasualtyStatsError
from stats.validation import ValidationResult, validate


class ValidateFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"


def validate_command(
    path: DataPath,
    output_format: Annotated[
        ValidateFormat, typer.Option("--format", "-f", help="How to print the result.")
    ] = ValidateFormat.text,
    config: ConfigOption = None,
    today: TodayOption = None,
) -> None:
    """Validate a figures table against its registries.

    Every row comes out valid or rejected, with the file, line, column, value and
    reason for each problem.

    Example:  casualty-stats validate seeds/ --format json

    Exit status: 0 all rows valid; 1 rows rejected; 2 the input cannot be used.
    """
    try:
        with err.status("Reading and validating the figures…"):
            data = read(path, config=config)
            result = validate(data, today=parse_today(today))
    except CasualtyStatsError as exc:
        fail(str(exc))
    show_result(result, data.figures_path, output_format.value)
    raise typer.Exit(0 if result.ok else 1)


def show_result(result: ValidationResult, figures_path: Path, output_format: str) -> None:
    """Print a validation result as text, JSON or CSV (``check`` uses it for invalid rows)."""
    if output_format == "json":
        document = result_as_json(result, str(figures_path))
        print(json.dumps(document, indent=2, ensure_ascii=False))
    elif output_format == "csv":
        print(result.rejected.to_csv(index=False), end="")
    else:
        print_text(result, figures_path)


def result_as_json(result: ValidationResult, path: str) -> dict[str, object]:
    rejected = result.rejected.astype(object).where(result.rejected.notna(), None)
    return {
        "path": path,
        "summary": result.summary(),
        "rejected": rejected.to_dict(orient="records"),
    }


def print_text(result: ValidationResult, figures_path: Path) -> None:
    s = result.summary()
    out.print(
        f"{escape(str(figures_path))}: {s['rows_read']} rows read, {s['valid']} valid, "
        f"{s['rejected']} rejected"
        + (f"; {s['registry_problems']} registry row problem(s)" if s["registry_problems"] else "")
        + (f"; {s['empty_rows_skipped']} empty row(s) skipped" if s["empty_rows_skipped"] else ""),
        highlight=False,
    )
    if result.rejected.empty:
        out.print("All rows are valid.", highlight=False)
        return
    table = Table(title=f"{len(result.rejected)} problem(s)", title_justify="left")
    for column in ("file", "line", "row_id", "column", "value", "reason"):
        table.add_column(column, overflow="fold", no_wrap=column in ("line",))
    for row in result.rejected.itertuples(index=False):
        table.add_row(*(escape("" if v is None or v != v else str(v)) for v in row))
    out.print(table)
    err.print(
        "Rejected rows are listed above; fix them or their registries and run again.",
        highlight=False,
    )
