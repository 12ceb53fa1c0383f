"""Properties of the checks over random tables."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

import stats
from stats.checks import run_checks

from .conftest import SEEDS, TODAY, figure

REGISTRIES = stats.load_registries(SEEDS)

cells = st.fixed_dictionaries(
    {
        "source": st.sampled_from(["sohr", "un_envoy_syria"]),
        "place": st.sampled_from(["syria", "aleppo", "aleppo_west"]),
        "event": st.sampled_from(["syria_conflict", "aleppo_offensive_2016", ""]),
        "group": st.sampled_from(
            [
                "total",
                "civilians",
                "children",
                "combatants",
                "nonstate_armed",
                "government_forces",
                "unknown_status",
            ]
        ),
        "value": st.integers(min_value=1, max_value=500).map(str),
        "qualifier": st.sampled_from(["exact", "more_than", "at_least", "up_to", "about"]),
        "reported_on": st.sampled_from(["2016-11-01", "2016-11-12", "2016-06-01"]),
    }
)


def errors(rows: list[dict[str, str]]) -> set[str]:
    frame = pd.DataFrame(
        [
            figure(
                figure_id=f"f{i}", document_id="seed-000", period_start="", period_end="", **cells
            )
            for i, cells in enumerate(rows)
        ]
    )
    result = stats.validate(frame, REGISTRIES, today=TODAY)
    assert result.ok, result.rejected.to_dict("records")
    found = run_checks(
        result.valid, REGISTRIES, select=[c for c in stats.CHECKS if c != "provenance"]
    )
    return set(found.loc[found["severity"] == "error", "finding_id"])


@given(st.lists(cells, min_size=1, max_size=12), cells)
@settings(max_examples=120, deadline=None)
def test_adding_a_figure_never_removes_an_error(rows: list[dict[str, str]], extra: dict) -> None:
    before = errors(rows)
    after = errors([*rows, extra])
    assert before <= after
