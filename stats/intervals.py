"""Turn a stated number and its wording into an interval [low, high].

A figure keeps the number as stated (``value``, UCDP's "best") and gains the
interval a reader may hold it to. ``high`` is missing (``<NA>``) when the wording
sets no upper bound ("more than 450"). The rules are integer arithmetic, so the
same input always gives the same bounds on every machine:

=============  ==========================  ====================================
qualifier      interval                    anchored on
=============  ==========================  ====================================
exact n        [n, n]                      UCDP: low = best = high
more_than n    [n+1, ∞)                    UCDP low; no reliable high
at_least n     [n, ∞)                      UCDP low; ACLED's conservative point
fewer_than n   [0, n-1]                    upper bound only
up_to n        [0, n]                      upper bound only
about n        [round(0.9n), round(1.1n)]  Wikimpacts-style range around a point
nearly n       [round(0.9n), n-1]          below n, not far below
range n..m     [n, m]                      the source's own low/high
most_of n      [floor(n/2)+1, n]           "most of the 100 civilians"
multiples n    [2n, 10n-1]                 "dozens" (12), "hundreds" (100), …
=============  ==========================  ====================================

``round`` is half-up on exact integers (``about 45`` → [41, 50]), never banker's
rounding of a float. The percentages and multiple factors are configurable
(:class:`IntervalRules`, or ``[intervals]`` in ``casualty-stats.toml``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import numpy as np
import pandas as pd

from stats.vocab import QUALIFIERS

#: Words for vague multiples and the base each stands for (ACLED's and EM-DAT's readings
#: differ; we keep the base and widen it with ``multiples`` rather than pick a point).
DEFAULT_MULTIPLE_BASES: Mapping[str, int] = MappingProxyType(
    {
        "dozens": 12,
        "scores": 20,
        "hundreds": 100,
        "thousands": 1_000,
        "tens of thousands": 10_000,
        "hundreds of thousands": 100_000,
        "millions": 1_000_000,
    }
)

#: Qualifiers whose interval is empty for a stated value of zero.
NEEDS_POSITIVE_VALUE: frozenset[str] = frozenset({"fewer_than", "nearly", "most_of", "multiples"})


@dataclass(frozen=True)
class IntervalRules:
    """The configurable constants of the interval rules.

    Percentages are whole numbers so that bounds are exact integer arithmetic.
    """

    about_percent: int = 10
    nearly_percent: int = 10
    multiples_low_factor: int = 2
    multiples_high_factor: int = 10
    multiple_bases: Mapping[str, int] = field(default_factory=lambda: DEFAULT_MULTIPLE_BASES)

    def __post_init__(self) -> None:
        for name in ("about_percent", "nearly_percent"):
            pct = getattr(self, name)
            if not isinstance(pct, int) or not 0 <= pct <= 100:
                raise ValueError(f"{name} must be a whole number from 0 to 100, not {pct!r}")
        low, high = self.multiples_low_factor, self.multiples_high_factor
        if not (isinstance(low, int) and isinstance(high, int) and 1 <= low < high):
            raise ValueError(
                "multiples factors must be whole numbers with 1 <= low_factor < high_factor, "
                f"not {low!r} and {high!r}"
            )

    def describe(self) -> list[tuple[str, str]]:
        """The rules in words, for the README, the CLI and the briefing appendix."""
        a, n = self.about_percent, self.nearly_percent
        lo, hi = self.multiples_low_factor, self.multiples_high_factor
        return [
            ("exact", "n → [n, n]"),
            ("more_than", "n → [n+1, no upper bound]"),
            ("at_least", "n → [n, no upper bound]"),
            ("fewer_than", "n → [0, n-1]"),
            ("up_to", "n → [0, n]"),
            ("about", f"n → [round({100 - a}% of n), round({100 + a}% of n)]"),
            ("nearly", f"n → [round({100 - n}% of n), n-1]"),
            ("range", "n..m → [n, m] (value_high required, >= value)"),
            ("most_of", "n → [floor(n/2)+1, n]"),
            ("multiples", f"n → [{lo}n, {hi}n-1]"),
        ]


def _round_percent(values: np.ndarray, percent: int) -> np.ndarray:
    """round(values * percent / 100), half-up, in exact integer arithmetic."""
    return (values * percent + 50) // 100


def interval_arrays(
    value: np.ndarray,
    qualifier_codes: np.ndarray,
    value_high: np.ndarray,
    rules: IntervalRules,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Vectorised rules over int64 arrays.

    ``qualifier_codes`` index :data:`stats.vocab.QUALIFIERS`. Returns ``low``,
    ``high`` and ``open_high`` (True where there is no upper bound). Rows whose
    inputs are invalid give meaningless numbers: validation rejects them first.
    """
    v = value.astype(np.int64, copy=False)
    vh = value_high.astype(np.int64, copy=False)
    code = {q: i for i, q in enumerate(QUALIFIERS)}
    q = qualifier_codes
    about_low = _round_percent(v, 100 - rules.about_percent)
    about_high = _round_percent(v, 100 + rules.about_percent)
    nearly_high = np.maximum(v - 1, 0)
    nearly_low = np.minimum(_round_percent(v, 100 - rules.nearly_percent), nearly_high)
    conditions = [q == code[name] for name in QUALIFIERS]
    low = np.select(
        conditions,
        [
            v,  # exact
            v + 1,  # more_than
            v,  # at_least
            np.zeros_like(v),  # fewer_than
            np.zeros_like(v),  # up_to
            about_low,
            nearly_low,
            v,  # range
            v // 2 + 1,  # most_of
            v * rules.multiples_low_factor,
        ],
        default=v,
    )
    high = np.select(
        conditions,
        [
            v,
            v,  # unused: open
            v,  # unused: open
            v - 1,
            v,
            about_high,
            nearly_high,
            vh,
            v,
            v * rules.multiples_high_factor - 1,
        ],
        default=v,
    )
    open_high = (q == code["more_than"]) | (q == code["at_least"])
    return low, high, open_high


def to_intervals(
    value: pd.Series,
    qualifier: pd.Series,
    value_high: pd.Series | None = None,
    rules: IntervalRules | None = None,
) -> pd.DataFrame:
    """``low`` and ``high`` (nullable Int64) for each stated value and qualifier.

    ``high`` is ``<NA>`` where the wording sets no upper bound. Intended for rows
    that passed validation; for a single figure use :func:`interval`.
    """
    rules = rules or IntervalRules()
    qual = pd.Categorical(qualifier, categories=list(QUALIFIERS))
    if (qual.codes < 0).any():
        unknown = sorted(set(pd.Series(qualifier)[qual.codes < 0].astype(str)))
        raise ValueError(f"unknown qualifier(s): {', '.join(unknown)}")
    v = pd.array(value, dtype="Int64")
    vh = pd.array(value_high if value_high is not None else [pd.NA] * len(v), dtype="Int64")
    low, high, open_high = interval_arrays(
        v.to_numpy(dtype=np.int64, na_value=0),
        qual.codes,
        vh.to_numpy(dtype=np.int64, na_value=0),
        rules,
    )
    index = value.index if isinstance(value, pd.Series) else None
    return pd.DataFrame(
        {
            "low": pd.array(low, dtype="Int64"),
            "high": pd.arrays.IntegerArray(high, open_high),
        },
        index=index,
    )


def interval(
    value: int,
    qualifier: str,
    value_high: int | None = None,
    rules: IntervalRules | None = None,
) -> tuple[int, int | None]:
    """The interval of one stated figure; ``None`` as high means no upper bound.

    >>> interval(450, "more_than")
    (451, None)
    >>> interval(100, "most_of")
    (51, 100)
    """
    if qualifier not in QUALIFIERS:
        raise ValueError(
            f"unknown qualifier {qualifier!r}; expected one of {', '.join(QUALIFIERS)}"
        )
    if value < 0:
        raise ValueError(f"value must be >= 0, not {value}")
    if qualifier in NEEDS_POSITIVE_VALUE and value == 0:
        raise ValueError(f"{qualifier} needs a value of at least 1")
    if qualifier == "range" and (value_high is None or value_high < value):
        raise ValueError("range needs value_high >= value")
    frame = to_intervals(pd.Series([value]), pd.Series([qualifier]), pd.Series([value_high]), rules)
    low, high = frame.loc[0, "low"], frame.loc[0, "high"]
    return int(low), (None if pd.isna(high) else int(high))
