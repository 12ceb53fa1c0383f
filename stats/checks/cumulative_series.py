"""cumulative_series: one source's running toll for one scope should not fall.

A later figure whose high is below an earlier figure's low is either a
correction (which should be recorded) or an entry error — one dataset caught a
transposed digit, 4,327 then 4,324, this way. A fall is a **warning**; when the
later figure's note says it is a correction or revision, it is **info**.
Only figures counted from the same start (same ``period_start``, or none) form
a series, so monthly tolls are never read as a falling total.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from stats.checks.context import CheckContext
from stats.checks.registry import register_check
from stats.findings import empty_findings, join_ids, make_findings
from stats.wording import possessive

_CORRECTION = r"(?i)\b(?:correct|revis|amend)"


@dataclass(frozen=True)
class SeriesSettings:
    fall_severity: str = "warning"
    correction_severity: str = "info"


@register_check(
    "cumulative_series",
    title="Cumulative tolls over time",
    description="A source's running toll for the same scope does not fall between reports.",
    settings=SeriesSettings,
)
def cumulative_series(ctx: CheckContext, settings: SeriesSettings) -> pd.DataFrame:
    rows = np.arange(len(ctx.series))
    frame = pd.DataFrame({"series": ctx.series, "day": ctx.reported_day, "row": rows})
    frame = frame.sort_values(["series", "day", "row"], kind="stable")
    same = frame["series"].to_numpy()[1:] == frame["series"].to_numpy()[:-1]
    later_day = frame["day"].to_numpy()[1:] > frame["day"].to_numpy()[:-1]
    earlier = frame["row"].to_numpy()[:-1][same & later_day]
    later = frame["row"].to_numpy()[1:][same & later_day]
    fell = ~ctx.open_high[later] & (ctx.high[later] < ctx.low[earlier])
    earlier, later = earlier[fell], later[fell]
    if earlier.size == 0:
        return empty_findings()
    date = ctx.figures["reported_on"].astype(str).to_numpy()
    note = ctx.figures["note"].astype(object).fillna("").astype(str).iloc[later]
    corrected = note.str.contains(_CORRECTION, regex=True).to_numpy()
    name = ctx.source_name(later).to_numpy()
    message = (
        possessive(pd.Series(name)).to_numpy()
        + " toll fell from "
        + ctx.phrase(earlier).to_numpy()
        + " on "
        + date[earlier]
        + " to "
        + ctx.phrase(later).to_numpy()
        + " on "
        + date[later]
        + np.where(
            corrected,
            ": recorded as a correction",
            ": a correction or an entry error (a running toll should not fall)",
        )
    )
    severity = np.where(corrected, settings.correction_severity, settings.fall_severity)
    return make_findings(
        "cumulative_series",
        pd.Series(severity),
        join_ids(ctx.ids(earlier), ctx.ids(later)),
        pd.Series(ctx.scope_text(later).to_numpy() + ", as stated by " + name),
        pd.Series(message),
        observed=pd.Series(ctx.high[later]),
        expected=pd.Series(ctx.low[earlier]),
        file=ctx.file,
        line=pd.Series(ctx.lines(later).to_numpy()),
    )
