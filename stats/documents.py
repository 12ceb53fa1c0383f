"""Reading source documents as plain text: .txt, .md, .html (main text only) and .pdf.

Extraction and provenance work on the words a reader sees, so each format is
reduced to its readable text: Markdown without its emphasis and link syntax, an
HTML page without navigation, scripts, styles and footers (the ``<article>`` or
``<main>`` element when there is one), a PDF's text layer. Headings keep a
leading "# " and table rows read "| cell | cell |", so that a headline and a
table's header stay recognisable. Offsets reported by the extractor are
offsets into this text.
"""

from __future__ import annotations

import re
from pathlib import Path

from stats.errors import InputError

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf")

#: Elements that never hold an article's own words.
_NOT_TEXT = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
)
_BLOCKS = (
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "div",
    "section",
    "article",
    "main",
    "br",
    "tr",
    "dd",
    "dt",
    "figcaption",
)
_BLANK_RUNS = re.compile(r"\n\s*\n+")
_SPACES = re.compile(r"[ \t\u00a0]+")


def read_document(path: str | Path) -> str:
    """The readable text of a document; :class:`InputError` when it cannot be read."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such document file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(
            path,
            f"unsupported document type {suffix or '(none)'!r}; "
            f"use one of {', '.join(SUPPORTED_SUFFIXES)}",
        )
    if suffix == ".pdf":
        return _pdf_text(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(path, "is not UTF-8 text") from None
    if suffix in (".html", ".htm"):
        return html_text(raw)
    if suffix in (".md", ".markdown"):
        return markdown_text(raw)
    return raw


def page_publisher(path: str | Path) -> str:
    """The site an HTML page names as its publisher (``og:site_name``, else the title's
    last part, "Bus bombing kills 14 | The Issery Courier"), or "". The page furniture
    that names it is not text, but it says whose unattributed figures the story gives."""
    path = Path(path)
    if path.suffix.lower() not in (".html", ".htm") or not path.is_file():
        return ""
    from bs4 import BeautifulSoup

    try:
        soup = BeautifulSoup(path.read_text(encoding="utf-8-sig"), "html.parser")
    except UnicodeDecodeError:
        return ""
    for attrs in ({"property": "og:site_name"}, {"name": "application-name"}):
        meta = soup.find("meta", attrs=attrs)
        content = meta.get("content") if meta is not None else None
        if isinstance(content, str) and content.strip():
            return content.strip()
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    parts = re.split(r"\s+[|–—]\s+|\s+-\s+", title)
    return parts[-1].strip() if len(parts) > 1 else ""


def html_text(html: str) -> str:
    """The main text of an HTML page, one block per paragraph."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for element in soup(list(_NOT_TEXT)):
        element.decompose()
    main = soup.find("article") or soup.find("main") or soup.body or soup
    for row in main.find_all("tr"):  # a table row stays one line: "| Karsavin | 188 | 301 |"
        cells = [c.get_text(" ", strip=True) for c in row.find_all(["td", "th"])]
        row.replace_with("\n\n| " + " | ".join(cells) + " |\n\n")
    for heading in main.find_all(["h1", "h2", "h3", "h4", "h5", "h6"]):
        heading.insert(0, "# ")  # headings stay recognisable as headings, as in Markdown
    for block in main.find_all(list(_BLOCKS)):
        block.insert_before("\n\n")
        block.insert_after("\n\n")
    return _tidy(main.get_text())


def markdown_text(markdown: str) -> str:
    """Markdown as the text it renders to: rendered to HTML, then read like a page."""
    from markdown_it import MarkdownIt

    return html_text(MarkdownIt("commonmark").enable("table").render(markdown))


def _pdf_text(path: Path) -> str:
    import pypdf

    try:
        reader = pypdf.PdfReader(path)
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # pypdf raises many types for broken files
        raise InputError(path, f"cannot be read as a PDF ({exc.__class__.__name__})") from None
    text = "\n\n".join(pages)
    if not text.strip():
        raise InputError(path, "has no text layer (a scanned PDF?); run OCR first")
    return _tidy(text)


def _tidy(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.splitlines()]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip() + "\n"
