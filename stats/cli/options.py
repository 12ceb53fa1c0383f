"""Options shared by several commands, declared once so their help reads the same."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

DataPath = Annotated[
    Path,
    typer.Argument(help="A data directory (figures.csv and its registries) or a figures file."),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option(help="Settings file; default: casualty-stats.toml in the data directory."),
]
TodayOption = Annotated[
    str | None,
    typer.Option(help="Treat this date (YYYY-MM-DD) as today when rejecting future dates."),
]


def parse_today(value: str | None) -> dt.date | None:
    """``--today`` as a date, for reproducible runs."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None
