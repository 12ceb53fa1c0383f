"""provenance: every number traceable to its quote, every quote to its document.

* A quote must contain the figure's stated value in some written form
  ("300,000", "300 000", "three hundred thousand", "1.2 million", "twenty-nine",
  "dozens" for a multiple of 12).
* When the document registry keeps the document's text (``path``), the file
  must exist, match its ``sha256`` when one is given, and contain each quote
  (ignoring differences of white space and quotation marks).

Any failure is an **error** by default: a figure that cannot be traced to its
words cannot be trusted in a briefing.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from stats.checks.context import CheckContext
from stats.checks.registry import register_check
from stats.findings import empty_findings, make_findings
from stats.numbers import text_mentions_value
from stats.wording import numbers

_QUOTE_MARKS = re.compile(r"[\"'‘’“”«»‹›`´]")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class ProvenanceSettings:
    severity: str = "error"


def normalise_text(text: str) -> str:
    """Text compared as a reader would: white space and quotation marks do not matter."""
    return _SPACE.sub(" ", _QUOTE_MARKS.sub("", text)).strip()


@register_check(
    "provenance",
    title="Figures against their quotes and documents",
    description="Quotes contain their numbers; kept documents contain their quotes.",
    settings=ProvenanceSettings,
)
def provenance(ctx: CheckContext, settings: ProvenanceSettings) -> pd.DataFrame:
    found = [_quotes_without_value(ctx, settings), *_documents(ctx, settings)]
    found = [f for f in found if not f.empty]
    return pd.concat(found, ignore_index=True) if found else empty_findings()


def _quotes_without_value(ctx: CheckContext, settings: ProvenanceSettings) -> pd.DataFrame:
    quotes = ctx.figures["quote"]
    has_quote = quotes.notna().to_numpy()
    rows = np.flatnonzero(has_quote)
    if rows.size == 0:
        return empty_findings()
    mentioned = text_mentions_value(
        quotes.iloc[rows].reset_index(drop=True), pd.Series(ctx.value[rows])
    ).to_numpy()
    rows = rows[~mentioned]
    if rows.size == 0:
        return empty_findings()
    value_text = numbers(pd.Series(ctx.value[rows])).to_numpy()
    shown = quotes.iloc[rows].astype(str).map(_shorten).to_numpy()
    message = (
        "the quote of figure "
        + ctx.ids(rows).to_numpy()
        + " does not contain its value "
        + value_text
        + " in any written form: “"
        + shown
        + "”"
    )
    return _per_figure(ctx, settings, rows, message, "quote-value", expected=ctx.value[rows])


def _documents(ctx: CheckContext, settings: ProvenanceSettings) -> list[pd.DataFrame]:
    """Per kept document: the file, its digest, and the quotes it should contain."""
    out = []
    documents = ctx.registries.documents
    kept = documents[documents["path"].notna() & (documents["path"].astype(str).str.strip() != "")]
    figure_docs = ctx.figures["document_id"].astype(str)
    for doc in kept.itertuples(index=False):  # one pass per document file, not per figure
        rows = np.flatnonzero((figure_docs == doc.document_id).to_numpy())
        if rows.size == 0:
            continue
        path = ctx.registries.document_path(str(doc.document_id))
        problem = _file_problem(path, doc)
        if problem is not None:
            out.append(_document_findings(ctx, settings, rows, problem))
            continue
        text = normalise_text(Path(path).read_text(encoding="utf-8", errors="replace"))
        quotes = ctx.figures["quote"].iloc[rows]
        missing = [
            r
            for r, q in zip(rows, quotes, strict=True)
            if isinstance(q, str) and normalise_text(q) not in text
        ]
        if missing:
            missing_rows = np.asarray(missing)
            shown = ctx.figures["quote"].iloc[missing_rows].astype(str).map(_shorten).to_numpy()
            message = (
                "the quote of figure " + ctx.ids(missing_rows).to_numpy() + " is not in the "
                f"text of document {doc.document_id} ({path}): “" + shown + "”"
            )
            out.append(_per_figure(ctx, settings, missing_rows, message, "quote-document"))
    return out


def _file_problem(path: Path | None, doc: Any) -> str | None:
    """Why a kept document cannot be trusted (missing, changed), or None."""
    if path is None or not Path(path).is_file():
        return f"the text file {path} of document {doc.document_id} is missing"
    expected = getattr(doc, "sha256", None)
    if isinstance(expected, str) and expected.strip():
        actual = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        if actual.lower() != expected.strip().lower():
            return (
                f"the text of document {doc.document_id} ({path}) has changed since it was "
                f"registered: sha256 {actual[:12]}… where {expected.strip()[:12]}… was recorded"
            )
    return None


def _document_findings(
    ctx: CheckContext, settings: ProvenanceSettings, rows: np.ndarray, problem: str
) -> pd.DataFrame:
    """One finding per figure that cites a document whose text cannot be trusted."""
    message = problem + "; figure " + ctx.ids(rows).to_numpy() + " cites it"
    return _per_figure(ctx, settings, rows, message, "document-file")


def _per_figure(
    ctx: CheckContext,
    settings: ProvenanceSettings,
    rows: np.ndarray,
    message: np.ndarray,
    kind: str,
    expected: np.ndarray | None = None,
) -> pd.DataFrame:
    """Findings about single figures; ``kind`` keeps the ids of different problems apart."""
    ids = ctx.ids(rows).reset_index(drop=True)
    return make_findings(
        "provenance",
        settings.severity,
        ids,
        pd.Series(ctx.scope_text(rows).to_numpy()),
        pd.Series(message),
        expected=None if expected is None else pd.Series(expected),
        file=ctx.file,
        line=pd.Series(ctx.lines(rows).to_numpy()),
        identity=ids + "@" + kind,
    )


def _shorten(text: str, limit: int = 160) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
