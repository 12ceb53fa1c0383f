"""The report model: the contract between building a briefing and rendering it.

``reports.build`` turns validated figures and findings into these plain records; the renderers
(:mod:`reports.html`, :mod:`reports.pdf`) only lay them out. Every string here is already
formatted for a reader (numbers with separators, dates as they should print), so a template never
computes anything, and every string is treated as untrusted text: the renderers escape it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Table:
    """A captioned table of already-formatted cells.

    ``numeric_columns`` holds the indexes of columns to align as numbers.
    """

    id: str
    caption: str
    columns: list[str]
    rows: list[list[str]]
    numeric_columns: set[int] = field(default_factory=set)


@dataclass
class IntervalBar:
    """One source's figure: the interval its wording allows and the number it stated.

    ``high`` is ``None`` when the wording sets no upper bound ("more than 450").
    """

    label: str
    low: int
    high: int | None
    value: int
    wording: str


@dataclass
class Chart:
    """Intervals side by side, with the envelope they share shaded behind them.

    ``description`` is the text alternative read out in place of the picture.
    """

    id: str
    title: str
    bars: list[IntervalBar]
    envelope: tuple[int, int | None] | None
    description: str


@dataclass
class Equation:
    """Arithmetic a reader can follow, e.g. ``100 + 215 + 143 = 458``, and what it shows."""

    text: str
    verdict: str
    severity: str


@dataclass
class DocumentRef:
    """Where a quote was read; ``url`` is ``None`` when the document has no public address."""

    title: str
    publisher: str
    published_on: str
    url: str | None = None


@dataclass
class QuoteRef:
    """A source's own sentence behind a figure, with the document it came from."""

    figure_id: str
    source: str
    quote: str
    document: DocumentRef


@dataclass
class FindingView:
    """One finding as a reader sees it: the check's message and the quotes it rests on."""

    finding_id: str
    severity: str
    check: str
    scope: str
    message: str
    quotes: list[QuoteRef] = field(default_factory=list)


@dataclass
class Section:
    """A titled part of the briefing; subsections nest one heading level deeper."""

    id: str
    title: str
    paragraphs: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    equations: list[Equation] = field(default_factory=list)
    subsections: list[Section] = field(default_factory=list)


@dataclass
class Report:
    """A whole briefing, in reading order.

    Page one (title, data as of, generated, counts, headlines), then ``sections``, then the
    findings grouped by severity, then ``appendix``. A pipeline may append its own
    :class:`Section` to ``sections`` before rendering.
    """

    title: str
    subtitle: str
    author: str
    generated_on: str
    data_as_of: str
    counts: list[tuple[str, str]]
    headlines: list[str]
    sections: list[Section]
    findings: list[FindingView]
    appendix: list[Section]
    lang: str = "en"
