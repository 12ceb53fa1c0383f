"""The machine outputs of ``casualty-stats check``: what CI parsers and GitHub will read."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from stats.findings import FINDING_COLUMNS, empty_findings, make_findings
from stats.formats import (
    at_or_above,
    escape_data,
    escape_property,
    findings_csv,
    findings_json,
    findings_junit,
    github_annotations,
    markdown_cell,
    step_summary_markdown,
)

OBSERVATORY = "The Observatory's more than 300,000 and the UN envoy's 400,000 diverge by 33%"
NASTY = (
    'Parts 458 > total 450: "terrorists" & <script>alert(1)</script>\n'
    "second line 100% | pipe — Alep’s «ville»"
)
CRLF = "Most of 100 civilians: 51–100\r\nchecked"
CHECKS_RUN = ["parts_vs_total", "cross_source", "bounds", "dates"]


def one(check: str, severity: str, figures: str, scope: str, message: str, **kw) -> pd.DataFrame:
    """A one-finding frame; ``line``/``observed``/``expected`` given as plain values."""
    series = {k: pd.Series([kw.pop(k)]) for k in ("observed", "expected", "line") if k in kw}
    return make_findings(
        check, severity, pd.Series([figures]), scope, pd.Series([message]), **series, **kw
    )


@pytest.fixture
def findings() -> pd.DataFrame:
    """Five findings over three checks, with the messages and paths that break naive output."""
    rows = [
        one(
            "cross_source",
            "info",
            "a|b",
            "killed, total, Syria",
            OBSERVATORY,
            observed=400000,
            expected=300000,
            file="figures.csv",
            line=8,
        ),
        one(
            "parts_vs_total",
            "error",
            "c|d|e",
            "Aleppo, killed: civilians",
            NASTY,
            observed=458,
            expected=450,
            file="data/fig,ures:2016.csv",
            line=12,
        ),
        one("parts_vs_total", "warning", "f", "Aleppo, killed: civilians", CRLF),
        one("bounds", "warning", "g|h", "Idlib", "plain warning", file="figures.csv"),
        one("parts_vs_total", "info", "i", "Aleppo city", "an info about the city", line=3),
    ]
    return pd.concat(rows, ignore_index=True)


# --- at_or_above -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fail_on", "expected"),
    [
        ("error", [True, False, False]),
        ("warning", [True, True, False]),
        ("info", [True, True, True]),
        ("never", [False, False, False]),
    ],
)
def test_at_or_above_thresholds(fail_on: str, expected: list[bool]) -> None:
    severity = pd.Series(["error", "warning", "info"], index=[10, 20, 30])
    result = at_or_above(severity, fail_on)
    assert result.tolist() == expected
    assert result.index.tolist() == [10, 20, 30]
    assert result.dtype == bool


def test_at_or_above_rejects_an_unknown_threshold() -> None:
    with pytest.raises(ValueError, match=r"fail_on must be one of error, warning, info, never"):
        at_or_above(pd.Series(["error"]), "warnings")


def test_at_or_above_rejects_an_unknown_severity_rather_than_passing_it() -> None:
    with pytest.raises(ValueError, match="unknown severity 'fatal'"):
        at_or_above(pd.Series(["error", "fatal"]), "error")


def test_at_or_above_on_no_findings() -> None:
    assert at_or_above(empty_findings()["severity"], "info").tolist() == []


# --- JSON --------------------------------------------------------------------------------------


def test_json_round_trips_with_lists_nulls_and_ints(findings: pd.DataFrame) -> None:
    summary = {"path": "seeds/", "checks_run": CHECKS_RUN, "findings": 5}
    document = json.loads(findings_json(findings, summary))
    assert document["summary"] == summary
    rows = document["findings"]
    assert [list(r) for r in rows] == [list(FINDING_COLUMNS)] * 5
    first, nasty, crlf = rows[0], rows[1], rows[2]
    assert first["figure_ids"] == ["a", "b"]
    assert first["message"] == OBSERVATORY
    assert first["observed"] == 400000
    assert type(first["observed"]) is int
    assert type(first["line"]) is int
    assert first["gap"] == 100000
    assert first["gap_ratio"] == pytest.approx(0.3333)
    assert nasty["figure_ids"] == ["c", "d", "e"]
    assert nasty["message"] == NASTY
    assert nasty["file"] == "data/fig,ures:2016.csv"
    assert crlf["message"] == CRLF
    for column in ("observed", "expected", "gap", "gap_ratio", "file", "line"):
        assert crlf[column] is None
    assert rows[3]["file"] == "figures.csv"
    assert rows[3]["line"] is None
    assert [r["finding_id"] for r in rows] == findings["finding_id"].tolist()


def test_json_is_deterministic_indented_and_keeps_non_ascii(findings: pd.DataFrame) -> None:
    text = findings_json(findings, {"path": "seeds/"})
    assert text == findings_json(findings.copy(), {"path": "seeds/"})
    assert text.startswith('{\n  "summary": {\n    "path": "seeds/"')
    assert "«ville»" in text
    assert "\\u" not in text
    assert text.endswith("}\n")


def test_json_with_no_findings() -> None:
    document = json.loads(findings_json(empty_findings(), {"findings": 0}))
    assert document == {"summary": {"findings": 0}, "findings": []}


def test_json_keeps_whole_numbers_whole_when_a_frame_carries_floats(
    findings: pd.DataFrame,
) -> None:
    floats = findings.astype({"observed": "float64", "line": "float64"})
    rows = json.loads(findings_json(floats, {}))["findings"]
    assert rows[0]["observed"] == 400000
    assert type(rows[0]["observed"]) is int
    assert rows[0]["line"] == 8
    assert rows[2]["observed"] is None


def test_json_summary_missing_values_become_null() -> None:
    summary = {"rate": float("nan"), "missing": pd.NA, "count": pd.Series([1]).iloc[0]}
    document = json.loads(findings_json(empty_findings(), summary))
    assert document["summary"] == {"rate": None, "missing": None, "count": 1}


# --- CSV ---------------------------------------------------------------------------------------


def test_csv_reads_back_to_the_same_values(findings: pd.DataFrame) -> None:
    text = findings_csv(findings)
    dtypes = {c: str(findings[c].dtype) for c in FINDING_COLUMNS}
    back = pd.read_csv(io.StringIO(text), dtype=dtypes)
    assert list(back.columns) == list(FINDING_COLUMNS)
    pd.testing.assert_frame_equal(back, findings[list(FINDING_COLUMNS)])


def test_csv_header_order_and_empty_cells(findings: pd.DataFrame) -> None:
    text = findings_csv(findings)
    lines = text.split("\n")
    assert lines[0] == ",".join(FINDING_COLUMNS)
    idlib = next(line for line in lines if "plain warning" in line)
    assert idlib.endswith(",plain warning,,,,,figures.csv,")
    assert text.endswith("\n")
    assert text.count("\r\n") == 1  # only inside the quoted message that holds one


def test_csv_puts_columns_in_order_whatever_the_frame_order(findings: pd.DataFrame) -> None:
    shuffled = findings[list(reversed(FINDING_COLUMNS))]
    assert findings_csv(shuffled) == findings_csv(findings)


def test_csv_with_no_findings_is_just_the_header() -> None:
    assert findings_csv(empty_findings()) == ",".join(FINDING_COLUMNS) + "\n"


# --- JUnit -------------------------------------------------------------------------------------


def parse_junit(text: str) -> ET.Element:
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    return ET.fromstring(text.encode("utf-8"))


@pytest.mark.parametrize(
    ("fail_on", "suite_failures"),
    [
        ("error", {"parts_vs_total": 1, "cross_source": 0, "bounds": 0, "dates": 0}),
        ("warning", {"parts_vs_total": 1, "cross_source": 0, "bounds": 1, "dates": 0}),
        ("info", {"parts_vs_total": 2, "cross_source": 1, "bounds": 1, "dates": 0}),
        ("never", {"parts_vs_total": 0, "cross_source": 0, "bounds": 0, "dates": 0}),
    ],
)
def test_junit_counts_for_each_threshold(
    findings: pd.DataFrame, fail_on: str, suite_failures: dict[str, int]
) -> None:
    root = parse_junit(findings_junit(findings, CHECKS_RUN, fail_on=fail_on))
    assert root.tag == "testsuites"
    assert root.get("name") == "casualty-stats"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == CHECKS_RUN
    for suite in suites:
        cases = suite.findall("testcase")
        failed = [c for c in cases if c.find("failure") is not None]
        assert suite.get("tests") == str(len(cases))
        assert suite.get("failures") == str(len(failed))
        assert len(failed) == suite_failures[suite.get("name")]
        assert suite.get("errors") == "0"
    assert root.get("tests") == str(len(root.findall("testsuite/testcase"))) == "5"
    assert root.get("failures") == str(sum(suite_failures.values()))
    assert len(root.findall("testsuite/testcase/failure")) == sum(suite_failures.values())


def test_junit_cases_by_check_and_scope_sorted(findings: pd.DataFrame) -> None:
    root = parse_junit(findings_junit(findings, CHECKS_RUN, fail_on="error"))
    cases = {
        s.get("name"): [(c.get("classname"), c.get("name")) for c in s.findall("testcase")]
        for s in root.findall("testsuite")
    }
    assert cases == {
        "parts_vs_total": [
            ("casualty-stats.parts_vs_total", "Aleppo city"),
            ("casualty-stats.parts_vs_total", "Aleppo, killed: civilians"),
        ],
        "cross_source": [("casualty-stats.cross_source", "killed, total, Syria")],
        "bounds": [("casualty-stats.bounds", "Idlib")],
        "dates": [("casualty-stats.dates", "dates: no findings")],
    }
    passing = root.find("testsuite[@name='dates']/testcase")
    assert passing is not None
    assert list(passing) == []


def test_junit_failure_lists_failing_findings_and_keeps_the_rest_as_output(
    findings: pd.DataFrame,
) -> None:
    root = parse_junit(findings_junit(findings, CHECKS_RUN, fail_on="error"))
    case = root.find("testsuite/testcase[@name='Aleppo, killed: civilians']")
    assert case is not None
    failure = case.find("failure")
    assert failure is not None
    assert failure.get("type") == "error"
    assert failure.get("message") == NASTY  # quotes, <, &, newline and non-ASCII survive
    assert failure.text == (f"[error] {NASTY} (figures: c, d, e; data/fig,ures:2016.csv:12)")
    out = case.find("system-out")
    assert out is not None
    assert out.text == f"[warning] {CRLF.replace(chr(13), '')} (figures: f)"

    root = parse_junit(findings_junit(findings, CHECKS_RUN, fail_on="warning"))
    case = root.find("testsuite/testcase[@name='Aleppo, killed: civilians']")
    assert case is not None
    failure = case.find("failure")
    assert failure is not None
    assert failure.text is not None
    assert failure.text.startswith("[error] Parts 458")
    assert "[warning] Most of 100 civilians" in failure.text
    assert case.find("system-out") is None


def test_junit_failure_type_is_the_most_severe_failing_finding() -> None:
    frame = pd.concat(
        [
            one("bounds", "warning", "a", "Idlib", "first, a warning"),
            one("bounds", "error", "b", "Idlib", "then an error"),
        ],
        ignore_index=True,
    )
    root = parse_junit(findings_junit(frame, ["bounds"], fail_on="warning"))
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None
    assert (failure.get("type"), failure.get("message")) == ("error", "then an error")


def test_junit_never_fails_but_keeps_every_finding(findings: pd.DataFrame) -> None:
    root = parse_junit(findings_junit(findings, CHECKS_RUN, fail_on="never"))
    outputs = "\n".join(o.text or "" for o in root.iter("system-out"))
    assert outputs.count("[") == len(findings)
    assert root.get("failures") == "0"


def test_junit_keeps_findings_of_checks_not_listed_as_run(findings: pd.DataFrame) -> None:
    root = parse_junit(findings_junit(findings, ["dates", "dates"], fail_on="error"))
    names = [s.get("name") for s in root.findall("testsuite")]
    assert names == ["dates", "bounds", "cross_source", "parts_vs_total"]
    assert root.get("failures") == "1"


def test_junit_with_no_findings_and_no_checks() -> None:
    root = parse_junit(findings_junit(empty_findings(), ["dates"], fail_on="info"))
    assert (root.get("tests"), root.get("failures")) == ("1", "0")
    root = parse_junit(findings_junit(empty_findings(), [], fail_on="info"))
    assert (root.get("tests"), root.get("failures")) == ("0", "0")


def test_junit_replaces_characters_xml_cannot_carry() -> None:
    frame = one("bounds", "error", "a", "Idlib", "bell \x07 and form feed \x0c")
    root = parse_junit(findings_junit(frame, ["bounds"], fail_on="error"))
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None
    assert failure.get("message") == "bell \ufffd and form feed \ufffd"


def test_junit_is_deterministic_and_rejects_a_bad_threshold(findings: pd.DataFrame) -> None:
    text = findings_junit(findings, CHECKS_RUN, fail_on="warning")
    assert text == findings_junit(findings.copy(), CHECKS_RUN, fail_on="warning")
    with pytest.raises(ValueError, match="fail_on"):
        findings_junit(findings, CHECKS_RUN, fail_on="all")


# --- GitHub annotations ------------------------------------------------------------------------


def test_escaping_as_the_actions_runner_expects() -> None:
    assert escape_data("100% a:b, c\r\nd") == "100%25 a:b, c%0D%0Ad"
    assert escape_property("100% a:b, c\r\nd") == "100%25 a%3Ab%2C c%0D%0Ad"
    assert escape_property("%3A") == "%253A"  # % first, so an escape is never doubled up


def test_annotation_lines_exactly(findings: pd.DataFrame) -> None:
    assert github_annotations(findings).split("\n") == [
        "::notice file=figures.csv,line=8,title=casualty-stats cross_source::"
        "The Observatory's more than 300,000 and the UN envoy's 400,000 diverge by 33%25",
        "::error file=data/fig%2Cures%3A2016.csv,line=12,title=casualty-stats parts_vs_total::"
        'Parts 458 > total 450: "terrorists" & <script>alert(1)</script>%0A'
        "second line 100%25 | pipe — Alep’s «ville»",
        "::warning title=casualty-stats parts_vs_total::Most of 100 civilians: 51–100%0D%0Achecked",
        "::warning file=figures.csv,title=casualty-stats bounds::plain warning",
        "::notice title=casualty-stats parts_vs_total::an info about the city",
        "",
    ]


def many(counts: dict[str, int]) -> pd.DataFrame:
    """Interleaved findings, numbered per severity in order: ``error 1``, ``info 1``, …"""
    rows = []
    for i in range(max(counts.values())):
        for severity, count in counts.items():
            if i < count:
                rows.append(one("bounds", severity, f"{severity}{i}", "x", f"{severity} {i + 1}"))
    return pd.concat(rows, ignore_index=True)


def test_annotations_stop_at_the_limit_and_say_how_many_were_left_out() -> None:
    text = github_annotations(many({"error": 12, "warning": 3, "info": 11}))
    lines = text.splitlines()
    messages = [line.split("::")[-1] for line in lines[:-1]]
    assert [m for m in messages if m.startswith("error")] == [f"error {i}" for i in range(1, 11)]
    assert [m for m in messages if m.startswith("warning")] == [
        "warning 1",
        "warning 2",
        "warning 3",
    ]
    # the closing notice is itself a notice: one fewer info annotation keeps it within 10
    assert [m for m in messages if m.startswith("info")] == [f"info {i}" for i in range(1, 10)]
    assert sum(line.startswith("::notice") for line in lines) == 10
    assert lines[-1] == (
        "::notice::4 finding(s) not annotated (2 errors, 0 warnings, 2 info; "
        "GitHub shows at most 10 per severity); the full list is in the job summary."
    )


def test_annotations_in_the_given_order_with_a_small_limit() -> None:
    text = github_annotations(many({"error": 3, "warning": 1}), limit_per_severity=2)
    assert text.splitlines() == [
        "::error title=casualty-stats bounds::error 1",
        "::warning title=casualty-stats bounds::warning 1",
        "::error title=casualty-stats bounds::error 2",
        "::notice::1 finding(s) not annotated (1 error, 0 warnings, 0 info; "
        "GitHub shows at most 2 per severity); the full list is in the job summary.",
    ]


def test_annotations_at_exactly_the_limit_need_no_notice() -> None:
    text = github_annotations(many({"error": 10, "info": 10}))
    lines = text.splitlines()
    assert len(lines) == 20
    assert not any(line.startswith("::notice::") for line in lines)


def test_annotations_with_no_findings_and_a_bad_limit() -> None:
    assert github_annotations(empty_findings()) == ""
    with pytest.raises(ValueError, match="limit_per_severity"):
        github_annotations(empty_findings(), limit_per_severity=-1)


# --- Markdown step summary ---------------------------------------------------------------------

UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def test_markdown_has_one_unbroken_row_per_finding(findings: pd.DataFrame) -> None:
    text = step_summary_markdown(findings, {"path": "seeds/", "checks_run": CHECKS_RUN})
    lines = text.splitlines()
    assert lines[0] == "## casualty-stats check"
    assert "path: seeds/ · checks\\_run: parts\\_vs\\_total, cross\\_source, bounds, dates" in lines
    assert "1 error · 2 warnings · 2 info" in lines
    header = lines.index("| severity | check | scope | message | figures |")
    assert lines[header + 1] == "|---|---|---|---|---|"
    rows = lines[header + 2 :]
    assert len(rows) == len(findings)
    for row in rows:
        assert len(UNESCAPED_PIPE.split(row)) == 7  # five cells between six pipes
    assert "<script>" not in text
    nasty = rows[1]
    assert nasty.startswith("| error | parts\\_vs\\_total | Aleppo, killed: civilians | ")
    assert "\\<script\\>" in nasty
    assert "\\&" in nasty
    assert "<br>second line 100% \\| pipe — Alep’s «ville» | c, d, e |" in nasty
    assert rows[2].count("<br>") == 1


def test_markdown_cell_escapes_backslashes_before_pipes() -> None:
    cell = markdown_cell("a\\|b")
    assert cell == "a\\\\\\|b"
    assert len(UNESCAPED_PIPE.split(f"| {cell} |")) == 3


def test_markdown_summary_line_is_short_text() -> None:
    summary = {"figures": 8, "counts": {"error": 1, "info": 0}, "failed": True, "rate": None}
    text = step_summary_markdown(empty_findings(), summary)
    assert "figures: 8 · counts: error 1, info 0 · failed: yes · rate: " in text.splitlines()


def test_markdown_with_no_findings() -> None:
    text = step_summary_markdown(empty_findings(), {})
    assert text == "## casualty-stats check\n\nNo findings.\n"
