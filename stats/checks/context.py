"""What every check needs, computed once: integer codes, keys and readable names.

Checks compare figures by scope (measure, group, place, event, period) and by
statement (one source, one document, one date). Building those keys from
strings in every check would cost far more than the checks themselves, so the
context factorises each column once, combines codes into integer keys, and
caches whatever more than one check uses (breakdowns, wording, names).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd

from stats.config import Config
from stats.registries import Registries
from stats.taxonomy import Taxonomy
from stats.wording import possessive, stated_phrase

_NO_DAY = np.iinfo(np.int64).min  # a missing date, below every real one


def combine_codes(*codes: np.ndarray) -> np.ndarray:
    """One integer key per row for a tuple of integer codes (missing = -1 allowed)."""
    key = np.zeros(len(codes[0]), dtype=np.int64)
    for part in codes:
        part = np.asarray(part, dtype=np.int64) + 1  # -1 (missing) becomes 0
        size = int(part.max()) + 1 if len(part) else 1
        key = key * size + part
        if len(key) and key.max() > 2**52:  # keep it small: renumber densely
            key = pd.factorize(key)[0].astype(np.int64)
    return pd.factorize(key)[0].astype(np.int64) if len(key) else key


def _days(values: pd.Series) -> np.ndarray:
    """Dates as whole days since 1970; missing as a value below every real day."""
    days = values.to_numpy(dtype="datetime64[D]").astype(np.int64)
    return np.where(values.isna().to_numpy(), _NO_DAY, days)


def _codes_in(values: pd.Series, ids: pd.Index) -> np.ndarray:
    """Codes of ``values`` in a registry's ids (-1 where missing or unknown)."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        lookup = ids.get_indexer(values.cat.categories.astype(str))
        codes = values.cat.codes.to_numpy()
        return np.where(codes < 0, -1, np.append(lookup, -1)[codes])
    return ids.get_indexer(values.astype(str).where(values.notna(), "\0"))


@dataclass
class CheckContext:
    """Validated figures plus the registries and settings, with shared work cached."""

    figures: pd.DataFrame
    registries: Registries
    config: Config = field(default_factory=Config)
    file: str | None = None
    #: Results one check computes and another reuses (e.g. breakdowns for reconcile).
    shared: dict[str, object] = field(default_factory=dict)
    #: Wraps long loops (reading documents) so a caller can show progress; identity by default.
    progress: Callable[[Iterable[Any], str], Iterable[Any]] = field(
        default=lambda items, _label: items
    )

    def __post_init__(self) -> None:
        self.figures = self.figures.reset_index(drop=True)

    # --- codes -----------------------------------------------------------------
    @cached_property
    def taxonomy(self) -> Taxonomy:
        return self.registries.groups

    @cached_property
    def group(self) -> np.ndarray:
        return _codes_in(self.figures["group"], self.taxonomy.tree.ids)

    @cached_property
    def place(self) -> np.ndarray:
        return _codes_in(self.figures["place"], self.registries.place_tree.ids)

    @cached_property
    def event(self) -> np.ndarray:
        return _codes_in(self.figures["event"], self.registries.event_tree.ids)

    def _codes(self, column: str) -> np.ndarray:
        codes, _ = pd.factorize(self.figures[column], use_na_sentinel=True)
        return codes.astype(np.int64)

    @cached_property
    def source(self) -> np.ndarray:
        return self._codes("source_id")

    @cached_property
    def document(self) -> np.ndarray:
        return self._codes("document_id")

    @cached_property
    def measure(self) -> np.ndarray:
        return self._codes("measure")

    @cached_property
    def reported_day(self) -> np.ndarray:
        return _days(self.figures["reported_date"])

    @cached_property
    def period_start_day(self) -> np.ndarray:
        return _days(self.figures["period_start_date"])

    @cached_property
    def period_end_day(self) -> np.ndarray:
        return _days(self.figures["period_end_date"])

    @cached_property
    def low(self) -> np.ndarray:
        return self.figures["low"].to_numpy(dtype=np.int64, na_value=0)

    @cached_property
    def high(self) -> np.ndarray:
        """Upper bounds; open-ended figures get the largest int64 (compare with open_high)."""
        return self.figures["high"].to_numpy(dtype=np.int64, na_value=np.iinfo(np.int64).max)

    @cached_property
    def open_high(self) -> np.ndarray:
        return self.figures["high"].isna().to_numpy()

    @cached_property
    def value(self) -> np.ndarray:
        return self.figures["value"].to_numpy(dtype=np.int64, na_value=0)

    # --- keys ------------------------------------------------------------------
    @cached_property
    def statement(self) -> np.ndarray:
        """One source, one document, one date, one scope except group: one sentence's figures."""
        return combine_codes(
            self.source,
            self.document,
            self.reported_day,
            self.event,
            self.place,
            self.period_start_day,
            self.period_end_day,
            self.measure,
        )

    @cached_property
    def scope(self) -> np.ndarray:
        """What was counted, regardless of who counted it: measure, group, place, event."""
        return combine_codes(self.measure, self.group, self.place, self.event)

    @cached_property
    def series(self) -> np.ndarray:
        """One source's cumulative toll for one scope (and one period start) over time."""
        return combine_codes(self.source, self.scope, self.period_start_day)

    # --- words -----------------------------------------------------------------
    @cached_property
    def names(self) -> dict[str, dict[str, str]]:
        """Readable names of sources, places and events (their id where none is given)."""
        reg = self.registries

        def named(frame: pd.DataFrame, key: str, name: str) -> dict[str, str]:
            if name not in frame.columns:
                return {str(k): str(k) for k in frame[key]}
            labels = frame[name].where(frame[name].notna(), frame[key])
            return dict(zip(frame[key].astype(str), labels.astype(str), strict=True))

        return {
            "source": named(reg.sources, "id", "name"),
            "place": named(reg.places, "place", "name"),
            "event": named(reg.events, "event", "name"),
        }

    def phrase(self, rows: np.ndarray) -> pd.Series:
        """The figure as stated, in words: "more than 450", "about 400,000"."""
        f = self.figures.iloc[rows]
        return stated_phrase(f["qualifier"], f["value"], f["value_high"]).set_axis(rows)

    def source_name(self, rows: np.ndarray) -> pd.Series:
        ids = self.figures["source_id"].iloc[rows].astype(str)
        return ids.map(self.names["source"]).fillna(ids).set_axis(rows)

    def said_by(self, rows: np.ndarray) -> pd.Series:
        """ "Syrian Observatory for Human Rights' more than 300,000"."""
        return possessive(self.source_name(rows)) + " " + self.phrase(rows)

    def scope_text(self, rows: np.ndarray, *, with_group: bool = True) -> pd.Series:
        """Measure, group, place, event and period of each row, for a reader."""
        f = self.figures.iloc[rows]
        place = f["place"].astype(str).map(self.names["place"]).fillna(f["place"].astype(str))
        event = f["event"].astype(object).map(self.names["event"])
        period = _period_text(f["period_start"], f["period_end"])
        parts = [f["measure"].astype(str)]
        if with_group:
            parts.append(f["group"].astype(str))
        parts.append(place)
        text = parts[0]
        for part in parts[1:]:
            text = text + ", " + part
        text = text + event.where(event.isna(), ", " + event.astype(str)).fillna("")
        text = text + period
        return text.set_axis(rows).astype(str)

    def ids(self, rows: np.ndarray) -> pd.Series:
        return self.figures["figure_id"].iloc[rows].astype(str).set_axis(rows)

    def lines(self, rows: np.ndarray) -> pd.Series:
        return self.figures["line"].iloc[rows].set_axis(rows)


def _period_text(start: pd.Series, end: pd.Series) -> pd.Series:
    s = start.astype(object).where(start.notna(), None)
    e = end.astype(object).where(end.notna(), None)
    out = pd.Series("", index=start.index, dtype=object)
    both = s.notna() & e.notna()
    out[both] = ", " + s[both].astype(str) + " to " + e[both].astype(str)
    only_s = s.notna() & e.isna()
    out[only_s] = ", since " + s[only_s].astype(str)
    only_e = s.isna() & e.notna()
    out[only_e] = ", until " + e[only_e].astype(str)
    return out
