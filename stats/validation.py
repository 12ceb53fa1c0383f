"""Validate a figures table: every row comes out valid or rejected with its reasons.

Order of work, chosen so that each cell is parsed once and every check reuses it:

1. pandera (:func:`stats.schema.input_schema`), lazily: required cells, unique
   ids, closed vocabularies, number and date formats;
2. parsing on the distinct values of each column (a million rows with a few
   thousand distinct dates cost a few thousand parses), spread back by codes;
3. the rules that need registries or several columns: references resolve,
   real calendar dates, nothing in the future, period order, qualifier rules;
4. intervals for the valid rows, and the result checked against
   :data:`stats.schema.FiguresSchema`.

Problems are one row each (file, line, figure_id, column, value, reason). A row
with any problem is rejected whole; ``valid`` + rejected rows = rows read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pandera.pandas as pa

from stats.dataset import Dataset
from stats.dates import parse_partial_dates
from stats.intervals import NEEDS_POSITIVE_VALUE, IntervalRules, interval_arrays
from stats.problems import ProblemCollector, empty_problems
from stats.registries import Registries, suggest
from stats.schema import NUMBER_PATTERN, REASONS, FiguresSchema, input_schema
from stats.vocab import FIGURE_COLUMNS, MEASURES, OPTIONAL_FIGURE_COLUMNS, QUALIFIERS

_SEPARATORS = re.compile(r"[,\u00a0\u202f ]|\.0+$")
_MAX_DIGITS = 15  # beyond this a casualty count is a typo, and float-safe parsing ends


@dataclass
class ValidationResult:
    """Valid rows (typed, with intervals) and one rejected row per problem."""

    valid: pd.DataFrame
    rejected: pd.DataFrame
    rows_read: int
    registry_problems: int = 0
    files: dict[str, int] = field(default_factory=dict)

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

    raw = _complete_columns(raw)
    found = ProblemCollector(raw, file, "figure_id")
    _schema_problems(raw, registries, found)
    parsed = _parse(raw)
    _value_problems(raw, parsed, found)
    _date_problems(raw, parsed, today, found)
    source_id = _reference_problems(raw, registries, found)

    bad = found.bad_index()
    keep = ~raw.index.isin(bad)
    valid = _assemble(raw[keep], parsed.loc[keep], source_id[keep], rules)
    problems = found.frame()
    rejected = pd.concat(
        [p for p in (registries.problems, problems) if not p.empty] or [empty_problems()],
        ignore_index=True,
    )
    return ValidationResult(
        valid=valid,
        rejected=rejected,
        rows_read=len(raw),
        registry_problems=len(registries.problems),
    )


def _complete_columns(raw: pd.DataFrame) -> pd.DataFrame:
    """Add absent optional columns (empty) and line numbers, without touching the caller's frame."""
    additions: dict[str, pd.Series] = {}
    for column in OPTIONAL_FIGURE_COLUMNS:
        if column not in raw.columns:
            additions[column] = pd.Series(pd.NA, index=raw.index, dtype="str")
    if "line" not in raw.columns:
        additions["line"] = pd.Series(np.arange(2, len(raw) + 2), index=raw.index)
    return raw.assign(**additions) if additions else raw


def _schema_problems(raw: pd.DataFrame, registries: Registries, found: ProblemCollector) -> None:
    """Run the pandera input schema lazily and turn its failure cases into problems."""
    schema = input_schema(registries.groups.groups)
    try:
        schema.validate(raw, lazy=True)
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
        reasons = [
            _schema_reason(check, value, choices.get(check))
            for check, value in zip(cases["check"], cases["failure_case"], strict=True)
        ]
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


def _parse(raw: pd.DataFrame) -> pd.DataFrame:
    """Numbers and dates of every row, parsed once on distinct values."""
    value, value_problem = _parse_numbers(raw["value"])
    value_high, high_problem = _parse_numbers(raw["value_high"])
    columns: dict[str, pd.Series] = {
        "value": value,
        "value_problem": value_problem,
        "value_high": value_high,
        "value_high_problem": high_problem,
    }
    for name in ("reported_on", "period_start", "period_end"):
        dates = parse_partial_dates(raw[name])
        for part in ("first", "last", "precision", "problem"):
            columns[f"{name}_{part}"] = dates[part]
    return pd.DataFrame(columns, index=raw.index)


def _parse_numbers(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Whole numbers as written ("300,000") → Int64, and why a cell is not one."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    text = pd.Series(pd.Index(uniques).astype(str), dtype="str").str.strip()
    well_formed = text.str.match(NUMBER_PATTERN).fillna(False).astype(bool)
    digits = text.where(well_formed, "x").str.replace(_SEPARATORS, "", regex=True)
    negative = digits.str.startswith("-")
    digits = digits.str.lstrip("-")
    numeric = digits.str.fullmatch(r"\d+").fillna(False).astype(bool)
    too_long = numeric & (digits.str.len() > _MAX_DIGITS)
    usable = numeric & ~too_long & ~negative
    number = pd.Series(pd.NA, index=text.index, dtype="Int64")
    if usable.any():
        number[usable] = digits[usable].astype("int64")
    problem = pd.Series(pd.NA, index=text.index, dtype="str")
    problem[numeric & negative] = "must be >= 0"
    problem[too_long] = f"has more than {_MAX_DIGITS} digits: not a plausible count"
    taken = np.where(codes < 0, len(text), codes)
    number = pd.concat([number, pd.Series([pd.NA], dtype="Int64")], ignore_index=True)
    problem = pd.concat([problem, pd.Series([pd.NA], dtype="str")], ignore_index=True)
    return (
        pd.Series(number.to_numpy()[taken], index=values.index, dtype="Int64"),
        pd.Series(problem.to_numpy()[taken], index=values.index, dtype="str"),
    )


def _value_problems(raw: pd.DataFrame, parsed: pd.DataFrame, found: ProblemCollector) -> None:
    found.add(parsed["value_problem"].notna(), "value", parsed["value_problem"])
    found.add(parsed["value_high_problem"].notna(), "value_high", parsed["value_high_problem"])
    qualifier = raw["qualifier"].astype("str")
    is_range = (qualifier == "range").to_numpy()
    has_high = raw["value_high"].notna().to_numpy()
    found.add(is_range & ~has_high, "value_high", "is required when qualifier is range")
    found.add(
        ~is_range & has_high & raw["qualifier"].notna().to_numpy(),
        "value_high",
        "is only read with qualifier range; qualifier here is " + qualifier,
    )
    value, high = parsed["value"], parsed["value_high"]
    below = (is_range & (high < value)).fillna(False).to_numpy(dtype=bool)
    found.add(below, "value_high", "is below value " + value.astype("str"))
    zero_not_allowed = qualifier.isin(sorted(NEEDS_POSITIVE_VALUE)).to_numpy() & (
        (value == 0).fillna(False).to_numpy(dtype=bool)
    )
    found.add(
        zero_not_allowed, "value", "must be at least 1 with qualifier " + qualifier
    )


def _date_problems(
    raw: pd.DataFrame, parsed: pd.DataFrame, today: dt.date, found: ProblemCollector
) -> None:
    limit = pd.Timestamp(today)
    for name in ("reported_on", "period_start", "period_end"):
        problem = parsed[f"{name}_problem"]
        found.add(problem.notna(), name, problem)
        found.add(
            (parsed[f"{name}_first"] > limit).to_numpy(dtype=bool),
            name,
            f"is in the future (after {today.isoformat()})",
        )
    start, end = parsed["period_start_first"], parsed["period_end_last"]
    found.add(
        (start > end).to_numpy(dtype=bool),
        "period_end",
        "is before period_start " + raw["period_start"].astype("str"),
    )
    found.add(
        (parsed["reported_on_last"] < start).to_numpy(dtype=bool),
        "reported_on",
        "is before period_start " + raw["period_start"].astype("str")
        + ": a toll cannot be reported before its period begins",
    )


def _reference_problems(
    raw: pd.DataFrame, registries: Registries, found: ProblemCollector
) -> pd.Series:
    """Check every reference resolves; return the canonical source id per row."""
    codes, names = pd.factorize(raw["source"], use_na_sentinel=True)
    ids, hints = registries.resolve_sources(pd.Index(names))
    id_by_code = np.array([*ids, None], dtype=object)
    source_id = pd.Series(id_by_code[np.where(codes < 0, len(ids), codes)], index=raw.index)
    reasons = np.array(
        [
            "is not a source in sources.csv (by id, name or alias)"
            + (f"; did you mean {hint!r}?" if hint else "")
            for hint in hints
        ]
        + [""],
        dtype=object,
    )
    unknown = source_id.isna() & raw["source"].notna()
    found.add(unknown, "source", pd.Series(reasons[np.where(codes < 0, len(ids), codes)],
                                           index=raw.index))
    for column, known, registry in (
        ("document_id", registries.documents["document_id"], "documents.csv"),
        ("place", registries.places["place"], "places.csv"),
        ("event", registries.events["event"], "events.csv"),
    ):
        _unknown_reference(raw[column], known.astype(str).tolist(), registry, column, found)
    return source_id


def _unknown_reference(
    values: pd.Series, known: list[str], registry: str, column: str, found: ProblemCollector
) -> None:
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    known_set = set(known)
    reasons = []
    for value in pd.Index(uniques).astype(str):
        if value in known_set:
            reasons.append(None)
            continue
        hint = suggest(value, known)
        reasons.append(
            f"is not in {registry}" + (f"; did you mean {hint!r}?" if hint else "")
        )
    by_code = np.array([*reasons, None], dtype=object)
    per_row = pd.Series(by_code[np.where(codes < 0, len(reasons), codes)], index=values.index)
    found.add(per_row.notna(), column, per_row)


def _assemble(
    raw: pd.DataFrame, parsed: pd.DataFrame, source_id: pd.Series, rules: IntervalRules
) -> pd.DataFrame:
    """The typed, validated frame with intervals."""
    qualifier = pd.Categorical(raw["qualifier"], categories=list(QUALIFIERS))
    value = parsed["value"].to_numpy(dtype=np.int64, na_value=0)
    value_high = parsed["value_high"].to_numpy(dtype=np.int64, na_value=0)
    low, high, open_high = interval_arrays(value, qualifier.codes, value_high, rules)
    out = pd.DataFrame(index=raw.index)
    for column in FIGURE_COLUMNS:
        out[column] = raw[column]
        if column == "source":
            out["source_id"] = source_id.astype("category")
        if column == "reported_on":
            out["reported_date"] = parsed["reported_on_first"]
            out["reported_precision"] = parsed["reported_on_precision"].astype("category")
        if column == "period_end":
            out["period_start_date"] = parsed["period_start_first"]
            out["period_end_date"] = parsed["period_end_last"]
    out["value"] = parsed["value"]
    out["value_high"] = parsed["value_high"]
    out["qualifier"] = qualifier
    out["low"] = pd.array(low, dtype="Int64")
    out["high"] = pd.arrays.IntegerArray(high, open_high)
    out["line"] = raw["line"].astype("int64")
    extra = [c for c in raw.columns if c not in out.columns]
    for column in extra:  # columns we do not know pass through untouched
        out[column] = raw[column]
    out = out.reset_index(drop=True)
    return FiguresSchema.validate(out)
