"""Figures and intervals in words, for messages and reports.

Messages quote a figure the way its source worded it ("more than 450",
"about 400,000", "dozens") and its interval in mathematical notation
("[451, ∞)"). Written once here so every check and output says it alike.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

MULTIPLE_WORDS = {
    12: "dozens",
    20: "scores",
    100: "hundreds",
    1_000: "thousands",
    10_000: "tens of thousands",
    100_000: "hundreds of thousands",
    1_000_000: "millions",
}

_PREFIX = {
    "exact": "exactly ",
    "more_than": "more than ",
    "at_least": "at least ",
    "fewer_than": "fewer than ",
    "up_to": "up to ",
    "about": "about ",
    "nearly": "nearly ",
    "most_of": "most of ",
}


def number(value: object) -> str:
    """A whole number with thousands separators; '∞' for a missing upper bound."""
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return "∞"
    return f"{int(value):,}"


def numbers(values: pd.Series) -> pd.Series:
    """Vectorised :func:`number` (missing values become '∞'), formatting each distinct
    value once."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    text = np.array([number(v) for v in uniques] + ["∞"], dtype=object)
    return pd.Series(text[np.where(codes < 0, len(uniques), codes)], index=values.index)


def stated_phrase(qualifier: pd.Series, value: pd.Series, value_high: pd.Series) -> pd.Series:
    """How each figure was stated: "more than 450", "between 50 and 60", "dozens"."""
    q = qualifier.astype(str).to_numpy()
    v = numbers(value).to_numpy()
    out = np.empty(len(q), dtype=object)
    for name, prefix in _PREFIX.items():
        at = q == name
        out[at] = prefix + v[at] if at.any() else out[at]
    at = q == "range"
    if at.any():
        out[at] = "between " + v[at] + " and " + numbers(value_high).to_numpy()[at]
    at = q == "multiples"
    if at.any():
        bases = value.to_numpy(dtype=np.int64, na_value=0)[at]
        out[at] = [MULTIPLE_WORDS.get(int(b), f"multiples of {int(b):,}") for b in bases]
    return pd.Series(out, index=qualifier.index, dtype=object)


def interval_text(low: pd.Series, high: pd.Series) -> pd.Series:
    """'[451, ∞)' or '[360,000, 440,000]'."""
    lo, hi = numbers(low), numbers(high)
    closing = np.where(high.isna().to_numpy(), ")", "]")
    return "[" + lo + ", " + hi + closing


def percent(ratio: float) -> str:
    """0.3333 → '33%'; small ratios keep a decimal ('4.5%')."""
    pct = abs(ratio) * 100
    return f"{pct:.0f}%" if pct >= 10 else f"{pct:.1f}%"


def possessive(names: pd.Series) -> pd.Series:
    """ "the Observatory's", "Human Rights'"."""
    text = names.astype(str)
    return text + np.where(text.str.endswith("s").to_numpy(), "'", "'s")
