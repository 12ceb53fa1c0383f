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

from stats.coded import category_from, codes_and_uniques

_PATTERN = r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$"


def parse_partial_dates(values: pd.Series) -> pd.DataFrame:
    """Read ISO dates of day, month or year precision.

    Returns a frame on the same index with ``first`` and ``last`` (the first and
    last day the statement covers), ``precision`` (day, month, year) and
    ``problem`` (why a non-empty value is not a date), the last two categorical.
    Empty cells give missing values and no problem.
    """
    codes, uniques = codes_and_uniques(values)
    parsed = _parse_uniques(uniques)
    index = values.index
    taken = np.where(codes < 0, len(parsed), codes)
    return pd.DataFrame(
        {
            "first": _take_dates(parsed["first"], taken, index),
            "last": _take_dates(parsed["last"], taken, index),
            "precision": _take_text(parsed["precision"], codes, index),
            "problem": _take_text(parsed["problem"], codes, index),
        },
        index=index,
    )


def _take_dates(dates: pd.Series, taken: np.ndarray, index: pd.Index) -> pd.Series:
    padded = np.append(dates.to_numpy(dtype="datetime64[s]"), np.datetime64("NaT", "s"))
    return pd.Series(padded[taken], index=index, dtype="datetime64[s]")


def _take_text(text: pd.Series, codes: np.ndarray, index: pd.Index) -> pd.Series:
    """Per-distinct text (possibly missing) as a categorical over rows."""
    categories, inverse = np.unique(text.fillna("").to_numpy(dtype=str), return_inverse=True)
    inverse = np.append(inverse, -1)
    row_codes = inverse[np.where(codes < 0, len(inverse) - 1, codes)]
    empty = np.flatnonzero(categories == "")
    if empty.size:  # "" stands for "no value": make it missing
        row_codes = np.where(row_codes == empty[0], -1, row_codes)
    return category_from(row_codes, list(categories), index)


def _parse_uniques(uniques: pd.Index) -> pd.DataFrame:
    text = pd.Series(uniques.astype(str), dtype="str").str.strip().reset_index(drop=True)
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
        {
            "first": first,
            "last": last.astype("datetime64[s]"),
            "precision": precision,
            "problem": problem,
        }
    )
