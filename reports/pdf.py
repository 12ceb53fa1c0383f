"""Render a :class:`~reports.model.Report` as a PDF with WeasyPrint.

The PDF is the briefing's HTML laid out on A4 with the print stylesheet, the bundled font, and a
URL fetcher that only reads the package's own files (:mod:`reports.safety`). Its dates come from
``SOURCE_DATE_EPOCH`` when that is set, so a build can reproduce the file byte for byte. It is
written atomically: a failure leaves no PDF, old or half-new, in a broken state.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from reports.atomic import RenderError, atomic_path
from reports.html import ASSETS_DIR, render_html, templates_dir
from reports.model import Report

FONTS_CSS = "fonts.css"


def _pdf_date() -> str:
    """The PDF's creation date: ``SOURCE_DATE_EPOCH`` if set (reproducible builds), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None or not epoch.strip():
        moment = dt.datetime.now(dt.UTC)
    else:
        try:
            moment = dt.datetime.fromtimestamp(int(epoch), dt.UTC)
        except (ValueError, OverflowError, OSError) as exc:
            raise ValueError(
                f"SOURCE_DATE_EPOCH={epoch!r} is not a whole number of seconds"
            ) from exc
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


#: Tagged PDF (structure for screen readers) costs about a fifth of the write time.
PDF_TAGS = True


def _write(report: Report, target: Path) -> None:
    """Lay the briefing out and write it to ``target`` (a temporary file)."""
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    from reports.safety import SafeURLFetcher

    stamp = _pdf_date()  # before the slow part: a bad SOURCE_DATE_EPOCH fails at once
    fetcher = SafeURLFetcher(roots=(ASSETS_DIR, templates_dir()))
    base_url = ASSETS_DIR.as_uri() + "/"
    fonts = FontConfiguration()
    font_css = CSS(
        string=(ASSETS_DIR / FONTS_CSS).read_text(encoding="utf-8"),
        base_url=base_url,
        url_fetcher=fetcher,
        font_config=fonts,
    )
    document = HTML(string=render_html(report), base_url=base_url, url_fetcher=fetcher).render(
        stylesheets=[font_css], font_config=fonts
    )
    document.metadata.title = report.title
    document.metadata.authors = [report.author] if report.author else []
    document.metadata.created = stamp
    document.metadata.modified = stamp
    document.write_pdf(target, pdf_tags=PDF_TAGS)


def render_pdf(report: Report, path: str | Path) -> Path:
    """Render ``report`` to a PDF at ``path``, atomically, and return the path.

    Raises :class:`~reports.atomic.RenderError` naming ``path`` when anything fails; no file is
    left behind then (an existing file at ``path`` is kept as it was).
    """
    target = Path(path)
    try:
        with atomic_path(target) as temporary:
            _write(report, temporary)
    except Exception as exc:
        raise RenderError(f"could not write the PDF briefing {target}: {exc}") from exc
    return target
