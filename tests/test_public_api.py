"""The public surface: what ``import stats`` offers, and what it must not import."""

from __future__ import annotations

import json
import subprocess
import sys

import stats


def test_all_is_pinned() -> None:
    assert sorted(stats.__all__) == sorted(
        [
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
    )
    for name in stats.__all__:
        assert hasattr(stats, name), name


def test_core_imports_no_rendering_library() -> None:
    code = (
        "import sys, json, stats; "
        "d = stats.read('seeds'); stats.validate(d); "
        "print(json.dumps([m for m in ('jinja2', 'weasyprint', 'matplotlib') if m in sys.modules]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=stats.__file__.rsplit("/stats/", 1)[0],
    )
    assert json.loads(done.stdout) == []
