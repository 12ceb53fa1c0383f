"""The ``casualty-stats`` command line.

Exit statuses, the same for every command:

* 0 — done, nothing found that the command exists to find;
* 1 — done, and it found what it looks for (rejected rows, findings);
* 2 — it could not do its job (missing or unreadable input, bad options).
"""

from __future__ import annotations

import typer

from stats.cli.check_cmd import check_command
from stats.cli.report_cmd import report_command
from stats.cli.validate_cmd import validate_command

app = typer.Typer(
    name="casualty-stats",
    help=(
        "Validate reported casualty figures, check them against each other, and brief on "
        "the discrepancies.\n\n"
        "Examples:  casualty-stats validate seeds/    casualty-stats check seeds/ --format github"
    ),
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.command("validate")(validate_command)
app.command("check")(check_command)
app.command("report")(report_command)


@app.callback()
def _root() -> None:
    """Keep subcommands explicit even while there is only one."""


def main() -> None:
    """Console-script entry point."""
    app()
