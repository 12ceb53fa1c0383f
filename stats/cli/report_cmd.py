"""``casualty-stats report``: render the briefing (PDF and/or HTML) for a data directory.

Rendering libraries are imported inside the command, so the rest of the CLI —
and every pipeline that imports :mod:`stats` — never loads them.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import numpy as np
import pandas as pd
import typer

from stats.checks import run_checks
from stats.checks.context import CheckContext
from stats.cli.console import err, fail, out
from stats.cli.options import ConfigOption, DataPath, TodayOption, parse_today
from stats.dataset import Dataset, read
from stats.errors import CasualtyStatsError
from stats.reconciliation import reconcile
from stats.validation import validate

FILTER_KEYS = ("event", "place", "measure", "group", "source")


class ReportFormat(StrEnum):
    pdf = "pdf"
    html = "html"
    both = "both"


def report_command(
    path: DataPath,
    out_dir: Annotated[
        Path, typer.Option("--out", "-o", help="Directory to write the briefing into.")
    ] = Path("build"),
    output_format: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="Which files to write.")
    ] = ReportFormat.both,
    title: Annotated[str | None, typer.Option(help="The briefing's title.")] = None,
    select: Annotated[
        list[str] | None,
        typer.Option(
            help="Keep figures of one scope: event=ID, place=ID (with the places inside it), "
            "measure=, group= or source=. Repeat to narrow further."
        ),
    ] = None,
    config: ConfigOption = None,
    today: TodayOption = None,
) -> None:
    """Render a briefing on the discrepancies (PDF and HTML).

    Writes briefing.pdf and briefing.html, with figures.csv beside the HTML.

    Example:  casualty-stats report seeds/ --out build/ --select place=aleppo

    Exit status: 0 written; 2 the input is unusable or the briefing could not be written
    (no half-written file is left behind).
    """
    try:
        data = read(path, config=config)
        result = validate(data, today=parse_today(today))
        figures = _filtered(result.valid, data, _filters(select))
    except CasualtyStatsError as exc:
        fail(str(exc))
    if out_dir.exists() and not out_dir.is_dir():
        fail(f"{out_dir}: exists and is not a directory")
    out_dir.mkdir(parents=True, exist_ok=True)
    if not result.ok:
        err.print(
            f"{result.rows_rejected} input row(s) rejected: listed in the briefing's appendix "
            "(run `casualty-stats validate` for details).",
            highlight=False,
        )
    with err.status("Checking figures…"):
        context = CheckContext(figures, data.registries, data.config, file=str(data.figures_path))
        findings = run_checks(figures, data.registries, data.config, context=context)
        estimates = reconcile(figures, data.registries, data.config, context=context)

    import reports  # rendering only from here on
    from reports.atomic import RenderError, write_text_atomic

    briefing = reports.BriefingInput(
        figures=context.figures,
        registries=data.registries,
        findings=findings,
        estimates=estimates,
        rejected=result.rejected,
        config=data.config,
        context=context,
    )
    written: list[Path] = []
    try:
        if output_format in (ReportFormat.html, ReportFormat.both):
            with err.status("Writing the HTML briefing…"):
                written.append(
                    reports.write_html(
                        reports.build(briefing, title=title), out_dir / "briefing.html"
                    )
                )
                written.append(write_text_atomic(out_dir / "figures.csv", _figures_csv(figures)))
        if output_format in (ReportFormat.pdf, ReportFormat.both):
            with err.status("Rendering the PDF briefing (WeasyPrint)…"):
                model = reports.build(briefing, title=title, for_pdf=True)
                written.append(reports.render_pdf(model, out_dir / "briefing.pdf"))
    except (RenderError, OSError) as exc:
        fail(f"could not write the briefing: {exc}")
    for item in written:
        out.print(str(item), highlight=False)


def _filters(values: list[str] | None) -> list[tuple[str, str]]:
    filters = []
    for value in values or []:
        key, sep, wanted = value.partition("=")
        if not sep or key not in FILTER_KEYS or not wanted:
            raise typer.BadParameter(
                f"{value!r}: expected KEY=VALUE with KEY one of {', '.join(FILTER_KEYS)}",
                param_hint="--select",
            )
        filters.append((key, wanted))
    return filters


def _filtered(valid: pd.DataFrame, data: Dataset, filters: list[tuple[str, str]]) -> pd.DataFrame:
    """Figures of the selected scope; a place or event keeps everything inside it."""
    keep = np.ones(len(valid), dtype=bool)
    for key, wanted in filters:
        if key in ("place", "event"):
            tree = data.registries.place_tree if key == "place" else data.registries.event_tree
            if wanted not in tree:
                raise CasualtyStatsError(f"--select {key}={wanted}: no such {key} in the registry")
            inside = {wanted} | {
                str(node) for node in tree.ids if wanted in tree.ancestors(str(node))
            }
            keep &= valid[key].astype(object).isin(inside).to_numpy()
        else:
            column = "source_id" if key == "source" else key
            keep &= (valid[column].astype(str) == wanted).to_numpy()
    return valid.loc[keep].reset_index(drop=True)


def _figures_csv(figures: pd.DataFrame) -> str:
    columns = [c for c in figures.columns if not c.endswith("_date")]
    return figures[columns].to_csv(index=False)
