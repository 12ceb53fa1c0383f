"""Registries: alias resolution, trees without cycles, the group taxonomy."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import stats
from stats.errors import InputError
from stats.registries import normalise_alias
from stats.taxonomy import default_taxonomy, taxonomy_from_frame
from stats.trees import build_tree

from .conftest import SEEDS


def test_aliases_resolve_whatever_the_case_quotes_or_article() -> None:
    registries = stats.load_registries(SEEDS)
    names = pd.Index(
        [
            "the observatory",
            "SOHR",
            "The Observatory",
            "Staffan de Mistura",
            "UN envoy",
            "Syrian Observatry",
        ]
    )
    ids, hints = registries.resolve_sources(names)
    assert ids == ["sohr", "sohr", "sohr", "un_envoy_syria", "un_envoy_syria", None]
    assert hints[-1] == "sohr"
    assert normalise_alias('  The  "Observatory" ') == "observatory"


def test_default_taxonomy_partitions() -> None:
    taxonomy = default_taxonomy()
    assert taxonomy.partitions() == {
        "total": ["civilians", "combatants", "unknown_status"],
        "civilians": ["men", "women", "children"],
        "combatants": ["nonstate_armed", "government_forces", "foreign_forces"],
    }
    assert set(taxonomy.groups) == set(stats.vocab.GROUPS)


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([("total", ""), ("a", "b"), ("b", "a")], "cycle"),
        ([("total", ""), ("a", "nothing")], "not in this registry"),
        ([("total", ""), ("other_root", "")], "exactly one root"),
        ([("total", ""), ("a", "total"), ("a", "total")], "more than once"),
    ],
)
def test_broken_taxonomy_is_refused(rows: list[tuple[str, str]], message: str) -> None:
    frame = pd.DataFrame(rows, columns=["group", "parent"])
    with pytest.raises(InputError, match=message):
        taxonomy_from_frame(frame, "groups.csv")


def test_taxonomy_can_be_replaced_by_the_data_directory(tmp_path: Path) -> None:
    for name in ("sources.csv", "documents.csv", "places.csv", "events.csv", "figures.csv"):
        (tmp_path / name).write_bytes((SEEDS / name).read_bytes())
    (tmp_path / "groups.csv").write_text(
        "group,parent\ntotal,\ncivilians,total\ncombatants,total\n"
    )
    result = stats.validate(stats.read(tmp_path))
    # The seed's children, government_forces … are no longer known groups.
    assert set(result.rejected["column"]) == {"group"}
    assert set(result.valid["group"]) == {"total", "civilians"}


def test_tree_closure_and_ancestors() -> None:
    tree, problems = build_tree(
        pd.Series(["syria", "aleppo", "aleppo_west"]), pd.Series(["", "syria", "aleppo"])
    )
    assert problems.empty
    assert tree.ancestors("aleppo_west") == ["aleppo", "syria"]
    closure = tree.closure().sort_values(["descendant", "distance"]).to_dict("records")
    assert {"descendant": "aleppo_west", "ancestor": "syria", "distance": 2} in closure
    assert len(closure) == 3


def test_long_chain_is_not_a_cycle() -> None:
    n = 500
    ids = pd.Series([f"n{i}" for i in range(n)])
    parents = pd.Series([""] + [f"n{i}" for i in range(n - 1)])
    tree, problems = build_tree(ids, parents)
    assert problems.empty
    assert len(tree.ancestors(f"n{n - 1}")) == n - 1
    parents[0] = f"n{n - 1}"  # close the loop
    _, problems = build_tree(ids, parents)
    assert len(problems) == n
