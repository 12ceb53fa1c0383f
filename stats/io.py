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

import pandas as pd

from stats.errors import InputError

TABLE_SUFFIXES = (".csv", ".xlsx")
_EXCEL_MIDNIGHT = re.compile(r"^(\d{4}-\d{2}-\d{2}) 00:00:00$")


def read_table(
    path: str | Path,
    *,
    categorical: Iterable[str] = (),
    required: Iterable[str] = (),
) -> pd.DataFrame:
    """Read a CSV or XLSX table as text, with a ``line`` column.

    Every cell is text (or missing, for an empty cell); ``categorical`` columns
    are read as pandas categories, which keeps repeated values cheap. A missing
    ``required`` column is an :class:`InputError`.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a directory, expected a .csv or .xlsx file")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        frame = _read_csv(path, set(categorical))
    elif suffix == ".xlsx":
        frame = _read_xlsx(path, set(categorical))
    else:
        raise InputError(path, f"unsupported file type {suffix or '(none)'!r}; use .csv or .xlsx")
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise InputError(
            path,
            f"required column(s) missing: {', '.join(missing)} "
            f"(found: {', '.join(c for c in frame.columns if c != 'line') or 'none'})",
        )
    return frame


def _read_csv(path: Path, categorical: set[str]) -> pd.DataFrame:
    raw = path.read_bytes()
    if raw.startswith(b"PK\x03\x04"):
        raise InputError(path, "looks like a spreadsheet or zip archive, not CSV text")
    if b"\x00" in raw[:4096]:
        raise InputError(path, "contains NUL bytes: not a CSV text file")
    try:
        text_check = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            path, f"is not UTF-8 text (byte {exc.start}); save it as UTF-8 and try again"
        ) from None
    if not text_check.strip():
        raise InputError(path, "is empty: expected a header row and data rows")
    header = next(csv.reader(io.StringIO(text_check.splitlines()[0])), [])
    duplicated = sorted({c for c in header if header.count(c) > 1})
    if duplicated:
        raise InputError(path, f"column(s) appear more than once in the header: {duplicated}")
    dtypes: dict[str, str] = {c: ("category" if c in categorical else "str") for c in header}
    try:
        frame = pd.read_csv(
            io.BytesIO(raw),
            dtype=dtypes,
            keep_default_na=False,
            na_values=[""],
            encoding="utf-8-sig",
            skip_blank_lines=True,
        )
    except pd.errors.ParserError as exc:
        raise InputError(path, f"is not well-formed CSV: {_parser_message(exc)}") from None
    except pd.errors.EmptyDataError:
        raise InputError(path, "is empty: expected a header row and data rows") from None
    frame["line"] = _csv_line_numbers(raw, text_check, len(frame))
    return frame


def _parser_message(exc: Exception) -> str:
    message = str(exc).strip().splitlines()[-1]
    return message.replace("Error tokenizing data. C error: ", "")


def _csv_line_numbers(raw: bytes, text: str, rows: int) -> pd.Series:
    """Line of each record. Fast path when every record is one line."""
    newlines = raw.count(b"\n") + (0 if raw.endswith(b"\n") else 1)
    if newlines == rows + 1:
        return pd.Series(range(2, rows + 2), dtype="int64")
    # Quoted line breaks or blank lines: ask the csv module where each record starts.
    reader = csv.reader(io.StringIO(text))
    next(reader, None)
    starts: list[int] = []
    previous_end = reader.line_num
    for record in reader:
        if record and any(field != "" for field in record):
            starts.append(previous_end + 1)
        previous_end = reader.line_num
    if len(starts) != rows:  # pragma: no cover - defensive: fall back to record numbers
        return pd.Series(range(2, rows + 2), dtype="int64")
    return pd.Series(starts, dtype="int64")


def _read_xlsx(path: Path, categorical: set[str]) -> pd.DataFrame:
    try:
        sheets = pd.read_excel(path, sheet_name=None, dtype=object, engine="openpyxl")
    except Exception as exc:  # openpyxl raises many types for a broken workbook
        raise InputError(path, f"cannot be read as an XLSX workbook ({exc.__class__.__name__})") from None
    if not sheets:
        raise InputError(path, "has no sheets")
    name = "figures" if "figures" in sheets else next(iter(sheets))
    frame = sheets[name]
    frame.columns = [str(c) for c in frame.columns]
    frame = frame.dropna(how="all")
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
