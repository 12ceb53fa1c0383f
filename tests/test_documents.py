"""Reading documents as the text a reader sees."""

from __future__ import annotations

from pathlib import Path

import pytest

from stats.documents import read_document
from stats.errors import InputError

PAGE = """<!doctype html><html><head><title>Site 2024</title>
<style>.x{width:300px}</style><script>var visits = 4500;</script></head>
<body><nav><a href="/">Home</a> <a href="/p/12">Page 12</a> 77 stories</nav>
<header>Breaking: 999 readers online</header>
<article><h1>Shelling kills 14 in Northtown</h1>
<p>At least 14 people were killed, the  network said.</p>
<table><tr><th>Group</th><th>Killed</th></tr><tr><td>Civilians</td><td>9</td></tr></table>
</article>
<aside>Most read: 5 things</aside><footer>© 2024 Outlet, 12 Main Street</footer>
</body></html>"""


def test_html_keeps_the_article_and_drops_the_page_around_it(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    text = read_document(path)
    assert "At least 14 people were killed, the network said." in text
    assert "Civilians | 9" in text
    for noise in ("4500", "77 stories", "999", "Most read", "Main Street", "Site 2024"):
        assert noise not in text


def test_markdown_reads_as_rendered_text(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "# Monthly note\n\n**More than 120** people were _killed_, said [the network](http://x).\n"
        "\n| Place | Dead |\n|---|---|\n| North | 80 |\n",
        encoding="utf-8",
    )
    text = read_document(path)
    assert "More than 120 people were killed, said the network." in text
    assert "North | 80" in text
    assert "**" not in text
    assert "http://x" not in text


def test_pdf_text_layer(tmp_path: Path) -> None:
    from weasyprint import HTML

    path = tmp_path / "release.pdf"
    HTML(string="<p>Nearly 300 civilians were killed, the office said.</p>").write_pdf(path)
    assert "Nearly 300 civilians were killed, the office said." in read_document(path)


def test_plain_text_is_kept_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("Line one.\n\nAt least 3 died.\n", encoding="utf-8")
    assert read_document(path) == "Line one.\n\nAt least 3 died.\n"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("doc.docx", b"PK", "unsupported document type '.docx'"),
        ("doc.txt", b"\xff\xfe\x00bad", "is not UTF-8 text"),
        ("doc.pdf", b"%PDF-1.4 broken", "cannot be read as a PDF"),
    ],
)
def test_unreadable_documents_say_why(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_document(path)
    with pytest.raises(InputError, match="no such document file"):
        read_document(tmp_path / "missing.txt")
