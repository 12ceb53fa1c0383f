"""Consistency checks over validated figures; each returns findings (a DataFrame).

=================  ==========================================================
id                 what it says
=================  ==========================================================
parts_vs_total     parts of a statement's total never add up to more than it
containment        a sub-group, sub-place, sub-event or sub-period never
                   exceeds its whole
cross_source       different sources on one scope: contradictions, divergences
cumulative_series  a source's running toll does not fall
duplicates         one source, scope and date recorded twice
provenance         quotes hold their numbers; documents hold their quotes
independence       one source through many documents is one source
unrecorded_figure  (opt-in, --documents) figures in kept documents that the table
                   does not record
=================  ==========================================================

``run_checks`` builds the shared context once and runs the selected checks.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from stats.checks import (  # noqa: F401  (importing registers the checks)
    containment,
    cross_source,
    cumulative_series,
    duplicates,
    independence,
    parts_vs_total,
    provenance,
    unrecorded,
)
from stats.checks.context import CheckContext
from stats.checks.registry import CHECKS, CheckSpec, register_check, selected_checks
from stats.config import Config
from stats.findings import FindingsSchema, empty_findings, sort_findings
from stats.registries import Registries

__all__ = [
    "CHECKS",
    "CheckContext",
    "CheckSpec",
    "register_check",
    "run_checks",
    "selected_checks",
]


def run_checks(
    figures: pd.DataFrame,
    registries: Registries,
    config: Config | None = None,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    file: str | None = None,
    context: CheckContext | None = None,
    documents: bool | None = None,
) -> pd.DataFrame:
    """Run the selected checks over validated figures; findings sorted, errors first.

    ``select``/``ignore`` default to the config's ``[checks]`` lists; ``documents``
    (default: the config's) also reads the kept documents for unrecorded figures.
    Pass a ``context`` to share its cached work with :func:`stats.reconcile`.
    """
    config = config or Config()
    read_documents = config.checks.documents if documents is None else documents
    chosen = selected_checks(
        config.checks.select if select is None else select,
        config.checks.ignore if ignore is None else ignore,
        opt_in=["unrecorded_figure"] if read_documents else [],
    )
    ctx = context or CheckContext(figures, registries, config, file=file)
    frames = []
    for check_id in chosen:
        spec = CHECKS[check_id]
        settings = config.checks.settings_for(check_id)
        found = spec.run(ctx, settings)
        if not found.empty:
            frames.append(found)
    findings = pd.concat(frames, ignore_index=True) if frames else empty_findings()
    return FindingsSchema.validate(sort_findings(findings))
