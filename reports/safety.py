"""What WeasyPrint may read while it lays out a briefing: our own files and ``data:`` URLs only.

Report text comes from quotes, titles and notes typed by many hands. It is escaped before it
reaches the HTML, but the PDF renderer is the last line of defence: a renderer that follows any
URL can be made to ping a server (revealing who opened the data, and when) or to read local
files into a PDF that is then published. So the fetcher refuses every scheme but ``data:`` and
``file:``, and serves ``file:`` only from inside the package's own directories, after resolving
symlinks and ``..``. A refusal raises; WeasyPrint logs it and renders without the resource.

This module imports WeasyPrint at import time; :mod:`reports.pdf` imports it only when rendering.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import DataHandler, Request, url2pathname

from weasyprint.urls import URLFetcher, URLFetcherResponse


class RefusedURL(ValueError):
    """The briefing tried to load something from outside the package's own files."""


def allowed_file(url: str, roots: Iterable[Path]) -> Path:
    """The local file a ``file:`` URL names, if it lies inside one of ``roots``.

    Raises :class:`RefusedURL` for a remote host, a ``..`` segment, a missing file, or a path
    that resolves (through symlinks) outside every root.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() != "file":
        raise RefusedURL(f"not a file URL: {url!r}")
    if parts.netloc not in ("", "localhost"):
        raise RefusedURL(f"file URL on another host: {url!r}")
    raw = Path(url2pathname(unquote(parts.path)))
    if ".." in raw.parts:
        raise RefusedURL(f"file URL climbs out with '..': {url!r}")
    try:
        resolved = raw.resolve(strict=True)
    except OSError as exc:
        raise RefusedURL(f"file URL names no readable file: {url!r}") from exc
    for root in roots:
        if resolved.is_relative_to(root.resolve()) and resolved.is_file():
            return resolved
    raise RefusedURL(f"file outside the briefing's own assets: {url!r}")


class SafeURLFetcher(URLFetcher):
    """A WeasyPrint URL fetcher that never touches the network or files outside ``roots``."""

    def __init__(self, roots: Iterable[str | Path]) -> None:
        super().__init__(allowed_protocols=("data", "file"), allow_redirects=False)
        self.roots = tuple(Path(root).resolve() for root in roots)

    def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
        """Serve a ``data:`` URL or an allowed file; raise :class:`RefusedURL` for anything else."""
        scheme = urlsplit(url).scheme.lower()
        if scheme == "data":
            # Decoded by urllib's own handler directly, without the opener's other handlers.
            with DataHandler().data_open(Request(url)) as response:
                content_type = response.headers.get("Content-Type", "text/plain")
                return URLFetcherResponse(
                    url, response.read(), headers={"Content-Type": content_type}
                )
        if scheme == "file":
            path = allowed_file(url, self.roots)
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(
                path.as_uri(), path.read_bytes(), headers={"Content-Type": content_type}
            )
        raise RefusedURL(f"refused to fetch {url!r}: only data: URLs and bundled files load")
