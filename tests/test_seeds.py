"""The seed figures: recorded as the article states them, and read correctly."""

from __future__ import annotations

import hashlib
import re

import pandas as pd
import pytest

import stats

from .conftest import SEEDS, SHARED_ARTICLE


@pytest.fixture(scope="module")
def seed() -> pd.DataFrame:
    result = stats.validate(stats.read(SEEDS))
    assert result.ok, result.rejected.to_dict("records")
    return result.valid.set_index("figure_id")


def bounds(row: pd.Series) -> tuple[int, int | None]:
    return int(row["low"]), None if pd.isna(row["high"]) else int(row["high"])


def test_offensive_breakdown(seed: pd.DataFrame) -> None:
    assert bounds(seed.loc["seed-offensive-total"]) == (451, None)
    parts = seed.loc[
        ["seed-offensive-civilians", "seed-offensive-nonstate", "seed-offensive-government"]
    ]
    assert parts["value"].tolist() == [100, 215, 143]
    assert parts["group"].tolist() == ["civilians", "nonstate_armed", "government_forces"]
    assert (parts["qualifier"] == "exact").all()
    # The source's own word stays beside the neutral group.
    assert seed.loc["seed-offensive-nonstate", "source_term"] == "terrorists"


def test_western_aleppo_children_and_most_civilians(seed: pd.DataFrame) -> None:
    children = seed.loc["seed-west-children"]
    assert (children["group"], children["place"], bounds(children)) == (
        "children",
        "aleppo_west",
        (29, 29),
    )
    most = seed.loc["seed-west-civilians-most"]
    assert (most["qualifier"], bounds(most)) == ("most_of", (51, 100))


def test_conflict_tolls_attributed_to_the_cited_sources(seed: pd.DataFrame) -> None:
    sohr, un = seed.loc["seed-war-sohr"], seed.loc["seed-war-un"]
    assert (sohr["source_id"], sohr["value"], bounds(sohr)) == ("sohr", 300_000, (300_001, None))
    assert (un["source_id"], un["value"]) == ("un_envoy_syria", 400_000)
    assert "respectively" in un["note"]
    assert {sohr["place"], un["place"]} == {"syria"}
    assert sohr["period_start"] == "2011-03"
    # Every seed figure is the Observatory's or the envoy's, never the publishing outlet's.
    assert set(seed["source_id"]) == {"sohr", "un_envoy_syria"}


def test_quotes_are_the_articles_sentences(seed: pd.DataFrame) -> None:
    article = SHARED_ARTICLE.read_text(encoding="utf-8")
    for figure_id, row in seed.iterrows():
        assert " ".join(row["quote"].split()) in " ".join(article.split()), figure_id
        number = f"{int(row['value']):,}"
        assert re.search(rf"\b{re.escape(number)}\b", row["quote"]), figure_id


def test_document_registry_points_at_the_article_and_explains_its_date() -> None:
    registries = stats.load_registries(SEEDS)
    document = registries.documents.set_index("document_id").loc["seed-000"]
    assert document["published_on"] == "2016-11-12"
    assert "Saturday" in document["note"]
    assert "November 4" in document["note"]
    path = registries.document_path("seed-000")
    assert path is not None
    assert path.resolve() == SHARED_ARTICLE.resolve()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == document["sha256"]


def test_every_figure_has_a_neutral_group() -> None:
    raw = pd.read_csv(SEEDS / "figures.csv", dtype=str)
    assert set(raw["group"]) <= set(stats.vocab.GROUPS)
    assert "terrorists" not in set(raw["group"])
