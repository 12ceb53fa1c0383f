"""The wheel a user installs: built, installed into a fresh virtual environment (not
editable) and run from outside the checkout."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from .conftest import REPO, SEEDS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )
    (found,) = out.glob("casualty_stats-*.whl")
    return found


def test_wheel_holds_both_packages_and_the_templates(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "stats/__init__.py" in names
    assert "reports/__init__.py" in names
    assert "stats/data/groups.csv" in names
    templates = [
        p.relative_to(REPO).as_posix() for p in (REPO / "templates").rglob("*") if p.is_file()
    ]
    assert templates
    for template in templates:
        assert f"reports/{template}" in names, template
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "casualty-stats = stats.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_fresh_install_runs_from_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)],
        check=True,
        capture_output=True,
        text=True,
        timeout=900,
    )
    cli = env_dir / "bin" / "casualty-stats"
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    done = subprocess.run(
        [str(cli), "--help"], cwd=outside, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0
    assert "validate" in done.stdout
    done = subprocess.run(
        [str(cli), "validate", str(SEEDS)], cwd=outside, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "8 rows read, 8 valid, 0 rejected" in done.stdout
    # The installed package, not the checkout, answered.
    where = subprocess.run(
        [str(python), "-c", "import stats; print(stats.__file__)"],
        cwd=outside,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert str(env_dir) in where
    assert str(REPO) not in where
