"""casualty-stats core: the validated table of reported casualty figures.

Data in, data out::

    import stats
    data = stats.read("seeds/")          # figures as written + registries + settings
    result = stats.validate(data)        # .valid (typed, with intervals) and .rejected
    findings = stats.run_checks(result.valid, data.registries, data.config)
    estimates = stats.reconcile(result.valid, data.registries, data.config)

The core imports no rendering library (no jinja2, weasyprint or matplotlib).
"""

from __future__ import annotations

from stats.checks import CHECKS, register_check, run_checks
from stats.config import Config, load_config
from stats.dataset import Dataset, read
from stats.errors import CasualtyStatsError, ConfigError, InputError
from stats.findings import FindingsSchema
from stats.intervals import IntervalRules, interval, to_intervals
from stats.reconciliation import reconcile
from stats.registries import Registries, load_registries
from stats.schema import FiguresSchema, input_schema
from stats.taxonomy import Taxonomy, default_taxonomy
from stats.validation import ValidationResult, validate

__version__ = "0.1.0"

__all__ = [
    "CHECKS",
    "CasualtyStatsError",
    "Config",
    "ConfigError",
    "Dataset",
    "FiguresSchema",
    "FindingsSchema",
    "InputError",
    "IntervalRules",
    "Registries",
    "Taxonomy",
    "ValidationResult",
    "__version__",
    "default_taxonomy",
    "input_schema",
    "interval",
    "load_config",
    "load_registries",
    "read",
    "reconcile",
    "register_check",
    "run_checks",
    "to_intervals",
    "validate",
]
