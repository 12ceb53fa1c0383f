"""Validate a figures table: every row comes out valid or rejected with its reasons.

Order of work, chosen so that each cell is parsed once and every check reuses it:

1. key columns become categoricals (one factorisation each, :mod:`stats.coded`);
2. pandera (:func:`stats.schema.input_schema`), lazily: required cells, unique
   ids, closed vocabularies, number and date formats;
3. numbers and dates parsed on distinct values, spread back by codes;
4. the rules that need registries or several columns: references resolve,
   real calendar dates, nothing in the future, period order, qualifier rules;
5. intervals for the valid rows.

Problems are one row each (file, line, figure_id, column, value, reason). A row
with any problem is rejected whole; valid rows + rejected rows = rows read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pandera.pandas as pa

from stats.coded import as_category, category_from, codes_and_uniques, spread
from stats.dataset import Dataset
from stats.dates import parse_partial_dates
from stats.errors import InputError
from stats.intervals import NEEDS_POSITIVE_VALUE, IntervalRules, interval_arrays
from stats.problems import ProblemCollector, empty_problems
from stats.registries import Registries, suggest
from stats.schema import NUMBER_PATTERN, REASONS, input_schema
from stats.vocab import (
    CODED_FIGURE_COLUMNS,
    FIGURE_COLUMNS,
    MEASURES,
    OPTIONAL_FIGURE_COLUMNS,
    QUALIFIERS,
    REQUIRED_FIGURE_COLUMNS,
)

_SEPARATORS = re.compile(r"[,\u00a0\u202f ]|\.0+$")
_MAX_DIGITS = 15  # beyond this a casualty count is a typo, and float-safe parsing ends


@dataclass
class ValidationResult:
    """Valid rows (typed, with intervals) and one rejected row per problem."""

    valid: pd.DataFrame
    rejected: pd.DataFrame
    rows_read: int
    registry_problems: int = 0
    empty_rows: int = 0

    @property
    def rows_rejected(self) -> int:
        """Figure rows rejected (a row with three problems counts once)."""
        return self.rows_read - len(self.valid)

    @property
    def ok(self) -> bool:
        return self.rejected.empty

    def summary(self) -> dict[str, int]:
        return {
            "rows_read": self.rows_read,
            "valid": len(self.valid),
            "rejected": self.rows_rejected,
            "problems": len(self.rejected),
            "registry_problems": self.registry_problems,
            "empty_rows_skipped": self.empty_rows,
        }


def validate(
    data: Dataset | pd.DataFrame,
    registries: Registries | None = None,
    *,
    rules: IntervalRules | None = None,
    today: dt.date | None = None,
    file: str | None = None,
) -> ValidationResult:
    """Validate figures against registries; never raises for bad rows.

    ``data`` is a :class:`~stats.dataset.Dataset` from :func:`stats.read` or a
    figures DataFrame (then ``registries`` is required). A frame without a
    ``line`` column is numbered as a CSV would be (header = line 1).
    """
    if isinstance(data, Dataset):
        registries = data.registries
        rules = rules or data.config.intervals
        file = file or data.figures_path.name
        raw = data.figures
    else:
        if registries is None:
            raise TypeError("validate(frame) needs registries=; or pass a Dataset from stats.read")
        raw = data
    rules = rules or IntervalRules()
    file = file or "figures"
    today = today or dt.date.today()

    missing = [c for c in REQUIRED_FIGURE_COLUMNS if c not in raw.columns]
    if missing:
        raise InputError(file, f"required column(s) missing: {', '.join(missing)}")
    coded = _encode(raw)
    found = ProblemCollector(coded, file, "figure_id")
    _schema_problems(coded, registries, found)
    parsed = _parse(coded)
    _value_problems(coded, parsed, found)
    _date_problems(coded, parsed, today, found)
    source_id = _reference_problems(coded, registries, found)

    valid = _assemble(coded, parsed, source_id, rules)
    bad = found.bad_index()
    if len(bad):
        valid = valid.loc[~coded.index.isin(bad)]
    problems = found.frame()
    malformed = _malformed_problems(raw, file)
    rejected = pd.concat(
        [p for p in (registries.problems, malformed, problems) if not p.empty]
        or [empty_problems()],
        ignore_index=True,
    )
    return ValidationResult(
        valid=valid.reset_index(drop=True),
        rejected=rejected,
        rows_read=len(raw) + len(malformed),
        registry_problems=len(registries.problems),
        empty_rows=int(raw.attrs.get("empty_rows", 0)),
    )


def _malformed_problems(raw: pd.DataFrame, file: str) -> pd.DataFrame:
    """Records the reader could not split into the header's fields: rejected whole."""
    malformed = raw.attrs.get("malformed", [])
    if not malformed:
        return empty_problems()
    lines, reasons = zip(*malformed, strict=True)
    return pd.DataFrame(
        {
            "file": file,
            "line": pd.array(lines, dtype="Int64"),
            "row_id": "",
            "column": "",
            "value": "",
            "reason": list(reasons),
        }
    )


def _encode(raw: pd.DataFrame) -> pd.DataFrame:
    """A working copy: absent optional columns added, key columns categorical, lines numbered."""
    columns: dict[str, pd.Series] = {}
    for column in raw.columns:
        columns[column] = (
            as_category(raw[column]) if column in CODED_FIGURE_COLUMNS else raw[column]
        )
    for column in OPTIONAL_FIGURE_COLUMNS:
        if column not in columns:
            empty = pd.Series(pd.NA, index=raw.index, dtype="str")
            columns[column] = as_category(empty) if column in CODED_FIGURE_COLUMNS else empty
    if "line" not in columns:
        columns["line"] = pd.Series(np.arange(2, len(raw) + 2), index=raw.index)
    figure_id = columns["figure_id"]
    if not pd.api.types.is_string_dtype(figure_id.dtype):
        figure_id = figure_id.astype(object).where(figure_id.notna()).astype("str")
    columns["figure_id"] = figure_id.where(figure_id != "")
    for column in CODED_FIGURE_COLUMNS:  # an empty string is an empty cell
        values = columns[column]
        if "" in values.cat.categories:
            columns[column] = values.cat.remove_categories([""])
    return pd.DataFrame(columns, index=raw.index)


def _schema_problems(coded: pd.DataFrame, registries: Registries, found: ProblemCollector) -> None:
    """Run the pandera input schema lazily and turn its failure cases into problems."""
    schema = input_schema(registries.groups.groups)
    try:
        schema.validate(coded, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        cases = cases[cases["index"].notna()]
        if cases.empty:
            return
        choices = {
            "measure_known": list(MEASURES),
            "group_known": registries.groups.groups,
            "qualifier_known": list(QUALIFIERS),
        }
        hints: dict[tuple[str, str], str] = {}
        reasons = []
        for check, value in zip(cases["check"], cases["failure_case"], strict=True):
            key = (str(check), str(value))
            if key not in hints:  # one reason per distinct (check, value), not per row
                hints[key] = _schema_reason(str(check), value, choices.get(str(check)))
            reasons.append(hints[key])
        frame = pd.DataFrame(
            {"column": cases["column"].astype(str).to_numpy(), "reason": reasons},
            index=pd.Index(cases["index"].astype("int64").to_numpy()),
        )
        found.add_frame(frame)


def _schema_reason(check: str, value: object, choices: list[str] | None) -> str:
    template = REASONS.get(check, check)
    if choices is None:
        return template
    reason = template.format(choices=", ".join(choices))
    hint = suggest(str(value), choices)
    return f"{reason}; did you mean {hint!r}?" if hint else reason


def _parse(coded: pd.DataFrame) -> pd.DataFrame:
    """Numbers and dates of every row, parsed once on distinct values."""
    value, value_problem = _parse_numbers(coded["value"])
    value_high, high_problem = _parse_numbers(coded["value_high"])
    columns: dict[str, pd.Series] = {
        "value": value,
        "value_problem": value_problem,
        "value_high": value_high,
        "value_high_problem": high_problem,
    }
    for name in ("reported_on", "period_start", "period_end"):
        dates = parse_partial_dates(coded[name])
        for part in ("first", "last", "precision", "problem"):
            columns[f"{name}_{part}"] = dates[part]
    return pd.DataFrame(columns, index=coded.index)


def _parse_numbers(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Whole numbers as written ("300,000") → Int64, and why a cell is not one."""
    codes, uniques = codes_and_uniques(values)
    text = pd.Series(uniques.astype(str), dtype="str").str.strip()
    well_formed = text.str.match(NUMBER_PATTERN).fillna(False).astype(bool)
    digits = text.where(well_formed, "x").str.replace(_SEPARATORS, "", regex=True)
    negative = digits.str.startswith("-").to_numpy(dtype=bool)
    digits = digits.str.lstrip("-")
    numeric = digits.str.fullmatch(r"\d+").fillna(False).to_numpy(dtype=bool)
    too_long = numeric & (digits.str.len() > _MAX_DIGITS).to_numpy(dtype=bool)
    usable = numeric & ~too_long & ~negative
    number = np.zeros(len(text), dtype=np.int64)
    if usable.any():
        number[usable] = digits[usable].astype("int64").to_numpy()
    problems = np.full(len(text), -1)
    problems[numeric & negative] = 0
    problems[too_long] = 1
    reasons = ["must be >= 0", f"has more than {_MAX_DIGITS} digits: not a plausible count"]
    row_number = spread(number, codes, 0)
    row_usable = spread(usable, codes, False)
    return (
        pd.Series(pd.arrays.IntegerArray(row_number, ~row_usable), index=values.index),
        category_from(spread(problems, codes, -1), reasons, values.index),
    )


def _value_problems(coded: pd.DataFrame, parsed: pd.DataFrame, found: ProblemCollector) -> None:
    found.add(parsed["value_problem"].notna(), "value", parsed["value_problem"])
    found.add(parsed["value_high_problem"].notna(), "value_high", parsed["value_high_problem"])
    qualifier = coded["qualifier"]
    is_range = (qualifier == "range").to_numpy(dtype=bool)
    has_high = coded["value_high"].notna().to_numpy()
    found.add(is_range & ~has_high, "value_high", "is required when qualifier is range")
    found.add(
        ~is_range & has_high & qualifier.notna().to_numpy(),
        "value_high",
        lambda at: (
            "is only read with qualifier range; qualifier here is " + qualifier.iloc[at].astype(str)
        ),
    )
    value, high = parsed["value"], parsed["value_high"]
    below = is_range & (high < value).fillna(False).to_numpy(dtype=bool)
    found.add(below, "value_high", lambda at: "is below value " + value.iloc[at].astype(str))
    needs_positive = qualifier.isin(sorted(NEEDS_POSITIVE_VALUE)).to_numpy(dtype=bool)
    zero = needs_positive & (value == 0).fillna(False).to_numpy(dtype=bool)
    found.add(
        zero,
        "value",
        lambda at: "must be at least 1 with qualifier " + qualifier.iloc[at].astype(str),
    )


def _date_problems(
    coded: pd.DataFrame, parsed: pd.DataFrame, today: dt.date, found: ProblemCollector
) -> None:
    limit = np.datetime64(today.isoformat(), "s")
    for name in ("reported_on", "period_start", "period_end"):
        problem = parsed[f"{name}_problem"]
        found.add(problem.notna(), name, problem)
        found.add(
            (parsed[f"{name}_first"] > limit).to_numpy(dtype=bool),
            name,
            f"is in the future (after {today.isoformat()})",
        )
    start, end = parsed["period_start_first"], parsed["period_end_last"]
    period_start = coded["period_start"]
    found.add(
        (start > end).to_numpy(dtype=bool),
        "period_end",
        lambda at: "is before period_start " + period_start.iloc[at].astype(str),
    )
    found.add(
        (parsed["reported_on_last"] < start).to_numpy(dtype=bool),
        "reported_on",
        lambda at: (
            "is before period_start "
            + period_start.iloc[at].astype(str)
            + ": a toll cannot be reported before its period begins"
        ),
    )


def _reference_problems(
    coded: pd.DataFrame, registries: Registries, found: ProblemCollector
) -> pd.Series:
    """Check every reference resolves; return the canonical source id per row."""
    codes, names = codes_and_uniques(coded["source"])
    ids, hints = registries.resolve_sources(names)
    known_ids = sorted({i for i in ids if i is not None})
    id_codes = np.array([known_ids.index(i) if i is not None else -1 for i in ids], dtype=np.int64)
    source_id = category_from(spread(id_codes, codes, -1), known_ids, coded.index)
    reasons = [
        "is not a source in sources.csv (by id, name or alias)"
        + (f"; did you mean {hint!r}?" if hint else "")
        for hint in hints
    ]
    reason_codes = np.where(id_codes < 0, np.arange(len(ids)), -1)
    per_row = category_from(spread(reason_codes, codes, -1), reasons, coded.index)
    found.add(per_row.notna().to_numpy(), "source", per_row)
    for column, known, registry in (
        ("document_id", registries.documents["document_id"], "documents.csv"),
        ("place", registries.places["place"], "places.csv"),
        ("event", registries.events["event"], "events.csv"),
    ):
        _unknown_reference(coded[column], known.astype(str).tolist(), registry, column, found)
    return source_id


def _unknown_reference(
    values: pd.Series, known: list[str], registry: str, column: str, found: ProblemCollector
) -> None:
    codes, uniques = codes_and_uniques(values)
    missing = pd.Index(known, dtype="str").get_indexer(uniques.astype("str")) < 0
    if not missing.any():
        return
    reasons = []
    for value in uniques[missing].astype(str):
        hint = suggest(value, known)
        reasons.append(f"is not in {registry}" + (f"; did you mean {hint!r}?" if hint else ""))
    reason_codes = np.full(len(uniques), -1)
    reason_codes[np.flatnonzero(missing)] = np.arange(len(reasons))
    per_row = category_from(spread(reason_codes, codes, -1), reasons, values.index)
    found.add(per_row.notna().to_numpy(), column, per_row)


def _assemble(
    coded: pd.DataFrame, parsed: pd.DataFrame, source_id: pd.Series, rules: IntervalRules
) -> pd.DataFrame:
    """The typed frame with intervals, in the documented column order."""
    codes, uniques = codes_and_uniques(coded["qualifier"])
    known = pd.Index(QUALIFIERS).get_indexer(uniques.astype(str))  # -1: rejected anyway
    qualifier = pd.Categorical.from_codes(spread(known, codes, -1), categories=list(QUALIFIERS))
    low, high, open_high = interval_arrays(
        parsed["value"].to_numpy(dtype=np.int64, na_value=0),
        qualifier.codes,
        parsed["value_high"].to_numpy(dtype=np.int64, na_value=0),
        rules,
    )
    out: dict[str, pd.Series | pd.Categorical | pd.api.extensions.ExtensionArray] = {}
    for column in FIGURE_COLUMNS:
        out[column] = coded[column]
        if column == "source":
            out["source_id"] = source_id
        if column == "reported_on":
            out["reported_date"] = parsed["reported_on_first"]
            out["reported_precision"] = parsed["reported_on_precision"]
        if column == "period_end":
            out["period_start_date"] = parsed["period_start_first"]
            out["period_end_date"] = parsed["period_end_last"]
    out["value"] = parsed["value"]
    out["value_high"] = parsed["value_high"]
    out["qualifier"] = pd.Series(qualifier, index=coded.index)
    out["low"] = pd.Series(pd.array(low, dtype="Int64"), index=coded.index)
    out["high"] = pd.Series(pd.arrays.IntegerArray(high, open_high), index=coded.index)
    out["line"] = coded["line"].astype("int64")
    for column in coded.columns:  # columns we do not know pass through untouched
        if column not in out:
            out[column] = coded[column]
    # The frame satisfies FiguresSchema by construction (the tests hold it to that);
    # validating it again here would cost as much as reading the file.
    return pd.DataFrame(out, index=coded.index)
