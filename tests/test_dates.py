"""Dates of day, month and year precision, read as the span they cover."""

from __future__ import annotations

import pandas as pd

from stats.dates import parse_partial_dates


def test_precision_and_span() -> None:
    parsed = parse_partial_dates(pd.Series(["2016-11-12", "2016-11", "2016", "2016-02"]))
    assert parsed["precision"].tolist() == ["day", "month", "year", "month"]
    assert parsed["first"].dt.strftime("%Y-%m-%d").tolist() == [
        "2016-11-12",
        "2016-11-01",
        "2016-01-01",
        "2016-02-01",
    ]
    assert parsed["last"].dt.strftime("%Y-%m-%d").tolist() == [
        "2016-11-12",
        "2016-11-30",
        "2016-12-31",
        "2016-02-29",
    ]
    assert parsed["problem"].isna().all()


def test_bad_dates_say_why_and_empty_is_no_problem() -> None:
    parsed = parse_partial_dates(pd.Series(["2016-02-30", "12/11/2016", None, "2016-13"]))
    assert parsed["problem"].iloc[0] == "is not a real calendar date"
    assert parsed["problem"].iloc[1].startswith("is not a date in the form")
    assert pd.isna(parsed["problem"].iloc[2])
    assert pd.isna(parsed["first"].iloc[2])
    assert parsed["problem"].iloc[3] == "is not a real calendar date"


def test_categorical_input_parses_each_distinct_value_once() -> None:
    values = pd.Series(["2020-01-01", "2020-01", "2020-01-01"] * 1000, dtype="category")
    parsed = parse_partial_dates(values)
    assert len(parsed) == 3000
    assert parsed["precision"].value_counts().to_dict() == {"day": 2000, "month": 1000}
