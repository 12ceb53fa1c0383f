"""Read casualty figures out of plain text: deterministic, offline, rule-based.

``extract_figures(text)`` returns candidate rows for the figures table, one per figure
the text states, with the sentence it came from and the offsets of the number's words,
so a person can check each row against the text before it is used.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from stats.extract.engine import Extractor
from stats.registries import Registries

EXTRACT_COLUMNS: tuple[str, ...] = (
    "figure_id",
    "source",
    "document_id",
    "reported_on",
    "place",
    "event",
    "measure",
    "group",
    "value",
    "qualifier",
    "value_high",
    "source_term",
    "quote",
    "start",
    "end",
    "note",
)

_CACHE: dict[int, tuple[Registries | None, Extractor]] = {}


def _extractor(registries: Registries | None) -> Extractor:
    """One compiled extractor per registry object (compiling the aliases is the slow part)."""
    key = id(registries)
    cached = _CACHE.get(key)
    if cached is not None and cached[0] is registries:
        return cached[1]
    extractor = Extractor(registries)
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[key] = (registries, extractor)
    return extractor


def extract_figures(
    text: str,
    *,
    registries: Registries | None = None,
    document_id: str = "",
    reported_on: str = "",
    place: str = "",
    id_prefix: str = "",
    publisher: str = "",
) -> pd.DataFrame:
    """Candidate figure rows of ``text``, columns :data:`EXTRACT_COLUMNS`.

    ``source`` is a registry id when the credited name resolves through the aliases of
    ``registries``, else the name as written, else "". A ``publisher`` that resolves is
    credited with the figures nobody else is (the outlet's own background tolls); one
    that does not is ignored. ``start:end`` is the number's phrase with its qualifier
    words; ``quote`` is the sentence it is in.
    """
    rows = _Rows()
    rows.add(text, _extractor(registries), document_id, reported_on, place, id_prefix, publisher)
    return rows.frame()


def extract_many(
    documents: Iterable[tuple[str, ...]],
    *,
    registries: Registries | None = None,
    place: str = "",
) -> pd.DataFrame:
    """Candidate rows of many documents at once: ``(text, document_id, reported_on)`` each,
    or with a fourth item, the document's ``publisher`` (see :func:`extract_figures`).

    One frame is built at the end, which is much cheaper than a frame per document;
    figure ids are ``document_id#n``.
    """
    extractor = _extractor(registries)
    rows = _Rows()
    for text, document_id, reported_on, *publisher in documents:
        rows.add(
            text, extractor, document_id, reported_on, place, f"{document_id}#", *publisher[:1]
        )
    return rows.frame()


class _Rows:
    """Columns of candidate rows, filled document by document."""

    def __init__(self) -> None:
        self.columns: dict[str, list] = {c: [] for c in EXTRACT_COLUMNS}

    def add(
        self,
        text: str,
        extractor: Extractor,
        document_id: str,
        reported_on: str,
        place: str,
        id_prefix: str,
        publisher: str = "",
    ) -> None:
        figures, sentences = extractor.read_with_sentences(text, publisher)
        c = self.columns
        for n, fig in enumerate(sorted(figures, key=lambda f: (f.start, f.end)), start=1):
            s = sentences[fig.sentence]
            c["figure_id"].append(f"{id_prefix}{n}")
            c["source"].append(fig.source)
            c["document_id"].append(document_id)
            c["reported_on"].append(reported_on)
            c["place"].append(place)
            c["event"].append("")
            c["measure"].append(fig.measure)
            c["group"].append(fig.group)
            c["value"].append(fig.value)
            c["qualifier"].append(fig.qualifier)
            c["value_high"].append(fig.value_high)
            c["source_term"].append(fig.source_term)
            c["quote"].append(text[s.start : s.end])
            c["start"].append(fig.start)
            c["end"].append(fig.end)
            c["note"].append(fig.note)

    def frame(self) -> pd.DataFrame:
        data: dict[str, object] = {}
        for column in EXTRACT_COLUMNS:
            values = self.columns[column]
            if column == "value_high":
                data[column] = pd.array(values, dtype="Int64")
            elif column in ("value", "start", "end"):
                data[column] = np.asarray(values, dtype=np.int64)
            else:
                data[column] = pd.Series(values, dtype="str")
        return pd.DataFrame(data)


__all__ = ["EXTRACT_COLUMNS", "Extractor", "extract_figures", "extract_many"]
