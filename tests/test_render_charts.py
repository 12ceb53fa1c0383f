"""Interval charts: inline SVG that is self-contained, escaped and byte-stable."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

from reports import Chart, IntervalBar, interval_chart_svg

from .conftest import REPO
from .test_render_model import aleppo_chart


def texts(svg: str) -> list[str]:
    root = ET.fromstring(svg)
    return ["".join(node.itertext()) for node in root.iter() if node.tag == "text"]


def test_svg_is_a_bare_element_without_prolog_or_external_references() -> None:
    svg = interval_chart_svg(aleppo_chart())
    assert svg.startswith("<svg ")
    assert "<?xml" not in svg
    assert "DOCTYPE" not in svg
    assert "http" not in svg
    assert "file:" not in svg
    assert "<image" not in svg
    assert "xlink:" not in svg
    for reference in re.findall(r'href="([^"]*)"', svg):
        assert reference.startswith("#"), reference
    ET.fromstring(svg)  # well-formed


def test_same_chart_gives_the_same_bytes() -> None:
    assert interval_chart_svg(aleppo_chart()) == interval_chart_svg(aleppo_chart())


def test_same_bytes_in_another_process() -> None:
    code = (
        "import sys; sys.path.insert(0, '.'); "
        "from tests.test_render_model import aleppo_chart; "
        "from reports import interval_chart_svg; "
        "sys.stdout.write(interval_chart_svg(aleppo_chart()))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        env={**os.environ, "PYTHONHASHSEED": "4321"},
    )
    assert done.stdout == interval_chart_svg(aleppo_chart())


def test_ids_are_prefixed_and_every_reference_resolves() -> None:
    svg = interval_chart_svg(aleppo_chart(), id_prefix="c7-")
    ids = re.findall(r'\sid="([^"]*)"', svg)
    assert ids
    assert all(name.startswith("c7-") for name in ids)
    assert len(ids) == len(set(ids))
    references = re.findall(r"url\(#([^)]+)\)", svg) + re.findall(r'href="#([^"]*)"', svg)
    assert references
    assert set(references) <= set(ids)
    other = interval_chart_svg(aleppo_chart(), id_prefix="c8-")
    assert not set(ids) & set(re.findall(r'\sid="([^"]*)"', other))


def test_labels_wording_open_end_and_thousands_separators() -> None:
    chart = Chart(
        id="war",
        title="The war since March 2011",
        bars=[
            IntervalBar("Syrian Observatory", 300_001, None, 300_000, "more than 300,000"),
            IntervalBar("UN envoy", 360_000, 440_000, 400_000, "about 400,000"),
        ],
        envelope=(360_000, 440_000),
        description="Two intervals for the war's toll.",
    )
    svg = interval_chart_svg(chart)
    shown = texts(svg)
    assert "Syrian Observatory" in shown
    assert "UN envoy" in shown
    assert "more than 300,000 — no upper bound" in shown
    assert "about 400,000" in shown
    assert "envelope: 360,000 to 440,000" in shown
    assert "number as stated" in shown
    assert any(re.fullmatch(r"\d{3},000", text) for text in shown), shown
    assert 'aria-label="Two intervals for the war&#x27;s toll."' in svg
    assert 'role="img"' in svg


def test_closed_intervals_say_nothing_about_an_open_end() -> None:
    chart = Chart("c", "Closed", [IntervalBar("A", 10, 20, 15, "between 10 and 20")], None, "d")
    svg = interval_chart_svg(chart)
    assert "no upper bound" not in svg
    assert "envelope" not in svg


def test_model_text_is_escaped_and_never_read_as_mathtext() -> None:
    chart = Chart(
        id="x",
        title="t",
        bars=[IntervalBar("<script>alert(1)</script> $x^2$", 1, 5, 3, 'say "5" & <b>more</b>')],
        envelope=None,
        description='<img src="x"> & "quoted"',
    )
    svg = interval_chart_svg(chart)
    assert "<script" not in svg
    assert "<b>" not in svg
    assert "<img" not in svg
    shown = texts(svg)  # a long label wraps onto several lines, one text element each
    assert "<script>alert(1)</script>" in shown
    assert "$x^2$" in shown
    assert 'say "5" & <b>more</b>' in shown


def test_a_chart_without_bars_still_draws() -> None:
    svg = interval_chart_svg(Chart("empty", "Nothing", [], None, "No figures."))
    assert "no figures to chart" in texts(svg)


def test_a_script_the_font_lacks_is_drawn_without_warnings() -> None:
    chart = Chart("cjk", "t", [IntervalBar("叙利亚人权观察组织", 1, 5, 3, "约 3")], None, "d")
    assert "叙利亚人权观察组织" in texts(interval_chart_svg(chart))
