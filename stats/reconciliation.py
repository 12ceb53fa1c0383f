"""Reconciled estimates: what all sources together say about each scope.

For every scope (measure, group, place, event, period) this gives the number
of independent sources, each source's interval (its latest figure: tolls are
cumulative), the envelope [min low, max high], the intersection when every
source can be right at once, a conservative point (ACLED's rule: the lowest
stated value), the median stated value, and the bounds tightened by the
checks (a total is at least the sum of its parts). The policy is a column, so
no choice is hidden; an enumeration is a minimum bound, never the true toll.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from stats.checks.context import CheckContext, combine_codes
from stats.checks.parts_vs_total import breakdowns
from stats.coded import join_sorted
from stats.config import Config
from stats.registries import Registries
from stats.wording import interval_text

POLICY = (
    "latest figure per source; envelope = [lowest low, highest high]; intersection where "
    "every source can be right; conservative point = lowest stated value (ACLED); median of "
    "stated values; lower bounds raised to the sum of reported parts"
)
_INF = np.iinfo(np.int64).max


def reconcile(
    figures: pd.DataFrame,
    registries: Registries,
    config: Config | None = None,
    *,
    context: CheckContext | None = None,
) -> pd.DataFrame:
    """One row per scope with figures; see the module docstring for the columns."""
    ctx = context or CheckContext(figures, registries, config or Config())
    f = ctx.figures
    n = len(f)
    if n == 0:
        return _empty()
    scope = combine_codes(ctx.scope, ctx.period_start_day, ctx.period_end_day)
    implied = np.array(ctx.low, copy=True)
    b = breakdowns(ctx)
    if not b.empty:
        np.maximum.at(implied, b["total_row"].to_numpy(), b["implied_low"].to_numpy())
    rows = pd.DataFrame(
        {
            "scope": scope,
            "source": ctx.source,
            "day": ctx.reported_day,
            "row": np.arange(n),
        }
    ).sort_values(["scope", "source", "day", "row"], ascending=[True, True, False, True])
    latest = rows.drop_duplicates(["scope", "source"], keep="first")
    r = latest["row"].to_numpy()
    per = pd.DataFrame(
        {
            "scope_key": latest["scope"].to_numpy(),
            "row": r,
            "source_id": f["source_id"].astype(str).to_numpy()[r],
            "figure_id": f["figure_id"].astype(str).to_numpy()[r],
            "low": ctx.low[r],
            "high": ctx.high[r],
            "tight_low": implied[r],
            "value": ctx.value[r],
            "interval": interval_text(f["low"].iloc[r], f["high"].iloc[r]).to_numpy(),
        }
    )
    per["label"] = per["source_id"] + " " + per["interval"]
    grouped = per.groupby("scope_key", sort=True)
    out = grouped.agg(
        first=("row", "min"),
        n_sources=("source_id", "size"),
        envelope_low=("low", "min"),
        envelope_high=("high", "max"),
        intersection_low=("low", "max"),
        intersection_high=("high", "min"),
        tightened_low=("tight_low", "max"),
        conservative_value=("value", "min"),
        median_value=("value", "median"),
    )
    out["sources"] = _joined(per, "source_id", ", ")
    out["figure_ids"] = _joined(per, "figure_id", "|")
    out["source_intervals"] = _joined(per, "label", "; ")
    counts = pd.Series(scope).value_counts()
    out["n_figures"] = counts.reindex(out.index).to_numpy()
    first = out["first"].to_numpy()
    empty = out["intersection_low"] > out["intersection_high"]
    tight_empty = out["tightened_low"] > out["intersection_high"]
    result = pd.DataFrame(
        {
            "measure": f["measure"].astype(str).to_numpy()[first],
            "group": f["group"].astype(str).to_numpy()[first],
            "place": f["place"].astype(str).to_numpy()[first],
            "event": f["event"].astype(object).to_numpy()[first],
            "period_start": f["period_start"].astype(object).to_numpy()[first],
            "period_end": f["period_end"].astype(object).to_numpy()[first],
            "scope": ctx.scope_text(first).to_numpy(),
            "n_sources": out["n_sources"].to_numpy(),
            "n_figures": out["n_figures"].to_numpy(),
            "sources": out["sources"].to_numpy(),
            "figure_ids": out["figure_ids"].to_numpy(),
            "source_intervals": out["source_intervals"].to_numpy(),
            "envelope_low": _bound(out["envelope_low"]),
            "envelope_high": _bound(out["envelope_high"]),
            "intersection_low": _bound(out["intersection_low"].where(~empty)),
            "intersection_high": _bound(out["intersection_high"].where(~empty)),
            "intersection_empty": empty.to_numpy(),
            "conservative_value": out["conservative_value"].to_numpy(),
            "median_value": out["median_value"].to_numpy(dtype=float),
            "tightened_low": _bound(out["tightened_low"].where(~tight_empty)),
            "tightened_high": _bound(out["intersection_high"].where(~tight_empty)),
            "policy": POLICY,
        }
    )
    result = result.astype({"conservative_value": "Int64", "median_value": "Float64"})
    return result.reset_index(drop=True)


def _bound(values: pd.Series) -> pd.arrays.IntegerArray:
    """int64 bounds to nullable Int64, the 'no upper bound' sentinel becoming <NA>."""
    series = pd.Series(values)
    missing = (series.isna() | (series == _INF)).to_numpy()
    ints = series.where(~missing, 0).to_numpy(dtype=np.int64)
    return pd.arrays.IntegerArray(ints, missing)


def _joined(per: pd.DataFrame, column: str, sep: str) -> np.ndarray:
    """Per-scope join of a text column, sorted within each scope, in scope order."""
    ordered = per.sort_values(["scope_key", column], kind="stable")
    _, joined = join_sorted(
        ordered["scope_key"].to_numpy(), ordered[column].to_numpy(dtype=object), sep
    )
    return joined


def _empty() -> pd.DataFrame:
    columns = [
        "measure",
        "group",
        "place",
        "event",
        "period_start",
        "period_end",
        "scope",
        "n_sources",
        "n_figures",
        "sources",
        "figure_ids",
        "source_intervals",
        "envelope_low",
        "envelope_high",
        "intersection_low",
        "intersection_high",
        "intersection_empty",
        "conservative_value",
        "median_value",
        "tightened_low",
        "tightened_high",
        "policy",
    ]
    return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
