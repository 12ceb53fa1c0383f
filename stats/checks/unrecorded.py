"""unrecorded_figure: a figure a kept document states but the table does not record.

With ``check --documents`` (or ``[checks] documents = true``), every document
whose registry row keeps its text (``path``) is read and run through the
extractor; each figure found there with no row of the same document, measure,
group and value in the table is a **warning** pointing at the document's line.
This is how CI catches a new source document whose figures nobody entered.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from stats.checks.context import CheckContext
from stats.checks.registry import register_check
from stats.errors import InputError
from stats.findings import empty_findings, make_findings
from stats.wording import stated_phrase


@dataclass(frozen=True)
class UnrecordedSettings:
    severity: str = "warning"


def document_figures(ctx: CheckContext) -> pd.DataFrame:
    """Figures extracted from every kept document, with the document's path and lines."""
    if "document_figures" in ctx.shared:
        return ctx.shared["document_figures"]  # type: ignore[return-value]
    from stats.documents import page_publisher, read_document
    from stats.extract import extract_many

    documents = ctx.registries.documents
    kept = documents[documents["path"].notna() & (documents["path"].astype(str).str.strip() != "")]
    texts: dict[str, tuple[str, Path]] = {}
    dates: dict[str, str] = {}
    publishers: dict[str, str] = {}
    for doc in ctx.progress(list(kept.itertuples(index=False)), "Reading documents"):
        path = ctx.registries.document_path(str(doc.document_id))
        if path is None or not Path(path).is_file():
            continue  # provenance reports the missing file
        try:
            texts[str(doc.document_id)] = (read_document(path), Path(path))
        except InputError:
            continue  # an unreadable document: provenance and the reader say why
        dates[str(doc.document_id)] = "" if pd.isna(doc.published_on) else str(doc.published_on)
        registered = "" if pd.isna(doc.publisher) else str(doc.publisher)
        publishers[str(doc.document_id)] = registered or page_publisher(path)
    found = extract_many(
        ((text, doc_id, dates[doc_id], publishers[doc_id]) for doc_id, (text, _) in texts.items()),
        registries=ctx.registries,
    )
    frames = []
    for doc_id, part in found.groupby("document_id", sort=False):
        text, path = texts[str(doc_id)]
        line_starts = np.flatnonzero(np.frombuffer(text.encode("utf-32-le"), "<u4") == 10)
        part = part.assign(
            line=np.searchsorted(line_starts, part["start"].to_numpy(dtype=np.int64)) + 1,
            path=str(path),
        )
        frames.append(part)
    result = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    ctx.shared["document_figures"] = result
    return result


@register_check(
    "unrecorded_figure",
    title="Figures in documents missing from the table",
    description="Kept documents are read; a figure they state that the table lacks is reported.",
    settings=UnrecordedSettings,
    opt_in=True,
)
def unrecorded_figure(ctx: CheckContext, settings: UnrecordedSettings) -> pd.DataFrame:
    found = document_figures(ctx)
    if found.empty:
        return empty_findings()
    table = pd.DataFrame(
        {
            "document_id": ctx.figures["document_id"].astype(str).to_numpy(),
            "measure": ctx.figures["measure"].astype(str).to_numpy(),
            "group": ctx.figures["group"].astype(str).to_numpy(),
            "value": ctx.value,
        }
    ).drop_duplicates()
    keys = ["document_id", "measure", "group", "value"]
    found = found.astype({"document_id": str, "measure": str, "group": str})
    found["value"] = found["value"].astype(np.int64)
    merged = found.merge(table, on=keys, how="left", indicator=True)
    missing = merged[merged["_merge"] == "left_only"].reset_index(drop=True)
    if missing.empty:
        return empty_findings()
    phrase = stated_phrase(missing["qualifier"], missing["value"], missing["value_high"])
    said = missing["source"].astype(str).where(missing["source"].astype(str) != "", "its source")
    message = (
        "document "
        + missing["document_id"]
        + " states "
        + phrase.astype(str)
        + " ("
        + missing["measure"]
        + ", "
        + missing["group"]
        + ", attributed to "
        + said
        + ") on line "
        + missing["line"].astype(str)
        + ", which the figures table does not record: “"
        + missing["quote"].astype(str).str.slice(0, 160)
        + "”"
    )
    return make_findings(
        "unrecorded_figure",
        settings.severity,
        missing["figure_id"].astype(str),
        missing["document_id"] + ": " + missing["measure"] + ", " + missing["group"],
        message,
        observed=missing["value"],
        file=missing["path"],
        line=missing["line"],
    )
