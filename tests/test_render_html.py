"""The HTML briefing: semantic, self-contained, in reading order, and byte-stable."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

import reports.html as html_module
from reports import RenderError, Section, render_html, write_html
from reports.html import safe_href, templates_dir

from .conftest import REPO
from .test_render_model import (
    APPENDIX_TITLES,
    EQUATION,
    HEADLINE,
    SECTION_TITLES,
    UN_URL,
    VERDICT,
    WIRE_URL,
    sample_report,
)

URL_MARKERS = ("http://", "https://", "file:")


class Page(HTMLParser):
    """Collects what the assertions need from one HTML document."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.starts: list[tuple[str, dict[str, str | None]]] = []
        self.ids: list[str] = []
        self.headings: list[tuple[str, str]] = []  # (tag, text) in document order
        self.captions: list[str] = []
        self.data: list[tuple[str, str | None]] = []  # (text, href of the enclosing <a>)
        self.comments: list[str] = []
        self._open: list[str] = []
        self._href: str | None = None
        self._heading: list[str] | None = None
        self._caption: list[str] | None = None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.starts.append((tag, attributes))
        if attributes.get("id"):
            self.ids.append(str(attributes["id"]))
        if tag == "a":
            self._href = attributes.get("href")
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._heading = []
        if tag == "caption":
            self._caption = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._href = None
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and self._heading is not None:
            self.headings.append((tag, "".join(self._heading).strip()))
            self._heading = None
        if tag == "caption" and self._caption is not None:
            self.captions.append("".join(self._caption).strip())
            self._caption = None

    def handle_data(self, data: str) -> None:
        self.data.append((data, self._href))
        if self._heading is not None:
            self._heading.append(data)
        if self._caption is not None:
            self._caption.append(data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)

    def tags(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for tag, attrs in self.starts if tag == name]

    @property
    def text(self) -> str:
        return " ".join(" ".join(chunk for chunk, _ in self.data).split())


@pytest.fixture(scope="module")
def page_source() -> str:
    return render_html(sample_report())


@pytest.fixture(scope="module")
def page(page_source: str) -> Page:
    return Page(page_source)


def test_identical_input_gives_identical_bytes(page_source: str) -> None:
    assert render_html(sample_report()).encode() == page_source.encode()


def test_tables_have_captions_and_header_rows(page: Page) -> None:
    assert len(page.tags("table")) == 3
    assert len(page.tags("thead")) == 3
    assert len(page.tags("caption")) == 3
    assert "Figures as stated (70 rows)" in page.captions
    assert "War totals" in page.captions
    assert all(attrs.get("scope") == "col" for attrs in page.tags("th"))
    numeric = [attrs for attrs in page.tags("td") if attrs.get("class") == "num"]
    assert len(numeric) == 70 * 2 + 2 + 8 * 2


def test_headings_have_ids_and_the_contents_link_to_them(page: Page) -> None:
    nav_links = [
        attrs["href"]
        for attrs in page.tags("a")
        if attrs.get("href", "") and str(attrs["href"]).startswith("#")
    ]
    assert len(nav_links) == len(SECTION_TITLES) + 1 + 3 + len(APPENDIX_TITLES)
    for href in nav_links:
        assert str(href)[1:] in page.ids, href
    heading_ids = [attrs.get("id") for tag, attrs in page.starts if tag in ("h1", "h2", "h3")]
    assert all(heading_ids)
    assert len(page.ids) == len(set(page.ids)), "ids must be unique"


def test_sections_come_in_reading_order(page: Page) -> None:
    titles = [text for _, text in page.headings]
    order = [
        "Aleppo casualty briefing",
        "Headlines",
        "Contents",
        *SECTION_TITLES,
        "Findings",
        "Errors (2)",
        "Warnings (1)",
        "Notes (2)",
        *APPENDIX_TITLES,
    ]
    assert titles == order
    assert ("h1", "Aleppo casualty briefing") in page.headings
    assert ("h3", "Western Aleppo") in page.headings


def test_page_one_and_the_findings_show_what_the_model_says(page: Page) -> None:
    text = page.text
    for expected in (
        HEADLINE,
        "12 November 2016",
        "25 November 2026",
        "casualty-stats desk",
        EQUATION,
        VERDICT,
        "Finding 1: the parts add up to 458 against a total of more than 450.",
        "Aleppo offensive: toll passes 450",
        "Wire service",
        "2016-11-12",
    ):
        assert expected in text, expected
    # Findings grouped: errors (1, 4), then warnings (2), then notes (0, 3).
    positions = [text.index(f"Finding {n}:") for n in (1, 4, 2, 0, 3)]
    assert positions == sorted(positions)


def test_self_contained_with_no_script_link_or_remote_url(page: Page, page_source: str) -> None:
    for tag in ("script", "link", "img", "iframe", "object", "embed", "base", "form"):
        assert not page.tags(tag), tag
    assert "@import" not in page_source
    assert len(page.tags("style")) == 1
    documents = {WIRE_URL, UN_URL}
    for tag, attrs in page.starts:
        for name, value in attrs.items():
            if value and any(marker in value for marker in URL_MARKERS):
                assert (tag, name) == ("a", "href"), (tag, name, value)
                assert value in documents
    for chunk, href in page.data:
        if any(marker in chunk for marker in URL_MARKERS):
            assert chunk == href, chunk  # only the visible address of a document link
            assert chunk in documents
    assert not any(marker in c for c in page.comments for marker in URL_MARKERS)


def test_document_links_are_plain_and_open_no_window_reference(page: Page) -> None:
    links = [attrs for attrs in page.tags("a") if not str(attrs.get("href", "")).startswith("#")]
    assert {attrs["href"] for attrs in links} == {WIRE_URL, UN_URL}
    assert all(attrs.get("rel") == "noopener noreferrer" for attrs in links)


def test_a_pipeline_may_append_its_own_section() -> None:
    report = sample_report(rows=3)
    report.sections.append(Section("pipeline", "Added by the pipeline", ["Extra words."]))
    page = Page(render_html(report))
    titles = [text for _, text in page.headings]
    assert titles.index("Added by the pipeline") < titles.index("Findings")
    assert "#section-pipeline" in [attrs.get("href") for attrs in page.tags("a")]


def test_sections_with_clashing_ids_still_get_unique_anchors() -> None:
    report = sample_report(rows=3)
    report.sections.append(Section("aleppo", "Aleppo again"))
    report.sections.append(Section("a b/c", "Odd id"))
    page = Page(render_html(report))
    assert len(page.ids) == len(set(page.ids))
    assert "section-aleppo-2" in page.ids
    assert "section-a-b-c" in page.ids


def test_no_findings_is_said_in_words() -> None:
    report = sample_report(rows=3)
    report.findings = []
    page = Page(render_html(report))
    assert "No check found anything to report." in page.text


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("  http://example.org/  ", "http://example.org/"),
        ("HTTPS://EXAMPLE.ORG/", "HTTPS://EXAMPLE.ORG/"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        (" javascript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("file:///etc/passwd", None),
        ("vbscript:msgbox", None),
        ("//example.org/x", None),
        ("/relative/path", None),
        ("https:///no-host", None),
        ("https://exa mple.org/", None),
        ("https://example.org\\@evil.test/", None),
        ("", None),
        (None, None),
    ],
)
def test_only_http_links_survive(url: str | None, expected: str | None) -> None:
    assert safe_href(url) == expected


def test_templates_come_from_the_package_when_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert templates_dir() == REPO / "templates"
    package = tmp_path / "reports"
    (package / "templates").mkdir(parents=True)
    monkeypatch.setattr(html_module, "PACKAGE_DIR", package)
    assert templates_dir() == package / "templates"


def test_write_html_writes_the_rendered_page(tmp_path: Path) -> None:
    target = tmp_path / "briefing.html"
    assert write_html(sample_report(rows=3), target) == target
    assert target.read_text(encoding="utf-8") == render_html(sample_report(rows=3))
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.html"]


def test_write_html_failure_names_the_path_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(report: object) -> str:
        raise RuntimeError("template exploded")

    monkeypatch.setattr(html_module, "render_html", broken)
    target = tmp_path / "briefing.html"
    with pytest.raises(RenderError, match=r"briefing\.html.*template exploded"):
        write_html(sample_report(rows=3), target)
    assert list(tmp_path.iterdir()) == []


def test_write_html_into_a_missing_directory_names_the_path(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "briefing.html"
    with pytest.raises(RenderError, match=r"missing/briefing\.html"):
        write_html(sample_report(rows=3), target)
    assert list(tmp_path.iterdir()) == []
