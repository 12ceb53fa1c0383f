"""Render a :class:`~reports.model.Report` as one self-contained HTML file.

The same file is read in a browser, mailed around, and handed to WeasyPrint for the PDF, so it
carries everything inline (CSS, chart SVGs) and asks for nothing: no script, no stylesheet link,
no font or image URL. The only URLs in it are the documents' own links, and only ``http(s)`` ones.
Everything that comes from the model is escaped by Jinja2's autoescaping; the CSS and the chart
SVG (our own output) are the only markup marked safe.

This module also prepares what the template shows (anchors, severity groups, table cells), so
the template holds layout only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from reports.atomic import RenderError, write_text_atomic
from reports.charts import interval_chart_svg
from reports.model import Chart, DocumentRef, Equation, FindingView, Report, Section, Table

if TYPE_CHECKING:
    import jinja2
    from markupsafe import Markup

PACKAGE_DIR = Path(__file__).resolve().parent
ASSETS_DIR = PACKAGE_DIR / "assets"
TEMPLATE = "briefing.html"
STYLESHEET = "briefing.css"

SEVERITY_HEADINGS: dict[str, tuple[str, str]] = {
    "error": ("Errors", "Figures that cannot all be true."),
    "warning": ("Warnings", "Figures that are likely wrong or contradict each other."),
    "info": ("Notes", "Worth knowing: divergences and bounds."),
}
_NOT_ANCHOR_CHAR = re.compile(r"[^A-Za-z0-9_-]+")


def templates_dir() -> Path:
    """Where the templates are: inside the installed package, else the checkout's ``templates/``.

    The wheel ships the top-level ``templates/`` as ``reports/templates/``; in a checkout it sits
    beside the package.
    """
    shipped = PACKAGE_DIR / "templates"
    return shipped if shipped.is_dir() else PACKAGE_DIR.parent / "templates"


def safe_href(url: str | None) -> str | None:
    """The URL if it is an absolute ``http``/``https`` link to a host, else ``None``.

    Anything else (``javascript:``, ``data:``, ``file:``, relative paths) is dropped rather than
    linked: a briefing must not run code or reach into the reader's machine when clicked.
    """
    if not url:
        return None
    url = url.strip()
    if any(ord(char) < 0x21 or char in "\\\x7f" for char in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


@dataclass(frozen=True)
class TocEntry:
    anchor: str
    title: str
    level: int


@dataclass(frozen=True)
class Cell:
    text: str
    numeric: bool


@dataclass(frozen=True)
class TableView:
    anchor: str
    caption: str
    columns: list[Cell]
    rows: list[list[Cell]]
    widths: list[str]  # CSS percentages, one per column


@dataclass(frozen=True)
class ChartView:
    anchor: str
    title: str
    description: str
    svg: Markup  # trusted output of charts.py, inlined as is


@dataclass(frozen=True)
class SectionView:
    anchor: str
    title: str
    level: int
    paragraphs: list[str]
    tables: list[TableView]
    charts: list[ChartView]
    equations: list[Equation]
    subsections: list[SectionView]
    css_class: str


@dataclass(frozen=True)
class DocumentView:
    title: str
    publisher: str
    published_on: str
    href: str | None


@dataclass(frozen=True)
class QuoteView:
    figure_id: str
    source: str
    quote: str
    document: DocumentView


@dataclass(frozen=True)
class FindingItem:
    anchor: str
    finding_id: str
    severity: str
    check: str
    scope: str
    message: str
    quotes: list[QuoteView]


@dataclass(frozen=True)
class SeverityGroup:
    anchor: str
    severity: str
    heading: str
    explanation: str
    findings: list[FindingItem]


_LINE_CHARACTERS = 85


def column_widths(table: Table) -> list[str]:
    """Column widths in proportion to each column's longest text, as CSS percentages.

    Tables are laid out with ``table-layout: fixed`` from these widths: WeasyPrint then never
    measures every cell of a long table to size its columns (a fifth of a 40-page render), and
    the columns keep the same widths on every page a table runs over. Weights are clamped so a
    column of long sentences cannot squeeze the number columns to nothing.
    """
    floors, wants = [], []
    for index, name in enumerate(table.columns):
        cells = [row[index] for row in table.rows if index < len(row)]
        longest = max((len(cell) for cell in cells), default=0)
        # A word (or a number such as "300,000") should never break: it sets a floor.
        word = max((len(w) for text in [name, *cells] for w in text.split()), default=0)
        floors.append(min(word, 30) + 2)  # padding; a long URL may still wrap
        wants.append(max(min(word, 30) + 2, min(max(longest, 4), 40)))
    # Give every column its floor first, then share what is left of a line by what each
    # column would like beyond it. _LINE_CHARACTERS is roughly what a page's width holds.
    spare = max(0, _LINE_CHARACTERS - sum(floors))
    extra = [w - f for w, f in zip(wants, floors, strict=True)]
    share = sum(extra) or 1
    weights = [f + spare * x / share for f, x in zip(floors, extra, strict=True)]
    total = sum(weights)
    return [f"{100 * weight / total:.2f}%" for weight in weights]


class _Anchors:
    """Hands out unique, URL-safe anchors so the table of contents can link to every heading."""

    def __init__(self, reserved: tuple[str, ...] = ()) -> None:
        self.taken: set[str] = set(reserved)

    def make(self, prefix: str, text: str) -> str:
        base = f"{prefix}-{_NOT_ANCHOR_CHAR.sub('-', text).strip('-') or 'x'}"
        anchor, number = base, 1
        while anchor in self.taken:
            number += 1
            anchor = f"{base}-{number}"
        self.taken.add(anchor)
        return anchor


class _Views:
    """Turns the model into what the template lays out, in document order."""

    def __init__(self) -> None:
        self.anchors = _Anchors(reserved=("contents", "findings", "top"))
        self.toc: list[TocEntry] = []
        self.chart_count = 0

    def table(self, table: Table) -> TableView:
        numeric = table.numeric_columns
        return TableView(
            anchor=self.anchors.make("table", table.id),
            caption=table.caption,
            columns=[Cell(name, index in numeric) for index, name in enumerate(table.columns)],
            rows=[
                [Cell(text, index in numeric) for index, text in enumerate(row)]
                for row in table.rows
            ],
            widths=column_widths(table),
        )

    def chart(self, chart: Chart) -> ChartView:
        from markupsafe import Markup

        self.chart_count += 1
        svg = interval_chart_svg(chart, id_prefix=f"c{self.chart_count}-")
        return ChartView(
            anchor=self.anchors.make("chart", chart.id),
            title=chart.title,
            description=chart.description,
            svg=Markup(svg),
        )

    def section(self, section: Section, level: int, css_class: str) -> SectionView:
        anchor = self.anchors.make("section", section.id)
        if level <= 3:
            self.toc.append(TocEntry(anchor, section.title, level))
        return SectionView(
            anchor=anchor,
            title=section.title,
            level=min(level, 6),
            paragraphs=list(section.paragraphs),
            tables=[self.table(table) for table in section.tables],
            charts=[self.chart(chart) for chart in section.charts],
            equations=list(section.equations),
            subsections=[self.section(sub, level + 1, css_class) for sub in section.subsections],
            css_class=css_class,
        )

    def finding(self, finding: FindingView) -> FindingItem:
        return FindingItem(
            anchor=self.anchors.make("finding", finding.finding_id),
            finding_id=finding.finding_id,
            severity=finding.severity,
            check=finding.check,
            scope=finding.scope,
            message=finding.message,
            quotes=[
                QuoteView(q.figure_id, q.source, q.quote, _document(q.document))
                for q in finding.quotes
            ],
        )

    def findings(self, findings: list[FindingView]) -> list[SeverityGroup]:
        """Group by severity, most serious first; unknown severities last, never dropped."""
        self.toc.append(TocEntry("findings", "Findings", 2))
        order = list(SEVERITY_HEADINGS)
        order += sorted({f.severity for f in findings} - set(order))
        groups = []
        for severity in order:
            members = [f for f in findings if f.severity == severity]
            if not members:
                continue
            heading, explanation = SEVERITY_HEADINGS.get(severity, (severity.capitalize(), ""))
            anchor = self.anchors.make("findings", severity)
            self.toc.append(TocEntry(anchor, f"{heading} ({len(members)})", 3))
            groups.append(
                SeverityGroup(
                    anchor=anchor,
                    severity=severity,
                    heading=f"{heading} ({len(members)})",
                    explanation=explanation,
                    findings=[self.finding(f) for f in members],
                )
            )
        return groups


def _document(document: DocumentRef) -> DocumentView:
    return DocumentView(
        title=document.title,
        publisher=document.publisher,
        published_on=document.published_on,
        href=safe_href(document.url),
    )


@cache
def _environment(directory: Path) -> jinja2.Environment:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(directory),
        autoescape=jinja2.select_autoescape(["html"]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_html(report: Report) -> str:
    """The briefing as one HTML document; the same report always gives the same string."""
    from markupsafe import Markup

    directory = templates_dir()
    views = _Views()
    sections = [views.section(s, 2, "scope") for s in report.sections]
    findings = views.findings(report.findings)
    appendix = [views.section(s, 2, "appendix") for s in report.appendix]
    stylesheet = (directory / STYLESHEET).read_text(encoding="utf-8")
    return (
        _environment(directory)
        .get_template(TEMPLATE)
        .render(
            report=report,
            stylesheet=Markup(stylesheet),
            toc=views.toc,
            sections=sections,
            finding_groups=findings,
            appendix=appendix,
        )
    )


def write_html(report: Report, path: str | Path) -> Path:
    """Render ``report`` and write it to ``path`` atomically; raise :class:`RenderError`."""
    target = Path(path)
    try:
        return write_text_atomic(target, render_html(report))
    except Exception as exc:
        raise RenderError(f"could not write the HTML briefing {target}: {exc}") from exc
