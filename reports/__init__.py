"""casualty-stats rendering: HTML and PDF briefings built from the validated figures.

Kept apart from :mod:`stats` so that pipelines importing the core never pay for jinja2,
WeasyPrint or matplotlib; importing :mod:`reports` does not load them either (the renderers
import them when called)::

    import reports
    report = reports.build(reports.BriefingInput(...))   # the model: plain dataclasses
    reports.render_pdf(report, "briefing.pdf")
    reports.write_html(report, "briefing.html")
"""

from __future__ import annotations

from reports.atomic import RenderError
from reports.build import BriefingInput, build
from reports.charts import interval_chart_svg
from reports.html import render_html, write_html
from reports.model import (
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
from reports.pdf import render_pdf

__all__ = [
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
