"""The closed vocabularies of the figures table.

Kept in one place so that the schema, the interval rules, the checks and the
documentation all speak of the same words.
"""

from __future__ import annotations

MEASURES: tuple[str, ...] = ("killed", "injured", "missing", "displaced", "detained")

#: The neutral group names. The taxonomy (``stats.taxonomy``) arranges them in a tree;
#: a data directory may ship its own ``groups.csv`` that adds to or replaces them.
GROUPS: tuple[str, ...] = (
    "total",
    "civilians",
    "children",
    "women",
    "men",
    "combatants",
    "nonstate_armed",
    "government_forces",
    "foreign_forces",
    "unknown_status",
)

QUALIFIERS: tuple[str, ...] = (
    "exact",
    "more_than",
    "at_least",
    "fewer_than",
    "up_to",
    "about",
    "nearly",
    "range",
    "most_of",
    "multiples",
)

SOURCE_KINDS: tuple[str, ...] = ("monitor", "un", "government", "ngo", "media", "armed_group")

DATE_PRECISIONS: tuple[str, ...] = ("day", "month", "year")

#: Columns of the figures table as the issue defines them, in the documented order.
FIGURE_COLUMNS: tuple[str, ...] = (
    "figure_id",
    "source",
    "document_id",
    "reported_on",
    "event",
    "place",
    "period_start",
    "period_end",
    "measure",
    "group",
    "value",
    "qualifier",
    "value_high",
    "source_term",
    "quote",
    "note",
)

REQUIRED_FIGURE_COLUMNS: tuple[str, ...] = (
    "figure_id",
    "source",
    "document_id",
    "reported_on",
    "place",
    "measure",
    "group",
    "value",
    "qualifier",
)

OPTIONAL_FIGURE_COLUMNS: tuple[str, ...] = tuple(
    c for c in FIGURE_COLUMNS if c not in REQUIRED_FIGURE_COLUMNS
)

#: Columns held as categoricals (integer codes over distinct values) from reading on:
#: a sentence repeats for every part of its breakdown, a place for every figure there.
CODED_FIGURE_COLUMNS: tuple[str, ...] = tuple(c for c in FIGURE_COLUMNS if c != "figure_id")
