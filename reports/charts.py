"""Interval charts: each source's interval as a bar, drawn as inline SVG.

A stated number hides how much the wording allows ("more than 450" says nothing about the upper
end), so the chart shows the whole interval each source's words permit, the number as stated as a
marker, and the envelope the intervals share. The SVG is inlined into the HTML and the PDF, so it
must carry no external references and must come out byte-identical for the same chart (a
briefing kept under version control should not change when nothing changed).

matplotlib is imported inside :func:`interval_chart_svg` so ``import reports`` stays cheap. The
figure is drawn on a bare :class:`matplotlib.figure.Figure` (rasterless, the same code path as
the Agg backend) rather than through ``pyplot``, so no global backend or figure registry of the
host process is touched.
"""

from __future__ import annotations

import html
import io
import re
import textwrap
import threading
import warnings
from typing import TYPE_CHECKING

from reports.model import Chart, IntervalBar

if TYPE_CHECKING:
    from matplotlib.axes import Axes

# The family matplotlib measures text with (it ships DejaVu Sans), then the bundled copy the PDF
# registers under its own name, so the PDF never picks up a machine font.
MEASURE_FAMILY = "DejaVu Sans"
SVG_FONT_STACK = "'Bundled DejaVu Sans', 'DejaVu Sans', Verdana, sans-serif"

INTERVAL_COLOUR = "#3a6ea5"
ENVELOPE_COLOUR = "#f2d388"
MARKER_COLOUR = "#1a1a1a"
MUTED_COLOUR = "#555555"

_RC = {
    "svg.hashsalt": "casualty-stats",
    "svg.fonttype": "none",
    "svg.id": None,
    "font.family": MEASURE_FAMILY,
    "font.size": 9,
    "axes.titlesize": 9,
    "axes.edgecolor": "#888888",
    "xtick.color": "#333333",
    "ytick.color": "#333333",
}
# The SVG standard metadata keys matplotlib would otherwise fill with a date and URLs.
_NO_METADATA = {"Date": None, "Creator": None, "Format": None, "Type": None}

# rc_context and catch_warnings change process-wide state; one chart is drawn at a time.
_DRAWING = threading.Lock()

_TAG = re.compile(r"<[^>]+>")
_ID_ATTR = re.compile(r'\sid="([^"]*)"')
_URL_REF = re.compile(r"url\(#([^)]+)\)")
_HREF_REF = re.compile(r'(?:xlink:)?href="#([^"]*)"')
_NOT_ID_CHAR = re.compile(r"[^A-Za-z0-9_-]+")


def _thousands(number: float) -> str:
    return f"{number:,.0f}"


def _right_edge(chart: Chart) -> tuple[float, bool]:
    """The x-axis end: past every finite number, with room for open bars to trail off."""
    finite: list[int] = []
    open_ended = False
    for bar in chart.bars:
        finite += [bar.low, bar.value]
        if bar.high is None:
            open_ended = True
        else:
            finite.append(bar.high)
    if chart.envelope is not None:
        finite.append(chart.envelope[0])
        if chart.envelope[1] is None:
            open_ended = True
        else:
            finite.append(chart.envelope[1])
    top = max([*finite, 1])
    return top * (1.4 if open_ended else 1.12), open_ended


def _draw_open_bar(axes: Axes, y: float, low: float, edge: float, height: float) -> None:
    """Solid from ``low``, then fading out towards the axis edge, where an arrow points on."""
    from matplotlib.patches import FancyArrow

    solid_end = low + 0.45 * (edge - low)
    axes.barh(y, solid_end - low, left=low, height=height, color=INTERVAL_COLOUR, zorder=2)
    steps = 16
    width = (edge - solid_end) / steps
    for step in range(steps):
        alpha = 0.85 * (1 - (step + 1) / (steps + 1))
        axes.barh(
            y,
            width,
            left=solid_end + step * width,
            height=height,
            color=INTERVAL_COLOUR,
            alpha=alpha,
            linewidth=0,
            zorder=2,
        )
    head = 0.025 * edge
    axes.add_patch(
        FancyArrow(
            edge - head,
            y,
            head * 0.6,
            0,
            width=height * 0.15,
            head_width=height * 0.9,
            head_length=head * 0.6,
            length_includes_head=False,
            color=MUTED_COLOUR,
            clip_on=False,
            zorder=3,
        )
    )


def _label(axes: Axes, bar: IntervalBar, y: float, edge: float) -> None:
    """The source's wording above its bar, kept inside the axes whichever end the bar sits at."""
    text = bar.wording if bar.high is not None else f"{bar.wording} \N{EM DASH} no upper bound"
    end = edge if bar.high is None else max(bar.high, bar.low)
    right_half = bar.low > edge / 2
    axes.text(
        end if right_half else bar.low,
        y,
        text,
        ha="right" if right_half else "left",
        va="bottom",
        fontsize=7.5,
        color=MUTED_COLOUR,
        parse_math=False,
        zorder=4,
    )


def _draw(chart: Chart, figure_width: float) -> str:
    """Draw the chart and return matplotlib's SVG document as text."""
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    rows = len(chart.bars)
    figure = Figure(figsize=(figure_width, 1.15 + 0.5 * max(rows, 1)), layout="constrained")
    axes = figure.add_subplot()
    edge, _ = _right_edge(chart)
    height = 0.38

    if not chart.bars:
        axes.set_axis_off()
        axes.text(0.5, 0.5, "no figures to chart", ha="center", va="center", parse_math=False)
    handles: list[object] = []
    if chart.envelope is not None:
        low, high = chart.envelope
        end = edge if high is None else high
        axes.axvspan(low, end, color=ENVELOPE_COLOUR, alpha=0.55, linewidth=0, zorder=0)
        shown = f"{low:,} or more" if high is None else f"{low:,} to {high:,}"
        handles.append(Patch(color=ENVELOPE_COLOUR, alpha=0.55, label=f"envelope: {shown}"))

    for index, bar in enumerate(chart.bars):
        y = rows - 1 - index  # the first bar at the top
        if bar.high is None:
            _draw_open_bar(axes, y, bar.low, edge, height)
        else:
            axes.barh(
                y,
                bar.high - bar.low,
                left=bar.low,
                height=height,
                color=INTERVAL_COLOUR,
                edgecolor=INTERVAL_COLOUR,
                linewidth=1.2,
                zorder=2,
            )
        axes.plot(
            [bar.value],
            [y],
            marker="D",
            markersize=6,
            color=MARKER_COLOUR,
            markeredgecolor="white",
            linestyle="none",
            zorder=5,
        )
        _label(axes, bar, y + height / 2 + 0.04, edge)

    if chart.bars:
        labels = [textwrap.fill(bar.label, 26) for bar in chart.bars]
        axes.set_yticks(range(rows - 1, -1, -1), labels=labels, parse_math=False)
        axes.set_ylim(-0.6, rows - 0.25)
        axes.set_xlim(0, edge)
        axes.xaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
        axes.xaxis.set_major_formatter(FuncFormatter(lambda x, _: _thousands(x)))
        axes.tick_params(axis="y", length=0)
        axes.grid(axis="x", color="#dddddd", linewidth=0.6, zorder=0)
        axes.set_axisbelow(True)
        for side in ("top", "right", "left"):
            axes.spines[side].set_visible(False)
        handles[:0] = [
            Patch(color=INTERVAL_COLOUR, label="interval the wording allows"),
            Line2D(
                [],
                [],
                marker="D",
                color=MARKER_COLOUR,
                markeredgecolor="white",
                linestyle="none",
                label="number as stated",
            ),
        ]
        figure.legend(
            handles=handles,
            loc="outside lower center",
            ncols=len(handles),
            frameon=False,
            fontsize=7.5,
        )

    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata=_NO_METADATA)
    return buffer.getvalue()


def _slug(text: str) -> str:
    return _NOT_ID_CHAR.sub("-", text).strip("-") or "chart"


def _inline(svg: str, prefix: str, description: str) -> str:
    """Make matplotlib's SVG document fit for inlining into HTML.

    Drops the XML prolog and namespace declarations (HTML parsers assign them), removes the ids
    nothing refers to, prefixes the rest so two charts on one page never share an id, turns
    ``xlink:href`` into plain SVG 2 ``href``, swaps in the bundled font stack, moves the global
    stylesheet rule onto the root element, and labels the picture for screen readers.
    """
    svg = svg[svg.index("<svg") :]
    referenced = set(_URL_REF.findall(svg)) | set(_HREF_REF.findall(svg))

    def rewrite_id(match: re.Match[str]) -> str:
        name = match.group(1)
        return f' id="{prefix}{name}"' if name in referenced else ""

    def rewrite_tag(match: re.Match[str]) -> str:
        tag = match.group(0)
        tag = _ID_ATTR.sub(rewrite_id, tag)
        tag = _URL_REF.sub(lambda m: f"url(#{prefix}{m.group(1)})", tag)
        tag = _HREF_REF.sub(lambda m: f'href="#{prefix}{m.group(1)}"', tag)
        return tag.replace("font-family: 'DejaVu Sans'", f"font-family: {SVG_FONT_STACK}")

    svg = _TAG.sub(rewrite_tag, svg)
    # matplotlib's one stylesheet rule would apply to the whole HTML page once inlined; the same
    # stroke settings are inherited presentation attributes on the root instead.
    svg = re.sub(r"\s*<style[^>]*>[^<]*</style>", "", svg, count=1)
    svg = re.sub(r"\s*<defs>\s*</defs>", "", svg, count=1)
    root_end = svg.index(">")
    root = svg[:root_end]
    root = re.sub(r'\s+xmlns(?::xlink)?="[^"]*"', "", root)
    root = re.sub(r'\s+version="[^"]*"', "", root)
    label = html.escape(description, quote=True)
    opening = (
        f'{root} class="interval-chart" stroke-linejoin="round" stroke-linecap="butt" '
        f'role="img" aria-label="{label}">'
    )
    return f"{opening}\n <title>{label}</title>{svg[root_end + 1 :].rstrip()}\n"


def interval_chart_svg(chart: Chart, *, id_prefix: str | None = None, width: float = 7.0) -> str:
    """Draw ``chart`` and return an ``<svg>`` element ready to inline into HTML.

    ``id_prefix`` keeps the SVG's internal ids unique when several charts share one page (the
    default derives it from ``chart.id``); ``width`` is the figure width in inches. Text from the
    model is escaped by matplotlib's SVG writer and never parsed as mathtext.
    """
    import matplotlib

    prefix = id_prefix if id_prefix is not None else f"chart-{_slug(chart.id)}-"
    with _DRAWING, matplotlib.rc_context(_RC), warnings.catch_warnings():
        # A label in a script DejaVu lacks still renders (the browser or PDF falls back to
        # another font); matplotlib's measuring warning would only be noise.
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from font")
        svg = _draw(chart, width)
    return _inline(svg, prefix, chart.description)
