"""Outputs appear whole or not at all: a render that fails leaves no file and no temporary."""

from __future__ import annotations

from pathlib import Path

import pytest

from reports import RenderError, render_pdf
from reports.atomic import atomic_path, write_bytes_atomic, write_text_atomic

from .test_render_model import import_weasyprint_quietly, sample_report

import_weasyprint_quietly()


@pytest.fixture
def failing_write_pdf(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Make WeasyPrint write part of a PDF and then fail, as a full disk would."""
    from weasyprint.document import Document

    written: list[Path] = []

    def write_pdf(self: Document, target: object = None, *args: object, **kwargs: object) -> None:
        path = Path(str(target))
        path.write_bytes(b"%PDF-1.7\n% half a document")
        written.append(path)
        raise OSError("No space left on device")

    monkeypatch.setattr(Document, "write_pdf", write_pdf)
    return written


def test_failed_pdf_render_leaves_no_file_and_no_temporary(
    tmp_path: Path, failing_write_pdf: list[Path]
) -> None:
    target = tmp_path / "briefing.pdf"
    with pytest.raises(RenderError, match=r"briefing\.pdf.*No space left on device") as caught:
        render_pdf(sample_report(rows=3), target)
    assert str(target) in str(caught.value)
    assert isinstance(caught.value.__cause__, OSError)
    assert failing_write_pdf, "the failure happened mid-write, after a temporary file existed"
    assert failing_write_pdf[0].parent == tmp_path
    assert failing_write_pdf[0] != target
    assert list(tmp_path.iterdir()) == []


def test_failed_pdf_render_keeps_the_previous_file(
    tmp_path: Path, failing_write_pdf: list[Path]
) -> None:
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"yesterday's briefing")
    with pytest.raises(RenderError):
        render_pdf(sample_report(rows=3), target)
    assert target.read_bytes() == b"yesterday's briefing"
    assert list(tmp_path.iterdir()) == [target]


def test_atomic_path_replaces_on_success_and_cleans_up_on_error(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    with atomic_path(target) as temporary:
        assert temporary.parent == tmp_path
        assert temporary.name.startswith(".out.txt.")
        temporary.write_text("new")
        assert target.read_text() == "old"
    assert target.read_text() == "new"

    def interrupted() -> None:
        with atomic_path(target) as temporary:
            temporary.write_text("half")
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        interrupted()
    assert target.read_text() == "new"
    assert list(tmp_path.iterdir()) == [target]


def test_write_helpers(tmp_path: Path) -> None:
    assert write_bytes_atomic(tmp_path / "a.bin", b"\x00\x01").read_bytes() == b"\x00\x01"
    assert write_text_atomic(tmp_path / "b.txt", "é\n").read_bytes() == "é\n".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.bin", "b.txt"]
