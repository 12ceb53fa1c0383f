"""The registries a figures table refers to: sources, documents, places, events, groups.

They live beside ``figures.csv`` in a data directory::

    sources.csv     id, name, aliases ("|"-separated), kind
    documents.csv   document_id, title, publisher, published_on, url, path, sha256 [, note]
    places.csv      place, parent [, name]
    events.csv      event, parent, start, end [, name]        (optional)
    groups.csv      group, parent [, meaning]                 (optional: replaces the default)

A registry row that is broken (duplicate id, unknown parent, cycle, bad kind or
date) is rejected like a figure row, and figures that refer to it are then
rejected as unknown: every row of every file is accounted for.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from stats.dates import parse_partial_dates
from stats.io import read_table
from stats.problems import ProblemCollector, empty_problems
from stats.taxonomy import Taxonomy, default_taxonomy, taxonomy_from_frame
from stats.trees import Tree, build_tree
from stats.vocab import SOURCE_KINDS

SOURCE_COLUMNS = ("id", "name", "aliases", "kind")
DOCUMENT_COLUMNS = ("document_id", "title", "publisher", "published_on", "url", "path", "sha256")
PLACE_COLUMNS = ("place", "parent")
EVENT_COLUMNS = ("event", "parent", "start", "end")

_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")
_LEADING_ARTICLE = re.compile(r"^the\s+")
_NON_WORD = re.compile(r"[\"'“”‘’.,()]")
_SPACES = re.compile(r"\s+")


def normalise_alias(name: str) -> str:
    """The form aliases are matched in: case, quotes, 'the' and spacing do not matter."""
    text = _NON_WORD.sub("", str(name).casefold())
    text = _SPACES.sub(" ", text).strip()
    return _LEADING_ARTICLE.sub("", text)


@dataclass
class Registries:
    """Everything a figures table refers to, already checked."""

    sources: pd.DataFrame
    documents: pd.DataFrame
    places: pd.DataFrame
    events: pd.DataFrame
    place_tree: Tree
    event_tree: Tree
    groups: Taxonomy = field(default_factory=default_taxonomy)
    problems: pd.DataFrame = field(default_factory=empty_problems)
    root: Path | None = None

    @property
    def alias_index(self) -> dict[str, str]:
        """Normalised alias, name or id → source id."""
        index: dict[str, str] = {}
        for sid, name, aliases in zip(
            self.sources["id"], self.sources["name"], self.sources["aliases"], strict=True
        ):
            for alias in [sid, name, *str(aliases if pd.notna(aliases) else "").split("|")]:
                key = normalise_alias(alias)
                if key:
                    index.setdefault(key, str(sid))
        return index

    def resolve_sources(self, names: pd.Index) -> tuple[list[str | None], list[str | None]]:
        """Source id for each distinct name, and a suggestion where none resolves."""
        index = self.alias_index
        keys = list(index)
        ids: list[str | None] = []
        hints: list[str | None] = []
        for name in names:
            sid = index.get(normalise_alias(name))
            ids.append(sid)
            hints.append(None if sid else _suggest(normalise_alias(name), keys, index))
        return ids, hints

    def document_path(self, document_id: str) -> Path | None:
        """The kept text of a document, resolved against the data directory."""
        rows = self.documents.loc[self.documents["document_id"] == document_id, "path"]
        if rows.empty or pd.isna(rows.iloc[0]) or not str(rows.iloc[0]).strip():
            return None
        path = Path(str(rows.iloc[0]))
        return path if path.is_absolute() or self.root is None else self.root / path


def suggest(value: str, choices: list[str]) -> str | None:
    """The closest known name, for a "did you mean" hint."""
    found = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.6)
    return found[0] if found else None


def _suggest(key: str, keys: list[str], index: dict[str, str]) -> str | None:
    found = difflib.get_close_matches(key, keys, n=1, cutoff=0.6)
    return index[found[0]] if found else None


def load_registries(root: str | Path, *, optional: bool = False) -> Registries:
    """Read and check every registry in a data directory.

    With ``optional``, missing sources, documents and places registries count as empty
    (for reading documents, where only some registries matter).
    """
    root = Path(root)

    def present(name: str) -> bool:
        return not optional or (root / name).exists()

    sources, p_sources = (
        _load_sources(root / "sources.csv")
        if present("sources.csv")
        else (pd.DataFrame({c: pd.Series(dtype="str") for c in SOURCE_COLUMNS}), empty_problems())
    )
    documents, p_documents = (
        _load_documents(root / "documents.csv")
        if present("documents.csv")
        else (pd.DataFrame({c: pd.Series(dtype="str") for c in DOCUMENT_COLUMNS}), empty_problems())
    )
    if present("places.csv"):
        places, place_tree, p_places = _load_tree(root / "places.csv", "place", PLACE_COLUMNS, ())
    else:
        places = pd.DataFrame({c: pd.Series(dtype="str") for c in PLACE_COLUMNS})
        place_tree, _ = build_tree(pd.Series([], dtype="str"), pd.Series([], dtype="str"))
        p_places = empty_problems()
    events_path = root / "events.csv"
    if events_path.exists():
        events, event_tree, p_events = _load_tree(
            events_path, "event", ("event",), ("start", "end")
        )
    else:
        events = pd.DataFrame({c: pd.Series(dtype="str") for c in EVENT_COLUMNS})
        event_tree, _ = build_tree(pd.Series([], dtype="str"), pd.Series([], dtype="str"))
        p_events = empty_problems()
    groups_path = root / "groups.csv"
    groups = (
        taxonomy_from_frame(read_table(groups_path, required=("group", "parent")), groups_path)
        if groups_path.exists()
        else default_taxonomy()
    )
    problems = pd.concat(
        [p for p in (p_sources, p_documents, p_places, p_events) if not p.empty]
        or [empty_problems()],
        ignore_index=True,
    )
    return Registries(
        sources=sources,
        documents=documents,
        places=places,
        events=events,
        place_tree=place_tree,
        event_tree=event_tree,
        groups=groups,
        problems=problems,
        root=root,
    )


def _load_sources(path: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    frame = read_table(path, required=SOURCE_COLUMNS)
    found = ProblemCollector(frame, path.name, "id")
    found.add(frame["id"].isna(), "id", "is empty; every source needs an id")
    found.add(frame["id"].duplicated() & frame["id"].notna(), "id", "appears more than once")
    found.add(frame["name"].isna(), "name", "is empty; every source needs a name")
    kind_ok = frame["kind"].isin(SOURCE_KINDS)
    found.add(~kind_ok, "kind", f"is not one of {', '.join(SOURCE_KINDS)}")
    # An alias may name one source only.
    owner: dict[str, str] = {}
    clash = pd.Series(False, index=frame.index)
    clash_reason = pd.Series("", index=frame.index, dtype="str")
    for idx, sid, name, aliases in zip(
        frame.index, frame["id"], frame["name"], frame["aliases"], strict=True
    ):
        for alias in [sid, name, *str(aliases if pd.notna(aliases) else "").split("|")]:
            key = normalise_alias(alias) if pd.notna(alias) else ""
            if key and owner.setdefault(key, str(sid)) != str(sid):
                clash[idx] = True
                clash_reason[idx] = f"alias {alias!r} already names source {owner[key]!r}"
    found.add(clash, "aliases", clash_reason)
    return frame.drop(index=found.bad_index()), found.frame()


def _load_documents(path: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    frame = read_table(path, required=("document_id",))
    for column in DOCUMENT_COLUMNS:
        if column not in frame.columns:
            frame[column] = pd.Series(pd.NA, index=frame.index, dtype="str")
    found = ProblemCollector(frame, path.name, "document_id")
    found.add(frame["document_id"].isna(), "document_id", "is empty")
    found.add(
        frame["document_id"].duplicated() & frame["document_id"].notna(),
        "document_id",
        "appears more than once",
    )
    dates = parse_partial_dates(frame["published_on"])
    found.add(dates["problem"].notna(), "published_on", dates["problem"])
    sha = frame["sha256"]
    found.add(
        sha.notna() & ~sha.fillna("").str.match(_SHA256),
        "sha256",
        "is not a 64-character hexadecimal SHA-256 digest",
    )
    return frame.drop(index=found.bad_index()), found.frame()


def _load_tree(
    path: Path, key: str, required: tuple[str, ...], date_columns: tuple[str, ...]
) -> tuple[pd.DataFrame, Tree, pd.DataFrame]:
    frame = read_table(path, required=required)
    for column in ("parent", *date_columns):
        if column not in frame.columns:
            frame[column] = pd.Series(pd.NA, index=frame.index, dtype="str")
    found = ProblemCollector(frame, path.name, key)
    found.add(frame[key].isna(), key, "is empty")
    for column in date_columns:
        dates = parse_partial_dates(frame[column])
        found.add(dates["problem"].notna(), column, dates["problem"])
    if date_columns:
        start = parse_partial_dates(frame[date_columns[0]])["first"]
        end = parse_partial_dates(frame[date_columns[1]])["last"]
        found.add(start > end, date_columns[1], f"is before {date_columns[0]}")
    usable = frame.drop(index=found.bad_index())
    while True:  # a rejected node takes its children with it, reported in the next round
        tree, tree_problems = build_tree(usable[key], usable["parent"])
        if tree_problems.empty:
            break
        found.add_frame(tree_problems.assign(column=tree_problems["column"].replace({"id": key})))
        usable = usable.drop(index=tree_problems.index.unique())
    valid = usable
    return valid, tree, found.frame()
