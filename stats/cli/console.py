"""Terminal output shared by the commands: one console for data, one for messages."""

from __future__ import annotations

import os
import sys
from typing import NoReturn

import typer
from rich.console import Console
from rich.markup import escape

#: Results go to stdout (so they can be piped); messages and errors to stderr.
out = Console()
err = Console(stderr=True)
_WIDTH = int(os.environ.get("COLUMNS", "160"))
if not out.is_terminal:  # piped or captured: do not squeeze tables into 80 columns
    out = Console(width=_WIDTH)
if not err.is_terminal:
    err = Console(stderr=True, width=_WIDTH)


def fail(message: str) -> NoReturn:
    """Report that the command could not do its job and exit with status 2."""
    err.print(
        f"[bold red]casualty-stats: error:[/] {escape(message)}", highlight=False, soft_wrap=True
    )
    sys.stderr.flush()
    raise typer.Exit(2)
