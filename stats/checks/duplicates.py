"""duplicates: the same source, scope and date recorded twice.

Same source, measure, group, place, event, period and reported_on. If two
rows disagree, the table holds two numbers for one statement (**error**, one
per pair) — often a headline and a body ("kill 30" vs "at least 32"): keep
one, note the other. If rows agree and come from one document, the figure was
entered twice (**info**); agreeing rows from several documents are syndicated
copies, which ``independence`` reports.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from stats.checks.context import CheckContext, combine_codes
from stats.checks.registry import register_check
from stats.findings import empty_findings, join_ids, make_findings
from stats.wording import possessive


@dataclass(frozen=True)
class DuplicatesSettings:
    conflict_severity: str = "error"
    identical_severity: str = "info"


@register_check(
    "duplicates",
    title="Duplicate records",
    description="One source, scope and date recorded twice: identical, or with different numbers.",
    settings=DuplicatesSettings,
)
def duplicates(ctx: CheckContext, settings: DuplicatesSettings) -> pd.DataFrame:
    key = combine_codes(
        ctx.source, ctx.scope, ctx.period_start_day, ctx.period_end_day, ctx.reported_day
    )
    counts = np.bincount(key)
    rows = np.flatnonzero(counts[key] > 1)
    if rows.size == 0:
        return empty_findings()
    qualifier = ctx.figures["qualifier"].cat.codes.to_numpy()
    frame = pd.DataFrame(
        {
            "key": key[rows],
            "row": rows,
            "wording": combine_codes(qualifier[rows], ctx.value[rows], ctx.high[rows]),
            "document": ctx.document[rows],
            "id": ctx.ids(rows).to_numpy(),
        }
    ).sort_values(["key", "row"])
    findings = [_conflicts(ctx, settings, frame), _repeats(ctx, settings, frame)]
    findings = [f for f in findings if not f.empty]
    return pd.concat(findings, ignore_index=True) if findings else empty_findings()


def _conflicts(
    ctx: CheckContext, settings: DuplicatesSettings, frame: pd.DataFrame
) -> pd.DataFrame:
    """Every pair of rows for one statement that carry different numbers (an error each)."""
    pairs = frame.merge(frame, on="key", suffixes=("_a", "_b"))
    pairs = pairs[(pairs["row_a"] < pairs["row_b"]) & (pairs["wording_a"] != pairs["wording_b"])]
    if pairs.empty:
        return empty_findings()
    a, b = pairs["row_a"].to_numpy(), pairs["row_b"].to_numpy()
    date = ctx.figures["reported_on"].astype(str).to_numpy()[a]
    message = (
        possessive(ctx.source_name(a)).to_numpy()
        + " figure for this scope on "
        + date
        + " is recorded both as "
        + ctx.phrase(a).to_numpy()
        + " ("
        + ctx.ids(a).to_numpy()
        + ") and as "
        + ctx.phrase(b).to_numpy()
        + " ("
        + ctx.ids(b).to_numpy()
        + "): one statement cannot carry two numbers; keep one and note the other"
    )
    return make_findings(
        "duplicates",
        settings.conflict_severity,
        join_ids(ctx.ids(a), ctx.ids(b)),
        pd.Series(ctx.scope_text(a).to_numpy()),
        pd.Series(message),
        observed=pd.Series(np.maximum(ctx.low[a], ctx.low[b])),
        expected=pd.Series(np.minimum(ctx.low[a], ctx.low[b])),
        file=ctx.file,
        line=pd.Series(ctx.lines(b).to_numpy()),
    )


def _repeats(ctx: CheckContext, settings: DuplicatesSettings, frame: pd.DataFrame) -> pd.DataFrame:
    """The same figure entered more than once from one document (info)."""
    same = frame.groupby(["key", "wording", "document"], sort=False).agg(
        first=("row", "min"), n=("row", "size"), ids=("id", lambda s: "|".join(sorted(s)))
    )
    same = same[same["n"] > 1].reset_index()
    if same.empty:
        return empty_findings()
    first = same["first"].to_numpy()
    date = ctx.figures["reported_on"].astype(str).to_numpy()[first]
    message = (
        ctx.said_by(first).to_numpy()
        + " is recorded "
        + same["n"].astype(str).to_numpy()
        + " times from one document on "
        + date
        + ": the same figure entered twice"
    )
    return make_findings(
        "duplicates",
        settings.identical_severity,
        same["ids"],
        pd.Series(ctx.scope_text(first).to_numpy()),
        pd.Series(message),
        file=ctx.file,
        line=pd.Series(ctx.lines(first).to_numpy()),
    )
