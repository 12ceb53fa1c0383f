"""``casualty-stats report`` end to end: real PDF read back, real HTML parsed, payloads inert."""

from __future__ import annotations

import http.server
import os
import re
import subprocess
import sys
import threading
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import pypdf
import pytest

from .conftest import SEEDS, SHARED_ARTICLE, DataDir, figure

CLI = [sys.executable, "-m", "stats.cli"]


def report(*args: str | Path, epoch: str = "1700000000") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch, "COLUMNS": "200"}
    return subprocess.run(
        [*CLI, "report", *map(str, args)], capture_output=True, text=True, timeout=300, env=env
    )


@pytest.fixture(scope="module")
def seed_briefing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("briefing")
    done = report(SEEDS, "--out", out)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [
        str(out / n) for n in ("briefing.html", "figures.csv", "briefing.pdf")
    ]
    return out


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_pdf_holds_the_numbers_quotes_arithmetic_and_navigation(seed_briefing: Path) -> None:
    path = seed_briefing / "briefing.pdf"
    reader = pypdf.PdfReader(path)
    text = flat(pdf_text(path))
    pages = len(reader.pages)
    for needed in (
        "more than 300,000",
        "about 400,000",
        "diverge by 33%",
        "100 + 215 + 143 = 458",
        "at least 458",
        "most of 100",
        "“terrorists”",
        f"page 1 of {pages}",
        f"page {pages} of {pages}",
        "Contents",
        "Findings",
        "Interval rules",
        "Rejected input rows",
    ):
        assert needed in text, needed
    article = flat(SHARED_ARTICLE.read_text(encoding="utf-8"))
    quote = "more than 450 people were killed, including 100 civilians, 215 terrorists"
    assert quote in article
    assert quote in text
    toc = re.search(r"Contents(.*?)Findings \.+ *(\d+)", text)
    assert toc is not None
    assert 1 < int(toc.group(2)) <= pages

    def titles(items: list) -> list[str]:
        out: list[str] = []
        for item in items:
            out.extend(titles(item) if isinstance(item, list) else [item.title])
        return out

    assert "Findings" in titles(reader.outline)
    assert reader.metadata.title.startswith("Casualty figures")


def test_pdf_is_reproducible(tmp_path: Path, seed_briefing: Path) -> None:
    done = report(SEEDS, "--out", tmp_path, "--format", "pdf")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "briefing.pdf").read_bytes() == (seed_briefing / "briefing.pdf").read_bytes()


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[tuple[str, str, str]] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if value and re.match(r"\s*(https?|file|ftp|javascript):", value, re.I):
                self.urls.append((tag, name, value))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_holds_the_same_and_reaches_for_nothing(seed_briefing: Path) -> None:
    html = (seed_briefing / "briefing.html").read_text(encoding="utf-8")
    parser = Links()
    parser.feed(html)
    text = flat(" ".join(parser.text))
    for needed in (
        "more than 300,000",
        "diverge by 33%",
        "100 + 215 + 143 = 458",
        "at least 458",
        "“terrorists”",
        "All figures",
    ):
        assert needed in text, needed
    assert "script" not in parser.tags
    assert "link" not in parser.tags
    assert "caption" in parser.tags
    assert "thead" in parser.tags
    assert parser.urls == []  # the seed's document has no URL: no address at all
    assert (seed_briefing / "figures.csv").read_text().startswith("figure_id,source,")


def test_select_narrows_the_briefing(tmp_path: Path) -> None:
    done = report(SEEDS, "--out", tmp_path, "--format", "html", "--select", "place=aleppo")
    assert done.returncode == 0, done.stderr
    html = (tmp_path / "briefing.html").read_text()
    assert "100 + 215 + 143 = 458" in html
    assert "diverge by 33%" not in html
    done = report(SEEDS, "--out", tmp_path, "--select", "place=atlantis")
    assert done.returncode == 2
    assert "no such place" in done.stderr


class Recorder(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Recorder.requests.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_payloads_in_documents_stay_inert_text(tmp_path: Path, data_dir: DataDir) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    payloads = [
        "<script>alert(1)</script>",
        f'<img src="http://127.0.0.1:{port}/x">',
        f'<link rel="stylesheet" href="http://127.0.0.1:{port}/y.css">',
        "<style>body{background:url(file:///etc/passwd)}</style>",
    ]
    rows = [
        figure(
            figure_id=f"p{i}",
            value="120",
            quote=f"At least 120 people were killed {p}",
            qualifier="at_least",
            source_term=p,
            reported_on=f"2020-05-0{i + 1}",
            period_end="",
        )
        for i, p in enumerate(payloads)
    ]
    documents = [
        {
            "document_id": "d1",
            "title": payloads[0],
            "publisher": payloads[1],
            "published_on": "2020-05-04",
            "url": "javascript:alert(1)",
            "path": "",
            "sha256": "",
        },
        {
            "document_id": "d2",
            "title": "t",
            "publisher": "p",
            "published_on": "2020-05",
            "url": "",
            "path": "",
            "sha256": "",
        },
    ]
    root = data_dir(rows, documents=documents)
    try:
        done = report(root, "--out", tmp_path)
    finally:
        server.shutdown()
        server.server_close()
    assert done.returncode == 0, done.stderr
    assert Recorder.requests == []
    html = (tmp_path / "briefing.html").read_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>" not in html
    assert "<img" not in html
    parser = Links()
    parser.feed(html)
    assert parser.urls == []  # no href/src/… reaches out; "javascript:" stays as table text
    assert "script" not in parser.tags
    assert f"http://127.0.0.1:{port}" not in re.sub(r"&[a-z#0-9]+;", "", html.split("<body", 1)[0])
    text = flat(pdf_text(tmp_path / "briefing.pdf"))
    assert "<script>alert(1)</script>" in text


def test_unwritable_output_leaves_nothing_and_exits_2(tmp_path: Path) -> None:
    target = tmp_path / "file"
    target.write_text("not a directory")
    done = report(SEEDS, "--out", target)
    assert done.returncode == 2
    assert "not a directory" in done.stderr
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "briefing.pdf").mkdir()  # a directory where the PDF should go: rename fails
    done = report(SEEDS, "--out", locked, "--format", "pdf")
    assert done.returncode == 2
    assert "could not write the briefing" in done.stderr
    assert sorted(p.name for p in locked.iterdir()) == ["briefing.pdf"]
