"""Reading input tables (CSV or XLSX) with their line numbers.

Every row read carries ``line``: the line of the file (CSV, header = line 1) or
the sheet row (XLSX) it came from, so that any problem can be pointed at. Input
that cannot be used at all raises :class:`~stats.errors.InputError` naming the
file; everything else is left to validation.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pcsv

from stats.errors import InputError

TABLE_SUFFIXES = (".csv", ".xlsx")
_EXCEL_MIDNIGHT = re.compile(r"^(\d{4}-\d{2}-\d{2}) 00:00:00$")


def read_table(
    path: str | Path,
    *,
    required: Iterable[str] = (),
    categorical: Iterable[str] = (),
) -> pd.DataFrame:
    """Read a CSV or XLSX table as text, with a ``line`` column.

    Cells are text, or missing for an empty cell; ``categorical`` columns come as
    pandas categoricals (integer codes over distinct values), which is how the
    checks want them. Rows with every cell empty are dropped and counted in
    ``frame.attrs["empty_rows"]``; rows with the wrong number of fields are
    dropped and listed in ``frame.attrs["malformed"]`` as (line, reason) pairs.
    A missing ``required`` column is an :class:`InputError`.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a directory, expected a .csv or .xlsx file")
    suffix = path.suffix.lower()
    wanted = set(categorical)
    if suffix == ".csv":
        frame = _read_csv(path, wanted)
    elif suffix == ".xlsx":
        frame = _read_xlsx(path, wanted)
    else:
        raise InputError(path, f"unsupported file type {suffix or '(none)'!r}; use .csv or .xlsx")
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise InputError(
            path,
            f"required column(s) missing: {', '.join(missing)} "
            f"(found: {', '.join(c for c in frame.columns if c != 'line') or 'none'})",
        )
    return _drop_empty_rows(frame)


def _drop_empty_rows(frame: pd.DataFrame) -> pd.DataFrame:
    attrs = dict(frame.attrs)
    data = frame.drop(columns="line")
    empty = data.isna().all(axis=1) if len(data.columns) else pd.Series(True, index=frame.index)
    count = int(empty.sum())
    if count:
        frame = frame.loc[~empty.to_numpy()].reset_index(drop=True)
    frame.attrs.update(attrs)
    frame.attrs["empty_rows"] = count
    frame.attrs.setdefault("malformed", [])
    return frame


def _read_csv(path: Path, categorical: set[str]) -> pd.DataFrame:
    with path.open("rb") as handle:
        head = handle.read(65536)
    if head.startswith(b"PK\x03\x04"):
        raise InputError(path, "looks like a spreadsheet or zip archive, not CSV text")
    if b"\x00" in head:
        raise InputError(path, "contains NUL bytes: not a CSV text file")
    if not head.strip(b"\xef\xbb\xbf \r\n\t"):
        raise InputError(path, "is empty: expected a header row and data rows")
    try:
        first_line = head.split(b"\n", 1)[0].decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(path, "is not UTF-8 text; save it as UTF-8 and try again") from None
    header = next(csv.reader(io.StringIO(first_line)), [])
    duplicated = sorted({c for c in header if header.count(c) > 1})
    if duplicated:
        raise InputError(path, f"column(s) appear more than once in the header: {duplicated}")
    text, coded = pa.string(), pa.dictionary(pa.int32(), pa.string())
    invalid: list[str] = []

    def skip_invalid(row: pcsv.InvalidRow) -> str:
        invalid.append(row.text)
        return "skip"

    try:
        table = pcsv.read_csv(
            path,
            parse_options=pcsv.ParseOptions(
                newlines_in_values=True, ignore_empty_lines=False, invalid_row_handler=skip_invalid
            ),
            convert_options=pcsv.ConvertOptions(
                column_types={c: coded if c in categorical else text for c in header},
                strings_can_be_null=True,
                null_values=[""],
            ),
        )
    except pa.ArrowInvalid as exc:
        message = str(exc)
        if "UTF8" in message:
            raise InputError(path, "is not UTF-8 text; save it as UTF-8 and try again") from None
        raise InputError(path, f"is not well-formed CSV: {message}") from None
    frame = table.to_pandas(types_mapper=_string_dtype, split_blocks=True, self_destruct=True)
    del table
    if invalid:
        lines, malformed = _locate_records(path, len(header))
        frame["line"] = lines
        frame.attrs["malformed"] = malformed
    else:
        frame["line"] = _line_numbers(frame)
    return frame


def _string_dtype(arrow_type: pa.DataType) -> pd.StringDtype | None:
    return pd.StringDtype("pyarrow", na_value=np.nan) if arrow_type == pa.string() else None


def _line_numbers(frame: pd.DataFrame) -> np.ndarray:
    """The line each record starts on. Blank lines are rows here (dropped later), so only
    line breaks inside quoted cells shift the numbering; those are counted on distinct
    values."""
    lines = np.arange(2, len(frame) + 2, dtype=np.int64)
    breaks = np.zeros(len(frame), dtype=np.int64)
    for column in frame.columns:
        values = frame[column]
        if isinstance(values.dtype, pd.CategoricalDtype):
            counts = values.cat.categories.astype(str).str.count("\n").to_numpy(dtype=np.int64)
            if counts.any():
                codes = values.cat.codes.to_numpy()
                breaks += np.where(codes < 0, 0, counts[np.maximum(codes, 0)])
        elif (
            pd.api.types.is_string_dtype(values.dtype)
            and values.str.contains("\n", regex=False).any()
        ):
            breaks += values.str.count("\n").fillna(0).to_numpy(dtype=np.int64)
    if breaks.any():
        lines += np.concatenate([[0], np.cumsum(breaks)[:-1]])
    return lines


def _locate_records(path: Path, fields: int) -> tuple[np.ndarray, list[tuple[int, str]]]:
    """Lines of well-formed records, and the malformed ones with a reason.

    Only used when a file has records with the wrong number of fields, so the
    loop in Python runs on broken files alone.
    """
    starts: list[int] = []
    malformed: list[tuple[int, str]] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        next(reader, None)
        previous_end = reader.line_num
        for record in reader:
            line = previous_end + 1
            previous_end = reader.line_num
            if not record:  # a blank line: kept as an empty row, like the fast path
                starts.append(line)
            elif len(record) != fields:
                malformed.append((line, f"has {len(record)} fields; the header has {fields}"))
            else:
                starts.append(line)
    return np.asarray(starts, dtype=np.int64), malformed


def _read_xlsx(path: Path, categorical: set[str]) -> pd.DataFrame:
    try:
        sheets = pd.read_excel(path, sheet_name=None, dtype=object, engine="openpyxl")
    except Exception as exc:  # openpyxl raises many types for a broken workbook
        raise InputError(
            path, f"cannot be read as an XLSX workbook ({exc.__class__.__name__})"
        ) from None
    if not sheets:
        raise InputError(path, "has no sheets")
    name = "figures" if "figures" in sheets else next(iter(sheets))
    frame = sheets[name]
    frame.columns = [str(c) for c in frame.columns]
    lines = frame.index.to_series().astype("int64") + 2
    out = pd.DataFrame(index=range(len(frame)))
    for column in frame.columns:
        values = frame[column].map(_excel_cell_text, na_action="ignore")
        values = pd.Series(values.to_numpy(dtype=object), dtype="str")
        out[column] = values.astype("category") if column in categorical else values
    out["line"] = lines.to_numpy()
    return out


def _excel_cell_text(value: object) -> str:
    """An Excel cell as the text a CSV would hold."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    match = _EXCEL_MIDNIGHT.match(text)
    return match.group(1) if match else text
