"""The PDF briefing, read back with pypdf: pages, running footers, contents with page numbers,
outline, metadata, bundled fonts, and byte-for-byte reproducibility."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import Destination

from reports import RenderError, render_pdf

from .test_render_model import (
    APPENDIX_TITLES,
    EQUATION,
    HEADLINE,
    SECTION_TITLES,
    import_weasyprint_quietly,
    sample_report,
)

import_weasyprint_quietly()

EPOCH = "1479081600"  # 2016-11-14T00:00:00Z


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("pdf") / "briefing.pdf"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        assert render_pdf(sample_report(), target) == target
    return target


@pytest.fixture(scope="module")
def reader(pdf: Path) -> PdfReader:
    return PdfReader(pdf)


@pytest.fixture(scope="module")
def pages(reader: PdfReader) -> list[str]:
    return [page.extract_text() for page in reader.pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def outline_entries(reader: PdfReader) -> Iterator[tuple[str, int]]:
    def walk(items: list) -> Iterator[tuple[str, int]]:
        for item in items:
            if isinstance(item, list):
                yield from walk(item)
            else:
                assert isinstance(item, Destination)
                yield str(item.title), reader.get_destination_page_number(item) + 1

    yield from walk(reader.outline)


def test_several_pages_each_with_a_page_x_of_y_footer(pages: list[str]) -> None:
    total = len(pages)
    assert total > 1
    for number, text in enumerate(pages, start=1):
        assert f"page {number} of {total}" in text


def test_running_header_after_page_one(pages: list[str]) -> None:
    header = "Aleppo casualty briefing · data as of 12 November 2016"
    assert header not in pages[0]
    assert all(header in text for text in pages[1:])


def test_page_one_has_the_headline_and_the_contents_with_page_numbers(
    reader: PdfReader, pages: list[str]
) -> None:
    first = pages[0]
    assert HEADLINE in flat(first)
    assert "12 November 2016" in first
    where = dict(outline_entries(reader))
    for title in (*SECTION_TITLES, "Findings", *APPENDIX_TITLES):
        match = re.search(rf"{re.escape(title)} ?\.+ ?(\d+)", first)
        assert match, title
        assert int(match.group(1)) == where[title], title


def test_equations_and_findings_are_in_the_text(pages: list[str]) -> None:
    text = flat(" ".join(pages))
    assert EQUATION in text
    assert "Finding 4: the parts add up to 458" in text
    assert "Aleppo offensive: toll passes 450" in text


def test_long_tables_span_pages_and_repeat_their_header(pages: list[str]) -> None:
    carrying = [
        n for n, text in enumerate(pages) if "f010" in text or "f040" in text or "f069" in text
    ]
    assert len(set(carrying)) >= 2
    for n in set(carrying):
        assert re.search(r"figure\s*source\s*group\s*value\s*interval", pages[n]), n


def test_outline_lists_every_section(reader: PdfReader) -> None:
    titles = [title for title, _ in outline_entries(reader)]
    for title in (*SECTION_TITLES, "Findings", "Errors (2)", *APPENDIX_TITLES):
        assert title in titles
    assert titles[0] == "Aleppo casualty briefing"
    assert "Headlines" not in titles


def test_metadata(reader: PdfReader) -> None:
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Aleppo casualty briefing"
    assert meta.author == "casualty-stats desk"
    assert meta.get("/CreationDate") == "D:20161114000000Z"
    assert meta.get("/ModDate") == "D:20161114000000Z"


def test_only_the_bundled_font_is_embedded(reader: PdfReader) -> None:
    names: set[str] = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]))
    assert names
    assert all(re.fullmatch(r"/[A-Z]{6}\+Bundled-DejaVu-Sans(-Bold)?", n) for n in names), names


def test_two_renders_are_byte_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pdf: Path
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    first = render_pdf(sample_report(), tmp_path / "a.pdf").read_bytes()
    second = render_pdf(sample_report(), tmp_path / "b.pdf").read_bytes()
    assert first == second
    assert first == pdf.read_bytes()


def test_a_bad_source_date_epoch_is_a_render_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    target = tmp_path / "briefing.pdf"
    with pytest.raises(RenderError, match=r"briefing\.pdf.*SOURCE_DATE_EPOCH"):
        render_pdf(sample_report(rows=3), target)
    assert list(tmp_path.iterdir()) == []
