"""Hostile text in the model stays text: nothing runs, nothing is fetched, nothing local leaks.

A real HTTP server listens on loopback and records every request; the briefing is rendered to
HTML and to PDF with payloads in quotes, titles and links, and the server must hear nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from pypdf import PdfReader

from reports import (
    DocumentRef,
    FindingView,
    QuoteRef,
    Report,
    Section,
    render_html,
    render_pdf,
)

from .test_render_html import Page
from .test_render_model import import_weasyprint_quietly, sample_report

import_weasyprint_quietly()

from reports.safety import RefusedURL, SafeURLFetcher, allowed_file  # noqa: E402


@dataclass
class Listener:
    port: int
    requests: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}/{path}"


@pytest.fixture
def listener() -> Iterator[Listener]:
    """An HTTP server on 127.0.0.1 (port chosen by the OS) that records every request."""
    heard: list[str] = []

    class Recorder(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            heard.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/css")
            self.end_headers()
            self.wfile.write(b"body { background: red }")

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Listener(server.server_address[1], heard)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def payloads(listener: Listener) -> dict[str, str]:
    return {
        "script": "<script>alert(1)</script>",
        "img": f'<img src="{listener.url("x")}">',
        "link": f'<link rel=stylesheet href="{listener.url("y.css")}">',
        "style": "<style>body{background:url(file:///etc/passwd)}</style>",
    }


def hostile_report(listener: Listener) -> tuple[Report, dict[str, str]]:
    bad = payloads(listener)
    every = " ".join(bad.values())
    report = sample_report(rows=5)
    report.title = f"Briefing {bad['script']}"
    report.headlines = [f"Headline {bad['img']}"]
    report.sections.append(
        Section("hostile", f"Section {bad['link']}", paragraphs=[f"Paragraph {bad['style']}"])
    )
    trap = DocumentRef(
        f"Title {bad['script']}", f"Publisher {bad['img']}", "2016", "javascript:alert(1)"
    )
    linked = DocumentRef("Linked", "Wire", "2016", listener.url("article"))
    report.findings = [
        FindingView(
            "hostile-1",
            "error",
            "parts_vs_total",
            f"scope {bad['link']}",
            f"Message {bad['style']}",
            [
                QuoteRef("f1", "Source", f"Quote {every}", trap),
                QuoteRef("f2", "Source", "plain quote", linked),
            ],
        )
    ]
    return report, bad


def test_hostile_text_is_inert_in_html_and_pdf_and_nothing_is_fetched(
    listener: Listener, tmp_path: Path
) -> None:
    report, bad = hostile_report(listener)

    html = render_html(report)
    page = Page(html)
    for tag in ("script", "img", "link"):
        assert not page.tags(tag), tag
    assert len(page.tags("style")) == 1  # the briefing's own
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=&#34;http://127.0.0.1:" in html
    assert "&lt;style&gt;body{background:url(file:///etc/passwd)}&lt;/style&gt;" in html
    hrefs = [str(attrs.get("href")) for attrs in page.tags("a")]
    assert not [href for href in hrefs if "javascript" in href.lower()]
    assert listener.url("article") in hrefs  # a real link stays a link, and is not fetched
    for value in bad.values():
        assert value in page.text

    target = render_pdf(report, tmp_path / "hostile.pdf")
    reader = PdfReader(target)
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "<script>alert(1)</script>" in text
    assert f'<img src="{listener.url("x")}">' in text
    assert "<style>body{background:url(file:///etc/passwd)}</style>" in text
    assert "root:x:0:0" not in text
    for page_object in reader.pages:
        for annotation in page_object.get("/Annots") or []:
            action = annotation.get_object().get("/A", {})
            assert "javascript" not in str(action.get("/URI", "")).lower()
            assert action.get("/S") != "/JavaScript"

    assert listener.requests == []


def test_the_fetcher_alone_stops_hostile_html(listener: Listener) -> None:
    """Second line of defence: unescaped markup handed straight to WeasyPrint fetches nothing."""
    from weasyprint import HTML

    from reports.html import ASSETS_DIR

    bad = payloads(listener)
    raw = (
        f"<html><head>{bad['link']}<style>@import url({listener.url('z.css')});</style>"
        f"{bad['style']}</head><body>{bad['img']}{bad['script']}"
        f'<object data="{listener.url("o")}"></object>'
        f'<svg><image href="{listener.url("i.png")}" width="9" height="9"/></svg>'
        '<img src="file:///etc/passwd"><img src="../../../../etc/passwd">'
        "<p>text</p></body></html>"
    )
    fetcher = SafeURLFetcher(roots=[ASSETS_DIR])
    pdf = HTML(string=raw, base_url=ASSETS_DIR.as_uri() + "/", url_fetcher=fetcher).write_pdf()
    assert pdf.startswith(b"%PDF")
    assert listener.requests == []


def test_fetcher_refuses_the_network(listener: Listener) -> None:
    fetcher = SafeURLFetcher(roots=[])
    for url in (listener.url("x"), "https://127.0.0.1:1/", "ftp://127.0.0.1/x"):
        with pytest.raises(RefusedURL):
            fetcher.fetch(url)
    assert listener.requests == []


def test_fetcher_serves_data_urls_and_files_inside_its_roots(tmp_path: Path) -> None:
    root = tmp_path / "assets"
    root.mkdir()
    (root / "a.css").write_text("p { color: red }")
    fetcher = SafeURLFetcher(roots=[root])
    response = fetcher.fetch((root / "a.css").as_uri())
    assert response.read() == b"p { color: red }"
    assert response.content_type == "text/css"
    response = fetcher.fetch("data:text/plain;base64,aGVsbG8=")
    assert response.read() == b"hello"
    assert response.content_type == "text/plain"


def test_fetcher_refuses_files_outside_its_roots(tmp_path: Path) -> None:
    root = tmp_path / "assets"
    (root / "sub").mkdir(parents=True)
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read")
    (root / "escape").symlink_to(secret)
    (root / "dir-escape").symlink_to(tmp_path, target_is_directory=True)
    refused = [
        secret.as_uri(),
        (root / "escape").as_uri(),
        (root / "dir-escape" / "secret.txt").as_uri(),
        root.as_uri() + "/sub/../../secret.txt",
        root.as_uri() + "/sub/%2E%2E/%2E%2E/secret.txt",
        root.as_uri() + "/missing.css",
        root.as_uri() + "/sub",
        "file://elsewhere.example" + str(root / "a.css"),
        "file:///etc/passwd",
    ]
    for url in refused:
        with pytest.raises(RefusedURL):
            allowed_file(url, [root])
        with pytest.raises(RefusedURL):
            SafeURLFetcher(roots=[root]).fetch(url)
