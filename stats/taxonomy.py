"""The group taxonomy: which groups partition which.

Shipped default (``stats/data/groups.csv``)::

    total      = civilians + combatants + unknown_status
    combatants = nonstate_armed + government_forces + foreign_forces
    civilians  = men + women + children

The children of a node partition it: they do not overlap and together make the
whole. Checks rely on that to add parts and compare them with the whole. A data
directory may ship its own ``groups.csv`` (columns ``group, parent``) to replace
the default.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pandas as pd

from stats.errors import InputError
from stats.trees import Tree, build_tree


@dataclass(frozen=True)
class Taxonomy:
    """Groups arranged as a tree whose children partition their parent."""

    tree: Tree
    meanings: dict[str, str]

    @property
    def groups(self) -> list[str]:
        return [str(g) for g in self.tree.ids]

    def parts(self, group: str) -> list[str]:
        """The groups that partition ``group`` (empty for a leaf)."""
        return self.tree.children(group)

    def partitions(self) -> dict[str, list[str]]:
        """Every inner node with the parts that make it up."""
        return {g: self.parts(g) for g in self.groups if self.parts(g)}


def taxonomy_from_frame(frame: pd.DataFrame, path: str | Path) -> Taxonomy:
    """Build and check a taxonomy; a broken one makes the input unusable."""
    for column in ("group", "parent"):
        if column not in frame.columns:
            raise InputError(path, f"the group taxonomy needs a {column!r} column")
    tree, problems = build_tree(frame["group"], frame["parent"])
    if not problems.empty:
        first = problems.index[0]
        raise InputError(
            path,
            f"group {frame.loc[first, 'group']!r} {problems.iloc[0]['reason']} "
            f"({len(problems)} problem(s) in the taxonomy)",
        )
    roots = [str(g) for g, code in zip(tree.ids, tree.parent_code, strict=True) if code < 0]
    if len(roots) != 1:
        raise InputError(path, f"the group taxonomy needs exactly one root, found {roots}")
    meanings = {}
    if "meaning" in frame.columns:
        meanings = dict(
            zip(frame["group"].astype(str), frame["meaning"].fillna("").astype(str), strict=True)
        )
    return Taxonomy(tree=tree, meanings=meanings)


def default_taxonomy() -> Taxonomy:
    """The taxonomy shipped with the package."""
    source = resources.files("stats").joinpath("data/groups.csv")
    with resources.as_file(source) as path:
        frame = pd.read_csv(path, dtype="str", keep_default_na=False, na_values=[""])
        return taxonomy_from_frame(frame, path)
