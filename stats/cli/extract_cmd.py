"""``casualty-stats extract``: propose figure rows from source documents, for review."""

from __future__ import annotations

import json
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer

from stats.cli.check_cmd import progress
from stats.cli.console import fail
from stats.documents import page_publisher, read_document
from stats.errors import CasualtyStatsError
from stats.registries import Registries, load_registries


class ExtractFormat(StrEnum):
    csv = "csv"
    json = "json"


def extract_command(
    files: Annotated[list[Path], typer.Argument(help="Documents: .txt, .md, .html or .pdf.")],
    output_format: Annotated[
        ExtractFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ExtractFormat.csv,
    documents: Annotated[
        Path | None,
        typer.Option(
            help="The documents registry (documents.csv, or the data directory holding it, with "
            "sources.csv for attribution): gives each file its document_id and date."
        ),
    ] = None,
) -> None:
    """Propose figure rows from source documents, for review.

    Prints candidate rows in the figures table's format, plus start and end: where the
    number's phrase sits in the document's text.

    Example:  casualty-stats extract reports/*.txt --documents data/ >> proposed.csv

    Review the rows, then append them to figures.csv. Exit status: 0 rows printed
    (or none found); 2 a document or the registry cannot be read.
    """
    from stats.extract import extract_many

    try:
        registries = _registries(documents)

        def texts() -> Iterator[tuple[str, str, str, str]]:
            for path in progress(files, "Reading documents"):
                document_id, reported_on, publisher = _document_of(path, registries)
                yield (
                    read_document(path),
                    document_id,
                    reported_on,
                    publisher or page_publisher(path),
                )

        rows = extract_many(texts(), registries=registries)
    except CasualtyStatsError as exc:
        fail(str(exc))
    if output_format is ExtractFormat.json:
        records = rows.astype(object).where(rows.notna(), None).to_dict(orient="records")
        print(json.dumps(records, indent=2, ensure_ascii=False, default=int))
    else:
        print(rows.to_csv(index=False), end="")


def _registries(path: Path | None) -> Registries | None:
    if path is None:
        return None
    root = path if path.is_dir() else path.parent
    return load_registries(root, optional=True)


def _document_of(path: Path, registries: Registries | None) -> tuple[str, str, str]:
    """The registry's id, date and publisher for a file, matched by its kept path; else
    its name."""
    if registries is not None and not registries.documents.empty:
        wanted = path.resolve()
        for row in registries.documents.itertuples(index=False):
            kept = registries.document_path(str(row.document_id))
            if kept is not None and kept.resolve() == wanted:
                date = "" if pd.isna(row.published_on) else str(row.published_on)
                publisher = "" if pd.isna(row.publisher) else str(row.publisher)
                return str(row.document_id), date, publisher
    return path.stem, "", ""
