"""Trees of ids with parents: places, events and the group taxonomy.

Stored as integer codes (``parent_code[i]`` is the row of i's parent, -1 for a
root) so that cycle detection and ancestor queries are array operations, not
walks in Python over every node.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Tree:
    """An id → parent tree. Build with :func:`build_tree`."""

    ids: pd.Index
    parent_code: np.ndarray

    def __contains__(self, node: object) -> bool:
        return node in self.ids

    def __len__(self) -> int:
        return len(self.ids)

    def parent(self, node: str) -> str | None:
        code = self.parent_code[self.ids.get_loc(node)]
        return None if code < 0 else str(self.ids[code])

    def children(self, node: str) -> list[str]:
        code = self.ids.get_loc(node)
        return [str(x) for x in self.ids[self.parent_code == code]]

    def ancestors(self, node: str) -> list[str]:
        """Parent, grandparent, … up to the root."""
        out: list[str] = []
        code = self.parent_code[self.ids.get_loc(node)]
        while code >= 0 and len(out) < len(self.ids):
            out.append(str(self.ids[code]))
            code = self.parent_code[code]
        return out

    def closure(self) -> pd.DataFrame:
        """Every (descendant, ancestor, distance) pair, computed level by level."""
        n = len(self.ids)
        child = np.arange(n)
        anc = self.parent_code.copy()
        frames = []
        distance = 1
        while (anc >= 0).any() and distance <= n:
            keep = anc >= 0
            frames.append(
                pd.DataFrame(
                    {
                        "descendant": self.ids[child[keep]],
                        "ancestor": self.ids[anc[keep]],
                        "distance": distance,
                    }
                )
            )
            child, anc = child[keep], self.parent_code[anc[keep]]
            distance += 1
        if not frames:
            return pd.DataFrame(
                {
                    "descendant": pd.Series(dtype="str"),
                    "ancestor": pd.Series(dtype="str"),
                    "distance": pd.Series(dtype="int64"),
                }
            )
        return pd.concat(frames, ignore_index=True)


def build_tree(ids: pd.Series, parents: pd.Series) -> tuple[Tree, pd.DataFrame]:
    """A tree from id and parent columns, and the problems that break it.

    Problems come back as a frame indexed like ``ids`` with ``column`` and
    ``reason``: duplicate ids, a parent that is not an id, and nodes on a cycle.
    Rows with problems are left out of the tree (their children become roots,
    and are reported for their missing parent).
    """
    ids = ids.astype("str")
    parents = parents.astype("str")
    problems: list[pd.DataFrame] = []

    dup = ids.duplicated(keep="first")
    _add(problems, dup, "id", "appears more than once; ids must be unique")
    keep = ~dup
    index = pd.Index(ids[keep])
    parent_code = index.get_indexer(parents[keep].fillna(""))
    has_parent = parents[keep].notna() & (parents[keep] != "")
    unknown = has_parent.to_numpy() & (parent_code < 0)
    unknown_series = pd.Series(False, index=ids.index)
    unknown_series[keep[keep].index[unknown]] = True
    _add(
        problems,
        unknown_series,
        "parent",
        "names a parent that is not in this registry (or was rejected)",
    )
    self_parent = has_parent.to_numpy() & (parent_code == np.arange(len(index)))
    parent_code = np.where(has_parent.to_numpy(), parent_code, -1)
    parent_code[unknown] = -1

    on_cycle = _cycle_members(parent_code) | self_parent
    cycle_series = pd.Series(False, index=ids.index)
    cycle_series[keep[keep].index[on_cycle]] = True
    _add(problems, cycle_series, "parent", "is on a cycle: a node cannot be its own ancestor")
    parent_code[on_cycle] = -1

    tree = Tree(ids=index, parent_code=parent_code)
    frame = (
        pd.concat(problems)
        if problems
        else pd.DataFrame({"column": pd.Series(dtype="str"), "reason": pd.Series(dtype="str")})
    )
    return tree, frame


def _add(problems: list[pd.DataFrame], mask: pd.Series, column: str, reason: str) -> None:
    if mask.any():
        problems.append(pd.DataFrame({"column": column, "reason": reason}, index=mask.index[mask]))


def _cycle_members(parent_code: np.ndarray) -> np.ndarray:
    """Nodes that lie on a cycle, by pointer doubling: O(n log n) array work."""
    n = len(parent_code)
    if n == 0:
        return np.zeros(0, dtype=bool)
    jump = parent_code.copy()
    steps = 1
    while steps < n:  # after this, jump[i] is i's ancestor 2**k >= n steps up, or -1
        jump = np.where(jump >= 0, jump[np.maximum(jump, 0)], -1)
        steps *= 2
    # A node whose n-th ancestor exists is on a cycle or below one; those on the cycle
    # are the ones reachable from that ancestor again.
    lead = jump >= 0
    members = np.zeros(n, dtype=bool)
    start = np.unique(jump[lead])
    members[start] = True
    frontier = start
    for _ in range(n):
        frontier = parent_code[frontier]
        frontier = frontier[(frontier >= 0) & ~members[np.maximum(frontier, 0)]]
        if frontier.size == 0:
            break
        members[frontier] = True
    return members
