"""cross_source: the same thing counted by different sources.

Figures for the same measure, group, place and event, reported within a window
of each other (default 180 days), from different sources. Sources, not
documents, are compared: a source's figure repeated in several documents is
one figure (see ``independence``).

* disjoint intervals → **contradiction** (warning by default): they cannot
  both be true;
* overlapping intervals whose stated values differ by more than a threshold
  (default 10%) → **divergence** (info): both can be true, and the gap is
  worth saying, with its size.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from stats.checks.context import CheckContext, combine_codes
from stats.checks.registry import register_check
from stats.coded import pairs_within
from stats.findings import empty_findings, join_ids, make_findings
from stats.wording import interval_text, numbers, percent


@dataclass(frozen=True)
class CrossSourceSettings:
    window_days: int = 180
    divergence_threshold: float = 0.10
    contradiction_severity: str = "warning"
    divergence_severity: str = "info"


def source_figures(ctx: CheckContext) -> pd.DataFrame:
    """One row per distinct figure of a source (scope, date, wording), with its documents."""
    if "source_figures" in ctx.shared:
        return ctx.shared["source_figures"]  # type: ignore[return-value]
    f = ctx.figures
    frame = pd.DataFrame(
        {
            "row": np.arange(len(f)),
            "scope": ctx.scope,
            "source": ctx.source,
            "day": ctx.reported_day,
            "low": ctx.low,
            "high": ctx.high,
            "value": ctx.value,
            "qualifier": f["qualifier"].cat.codes.to_numpy(),
            "document": ctx.document,
        }
    )
    figure = combine_codes(
        ctx.scope,
        ctx.source,
        ctx.reported_day,
        ctx.value,
        frame["qualifier"].to_numpy(),
        ctx.low,
        ctx.high,
    )
    firsts = frame.loc[~pd.Series(figure).duplicated().to_numpy()].copy()
    firsts["figure"] = figure[firsts["row"].to_numpy()]
    documents = pd.Series(combine_codes(figure, ctx.document)).groupby(figure).nunique()
    firsts["documents"] = documents.reindex(firsts["figure"]).to_numpy()
    ctx.shared["source_figures"] = firsts
    return firsts


@register_check(
    "cross_source",
    title="Sources against each other",
    description="Different sources on the same scope and time: contradictions and divergences.",
    settings=CrossSourceSettings,
)
def cross_source(ctx: CheckContext, settings: CrossSourceSettings) -> pd.DataFrame:
    figures = source_figures(ctx)
    multi = figures.groupby("scope")["source"].transform("nunique") > 1
    figures = figures[multi]
    if figures.empty:
        return empty_findings()
    i, j = pairs_within(figures["scope"].to_numpy())
    source, day, value = (figures[c].to_numpy() for c in ("source", "day", "value"))
    row, documents = figures["row"].to_numpy(), figures["documents"].to_numpy()
    keep = (source[i] != source[j]) & (np.abs(day[i] - day[j]) <= settings.window_days)
    i, j = i[keep], j[keep]
    # The smaller stated value first ("a" below "b"), ties by row.
    swap = (value[i] > value[j]) | ((value[i] == value[j]) & (row[i] > row[j]))
    i, j = np.where(swap, j, i), np.where(swap, i, j)
    if i.size == 0:
        return empty_findings()
    a, b = row[i], row[j]
    docs_a, docs_b = documents[i], documents[j]
    low_a, high_a, low_b, high_b = ctx.low[a], ctx.high[a], ctx.low[b], ctx.high[b]
    disjoint = (low_a > high_b) | (low_b > high_a)
    smaller = np.minimum(ctx.value[a], ctx.value[b]).astype(float)
    larger = np.maximum(ctx.value[a], ctx.value[b]).astype(float)
    ratio = np.where(smaller > 0, (larger - smaller) / np.where(smaller > 0, smaller, 1), np.inf)
    diverge = ~disjoint & (ratio > settings.divergence_threshold)
    keep = disjoint | diverge
    if not keep.any():
        return empty_findings()
    a, b, disjoint, ratio = a[keep], b[keep], disjoint[keep], ratio[keep]
    docs_a, docs_b = docs_a[keep], docs_b[keep]
    said_a = ctx.said_by(a).to_numpy() + _documents(docs_a)
    said_b = ctx.said_by(b).to_numpy() + _documents(docs_b)
    iv_a = interval_text(ctx.figures["low"].iloc[a], ctx.figures["high"].iloc[a]).to_numpy()
    iv_b = interval_text(ctx.figures["low"].iloc[b], ctx.figures["high"].iloc[b]).to_numpy()
    pct = np.array([percent(r) if np.isfinite(r) else "an unbounded share" for r in ratio])
    times = np.array([f"{1 + r:.2f}" if np.isfinite(r) else "∞" for r in ratio])
    larger_text = numbers(pd.Series(np.maximum(ctx.value[a], ctx.value[b]))).to_numpy()
    smaller_text = numbers(pd.Series(np.minimum(ctx.value[a], ctx.value[b]))).to_numpy()
    counted = " (2 independent sources compared)"
    message = np.where(
        disjoint,
        said_a
        + " and "
        + said_b
        + " cannot both be true: their intervals "
        + iv_a
        + " and "
        + iv_b
        + " do not overlap; the stated values differ by "
        + pct
        + counted,
        said_a
        + " and "
        + said_b
        + " diverge by "
        + pct
        + " ("
        + larger_text
        + " is "
        + times
        + " times "
        + smaller_text
        + "); their intervals "
        + iv_a
        + " and "
        + iv_b
        + " overlap, so both can be true"
        + counted,
    )
    severity = np.where(disjoint, settings.contradiction_severity, settings.divergence_severity)
    return make_findings(
        "cross_source",
        pd.Series(severity),
        join_ids(ctx.ids(a), ctx.ids(b)),
        pd.Series(ctx.scope_text(a).to_numpy()),
        pd.Series(message),
        observed=pd.Series(np.maximum(ctx.value[a], ctx.value[b])),
        expected=pd.Series(np.minimum(ctx.value[a], ctx.value[b])),
        file=ctx.file,
        line=pd.Series(ctx.lines(a).to_numpy()),
    )


def _documents(count: np.ndarray) -> np.ndarray:
    """', reported in 3 documents' where a figure reached the table more than once."""
    return np.where(count > 1, " (one figure, in " + count.astype(str) + " documents)", "")
