"""Problems found in input rows, gathered into one table.

Every problem is one row: which file, which line, which record, which column,
the value as written and the reason in plain words. Validation returns these as
its ``rejected`` table; the CLI prints them; nothing is dropped unexplained.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

PROBLEM_COLUMNS: tuple[str, ...] = ("file", "line", "row_id", "column", "value", "reason")


def empty_problems() -> pd.DataFrame:
    """A problems table with no rows and the right dtypes."""
    return pd.DataFrame(
        {
            "file": pd.Series(dtype="str"),
            "line": pd.Series(dtype="Int64"),
            "row_id": pd.Series(dtype="str"),
            "column": pd.Series(dtype="str"),
            "value": pd.Series(dtype="str"),
            "reason": pd.Series(dtype="str"),
        }
    )


@dataclass
class ProblemCollector:
    """Accumulates problems found by vectorised masks over one input table.

    ``table`` must carry ``line`` (the line number in ``file``) and the key column
    ``key`` that names a record (``figure_id``, ``id``, ``place`` …).
    """

    table: pd.DataFrame
    file: str
    key: str
    parts: list[pd.DataFrame] = field(default_factory=list)

    def add(
        self,
        mask: pd.Series | np.ndarray,
        column: str,
        reason: str | pd.Series | Callable[[np.ndarray], pd.Series | np.ndarray],
    ) -> None:
        """Record ``reason`` for every row where ``mask`` is true.

        ``reason`` may be one text, a per-row series, or a function of the row
        positions that builds the texts only for the rows that failed.
        """
        positions = np.flatnonzero(np.asarray(mask, dtype=bool))
        if positions.size == 0:
            return
        if callable(reason):
            reasons = np.asarray(reason(positions), dtype=object)
        elif isinstance(reason, pd.Series):
            reasons = reason.iloc[positions].astype(object).to_numpy()
        else:
            reasons = np.full(positions.size, reason, dtype=object)
        table = self.table
        values = table[column].iloc[positions] if column in table.columns else None
        self.parts.append(
            pd.DataFrame(
                {
                    "file": self.file,
                    "line": table["line"].iloc[positions].astype("Int64").to_numpy(),
                    "row_id": _text(table[self.key].iloc[positions]).to_numpy(),
                    "column": column,
                    "value": "" if values is None else _text(values).to_numpy(),
                    "reason": reasons,
                },
                index=table.index[positions],
            )
        )

    def add_frame(self, frame: pd.DataFrame) -> None:
        """Add problems already shaped as (index → column, reason) rows."""
        if frame.empty:
            return
        rows = self.table.loc[frame.index]  # may repeat a row: one entry per problem
        values = pd.Series("", index=range(len(frame)), dtype=object)
        columns = frame["column"].to_numpy()
        for column in pd.unique(columns):
            if column in self.table.columns:
                at = columns == column
                values[at] = self.table[column].loc[frame.index[at]].to_numpy(dtype=object)
        values.index = frame.index
        self.parts.append(
            pd.DataFrame(
                {
                    "file": self.file,
                    "line": rows["line"].astype("Int64"),
                    "row_id": _text(rows[self.key]) if self.key in rows else "",
                    "column": frame["column"].astype(str),
                    "value": _text(values),
                    "reason": frame["reason"].astype(str),
                },
                index=frame.index,
            )
        )

    def bad_index(self) -> pd.Index:
        """Index labels of the rows that have at least one problem."""
        if not self.parts:
            return pd.Index([])
        return pd.Index(pd.concat([p.index.to_series() for p in self.parts]).unique())

    def frame(self) -> pd.DataFrame:
        """One row per problem, first by line then in the order found."""
        if not self.parts:
            return empty_problems()
        out = pd.concat(self.parts)
        # One reason per cell: the first found (the most basic) wins.
        out = out.drop_duplicates(subset=["line", "column"], keep="first")
        position = {c: i for i, c in enumerate(self.table.columns)}
        order = out["column"].map(position).fillna(len(position))
        out = (
            out.assign(_order=order.to_numpy())
            .sort_values(["line", "_order"], kind="stable")
            .drop(columns="_order")
            .reset_index(drop=True)
        )
        return out.astype({"file": "str", "row_id": "str", "column": "str", "value": "str"})


def _text(values: pd.Series) -> pd.Series:
    """Values as text for the report: missing cells become the empty string."""
    return values.astype(object).where(values.notna(), "").astype(str)
