"""Findings rendered for machines: JSON, CSV, JUnit XML, GitHub annotations and step summary.

``casualty-stats check`` is a CI gate, so its outputs are read by programs first: a JSON or
CSV consumer, a JUnit report parser (GitHub, GitLab, Jenkins), the GitHub Actions log. Each
renderer is pure — a findings table (``stats.findings``) in, one string out — so the CLI only
chooses and writes, and the same finding reads the same everywhere. Every non-empty output ends
with a newline; write it as is (``print(text, end="")``).
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from stats.findings import FINDING_COLUMNS, SEVERITIES, SEVERITY_RANK

FAIL_ON_CHOICES: tuple[str, ...] = (*SEVERITIES, "never")
"""The thresholds ``--fail-on`` accepts, strictest first: ``error`` fails only errors."""

GITHUB_COMMANDS: dict[str, str] = {"error": "error", "warning": "warning", "info": "notice"}

_INT_COLUMNS = ("observed", "expected", "gap", "line")

# Characters XML 1.0 cannot carry even escaped; a quoted source text may still contain them.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


# --- thresholds --------------------------------------------------------------------------------


def at_or_above(severity: pd.Series, fail_on: str) -> pd.Series:
    """Which findings fail the gate at ``fail_on`` (``error`` < ``warning`` < ``info``; ``never``).

    Shared by the JUnit report and the CLI's exit status, so both always agree. An unknown
    severity raises instead of silently passing the gate.
    """
    if fail_on not in FAIL_ON_CHOICES:
        raise ValueError(f"fail_on must be one of {', '.join(FAIL_ON_CHOICES)}; got {fail_on!r}")
    ranks = severity.astype(object).map(SEVERITY_RANK)
    unknown = severity[ranks.isna()]
    if not unknown.empty:
        raise ValueError(
            f"unknown severity {unknown.iloc[0]!r}; expected one of {', '.join(SEVERITIES)}"
        )
    if fail_on == "never":
        return pd.Series(False, index=severity.index, dtype=bool)
    return (ranks <= SEVERITY_RANK[fail_on]).astype(bool)


# --- plain values ------------------------------------------------------------------------------


def _plain(value: object) -> object:
    """A JSON-ready Python value: ints stay ints, missing (NA, NaN, NaT) becomes None."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset | pd.Series | np.ndarray):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        return [_plain(v) for v in items]
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, int | np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        return value
    if isinstance(value, pd.Timestamp | np.datetime64):
        return pd.Timestamp(value).isoformat()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _column(series: pd.Series, integer: bool) -> list[object]:
    """One column as plain Python values, converted once per column rather than per cell."""
    values = series.astype(object).where(series.notna(), None).tolist()
    if integer:
        return [int(v) if isinstance(v, float) and v.is_integer() else _plain(v) for v in values]
    if series.dtype.kind in "OSU" or pd.api.types.is_string_dtype(series.dtype):
        return [v if v is None or isinstance(v, str) else _plain(v) for v in values]
    return [_plain(v) for v in values]


def _records(findings: pd.DataFrame) -> list[dict[str, object]]:
    """Findings as plain dicts in ``FINDING_COLUMNS`` order; missing cells are None."""
    columns = [_column(findings[c], c in _INT_COLUMNS) for c in FINDING_COLUMNS]
    return [dict(zip(FINDING_COLUMNS, row, strict=True)) for row in zip(*columns, strict=True)]


def _text(value: object) -> str:
    """A cell as text; missing is empty."""
    return "" if value is None else str(value)


def _figure_list(figure_ids: object) -> list[str]:
    return [f for f in _text(figure_ids).split("|") if f]


# --- JSON and CSV ------------------------------------------------------------------------------


def findings_json(findings: pd.DataFrame, summary: dict[str, object]) -> str:
    """``{"summary": ..., "findings": [...]}``; ``figure_ids`` as a list, missing as null.

    Keys keep column order (not sorted) so the document reads like the table; the same input
    gives the same bytes.
    """
    rows = _records(findings)
    for row in rows:
        row["figure_ids"] = _figure_list(row["figure_ids"])
    document = {"summary": _plain(summary), "findings": rows}
    return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def findings_csv(findings: pd.DataFrame) -> str:
    """CSV with a header, columns in ``FINDING_COLUMNS`` order, missing as empty cells.

    Written with the csv module rather than ``DataFrame.to_csv`` so numbers print the same way
    as in JSON (``8``, never ``8.0``) whatever dtype the caller's frame carries.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(FINDING_COLUMNS)
    for record in _records(findings):
        writer.writerow([_text(record[c]) for c in FINDING_COLUMNS])
    return buffer.getvalue()


# --- JUnit XML ---------------------------------------------------------------------------------


def _xml_safe(text: str) -> str:
    return _XML_INVALID.sub("\ufffd", text)


def _finding_line(record: Mapping[str, object]) -> str:
    """One finding as a line of a JUnit failure or system-out text."""
    figures = ", ".join(_figure_list(record["figure_ids"])) or "none"
    where = ""
    if record["file"] is not None:
        where = f"; {record['file']}" + (f":{record['line']}" if record["line"] is not None else "")
    return f"[{record['severity']}] {record['message']} (figures: {figures}{where})"


def _suite_order(findings: pd.DataFrame, checks_run: Iterable[str]) -> list[str]:
    """Checks in run order; checks that have findings but were not listed come last, sorted."""
    order = list(dict.fromkeys(checks_run))
    extra = sorted(set(findings["check"].astype(str)) - set(order))
    return order + extra


def findings_junit(findings: pd.DataFrame, checks_run: list[str], *, fail_on: str) -> str:
    """JUnit XML: a suite per check run, a test case per (check, scope), failures at ``fail_on``.

    Checks with no findings get one passing case so a report shows they ran. Findings whose
    check is not in ``checks_run`` still get a suite (after the listed ones): a gate must not
    hide what it found. Within a case, findings are ordered most severe first, so the
    failure's ``type`` and ``message`` are those of its most severe failing finding.
    """
    failing = at_or_above(findings["severity"], fail_on).tolist()
    records = _records(findings)
    by_case: dict[tuple[str, str], list[tuple[dict[str, object], bool]]] = {}
    for record, fails in zip(records, failing, strict=True):
        key = (_text(record["check"]), _text(record["scope"]))
        by_case.setdefault(key, []).append((record, fails))

    root = ET.Element("testsuites", name="casualty-stats")
    total_tests = total_failures = 0
    for check in _suite_order(findings, checks_run):
        suite = ET.SubElement(root, "testsuite", name=_xml_safe(check))
        scopes = sorted(scope for c, scope in by_case if c == check)
        classname = _xml_safe(f"casualty-stats.{check}")
        if not scopes:
            name = _xml_safe(f"{check}: no findings")
            ET.SubElement(suite, "testcase", classname=classname, name=name)
        failures = 0
        for scope in scopes:
            case = ET.SubElement(suite, "testcase", classname=classname, name=_xml_safe(scope))
            entries = sorted(by_case[(check, scope)], key=lambda e: SEVERITY_RANK[e[0]["severity"]])
            failed = [r for r, fails in entries if fails]
            passed = [r for r, fails in entries if not fails]
            if failed:
                failures += 1
                failure = ET.SubElement(
                    case,
                    "failure",
                    type=_text(failed[0]["severity"]),
                    message=_xml_safe(_text(failed[0]["message"])),
                )
                failure.text = _xml_safe("\n".join(_finding_line(r) for r in failed))
            if passed:
                out = ET.SubElement(case, "system-out")
                out.text = _xml_safe("\n".join(_finding_line(r) for r in passed))
        tests = max(len(scopes), 1)
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        suite.set("errors", "0")
        total_tests += tests
        total_failures += failures
    root.set("tests", str(total_tests))
    root.set("failures", str(total_failures))
    root.set("errors", "0")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


# --- GitHub Actions ----------------------------------------------------------------------------


def escape_data(text: str) -> str:
    """Escape a workflow command's message the way the Actions runner unescapes it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command property value (``file=``, ``title=``): data plus ``:`` ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _plural(count: int, word: str) -> str:
    if word == "info":
        return f"{count} info"
    return f"{count} {word}" + ("" if count == 1 else "s")


def github_annotations(findings: pd.DataFrame, *, limit_per_severity: int = 10) -> str:
    """``::error``/``::warning``/``::notice`` lines, at most ``limit_per_severity`` of each.

    GitHub shows only 10 annotations of each kind per step and drops the rest silently, so
    findings over the limit are counted in one closing ``::notice::`` pointing at the job
    summary. That notice counts against the notice limit itself: when it is needed, one
    fewer info finding is annotated, so it is never the one GitHub drops.
    """
    if limit_per_severity < 0:
        raise ValueError(f"limit_per_severity must be 0 or more; got {limit_per_severity}")
    severities = findings["severity"]
    at_or_above(severities, "info")  # rejects unknown severities
    totals = {s: int((severities == s).sum()) for s in SEVERITIES}
    budget = {s: limit_per_severity for s in SEVERITIES}
    if any(totals[s] > limit_per_severity for s in SEVERITIES):
        budget["info"] = max(limit_per_severity - 1, 0)
    # Only the rows that will be annotated are turned into records.
    nth = findings.groupby(severities.to_numpy(), sort=False).cumcount().to_numpy()
    keep = nth < severities.astype(object).map(budget).to_numpy()
    records = _records(findings[keep])

    lines: list[str] = []
    shown = {s: 0 for s in SEVERITIES}
    for record in records:
        severity = _text(record["severity"])
        shown[severity] += 1
        props = []
        if record["file"] is not None:
            props.append(f"file={escape_property(_text(record['file']))}")
            if record["line"] is not None:
                props.append(f"line={record['line']}")
        title = f"casualty-stats {_text(record['check'])}"
        props.append(f"title={escape_property(title)}")
        message = escape_data(_text(record["message"]))
        lines.append(f"::{GITHUB_COMMANDS[severity]} {','.join(props)}::{message}")

    left_out = {s: totals[s] - shown[s] for s in SEVERITIES}
    if any(left_out.values()):
        counts = ", ".join(_plural(left_out[s], s) for s in SEVERITIES)
        note = (
            f"{sum(left_out.values())} finding(s) not annotated ({counts}; GitHub shows at most "
            f"{limit_per_severity} per severity); the full list is in the job summary."
        )
        lines.append(f"::notice::{escape_data(note)}")
    return "".join(line + "\n" for line in lines)


# --- Markdown step summary ---------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~])")


def markdown_cell(value: object) -> str:
    """Text safe inside a GFM table cell: pipes and markup escaped, line breaks as ``<br>``."""
    text = _MD_SPECIAL.sub(r"\\\1", _text(value))
    return re.sub(r"\r\n|\r|\n", "<br>", text)


def _summary_value(value: object) -> str:
    """A summary entry as short text: lists joined, mappings as ``key value`` pairs."""
    plain = _plain(value)
    if isinstance(plain, bool):
        return "yes" if plain else "no"
    if isinstance(plain, list):
        return ", ".join(_summary_value(v) for v in plain)
    if isinstance(plain, dict):
        return ", ".join(f"{k} {_summary_value(v)}" for k, v in plain.items())
    return _text(plain)


def step_summary_markdown(findings: pd.DataFrame, summary: dict[str, object]) -> str:
    """The full findings list as GitHub-flavoured Markdown for ``$GITHUB_STEP_SUMMARY``.

    Annotations are capped by GitHub; this is where every finding is listed. Every cell is
    escaped so a message's pipes, line breaks or HTML never break the table or the page.
    """
    lines = ["## casualty-stats check", ""]
    if summary:
        items = (
            f"{markdown_cell(k)}: {markdown_cell(_summary_value(v))}" for k, v in summary.items()
        )
        lines += [" · ".join(items), ""]
    if findings.empty:
        lines.append("No findings.")
        return "\n".join(lines) + "\n"
    counts = findings["severity"].value_counts()
    lines.append(" · ".join(_plural(int(counts.get(s, 0)), s) for s in SEVERITIES))
    lines += ["", "| severity | check | scope | message | figures |", "|---|---|---|---|---|"]
    for record in _records(findings):
        cells = [
            record["severity"],
            record["check"],
            record["scope"],
            record["message"],
            ", ".join(_figure_list(record["figure_ids"])),
        ]
        lines.append("| " + " | ".join(markdown_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"
