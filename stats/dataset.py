"""Reading a data directory (or a figures file) into one object.

``stats.read("seeds/")`` gives the figures exactly as written (text cells, with
line numbers), the checked registries and the settings. Validation comes next
(:func:`stats.validate`); nothing here decides whether a row is valid.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from stats.config import Config, find_config
from stats.errors import InputError
from stats.io import TABLE_SUFFIXES, read_table
from stats.registries import Registries, load_registries
from stats.vocab import CODED_FIGURE_COLUMNS, OPTIONAL_FIGURE_COLUMNS, REQUIRED_FIGURE_COLUMNS


@dataclass
class Dataset:
    """Figures as read, with the registries and settings they are validated against."""

    figures: pd.DataFrame
    registries: Registries
    config: Config
    figures_path: Path

    @property
    def root(self) -> Path:
        return self.figures_path.parent


def locate_figures(path: str | Path) -> Path:
    """The figures file for a data directory or a file path."""
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file or directory")
    if path.is_dir():
        for suffix in TABLE_SUFFIXES:
            candidate = path / f"figures{suffix}"
            if candidate.exists():
                return candidate
        raise InputError(path, "holds no figures.csv or figures.xlsx")
    return path


def read(path: str | Path, *, config: str | Path | None = None) -> Dataset:
    """Read figures, registries and settings from a data directory or figures file.

    Raises :class:`~stats.errors.InputError` when the input cannot be used at all
    (missing file, unknown format, required column absent, not UTF-8).
    """
    figures_path = locate_figures(path)
    root = figures_path.parent
    for registry in ("sources.csv", "documents.csv", "places.csv"):
        if not (root / registry).exists():
            raise InputError(root / registry, f"missing: {figures_path.name} needs it beside it")
    figures = read_table(
        figures_path, required=REQUIRED_FIGURE_COLUMNS, categorical=CODED_FIGURE_COLUMNS
    )
    for column in OPTIONAL_FIGURE_COLUMNS:
        if column not in figures.columns:
            figures[column] = pd.Series(pd.NA, index=figures.index, dtype="str")
    return Dataset(
        figures=figures,
        registries=load_registries(root),
        config=find_config(root, config),
        figures_path=figures_path,
    )
