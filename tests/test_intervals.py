"""Every interval rule, its configuration, and properties over random inputs."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from stats.intervals import IntervalRules, interval, to_intervals
from stats.vocab import QUALIFIERS


@pytest.mark.parametrize(
    ("value", "qualifier", "value_high", "expected"),
    [
        (450, "exact", None, (450, 450)),
        (450, "more_than", None, (451, None)),
        (450, "at_least", None, (450, None)),
        (10, "fewer_than", None, (0, 9)),
        (10, "up_to", None, (0, 10)),
        (100, "about", None, (90, 110)),
        (45, "about", None, (41, 50)),  # half-up: 40.5 -> 41, 49.5 -> 50
        (400_000, "about", None, (360_000, 440_000)),
        (100, "nearly", None, (90, 99)),
        (1, "nearly", None, (0, 0)),  # the lower bound never passes the upper
        (50, "range", 60, (50, 60)),
        (100, "most_of", None, (51, 100)),
        (7, "most_of", None, (4, 7)),
        (12, "multiples", None, (24, 119)),  # "dozens"
        (100, "multiples", None, (200, 999)),  # "hundreds"
        (10_000, "multiples", None, (20_000, 99_999)),  # "tens of thousands"
        (0, "exact", None, (0, 0)),
        (0, "up_to", None, (0, 0)),
    ],
)
def test_each_rule(value: int, qualifier: str, value_high: int | None, expected: tuple) -> None:
    assert interval(value, qualifier, value_high) == expected


def test_rules_are_configurable() -> None:
    rules = IntervalRules(about_percent=20, nearly_percent=5, multiples_high_factor=5)
    assert interval(100, "about", rules=rules) == (80, 120)
    assert interval(100, "nearly", rules=rules) == (95, 99)
    assert interval(12, "multiples", rules=rules) == (24, 59)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"about_percent": -1},
        {"nearly_percent": 101},
        {"multiples_low_factor": 10},
        {"about_percent": 0.5},
    ],
)
def test_bad_rules_are_refused(kwargs: dict) -> None:
    with pytest.raises(ValueError, match="must be"):
        IntervalRules(**kwargs)


@pytest.mark.parametrize(
    ("value", "qualifier", "value_high", "message"),
    [
        (0, "fewer_than", None, "at least 1"),
        (0, "most_of", None, "at least 1"),
        (0, "multiples", None, "at least 1"),
        (50, "range", None, "value_high"),
        (50, "range", 40, "value_high"),
        (-1, "exact", None, ">= 0"),
        (5, "roughly", None, "unknown qualifier"),
    ],
)
def test_impossible_figures_raise(
    value: int, qualifier: str, value_high: int | None, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        interval(value, qualifier, value_high)


def test_vectorised_matches_scalar() -> None:
    values = pd.Series([450, 100, 29, 300_000, 50])
    qualifiers = pd.Series(["more_than", "most_of", "exact", "about", "range"])
    highs = pd.Series([None, None, None, None, 70], dtype="Int64")
    frame = to_intervals(values, qualifiers, highs)
    assert str(frame["low"].dtype) == "Int64"
    assert str(frame["high"].dtype) == "Int64"
    for i in range(len(values)):
        high = frame["high"].iloc[i]
        scalar = interval(
            int(values[i]), qualifiers[i], None if pd.isna(highs[i]) else int(highs[i])
        )
        assert (int(frame["low"].iloc[i]), None if pd.isna(high) else int(high)) == scalar


@given(
    value=st.integers(min_value=1, max_value=10**12),
    qualifier=st.sampled_from(QUALIFIERS),
    extra=st.integers(min_value=0, max_value=10**6),
    about=st.integers(min_value=0, max_value=100),
    nearly=st.integers(min_value=0, max_value=100),
)
def test_low_never_exceeds_high(
    value: int, qualifier: str, extra: int, about: int, nearly: int
) -> None:
    rules = IntervalRules(about_percent=about, nearly_percent=nearly)
    low, high = interval(value, qualifier, value + extra if qualifier == "range" else None, rules)
    assert low >= 0
    assert high is None or low <= high
    if qualifier in ("exact", "at_least", "range", "about"):
        assert low <= value  # the stated number is inside its own interval (UCDP's best)
    if high is not None and qualifier not in ("fewer_than", "nearly"):
        assert value <= high
