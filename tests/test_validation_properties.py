"""Properties: random and malformed tables never raise out of validate, and every
row is accounted for (valid, or rejected with at least one reason)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import stats
from stats.errors import InputError
from stats.vocab import FIGURE_COLUMNS, QUALIFIERS

from .conftest import SEEDS, TODAY

REGISTRIES = stats.load_registries(SEEDS)

plausible = {
    "figure_id": st.text(min_size=0, max_size=4),
    "source": st.sampled_from(["sohr", "SOHR", "the observatory", "de Mistura", "nobody", ""]),
    "document_id": st.sampled_from(["seed-000", "seed-999", ""]),
    "reported_on": st.sampled_from(
        ["2016-11-12", "2016-11", "2016", "2016-02-30", "2099", "x", ""]
    ),
    "event": st.sampled_from(["syria_conflict", "aleppo_offensive_2016", "nope", ""]),
    "place": st.sampled_from(["syria", "aleppo", "aleppo_west", "narnia", ""]),
    "period_start": st.sampled_from(["2011-03", "2016-10-28", "2017", "bad", ""]),
    "period_end": st.sampled_from(["2016-11-12", "2011", "", "2016-13-01"]),
    "measure": st.sampled_from(["killed", "injured", "dead", ""]),
    "group": st.sampled_from(["total", "civilians", "children", "rebels", ""]),
    "value": st.one_of(
        st.integers(min_value=-5, max_value=10**17).map(str),
        st.sampled_from(["300,000", "1 200", "12.0", "1,2", "many", ""]),
    ),
    "qualifier": st.sampled_from([*QUALIFIERS, "roughly", ""]),
    "value_high": st.sampled_from(["", "", "10", "500", "x"]),
    "source_term": st.text(max_size=8),
    "quote": st.text(max_size=20),
    "note": st.text(max_size=5),
}
rows = st.lists(st.fixed_dictionaries(plausible), min_size=0, max_size=25)


def accounted(result: stats.ValidationResult, n: int) -> None:
    figure_rows = result.rejected[result.rejected["file"] != "sources.csv"]
    rejected_lines = set(figure_rows["line"].dropna().astype(int))
    assert result.rows_read == n
    assert len(result.valid) + len(rejected_lines) == n
    assert not rejected_lines & set(result.valid["line"])
    assert (result.rejected["reason"].str.len() > 0).all()
    if len(result.valid):
        stats.FiguresSchema.validate(result.valid)
        high = result.valid["high"]
        assert (high.isna() | (result.valid["low"] <= high)).all()


@given(rows)
@settings(max_examples=150, deadline=None)
def test_random_frames_never_raise_and_every_row_is_accounted_for(
    table: list[dict[str, str]],
) -> None:
    frame = pd.DataFrame(table, columns=list(FIGURE_COLUMNS))
    result = stats.validate(frame, REGISTRIES, today=TODAY)
    accounted(result, len(frame))


@given(
    st.lists(
        st.lists(
            st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=6), max_size=20
        ),
        max_size=15,
    )
)
@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_malformed_csv_files_raise_input_error_or_account_for_rows(
    tmp_path_factory: pytest.TempPathFactory, records: list[list[str]]
) -> None:
    root = tmp_path_factory.mktemp("data")
    for name in ("sources.csv", "documents.csv", "places.csv", "events.csv"):
        (root / name).write_bytes((SEEDS / name).read_bytes())
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(FIGURE_COLUMNS)
    writer.writerows(records)
    (root / "figures.csv").write_text(buffer.getvalue(), encoding="utf-8")
    try:
        data = stats.read(root)
    except InputError:
        return
    result = stats.validate(data, today=TODAY)
    width = len(FIGURE_COLUMNS)
    # A blank line, or a full-width record of empty cells, is an empty row (counted apart);
    # a record of another width is malformed and rejected.
    counted = [r for r in records if (len(r) == width and any(r)) or len(r) not in (0, width)]
    accounted(result, len(counted))
    assert result.rows_read + result.empty_rows == len(records)


def test_missing_required_column_in_a_frame_is_an_input_error() -> None:
    frame = pd.DataFrame({"figure_id": ["a"]})
    with pytest.raises(InputError, match="required column"):
        stats.validate(frame, REGISTRIES)


def test_empty_frame_is_valid_and_empty(tmp_path: Path) -> None:
    result = stats.validate(pd.DataFrame(columns=list(FIGURE_COLUMNS)), REGISTRIES)
    assert result.ok
    assert result.rows_read == 0
    assert result.valid.empty
