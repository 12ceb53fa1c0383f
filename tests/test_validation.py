"""Validation rules: each problem found once, with file, line, column, value and reason."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import stats
from stats.errors import InputError
from stats.schema import FiguresSchema

from .conftest import TODAY, DataDir, figure, write_csv


def run(root: Path) -> stats.ValidationResult:
    return stats.validate(stats.read(root), today=TODAY)


def problems(result: stats.ValidationResult) -> list[tuple[int, str, str]]:
    return [(int(r.line), r.column, r.reason) for r in result.rejected.itertuples()]


def test_valid_row_gets_types_interval_and_canonical_source(data_dir: DataDir) -> None:
    result = run(data_dir([figure(source="the network", value="1,200", qualifier="more_than")]))
    assert result.ok
    assert result.rows_read == 1
    row = result.valid.iloc[0]
    assert row["source"] == "the network"
    assert row["source_id"] == "monitor_a"
    assert row["value"] == 1200
    assert row["low"] == 1201
    assert pd.isna(row["high"])
    assert row["reported_precision"] == "day"
    assert row["line"] == 2
    FiguresSchema.validate(result.valid)


@pytest.mark.parametrize(
    ("overrides", "column", "reason"),
    [
        ({"measure": "kiled"}, "measure", "did you mean 'killed'?"),
        ({"group": "civilian"}, "group", "did you mean 'civilians'?"),
        ({"qualifier": "more than"}, "qualifier", "did you mean 'more_than'?"),
        ({"source": "Alpha Monitoring Netwrk"}, "source", "did you mean 'monitor_a'?"),
        ({"source": "Nobody At All"}, "source", "is not a source in sources.csv"),
        ({"place": "rivercity"}, "place", "is not in places.csv; did you mean 'river_city'?"),
        ({"event": "river_seige"}, "event", "is not in events.csv; did you mean 'river_siege'?"),
        ({"document_id": "d9"}, "document_id", "is not in documents.csv"),
        ({"value": "twelve"}, "value", "is not a whole number"),
        ({"value": "12.5"}, "value", "is not a whole number"),
        ({"value": "-3"}, "value", "must be >= 0"),
        ({"value": "1234567890123456"}, "value", "more than 15 digits"),
        ({"reported_on": "2020-02-30"}, "reported_on", "is not a real calendar date"),
        ({"reported_on": "04/05/2020"}, "reported_on", "is not a date in the form"),
        ({"reported_on": "2030-01-01"}, "reported_on", "is in the future (after 2026-11-25)"),
        ({"period_end": "2020-02"}, "period_end", "is before period_start 2020-03-01"),
        (
            {"reported_on": "2020-02-15"},
            "reported_on",
            "a toll cannot be reported before its period begins",
        ),
        ({"qualifier": "range"}, "value_high", "is required when qualifier is range"),
        ({"qualifier": "range", "value_high": "100"}, "value_high", "is below value 120"),
        (
            {"value_high": "150"},
            "value_high",
            "is only read with qualifier range; qualifier here is exact",
        ),
        (
            {"qualifier": "most_of", "value": "0"},
            "value",
            "must be at least 1 with qualifier most_of",
        ),
        ({"place": ""}, "place", "is required but empty"),
        ({"figure_id": ""}, "figure_id", "is required but empty"),
    ],
)
def test_each_rule_rejects_with_its_reason(
    data_dir: DataDir, overrides: dict[str, str], column: str, reason: str
) -> None:
    result = run(data_dir([figure(figure_id="ok"), figure(**overrides)]))
    assert result.rows_read == 2
    assert len(result.valid) == 1
    assert result.valid["figure_id"].tolist() == ["ok"]
    rows = result.rejected
    assert len(rows) == 1, rows.to_dict("records")
    assert rows.loc[0, "line"] == 3
    assert rows.loc[0, "column"] == column
    assert rows.loc[0, "file"] == "figures.csv"
    assert reason in rows.loc[0, "reason"]
    assert rows.loc[0, "value"] == overrides.get(column, "")


def test_partial_dates_are_compared_as_spans(data_dir: DataDir) -> None:
    # Reported "2020-03" may be any day of March: not before a period starting 2020-03-10.
    result = run(
        data_dir([figure(reported_on="2020-03", period_start="2020-03-10", period_end="")])
    )
    assert result.ok, result.rejected.to_dict("records")
    assert result.valid.loc[0, "reported_precision"] == "month"


def test_duplicate_figure_id_rejects_the_repeat_only(data_dir: DataDir) -> None:
    result = run(data_dir([figure(), figure(value="5"), figure(figure_id="f2")]))
    assert problems(result) == [
        (3, "figure_id", "appears more than once; figure_id must be unique")
    ]
    assert result.valid["figure_id"].tolist() == ["f1", "f2"]


def test_one_problem_per_row_and_column_several_per_row(data_dir: DataDir) -> None:
    result = run(data_dir([figure(measure="shot", group="kids", place="nowhere")]))
    assert sorted(c for _, c, _ in problems(result)) == ["group", "measure", "place"]
    assert result.rows_rejected == 1
    assert result.valid.empty


def test_registry_problems_reject_registry_rows_and_their_dependants(data_dir: DataDir) -> None:
    places = [
        {"place": "northland", "parent": ""},
        {"place": "river_city", "parent": "northland"},
        {"place": "loop_a", "parent": "loop_b"},
        {"place": "loop_b", "parent": "loop_a"},
        {"place": "orphan", "parent": "atlantis"},
    ]
    result = run(data_dir([figure(), figure(figure_id="f2", place="loop_a")], places=places))
    registry = result.rejected[result.rejected["file"] == "places.csv"]
    assert set(registry["row_id"]) == {"loop_a", "loop_b", "orphan"}
    assert (
        registry.set_index("row_id")
        .loc["orphan", "reason"]
        .startswith("names a parent that is not")
    )
    assert "cycle" in registry.set_index("row_id").loc["loop_a", "reason"]
    figures = result.rejected[result.rejected["file"] == "figures.csv"]
    assert figures["row_id"].tolist() == ["f2"]
    assert figures["column"].tolist() == ["place"]


def test_source_alias_clash_is_rejected(data_dir: DataDir) -> None:
    sources = [
        {"id": "a", "name": "Group A", "aliases": "the group", "kind": "ngo"},
        {"id": "b", "name": "Group B", "aliases": "The Group", "kind": "monitor"},
        {"id": "c", "name": "Group C", "aliases": "", "kind": "newspaper"},
    ]
    result = run(data_dir([figure(source="a")], sources=sources))
    rejected = result.rejected.set_index("row_id")
    assert rejected.loc["b", "reason"] == "alias 'The Group' already names source 'a'"
    assert rejected.loc["c", "column"] == "kind"


def test_quoted_line_breaks_and_blank_lines_keep_line_numbers(
    tmp_path: Path, data_dir: DataDir
) -> None:
    root = data_dir([figure()])
    header = (root / "figures.csv").read_text().splitlines()[0]
    cells = figure(figure_id="f2", quote="first line\nsecond line", place="nowhere")
    write_csv(tmp_path / "x.csv", [figure(figure_id="f1", quote="one\ntwo\nthree"), cells])
    body = (tmp_path / "x.csv").read_text().split("\n", 1)[1]
    (root / "figures.csv").write_text(header + "\n\n" + body + "\n\n")
    result = run(root)
    # line 1 header, 2 blank, 3-5 first record (two breaks), 6-7 second record
    assert problems(result) == [(6, "place", "is not in places.csv")]
    assert result.valid.loc[0, "line"] == 3
    assert result.empty_rows == 3


def test_malformed_records_are_rejected_not_lost(data_dir: DataDir) -> None:
    root = data_dir([figure(), figure(figure_id="f2")])
    with (root / "figures.csv").open("a") as handle:
        handle.write("f3,monitor_a,d1,2020-05-04,,river_city\n")
    result = run(root)
    assert result.rows_read == 3
    assert len(result.valid) == 2
    assert problems(result) == [(4, "", "has 6 fields; the header has 16")]


def test_xlsx_input(tmp_path: Path, data_dir: DataDir) -> None:
    root = data_dir([figure()])
    frame = pd.read_csv(root / "figures.csv", dtype=str, keep_default_na=False)
    frame.loc[1] = list(figure(figure_id="f2", value="7", place="atlantis").values())
    xlsx = root / "figures.xlsx"
    frame.to_excel(xlsx, index=False, sheet_name="figures")
    result = stats.validate(stats.read(xlsx), today=TODAY)
    assert result.valid["figure_id"].tolist() == ["f1"]
    assert problems(result) == [(3, "place", "is not in places.csv")]


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (
            lambda root: (root / "figures.csv").write_text("figure_id,source\nx,y\n"),
            "required column(s) missing",
        ),
        (
            lambda root: (root / "figures.csv").write_bytes(b"figure_id,source\n\xff\xfe,x\n"),
            "not UTF-8",
        ),
        (lambda root: (root / "figures.csv").write_text(""), "is empty"),
        (lambda root: (root / "sources.csv").unlink(), "sources.csv: missing"),
        (lambda root: (root / "figures.csv").rename(root / "figures.txt"), "holds no figures.csv"),
        (lambda root: (root / "figures.csv").write_bytes(b"PK\x03\x04rest"), "not CSV text"),
    ],
)
def test_unusable_input_raises_input_error_naming_the_file(
    data_dir: DataDir, setup, message: str
) -> None:
    root = data_dir([figure()])
    setup(root)
    with pytest.raises(InputError) as caught:
        stats.read(root)
    assert message in str(caught.value)
    assert str(root) in str(caught.value)


def test_validate_a_frame_with_registries() -> None:
    data = stats.read(Path(__file__).parent.parent / "seeds")
    frame = pd.DataFrame(
        [
            figure(
                source="SOHR",
                place="syria",
                event="",
                document_id="seed-000",
                reported_on="2016-11-12",
                period_start="",
                period_end="",
            )
        ]
    )
    result = stats.validate(frame, data.registries, today=TODAY)
    assert result.ok
    assert result.valid.loc[0, "source_id"] == "sohr"
    with pytest.raises(TypeError, match="registries"):
        stats.validate(frame)
