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

    [checks]
    select = []               # check ids to run; empty = all
    ignore = []

    [checks.cross_source]     # one table per check id, fields of its settings class
    window_days = 180
    divergence_threshold = 0.10
    contradiction_severity = "warning"
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
class ChecksConfig:
    """Which checks run, and each check's settings (by check id)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    #: Read the kept documents and report figures the table does not record.
    documents: bool = False
    overrides: dict[str, Any] = field(default_factory=dict)

    def settings_for(self, check_id: str) -> Any:
        """The settings object of a check: the config's, else the check's defaults."""
        from stats.checks.registry import CHECKS

        return self.overrides.get(check_id) or CHECKS[check_id].settings()


@dataclass(frozen=True)
class ReportSettings:
    """What a briefing holds; the PDF is kept to what a reader needs (each page costs time)."""

    title: str = "Casualty figures: where sources agree and where they cannot all be true"
    author: str = "casualty-stats"
    headlines: int = 6
    #: Scope sections in the PDF (those with the weightiest findings first); HTML has all.
    pdf_sections: int = 8
    #: The full figures table goes into the PDF only up to this many rows (HTML: always).
    pdf_figures_cutoff: int = 200
    #: Findings listed in the PDF, errors first; the HTML lists every finding.
    pdf_findings: int = 80
    #: Rows of long listings in the PDF (further scopes, documents); the HTML has all.
    pdf_list_rows: int = 40
    #: Scope sections that get charts (weightiest first): each chart costs time to draw.
    chart_sections: int = 30


@dataclass(frozen=True)
class Config:
    """All settings; built from defaults and an optional TOML file."""

    intervals: IntervalRules = field(default_factory=IntervalRules)
    checks: ChecksConfig = field(default_factory=ChecksConfig)
    report: ReportSettings = field(default_factory=ReportSettings)
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
    known_sections = {"intervals", "checks", "report"}
    unknown = set(data) - known_sections
    if unknown:
        raise ConfigError(
            f"{path}: unknown section(s) {sorted(unknown)}; known: {sorted(known_sections)}"
        )
    intervals = _build(IntervalRules, data.get("intervals", {}), path, "intervals")
    checks = _checks(data.get("checks", {}), path)
    report = _build(ReportSettings, data.get("report", {}), path, "report")
    return Config(intervals=intervals, checks=checks, report=report, path=path)


def _checks(section: dict[str, Any], path: Path) -> ChecksConfig:
    import stats.checks  # noqa: F401  (registers the built-in checks)
    from stats.checks.registry import CHECKS
    from stats.findings import SEVERITIES

    lists = {}
    for name in ("select", "ignore"):
        value = section.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{path}: [checks] {name} must be a list of check ids")
        unknown = [v for v in value if v not in CHECKS]
        if unknown:
            raise ConfigError(
                f"{path}: [checks] {name} names unknown check(s) {unknown}; known: {list(CHECKS)}"
            )
        lists[name] = tuple(value)
    documents = section.get("documents", False)
    if not isinstance(documents, bool):
        raise ConfigError(f"{path}: [checks] documents must be true or false")
    overrides = {}
    for key, value in section.items():
        if key in ("select", "ignore", "documents"):
            continue
        if key not in CHECKS or not isinstance(value, dict):
            raise ConfigError(
                f"{path}: unknown key [checks] {key!r}; expected select, ignore, documents "
                f"or a check id ({', '.join(CHECKS)})"
            )
        settings = _build(CHECKS[key].settings, value, path, f"checks.{key}")
        for name, setting in vars(settings).items():
            if name.endswith("severity") and setting not in SEVERITIES:
                raise ConfigError(
                    f"{path}: [checks.{key}] {name} must be one of {', '.join(SEVERITIES)}, "
                    f"not {setting!r}"
                )
        overrides[key] = settings
    return ChecksConfig(
        select=lists["select"], ignore=lists["ignore"], documents=documents, overrides=overrides
    )


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
    kinds = {"int": (int,), "float": (int, float), "str": (str,), "bool": (bool,)}
    for spec in fields(cls):
        expected = kinds.get(str(spec.type))
        if spec.name in values and expected is not None:
            value = values[spec.name]
            if not isinstance(value, expected) or (
                isinstance(value, bool) and bool not in expected
            ):
                raise ConfigError(
                    f"{path}: [{section}] {spec.name} must be {spec.type}, not {value!r}"
                )
    try:
        return cls(**values)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{path}: [{section}] {exc}") from None
