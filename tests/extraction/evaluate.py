"""Score the extraction engine on the development set (precision, recall, sources, traps).

Run: ``.venv/bin/python tests/extraction/evaluate.py [--held-out] [--verbose]``

A predicted row matches an expected row of the same document with equal (measure,
group, value), one-to-one, greedily in reading order. Qualifier and source are then
compared over the matched rows. A row whose phrase lies inside a trap phrase of
``traps.csv`` counts as an emitted trap. Documents whose number is a multiple of five
(005, 010, ..., 050) are held out from tuning: their scores are the honest estimate.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from stats.documents import page_publisher, read_document  # noqa: E402
from stats.extract import extract_figures  # noqa: E402
from stats.registries import Registries, load_registries  # noqa: E402

DOCUMENTS = HERE / "documents"
SEED = ROOT.parent / "shared" / "seeds" / "000_e9ec42d60aac5ac3.txt"


def document_text(path: Path) -> str:
    """The text the project's own reader gives (the same one ``extract`` uses)."""
    return read_document(path)


def dev_registries(folder: Path = HERE) -> Registries:
    """A set's source registry, with empty documents and places."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "sources.csv").write_text((folder / "sources.csv").read_text(encoding="utf-8"))
        (root / "documents.csv").write_text("document_id,path\n")
        (root / "places.csv").write_text("place,parent\n")
        registries = load_registries(root)
    if len(registries.problems):
        # a rejected source would silently turn into a wrong answer: stop instead
        first = registries.problems.iloc[0]
        raise SystemExit(f"{folder / 'sources.csv'}: {first.to_dict()}")
    return registries


def held_out(doc: str) -> bool:
    """Documents kept aside from tuning: every fifth (005, 010, ..., 050)."""
    number = int(doc[:3])
    return number > 0 and number % 5 == 0


@dataclass
class Score:
    expected: int = 0
    predicted: int = 0
    matched: int = 0
    qualifier_right: int = 0
    source_right: int = 0
    traps: int = 0
    misses: dict[str, list[str]] = field(default_factory=dict)
    extras: dict[str, list[str]] = field(default_factory=dict)
    wrong: dict[str, list[str]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def qualifier_accuracy(self) -> float:
        return self.qualifier_right / self.matched if self.matched else 1.0

    @property
    def source_accuracy(self) -> float:
        return self.source_right / self.matched if self.matched else 1.0

    def add(self, other: Score) -> None:
        for name in ("expected", "predicted", "matched", "qualifier_right", "source_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.traps += other.traps
        self.misses.update(other.misses)
        self.extras.update(other.extras)
        self.wrong.update(other.wrong)


def _describe(row: pd.Series) -> str:
    high = f"-{row['value_high']}" if pd.notna(row.get("value_high")) else ""
    return (
        f"{row['measure']}/{row['group']}/{row['value']}{high} {row['qualifier']} [{row['source']}]"
    )


def score_document(
    doc: str,
    text: str,
    expected: pd.DataFrame,
    traps: pd.DataFrame,
    registries: Registries,
    publisher: str = "",
) -> Score:
    predicted = extract_figures(text, registries=registries, document_id=doc, publisher=publisher)
    score = Score(expected=len(expected), predicted=len(predicted))
    unmatched = list(expected.index)
    extras = []
    wrong = []
    for _, row in predicted.iterrows():
        key = (row["measure"], row["group"], int(row["value"]))
        hit = next(
            (
                i
                for i in unmatched
                if (
                    expected.at[i, "measure"],
                    expected.at[i, "group"],
                    int(expected.at[i, "value"]),
                )
                == key
            ),
            None,
        )
        if hit is None:
            extras.append(f"{_describe(row)} «{text[row['start'] : row['end']]}»")
        else:
            unmatched.remove(hit)
            score.matched += 1
            q_ok = row["qualifier"] == expected.at[hit, "qualifier"]
            s_ok = row["source"] == expected.at[hit, "source"]
            score.qualifier_right += q_ok
            score.source_right += s_ok
            if not (q_ok and s_ok):
                wrong.append(
                    f"{_describe(row)} expected {expected.at[hit, 'qualifier']} "
                    f"[{expected.at[hit, 'source']}]"
                )
        phrase = text[row["start"] : row["end"]]
        for trap in traps["phrase"] if hit is None else ():
            if phrase and phrase in trap and _inside(text, trap, row["start"], row["end"]):
                score.traps += 1
                extras[-1] = f"{extras[-1]} (trap {trap!r})"
                break
    if unmatched:
        score.misses[doc] = [
            f"{_describe(expected.loc[i])} «{expected.at[i, 'phrase']}»" for i in unmatched
        ]
    if extras:
        score.extras[doc] = extras
    if wrong:
        score.wrong[doc] = wrong
    return score


def _inside(text: str, trap: str, start: int, end: int) -> bool:
    """The span start:end lies inside an occurrence of ``trap`` in ``text``."""
    at = text.find(trap)
    while at >= 0:
        if at <= start and end <= at + len(trap):
            return True
        at = text.find(trap, at + 1)
    return False


def evaluate(verbose: bool = False) -> dict[str, Score]:
    """Scores for the full set, the tuning part and the held-out part."""
    registries = dev_registries()
    expected = pd.read_csv(HERE / "expected.csv", dtype={"value": "int64"})
    seed_expected = pd.read_csv(HERE / "expected_seed.csv", dtype={"value": "int64"})
    traps = pd.read_csv(HERE / "traps.csv")
    scores = {"full": Score(), "tuning": Score(), "held_out": Score()}
    documents = sorted(DOCUMENTS.iterdir())
    items: list[tuple[str, str, pd.DataFrame, str]] = []
    if SEED.exists():
        items.append((SEED.name, SEED.read_text(encoding="utf-8"), seed_expected, ""))
    for path in documents:
        rows = expected[expected["doc"] == path.name]
        items.append((path.name, document_text(path), rows, page_publisher(path)))
    for doc, text, rows, publisher in items:
        doc_traps = traps[traps["doc"] == doc]
        score = score_document(doc, text, rows, doc_traps, registries, publisher)
        scores["full"].add(score)
        scores["held_out" if held_out(doc) else "tuning"].add(score)
    return scores


def evaluate_unseen(folder: Path = HERE / "unseen") -> Score:
    """The score on documents written after the extractor was tuned (never tuned on)."""
    registries = dev_registries(folder)
    expected = pd.read_csv(folder / "expected.csv", dtype={"value": "int64"})
    no_traps = pd.DataFrame({"doc": [], "phrase": []})
    score = Score()
    for path in sorted((folder / "documents").iterdir()):
        rows = expected[expected["doc"] == path.name]
        score.add(
            score_document(
                path.name, document_text(path), rows, no_traps, registries, page_publisher(path)
            )
        )
    return score


def report(scores: dict[str, Score], verbose: bool, show: str = "all") -> None:
    for name, score in scores.items():
        print(
            f"{name:9s} expected {score.expected:3d} predicted {score.predicted:3d} "
            f"matched {score.matched:3d}  precision {score.precision:.3f}  recall "
            f"{score.recall:.3f}  qualifier {score.qualifier_accuracy:.3f}  source "
            f"{score.source_accuracy:.3f}  traps emitted {score.traps}"
        )
    full = scores.get(show, scores["full"]) if show.startswith("unseen") else scores["full"]
    if verbose:
        docs = sorted(set(full.misses) | set(full.extras) | set(full.wrong))
        if show in ("tuning", "held_out"):
            docs = [d for d in docs if held_out(d) == (show == "held_out")]
        for doc in docs:
            print(f"\n{doc}")
            for line in full.misses.get(doc, []):
                print(f"  miss   {line}")
            for line in full.extras.get(doc, []):
                print(f"  extra  {line}")
            for line in full.wrong.get(doc, []):
                print(f"  wrong  {line}")


def first_scored(folder: Path) -> bool:
    """Whether a blind set's README records its first score (so scoring it again is safe)."""
    readme = folder / "README.md"
    if not readme.exists():
        return False
    text = readme.read_text(encoding="utf-8")
    recorded = re.search(r"(?i)score when first run|honest score|scored precision", text)
    return bool(recorded) and "to be filled in" not in text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses per document")
    parser.add_argument(
        "--show",
        default="all",
        help="whose misses --verbose lists: all, tuning, held_out or an unseen folder",
    )
    parser.add_argument(
        "--only",
        nargs="+",
        metavar="FOLDER",
        help="score only these unseen folders (so a set kept for later is not seen by accident)",
    )
    args = parser.parse_args()
    scores = evaluate()
    for folder in sorted(HERE.glob("unseen*")):
        if args.only is not None and folder.name not in args.only:
            continue
        if args.only is None and not first_scored(folder):
            # a set still being written, or not yet scored: only --only scores it, once,
            # on purpose, so that its first score is taken when the rules are settled
            print(f"{folder.name:9s} not scored yet (its README has no first score): use --only")
            continue
        if (folder / "expected.csv").exists():
            scores[folder.name] = evaluate_unseen(folder)
    report(scores, args.verbose, args.show)


if __name__ == "__main__":
    main()
