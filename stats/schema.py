"""pandera schemas: what a figures table must look like, as input and once validated.

Two schemas, both importable for other pipelines:

* :func:`input_schema` checks the table as read (text cells): required cells
  present, ids unique, the closed vocabularies, date and number formats. It is
  built per taxonomy because a data directory may bring its own groups.
* :data:`FiguresSchema` is the contract of :attr:`stats.ValidationResult.valid`:
  typed columns, intervals with ``low <= high``. A pipeline that builds its own
  figures frame can check it with ``FiguresSchema.validate(frame)``.

Checks that need the registries (does this source exist?) or several parsed
columns at once live in :mod:`stats.validation`, which shares the parsing work
between them.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import pandera.pandas as pa

from stats.coded import map_distinct
from stats.vocab import DATE_PRECISIONS, MEASURES, QUALIFIERS, REQUIRED_FIGURE_COLUMNS

#: A whole number as people write it: 450, 300,000, 300 000, 1 200 (narrow spaces too).
NUMBER_PATTERN = r"^\s*-?(?:\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+)(?:\.0+)?\s*$"
DATE_PATTERN = r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$"

#: pandera check name → the reason a reader sees.
REASONS: dict[str, str] = {
    "not_nullable": "is required but empty",
    "field_uniqueness": "appears more than once; figure_id must be unique",
    "measure_known": "is not a known measure ({choices})",
    "group_known": "is not a known group ({choices})",
    "qualifier_known": "is not a known qualifier ({choices})",
    "number_format": "is not a whole number (digits, optionally grouped as 300,000 or 300 000)",
    "date_format": "is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY",
}


def _in(choices: Sequence[str], name: str) -> pa.Check:
    return pa.Check.isin(list(choices), name=name, error=name)


def _matches(pattern: str, name: str) -> pa.Check:
    """A regex check run on distinct values only (numbers read as integers pass as text)."""

    def check(values: pd.Series) -> pd.Series:
        matched = map_distinct(values, lambda text: text.str.match(pattern).fillna(False), True)
        return pd.Series(matched.astype(bool), index=values.index)

    return pa.Check(check, name=name, error=name)


def _unique(name: str) -> pa.Check:
    """Every repeat after the first fails (cheaper than pandera's two-pass uniqueness)."""
    return pa.Check(lambda values: ~values.duplicated(keep="first"), name=name, error=name)


def input_schema(groups: Sequence[str]) -> pa.DataFrameSchema:
    """The schema of a figures table as read, for a given list of groups."""
    text = {"dtype": None, "coerce": False}

    def column(name: str, *checks: pa.Check) -> pa.Column:
        return pa.Column(
            nullable=name not in REQUIRED_FIGURE_COLUMNS,
            checks=list(checks),
            required=True,
            name=name,
            **text,
        )

    return pa.DataFrameSchema(
        {
            "figure_id": column("figure_id", _unique("field_uniqueness")),
            "source": column("source"),
            "document_id": column("document_id"),
            "reported_on": column("reported_on", _matches(DATE_PATTERN, "date_format")),
            "event": column("event"),
            "place": column("place"),
            "period_start": column("period_start", _matches(DATE_PATTERN, "date_format")),
            "period_end": column("period_end", _matches(DATE_PATTERN, "date_format")),
            "measure": column("measure", _in(MEASURES, "measure_known")),
            "group": column("group", _in(groups, "group_known")),
            "value": column("value", _matches(NUMBER_PATTERN, "number_format")),
            "qualifier": column("qualifier", _in(QUALIFIERS, "qualifier_known")),
            "value_high": column("value_high", _matches(NUMBER_PATTERN, "number_format")),
            "source_term": column("source_term"),
            "quote": column("quote"),
            "note": column("note"),
        },
        strict=False,
        name="figures (input)",
    )


def _low_not_above_high(frame: pd.DataFrame) -> pd.Series:
    return frame["high"].isna() | (frame["low"] <= frame["high"])


def _category(nullable: bool = False, **kwargs: object) -> pa.Column:
    return pa.Column("category", nullable=nullable, coerce=True, **kwargs)


FiguresSchema = pa.DataFrameSchema(
    {
        "figure_id": pa.Column(str, unique=True),
        "source": _category(),
        "source_id": _category(),
        "document_id": _category(),
        "reported_on": _category(),
        "reported_date": pa.Column("datetime64[ns]"),
        "reported_precision": _category(checks=pa.Check.isin(DATE_PRECISIONS)),
        "event": _category(nullable=True),
        "place": _category(),
        "period_start": _category(nullable=True),
        "period_end": _category(nullable=True),
        "period_start_date": pa.Column("datetime64[ns]", nullable=True),
        "period_end_date": pa.Column("datetime64[ns]", nullable=True),
        "measure": _category(checks=pa.Check.isin(MEASURES)),
        "group": _category(),
        "value": pa.Column("Int64", pa.Check.ge(0)),
        "qualifier": _category(checks=pa.Check.isin(QUALIFIERS)),
        "value_high": pa.Column("Int64", nullable=True),
        "low": pa.Column("Int64", pa.Check.ge(0)),
        "high": pa.Column("Int64", nullable=True),
        "source_term": pa.Column(str, nullable=True),
        "quote": pa.Column(str, nullable=True),
        "note": pa.Column(str, nullable=True),
        "line": pa.Column("int64", pa.Check.ge(1)),
    },
    checks=[pa.Check(_low_not_above_high, name="low_not_above_high", error="low > high")],
    strict=False,
    coerce=True,
    name="figures (validated)",
)
