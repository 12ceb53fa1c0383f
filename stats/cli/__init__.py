"""The ``casualty-stats`` command line.

Exit statuses, the same for every command:

* 0 — done, nothing found that the command exists to find;
* 1 — done, and it found what it looks for (rejected rows, findings);
* 2 — it could not do its job (missing or unreadable input, bad options).
"""

from __future__ import annotations

import os
import sys

import typer

from stats.cli.check_cmd import check_command
from stats.cli.extract_cmd import extract_command
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
app.command("extract")(extract_command)


@app.callback()
def _root() -> None:
    """Keep subcommands explicit even while there is only one."""


def main() -> None:
    """Console-script entry point: an unexpected failure is one line, not a traceback.

    Set ``CASUALTY_STATS_DEBUG=1`` to see the traceback of such a failure.
    """
    try:
        app()
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except Exception as exc:  # a bug, not bad input: input errors are handled per command
        if os.environ.get("CASUALTY_STATS_DEBUG"):
            raise
        print(
            f"casualty-stats: internal error: {exc.__class__.__name__}: {exc} "
            "(set CASUALTY_STATS_DEBUG=1 for the traceback, and please report it)",
            file=sys.stderr,
        )
        sys.exit(2)
