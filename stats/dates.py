"""Dates as sources state them: a day, a month or a year.

"As of November 2016" is not "as of 1 November 2016". A stated date is kept with
its precision and read as the span it covers: ``2016-11`` runs from 1 to 30
November. Comparisons use the span, so a check only fails when no day of one
span can satisfy it.

Parsing works on the distinct values of a column and spreads the result back
through integer codes: a million rows with a few thousand dates cost a few
thousand parses.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

_PATTERN = r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$"


def parse_partial_dates(values: pd.Series) -> pd.DataFrame:
    """Read ISO dates of day, month or year precision.

    Returns a frame on the same index with ``first`` and ``last`` (the first and
    last day the statement covers, ``datetime64[s]``), ``precision`` (day, month,
    year) and ``problem`` (why a non-empty value is not a date, else missing).
    Empty cells give missing values and no problem.
    """
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    parsed = _parse_uniques(pd.Index(uniques, dtype=object))
    # One all-missing row at the end, so that code -1 (an empty cell) takes missing values.
    padded = pd.concat([parsed, _empty_row()], ignore_index=True) if len(parsed) else _empty_row()
    out = padded.iloc[np.where(codes < 0, len(padded) - 1, codes)].reset_index(drop=True)
    out.index = values.index
    return out


def _empty_row() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "first": pd.Series([pd.NaT], dtype="datetime64[s]"),
            "last": pd.Series([pd.NaT], dtype="datetime64[s]"),
            "precision": pd.Series([None], dtype="str"),
            "problem": pd.Series([None], dtype="str"),
        }
    )


def _parse_uniques(uniques: pd.Index) -> pd.DataFrame:
    text = pd.Series(uniques.astype(str), dtype="str").str.strip()
    well_formed = text.str.match(_PATTERN).fillna(False).astype(bool)
    length = text.str.len()
    precision = pd.Series(
        np.select([length == 4, length == 7, length == 10], ["year", "month", "day"], ""),
        dtype="str",
    ).where(well_formed)
    padded = text.where(length != 4, text + "-01-01").where(length != 7, text + "-01")
    first = pd.to_datetime(padded.where(well_formed), format="%Y-%m-%d", errors="coerce")
    first = first.astype("datetime64[s]")
    last = first.copy()
    is_year, is_month = precision == "year", precision == "month"
    last[is_year] = first[is_year] + pd.offsets.YearEnd(0)
    last[is_month] = first[is_month] + pd.offsets.MonthEnd(0)
    problem = pd.Series(None, index=text.index, dtype="str")
    problem[~well_formed] = "is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY"
    problem[well_formed & first.isna()] = "is not a real calendar date"
    return pd.DataFrame(
        {"first": first, "last": last.astype("datetime64[s]"), "precision": precision, "problem": problem}
    )
