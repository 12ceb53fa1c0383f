"""Settings read from ``casualty-stats.toml`` (in the data directory, or ``--config``).

Every setting has a documented default, so a data directory needs no config
file at all. Unknown keys are an error rather than silently ignored: a typo in
a threshold must not pass for the default.

.. code-block:: toml

    [intervals]
    about_percent = 10        # about n  -> [round(0.9n), round(1.1n)]
    nearly_percent = 10       # nearly n -> [round(0.9n), n-1]
    multiples_low_factor = 2  # multiples n -> [2n, 10n-1]
    multiples_high_factor = 10
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from stats.errors import ConfigError
from stats.intervals import IntervalRules

CONFIG_FILENAME = "casualty-stats.toml"


@dataclass(frozen=True)
class Config:
    """All settings; built from defaults and an optional TOML file."""

    intervals: IntervalRules = field(default_factory=IntervalRules)
    path: Path | None = None


def load_config(path: str | Path | None) -> Config:
    """Read a config file; ``None`` or a missing default file gives the defaults."""
    if path is None:
        return Config()
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    unknown = set(data) - {"intervals"}
    if unknown:
        raise ConfigError(f"{path}: unknown section(s) {sorted(unknown)}; known: ['intervals']")
    intervals = _build(IntervalRules, data.get("intervals", {}), path, "intervals")
    return Config(intervals=intervals, path=path)


def find_config(data_dir: Path, explicit: str | Path | None) -> Config:
    """``--config`` when given, else ``casualty-stats.toml`` beside the data, else defaults."""
    if explicit is not None:
        return load_config(explicit)
    candidate = data_dir / CONFIG_FILENAME
    return load_config(candidate if candidate.exists() else None)


def _build(cls: type, values: dict[str, Any], path: Path, section: str) -> Any:
    known = {f.name for f in fields(cls)}
    unknown = set(values) - known
    if unknown:
        raise ConfigError(
            f"{path}: unknown key(s) in [{section}]: {sorted(unknown)}; known: {sorted(known)}"
        )
    try:
        return cls(**values)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{path}: [{section}] {exc}") from None
