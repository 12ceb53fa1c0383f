"""Read casualty figures out of plain text: deterministic, offline, rule-based.

``extract_figures(text)`` returns candidate rows for the figures table, one per figure
the text states, with the sentence it came from and the offsets of the number's words,
so a person can check each row against the text before it is used.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from stats.extract.engine import Extractor, Figure
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
) -> pd.DataFrame:
    """Candidate figure rows of ``text``, columns :data:`EXTRACT_COLUMNS`.

    ``source`` is a registry id when the credited name resolves through the aliases of
    ``registries``, else the name as written, else "". ``start:end`` is the number's
    phrase with its qualifier words; ``quote`` is the sentence it is in.
    """
    figures = _extractor(registries).read(text)
    return _frame(text, figures, document_id, reported_on, place, id_prefix)


def _frame(
    text: str,
    figures: list[Figure],
    document_id: str,
    reported_on: str,
    place: str,
    id_prefix: str,
) -> pd.DataFrame:
    from stats.extract.sentences import split

    sentences = split(text) if figures else []
    columns: dict[str, list] = {c: [] for c in EXTRACT_COLUMNS}
    for n, fig in enumerate(sorted(figures, key=lambda f: (f.start, f.end)), start=1):
        s = sentences[fig.sentence]
        for column, value in (
            ("figure_id", f"{id_prefix}{n}"),
            ("source", fig.source),
            ("document_id", document_id),
            ("reported_on", reported_on),
            ("place", place),
            ("event", ""),
            ("measure", fig.measure),
            ("group", fig.group),
            ("value", fig.value),
            ("qualifier", fig.qualifier),
            ("value_high", fig.value_high),
            ("source_term", fig.source_term),
            ("quote", text[s.start : s.end]),
            ("start", fig.start),
            ("end", fig.end),
            ("note", fig.note),
        ):
            columns[column].append(value)
    data: dict[str, object] = {}
    for column in EXTRACT_COLUMNS:
        if column == "value_high":
            data[column] = pd.array(columns[column], dtype="Int64")
        elif column in ("value", "start", "end"):
            data[column] = np.asarray(columns[column], dtype=np.int64)
        elif columns[column]:
            data[column] = columns[column]  # lists of str are read as pandas' str dtype
        else:
            data[column] = pd.Series([], dtype="str")
    return pd.DataFrame(data)


__all__ = ["EXTRACT_COLUMNS", "Extractor", "extract_figures"]
