"""Reconciled estimates per scope, on the seed and on tables built to show each column."""

from __future__ import annotations

import pandas as pd

import stats

from .conftest import SEEDS, TODAY, DataDir, figure


def estimates(root) -> pd.DataFrame:
    data = stats.read(root)
    result = stats.validate(data, today=TODAY)
    return stats.reconcile(result.valid, data.registries, data.config)


def test_seed_estimates() -> None:
    found = estimates(SEEDS)
    war = found[(found["place"] == "syria") & (found["group"] == "total")].iloc[0]
    assert war["n_sources"] == 2
    assert war["sources"] == "sohr, un_envoy_syria"
    assert war["source_intervals"] == "sohr [300,001, ∞); un_envoy_syria [360,000, 440,000]"
    assert (war["envelope_low"], pd.isna(war["envelope_high"])) == (300_001, True)
    assert (war["intersection_low"], war["intersection_high"]) == (360_000, 440_000)
    assert war["conservative_value"] == 300_000
    assert war["median_value"] == 350_000
    assert "ACLED" in war["policy"]
    offensive = found[(found["place"] == "aleppo") & (found["group"] == "total")].iloc[0]
    # More than 450, and its parts 100 + 215 + 143 say at least 458.
    assert (offensive["envelope_low"], offensive["tightened_low"]) == (451, 458)
    assert pd.isna(offensive["tightened_high"])
    assert len(found) == 7


def test_latest_figure_per_source_and_empty_intersection(data_dir: DataDir) -> None:
    rows = [
        figure(figure_id="old", value="50", reported_on="2020-05-01", period_end=""),
        figure(figure_id="new", value="120", reported_on="2020-05-04", period_end=""),
        figure(
            figure_id="un",
            source="un_office",
            document_id="d2",
            value="300",
            qualifier="at_least",
            period_end="",
        ),
    ]
    row = estimates(data_dir(rows)).iloc[0]
    assert row["figure_ids"] == "new|un"
    assert row["n_figures"] == 3
    assert (row["envelope_low"], pd.isna(row["envelope_high"])) == (120, True)
    assert bool(row["intersection_empty"]) is True
    assert pd.isna(row["intersection_low"])
    assert row["conservative_value"] == 120
