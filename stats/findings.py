"""Findings: what the checks found, as one table with one schema.

Every check returns rows of this table, so a pipeline can filter, join or
count findings like any other data, and every output format (text, JSON,
CSV, JUnit, GitHub annotations, the briefings) renders the same record. A
finding's message is written once, where the finding is made.

=============  ==============================================================
column         meaning
=============  ==============================================================
finding_id     stable across runs: a hash of the check id and the figures that
               define the finding
check          the registered check id (``parts_vs_total``, …)
severity       ``error`` (cannot all be true), ``warning`` (likely wrong or
               contradictory), ``info`` (worth knowing: divergence, bounds)
figure_ids     the figures involved, joined by ``|`` (sorted; for a breakdown
               the total first, then its parts)
scope          human-readable: event, place, measure, group, period
message        a plain-English sentence with the arithmetic
observed       the number the check looked at (e.g. the sum of the parts)
expected       what it was held against (e.g. the total's upper bound)
gap            observed − expected
gap_ratio      gap / expected (e.g. 0.333 for 400,000 against 300,000)
file, line     where the first figure involved was read (for CI annotations)
=============  ==============================================================
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pandera.pandas as pa

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
SEVERITY_RANK: dict[str, int] = {"error": 0, "warning": 1, "info": 2}

FINDING_COLUMNS: tuple[str, ...] = (
    "finding_id",
    "check",
    "severity",
    "figure_ids",
    "scope",
    "message",
    "observed",
    "expected",
    "gap",
    "gap_ratio",
    "file",
    "line",
)

FindingsSchema = pa.DataFrameSchema(
    {
        "finding_id": pa.Column(str, unique=True),
        "check": pa.Column(str),
        "severity": pa.Column(str, pa.Check.isin(SEVERITIES)),
        "figure_ids": pa.Column(str),
        "scope": pa.Column(str),
        "message": pa.Column(str, pa.Check.str_length(min_value=1)),
        "observed": pa.Column("Int64", nullable=True),
        "expected": pa.Column("Int64", nullable=True),
        "gap": pa.Column("Int64", nullable=True),
        "gap_ratio": pa.Column("Float64", nullable=True),
        "file": pa.Column(str, nullable=True),
        "line": pa.Column("Int64", nullable=True),
    },
    strict=True,
    ordered=True,
    coerce=True,
    name="findings",
)


def empty_findings() -> pd.DataFrame:
    """A findings table with no rows and the right dtypes."""
    return pd.DataFrame(
        {
            "finding_id": pd.Series(dtype="str"),
            "check": pd.Series(dtype="str"),
            "severity": pd.Series(dtype="str"),
            "figure_ids": pd.Series(dtype="str"),
            "scope": pd.Series(dtype="str"),
            "message": pd.Series(dtype="str"),
            "observed": pd.Series(dtype="Int64"),
            "expected": pd.Series(dtype="Int64"),
            "gap": pd.Series(dtype="Int64"),
            "gap_ratio": pd.Series(dtype="Float64"),
            "file": pd.Series(dtype="str"),
            "line": pd.Series(dtype="Int64"),
        }
    )


def stable_ids(check: str, figure_ids: pd.Series) -> pd.Series:
    """Finding ids that stay the same across runs for the same check and figures."""
    keys = (check + ":" + figure_ids.astype(str)).reset_index(drop=True)
    hashed = pd.util.hash_pandas_object(keys, index=False).to_numpy()
    return pd.Series(
        [f"{check}-{h:016x}"[: len(check) + 13] for h in hashed], index=figure_ids.index
    )


def join_ids(*ids: pd.Series) -> pd.Series:
    """Figure ids of each finding, sorted and joined with ``|`` (so ids are order-free)."""
    if len(ids) == 2:  # the common case, a pair: vectorised
        a = ids[0].astype(str).to_numpy(dtype=object)
        b = ids[1].astype(str).to_numpy(dtype=object)
        first = np.where(a <= b, a, b)
        second = np.where(a <= b, b, a)
        return pd.Series(np.where(a == b, a, first + "|" + second))
    joined = ids[0].astype(str).reset_index(drop=True)
    for more in ids[1:]:
        joined = joined + "|" + more.astype(str).reset_index(drop=True)
    return joined.str.split("|").map(lambda parts: "|".join(sorted(set(parts))))


def make_findings(
    check: str,
    severity: pd.Series | str,
    figure_ids: pd.Series,
    scope: pd.Series | str,
    message: pd.Series,
    *,
    observed: pd.Series | None = None,
    expected: pd.Series | None = None,
    file: pd.Series | str | None = None,
    line: pd.Series | None = None,
    identity: pd.Series | None = None,
) -> pd.DataFrame:
    """Assemble findings from per-finding columns (all on one index).

    The finding id hashes the check and ``identity`` — by default the figure ids;
    a check whose findings should keep their id when more figures join them (a
    total's breakdown) passes the figures that define the finding instead.
    """
    index = figure_ids.index
    if len(index) == 0:
        return empty_findings()

    def column(values: pd.Series | str | None, dtype: str) -> pd.Series:
        if values is None:
            return pd.Series(pd.NA, index=index, dtype=dtype)
        if isinstance(values, str):
            return pd.Series(values, index=index, dtype=dtype)
        return pd.Series(values.to_numpy(), index=index).astype(dtype)

    obs = column(observed, "Int64")
    exp = column(expected, "Int64")
    gap = obs - exp
    ratio = (gap.astype("Float64") / exp.astype("Float64")).where(exp != 0)
    frame = pd.DataFrame(
        {
            "finding_id": stable_ids(check, figure_ids if identity is None else identity),
            "check": check,
            "severity": column(severity, "str"),
            "figure_ids": figure_ids.astype("str"),
            "scope": column(scope, "str"),
            "message": message.astype("str"),
            "observed": obs,
            "expected": exp,
            "gap": gap,
            "gap_ratio": ratio.round(4),
            "file": column(file, "str"),
            "line": column(line, "Int64"),
        },
        index=index,
    )
    return frame.reset_index(drop=True)


#: The order checks are listed in within a severity: what a reader weighs first.
CHECK_ORDER: tuple[str, ...] = (
    "cross_source",
    "containment",
    "parts_vs_total",
    "cumulative_series",
    "duplicates",
    "provenance",
    "independence",
)


def sort_findings(findings: pd.DataFrame) -> pd.DataFrame:
    """Errors, then warnings, then info; within each, by check, largest gaps first."""
    if findings.empty:
        return findings
    rank = findings["severity"].map(SEVERITY_RANK)
    order = (
        findings["check"].map({c: i for i, c in enumerate(CHECK_ORDER)}).fillna(len(CHECK_ORDER))
    )
    size = findings["gap_ratio"].abs().fillna(0)
    return (
        findings.assign(_rank=rank.to_numpy(), _order=order.to_numpy(), _size=size.to_numpy())
        .sort_values(
            ["_rank", "_order", "_size", "finding_id"], ascending=[True, True, False, True]
        )
        .drop(columns=["_rank", "_order", "_size"])
        .reset_index(drop=True)
    )
