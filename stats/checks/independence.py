"""independence: one source reached through several documents is still one source.

Syndicated copies of one wire story, or a monitor's figure repeated by many
outlets, add no confirmation (IBC and the Every Casualty standards count a
source once whatever the number of publications). This check says where a
source's figure reached the table through more than one document or
publisher; ``cross_source`` and ``reconcile`` count it once.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from stats.checks.context import CheckContext
from stats.checks.cross_source import source_figures
from stats.checks.registry import register_check
from stats.findings import empty_findings, make_findings


@dataclass(frozen=True)
class IndependenceSettings:
    severity: str = "info"


@register_check(
    "independence",
    title="Independent sources",
    description="A source's figure repeated in several documents counts as one source.",
    settings=IndependenceSettings,
)
def independence(ctx: CheckContext, settings: IndependenceSettings) -> pd.DataFrame:
    figures = source_figures(ctx)
    repeated = figures[figures["documents"] > 1]
    if repeated.empty:
        return empty_findings()
    # All rows behind each repeated figure.
    f = ctx.figures
    keys = ["scope", "source", "day", "value", "low", "high"]
    every = pd.DataFrame(
        {
            "scope": ctx.scope,
            "source": ctx.source,
            "day": ctx.reported_day,
            "value": ctx.value,
            "low": ctx.low,
            "high": ctx.high,
            "id": f["figure_id"].to_numpy(),
            "document": f["document_id"].astype(str).to_numpy(),
        }
    ).merge(repeated[[*keys, "row"]], on=keys)
    publishers = ctx.registries.documents.set_index("document_id")["publisher"]
    every["publisher"] = every["document"].map(publishers).fillna("unknown publisher")
    grouped = every.groupby("row").agg(
        ids=("id", lambda s: "|".join(sorted(s))),
        documents=("document", lambda s: ", ".join(sorted(set(s)))),
        publishers=("publisher", lambda s: ", ".join(sorted(set(map(str, s))))),
        n_documents=("document", "nunique"),
    )
    rows = grouped.index.to_numpy()
    message = (
        ctx.said_by(rows).to_numpy()
        + " reaches this table through "
        + grouped["n_documents"].astype(str).to_numpy()
        + " documents ("
        + grouped["documents"].to_numpy()
        + "; published by "
        + grouped["publishers"].to_numpy()
        + "): one source, counted once in comparisons"
    )
    return make_findings(
        "independence",
        settings.severity,
        grouped["ids"].reset_index(drop=True),
        pd.Series(ctx.scope_text(rows).to_numpy()),
        pd.Series(message),
        observed=pd.Series(grouped["n_documents"].to_numpy()),
        expected=None,
        file=ctx.file,
        line=pd.Series(ctx.lines(rows).to_numpy()),
    )
