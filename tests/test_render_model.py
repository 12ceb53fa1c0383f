"""The report model and the ``reports`` package surface; also the hand-built reports the other
``test_render_*`` modules render (built here, by hand, so rendering is tested without the
builder)."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings

import reports
from reports import (
    Chart,
    DocumentRef,
    Equation,
    FindingView,
    IntervalBar,
    QuoteRef,
    Report,
    Section,
    Table,
)

from .conftest import REPO

HEADLINE = "More than 450 people were killed in the offensive on Aleppo from 28 October."
EQUATION = "100 + 215 + 143 = 458"
VERDICT = "consistent with the total of more than 450; implies a total of at least 458"
WIRE_URL = "https://example.org/news/aleppo-toll?lang=en&page=2"
UN_URL = "http://example.net/briefings/2016-04-22"
WIRE = DocumentRef("Aleppo offensive: toll passes 450", "Wire service", "2016-11-12", WIRE_URL)
ENVOY = DocumentRef("Press briefing by the Special Envoy", "United Nations", "2016-04", UN_URL)
NOTES = DocumentRef("Field notes", "Analyst desk", "2016-11", None)
SECTION_TITLES = ("Aleppo offensive", "Western Aleppo", "The war since March 2011")
APPENDIX_TITLES = ("Every figure", "How wording becomes an interval")


def import_weasyprint_quietly() -> None:
    """Import WeasyPrint once with its start-up notice about a missing HarfBuzz-Subset silenced.

    WeasyPrint 70 warns at import when the system lacks libharfbuzz-subset (it then subsets
    fonts with fontTools, as these tests expect); the suite turns warnings into errors.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="HarfBuzz-Subset will be required")
        import weasyprint  # noqa: F401


def figures_table(table_id: str, rows: int) -> Table:
    """A long table of formatted cells, long enough to run over several pages."""
    return Table(
        id=table_id,
        caption=f"Figures as stated ({rows} rows)",
        columns=["figure", "source", "group", "value", "interval"],
        rows=[
            [f"f{n:03d}", "Syrian Observatory", "civilians", f"{n * 1250:,}", f"[{n * 1250:,}, ∞)"]
            for n in range(rows)
        ],
        numeric_columns={3, 4},
    )


def aleppo_chart() -> Chart:
    return Chart(
        id="aleppo-killed",
        title="Killed in Aleppo since 28 October",
        bars=[
            IntervalBar("Syrian Observatory", 451, None, 450, "more than 450"),
            IntervalBar("Sum of the parts", 458, 458, 458, "100 + 215 + 143"),
            IntervalBar("UN envoy", 360, 440, 400, "about 400"),
        ],
        envelope=(458, None),
        description="The Observatory's interval starts at 451 and has no upper bound.",
    )


def finding(number: int, severity: str, document: DocumentRef) -> FindingView:
    return FindingView(
        finding_id=f"fnd-{number}",
        severity=severity,
        check="parts_vs_total",
        scope="Aleppo · killed · 2016-10-28 to 2016-11-12",
        message=f"Finding {number}: the parts add up to 458 against a total of more than 450.",
        quotes=[
            QuoteRef(
                figure_id=f"f{number}",
                source="Syrian Observatory for Human Rights",
                quote="more than 450 people were killed, including 100 civilians",
                document=document,
            )
        ],
    )


def sample_report(rows: int = 70, extra_sections: int = 0) -> Report:
    """A briefing with three scope sections, five findings and two appendix sections."""
    aleppo = Section(
        id="aleppo",
        title=SECTION_TITLES[0],
        paragraphs=["The Observatory reported more than 450 killed, with three parts."],
        tables=[figures_table("aleppo-figures", rows)],
        charts=[aleppo_chart()],
        equations=[
            Equation(EQUATION, VERDICT, "info"),
            Equation("29 ≤ 51", "the children fit among the civilians", "warning"),
        ],
        subsections=[
            Section(
                id="west",
                title=SECTION_TITLES[1],
                paragraphs=["Most of the civilians were killed in the west."],
            )
        ],
    )
    war = Section(
        id="war",
        title=SECTION_TITLES[2],
        paragraphs=["Two figures for the whole war, 300,000 and 400,000."],
        tables=[
            Table(
                "war-totals",
                "War totals",
                ["source", "value"],
                [["Observatory", "300,000"], ["UN envoy", "400,000"]],
                {1},
            )
        ],
    )
    extra = [
        Section(
            id=f"extra-{n}",
            title=f"Region {n}",
            paragraphs=["A filler paragraph about the figures of one region. " * 12],
            tables=[figures_table(f"extra-{n}-figures", 60)],
        )
        for n in range(extra_sections)
    ]
    severities = ["info", "error", "warning", "info", "error"]
    documents = [WIRE, ENVOY, NOTES, WIRE, ENVOY]
    return Report(
        title="Aleppo casualty briefing",
        subtitle="Reported figures, checked against each other",
        author="casualty-stats desk",
        generated_on="25 November 2026",
        data_as_of="12 November 2016",
        counts=[("figures", "8"), ("sources", "3"), ("findings", "5")],
        headlines=[HEADLINE],
        sections=[aleppo, war, *extra],
        findings=[
            finding(n, s, d) for n, (s, d) in enumerate(zip(severities, documents, strict=True))
        ],
        appendix=[
            Section("all-figures", APPENDIX_TITLES[0], tables=[figures_table("all", 8)]),
            Section("wording", APPENDIX_TITLES[1], paragraphs=["more_than n gives [n+1, ∞)."]),
        ],
    )


def test_import_reports_loads_no_rendering_library() -> None:
    code = (
        "import sys, json, reports; "
        "print(json.dumps([m for m in ('jinja2', 'weasyprint', 'matplotlib', 'markupsafe') "
        "if m in sys.modules]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert json.loads(done.stdout) == []


def test_public_names() -> None:
    assert sorted(reports.__all__) == sorted(
        [
            "BriefingInput",
            "Chart",
            "DocumentRef",
            "Equation",
            "FindingView",
            "IntervalBar",
            "QuoteRef",
            "RenderError",
            "Report",
            "Section",
            "Table",
            "build",
            "interval_chart_svg",
            "render_html",
            "render_pdf",
            "write_html",
        ]
    )
    for name in reports.__all__:
        assert hasattr(reports, name), name
    assert issubclass(reports.RenderError, Exception)


def test_model_defaults_are_not_shared() -> None:
    first, second = Section("a", "A"), Section("b", "B")
    first.paragraphs.append("only in a")
    assert second.paragraphs == []
    assert Table("t", "T", ["x"], [["1"]]).numeric_columns == set()
    assert sample_report().lang == "en"
