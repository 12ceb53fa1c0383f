"""Each check: a table where it must fire (with its exact message), one where it must
not, and the seed; plus properties of the whole set."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

import stats
from stats.checks import CHECKS, run_checks
from stats.findings import FindingsSchema

from .conftest import SEEDS, TODAY, DataDir, figure


def findings_for(root: Path, check: str | None = None) -> pd.DataFrame:
    data = stats.read(root)
    result = stats.validate(data, today=TODAY)
    assert result.ok, result.rejected.to_dict("records")
    found = run_checks(result.valid, data.registries, data.config, file="figures.csv")
    FindingsSchema.validate(found)
    return found if check is None else found[found["check"] == check].reset_index(drop=True)


def messages(found: pd.DataFrame) -> list[tuple[str, str]]:
    return list(zip(found["severity"], found["message"], strict=True))


# --- parts_vs_total ---------------------------------------------------------------


def breakdown(total: str, qualifier: str = "exact", **parts: str) -> list[dict[str, str]]:
    rows = [figure(figure_id="t", group="total", value=total, qualifier=qualifier)]
    rows += [
        figure(figure_id=f"p-{group}", group=group, value=value) for group, value in parts.items()
    ]
    return rows


def test_parts_exceeding_the_total_are_an_error(data_dir: DataDir) -> None:
    rows = breakdown("450", civilians="100", nonstate_armed="215", government_forces="143")
    found = findings_for(data_dir(rows), "parts_vs_total")
    assert messages(found) == [
        ("error", "parts 100 + 215 + 143 = 458 exceed the total of exactly 450")
    ]
    assert found.loc[0, "figure_ids"] == "t|p-civilians|p-nonstate_armed|p-government_forces"
    assert (found.loc[0, "observed"], found.loc[0, "expected"], found.loc[0, "gap"]) == (
        458,
        450,
        8,
    )
    assert found.loc[0, "line"] == 2


def test_dropped_digit_slip_is_caught(data_dir: DataDir) -> None:
    # A toll printed as 4,816 "including more than 12,000 civilians" (48,160 meant).
    rows = breakdown("4,816", civilians="12,000")
    rows[1]["qualifier"] = "more_than"
    found = findings_for(data_dir(rows), "parts_vs_total")
    assert messages(found) == [
        ("error", "the part's lower bound 12,001 exceeds the total of exactly 4,816")
    ]


def test_complete_partition_short_of_the_total_is_a_warning(data_dir: DataDir) -> None:
    rows = breakdown("500", civilians="100", combatants="200", unknown_status="50")
    found = findings_for(data_dir(rows), "parts_vs_total")
    assert messages(found) == [
        (
            "warning",
            "parts 100 + 200 + 50 = 350 fall short of the total of exactly 500: "
            "at least 150 unaccounted for",
        )
    ]


def test_incomplete_partition_only_bounds_the_total(data_dir: DataDir) -> None:
    rows = breakdown(
        "450", "more_than", civilians="100", nonstate_armed="215", government_forces="143"
    )
    found = findings_for(data_dir(rows), "parts_vs_total")
    assert messages(found) == [
        (
            "info",
            "parts 100 + 215 + 143 = 458 are consistent with the total of more than 450 "
            "and imply a total of at least 458",
        )
    ]


def test_parts_from_another_statement_are_not_parts(data_dir: DataDir) -> None:
    rows = breakdown("100", civilians="150")
    rows[1]["document_id"] = "d2"
    assert findings_for(data_dir(rows), "parts_vs_total").empty


def test_own_figure_or_its_parts_whichever_says_more(data_dir: DataDir) -> None:
    # combatants 100 is exceeded by its own parts; the total sees the larger bound 250.
    rows = breakdown(
        "300", civilians="100", combatants="100", nonstate_armed="150", government_forces="100"
    )
    found = findings_for(data_dir(rows), "parts_vs_total")
    assert messages(found) == [
        ("error", "parts 150 + 100 = 250 exceed the total of exactly 100"),
        ("error", "parts 100 + 150 + 100 = 350 exceed the total of exactly 300"),
    ]


# --- containment ------------------------------------------------------------------


def test_sub_place_above_its_whole(data_dir: DataDir) -> None:
    rows = [
        figure(figure_id="whole", place="river_city", group="civilians", value="300"),
        figure(
            figure_id="part",
            place="old_town",
            group="children",
            value="500",
            qualifier="at_least",
            document_id="d2",
        ),
    ]
    found = findings_for(data_dir(rows), "containment")
    assert messages(found) == [
        (
            "error",
            "Alpha Monitoring Network's at least 500 (killed, children, old_town, "
            "river_siege, 2020-03-01 to 2020-04-30) cannot be part of Alpha Monitoring "
            "Network's exactly 300 (killed, civilians, river_city, river_siege, 2020-03-01 "
            "to 2020-04-30): the part is at least 500, the whole at most 300",
        )
    ]
    rows[1]["source"] = "un_office"
    found = findings_for(data_dir(rows), "containment")
    assert found["severity"].tolist() == ["warning"]


def test_containment_respects_dates_and_bounds(data_dir: DataDir) -> None:
    whole = figure(
        figure_id="whole",
        place="northland",
        event="northland_war",
        value="1000",
        period_start="",
        period_end="",
        reported_on="2020-04-01",
    )
    part = figure(figure_id="part", document_id="d2", value="1200")
    # The whole was reported before the part: a later, larger part is no contradiction.
    assert findings_for(data_dir([whole, part]), "containment").empty
    whole["reported_on"] = "2020-06-01"
    assert findings_for(data_dir([whole, part]), "containment")["severity"].tolist() == ["error"]
    part["value"] = "900"
    assert findings_for(data_dir([whole, part]), "containment").empty


# --- cross_source -----------------------------------------------------------------


def test_divergence_and_contradiction(data_dir: DataDir) -> None:
    rows = [
        figure(figure_id="a", value="300,000", qualifier="more_than"),
        figure(
            figure_id="b", source="un_office", document_id="d2", value="400,000", qualifier="about"
        ),
    ]
    found = findings_for(data_dir(rows), "cross_source")
    assert messages(found) == [
        (
            "info",
            "Alpha Monitoring Network's more than 300,000 and UN Casualty Office's about "
            "400,000 diverge by 33% (400,000 is 1.33 times 300,000); their intervals "
            "[300,001, ∞) and [360,000, 440,000] overlap, so both can be true "
            "(2 independent sources compared)",
        )
    ]
    assert found.loc[0, "gap_ratio"] == pytest.approx(0.3333)
    rows[1]["qualifier"] = "exact"
    rows[0].update(value="100", qualifier="up_to")
    rows[1]["value"] = "250"
    found = findings_for(data_dir(rows), "cross_source")
    assert found["severity"].tolist() == ["warning"]
    assert (
        "cannot both be true: their intervals [0, 100] and [250, 250] do not overlap"
        in (found.loc[0, "message"])
    )


def test_cross_source_needs_other_sources_close_in_time_and_apart(data_dir: DataDir) -> None:
    same_source = [
        figure(figure_id="a", value="100"),
        figure(figure_id="b", value="200", document_id="d2", reported_on="2020-05-05"),
    ]
    assert findings_for(data_dir(same_source), "cross_source").empty
    far = [
        figure(figure_id="a", value="100"),
        figure(figure_id="b", source="un_office", value="200", reported_on="2020-12-31"),
    ]
    assert findings_for(data_dir(far), "cross_source").empty
    close = [
        figure(figure_id="a", value="100"),
        figure(figure_id="b", source="un_office", value="105", qualifier="about"),
    ]
    assert findings_for(data_dir(close), "cross_source").empty


# --- cumulative_series ------------------------------------------------------------


def series(*points: tuple[str, str, str]) -> list[dict[str, str]]:
    return [
        figure(figure_id=f"s{i}", reported_on=day, value=value, note=note, period_end="")
        for i, (day, value, note) in enumerate(points)
    ]


def test_a_falling_toll_is_a_warning(data_dir: DataDir) -> None:
    rows = series(
        ("2020-05-01", "4,327", ""), ("2020-05-08", "4,324", ""), ("2020-05-15", "4,400", "")
    )
    found = findings_for(data_dir(rows), "cumulative_series")
    assert messages(found) == [
        (
            "warning",
            "Alpha Monitoring Network's toll fell from exactly 4,327 on 2020-05-01 to "
            "exactly 4,324 on 2020-05-08: a correction or an entry error (a running "
            "toll should not fall)",
        )
    ]


def test_a_recorded_correction_is_info_and_rises_are_fine(data_dir: DataDir) -> None:
    rows = series(("2020-05-01", "4,327", ""), ("2020-05-08", "4,324", "corrected by the source"))
    assert findings_for(data_dir(rows), "cumulative_series")["severity"].tolist() == ["info"]
    rows = series(("2020-05-01", "100", ""), ("2020-05-08", "95", ""))
    rows[1]["qualifier"] = "more_than"  # [96, ∞) can still be above 100
    assert findings_for(data_dir(rows), "cumulative_series").empty


# --- duplicates and independence ---------------------------------------------------


def test_two_numbers_for_one_statement_is_an_error(data_dir: DataDir) -> None:
    rows = [
        figure(figure_id="head", value="30"),
        figure(figure_id="body", value="32", qualifier="at_least"),
    ]
    found = findings_for(data_dir(rows), "duplicates")
    assert messages(found) == [
        (
            "error",
            "Alpha Monitoring Network's figure for this scope on 2020-05-04 is recorded both "
            "as exactly 30 (head) and as at least 32 (body): one statement cannot carry two "
            "numbers; keep one and note the other",
        )
    ]


def test_identical_records_are_info_and_syndicated_copies_count_once(data_dir: DataDir) -> None:
    rows = [figure(figure_id="a"), figure(figure_id="b")]
    found = findings_for(data_dir(rows), "duplicates")
    assert found["severity"].tolist() == ["info"]
    rows[1]["document_id"] = "d2"
    assert findings_for(data_dir(rows), "duplicates").empty
    found = findings_for(data_dir(rows), "independence")
    assert messages(found) == [
        (
            "info",
            "Alpha Monitoring Network's exactly 120 reaches this table through 2 documents "
            "(d1, d2; published by Alpha Monitoring Network, UN Casualty Office): one source, "
            "counted once in comparisons",
        )
    ]


# --- provenance -------------------------------------------------------------------


def test_quotes_must_hold_their_numbers(data_dir: DataDir) -> None:
    rows = [
        figure(figure_id="ok1", quote="At least 120 people were killed.", qualifier="at_least"),
        figure(figure_id="ok2", group="civilians", value="29", quote="Twenty-nine civilians died."),
        figure(
            figure_id="bad",
            group="children",
            value="12",
            quote="Dozens of children died.",
            qualifier="exact",
        ),
        figure(figure_id="bad2", group="women", value="1,200", quote="Some 1,300 women died."),
    ]
    found = findings_for(data_dir(rows), "provenance")
    assert messages(found) == [
        (
            "error",
            "the quote of figure bad2 does not contain its value 1,200 in any written form: "
            "“Some 1,300 women died.”",
        ),
    ]


def test_documents_must_hold_their_quotes(tmp_path: Path, data_dir: DataDir) -> None:
    text = tmp_path / "d1.txt"
    text.write_text('The network said: "At least 120 people\nwere killed."\n', encoding="utf-8")
    documents = [
        {
            "document_id": "d1",
            "title": "t",
            "publisher": "p",
            "published_on": "2020-05-04",
            "url": "",
            "path": str(text),
            "sha256": hashlib.sha256(text.read_bytes()).hexdigest(),
        },
        {
            "document_id": "d2",
            "title": "t",
            "publisher": "p",
            "published_on": "2020-05-04",
            "url": "",
            "path": str(tmp_path / "gone.txt"),
            "sha256": "",
        },
    ]
    rows = [
        figure(figure_id="ok", quote="At least 120 people were killed.", qualifier="at_least"),
        figure(figure_id="missing", group="civilians", value="40", quote="40 civilians died."),
        figure(figure_id="nofile", document_id="d2", group="women", quote="120 women died."),
    ]
    found = findings_for(data_dir(rows, documents=documents), "provenance")
    assert sorted(found["figure_ids"]) == ["missing", "nofile"]
    by_id = found.set_index("figure_ids")["message"]
    assert by_id["missing"].startswith(
        "the quote of figure missing is not in the text of document d1"
    )
    assert by_id["nofile"].startswith(
        f"the text file {tmp_path / 'gone.txt'} of document d2 is missing"
    )
    text.write_text("changed", encoding="utf-8")
    found = findings_for(data_dir(rows, documents=documents), "provenance")
    assert "has changed since it was registered" in " ".join(found["message"])


# --- the seed and the whole set ------------------------------------------------------


def test_seed_findings() -> None:
    found = findings_for(SEEDS)
    assert set(found["severity"]) == {"info"}
    text = " ".join(found["message"])
    assert (
        "parts 100 + 215 + 143 = 458 are consistent with the total of more than 450 "
        "and imply a total of at least 458" in text
    )
    assert "diverge by 33%" in text
    assert "the part 29 is consistent with the total of most of 100 (at least 51)" in text


def test_registry_lists_every_check() -> None:
    assert set(CHECKS) == {
        "parts_vs_total",
        "containment",
        "cross_source",
        "cumulative_series",
        "duplicates",
        "provenance",
        "independence",
        "unrecorded_figure",
    }
    assert [c for c, spec in CHECKS.items() if spec.opt_in] == ["unrecorded_figure"]


def test_finding_ids_are_stable_across_runs(data_dir: DataDir) -> None:
    root = data_dir(
        breakdown("450", civilians="100", nonstate_armed="215", government_forces="143")
    )
    assert findings_for(root)["finding_id"].tolist() == findings_for(root)["finding_id"].tolist()


def test_config_sets_thresholds_and_severities(data_dir: DataDir) -> None:
    rows = [
        figure(figure_id="a", value="100"),
        figure(
            figure_id="b",
            source="un_office",
            document_id="d2",
            value="250",
            reported_on="2020-06-30",
        ),
    ]
    root = data_dir(rows)
    assert findings_for(root, "cross_source")["severity"].tolist() == ["warning"]
    (root / "casualty-stats.toml").write_text(
        '[checks.cross_source]\ncontradiction_severity = "error"\n'
    )
    assert findings_for(root, "cross_source")["severity"].tolist() == ["error"]
    (root / "casualty-stats.toml").write_text("[checks.cross_source]\nwindow_days = 30\n")
    assert findings_for(root, "cross_source").empty
    (root / "casualty-stats.toml").write_text('[checks]\nignore = ["cross_source"]\n')
    assert findings_for(root, "cross_source").empty


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[checks.cross_source]\nwindow = 3\n", "unknown key(s) in [checks.cross_source]"),
        ('[checks.cross_source]\nwindow_days = "soon"\n', "window_days must be int"),
        ('[checks.duplicates]\nconflict_severity = "fatal"\n', "must be one of error"),
        ('[checks]\nselect = ["nope"]\n', "unknown check(s) ['nope']"),
        ("[checks.nope]\nx = 1\n", "unknown key [checks] 'nope'"),
    ],
)
def test_bad_check_config_is_refused(data_dir: DataDir, toml: str, message: str) -> None:
    root = data_dir([figure()])
    (root / "casualty-stats.toml").write_text(toml)
    with pytest.raises(stats.ConfigError) as caught:
        stats.read(root)
    assert message in str(caught.value)
