"""The check registry: every check has a stable id and can be selected by it.

A check is a function ``(context, settings) -> findings`` registered with
:func:`register_check`. Its settings are a frozen dataclass whose fields are
read from ``[checks.<id>]`` in ``casualty-stats.toml``; a user can register a
check of their own the same way and select or skip it with ``--select`` /
``--ignore`` like the built-in ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    from stats.checks.context import CheckContext


@dataclass(frozen=True)
class NoSettings:
    """For checks without settings."""


@dataclass(frozen=True)
class CheckSpec:
    """A registered check: id, words for the reader, the function and its settings type."""

    id: str
    title: str
    description: str
    run: Callable[[CheckContext, Any], pd.DataFrame]
    settings: type
    #: Runs only when selected by id or switched on (e.g. reading documents is slow).
    opt_in: bool = False


CHECKS: dict[str, CheckSpec] = {}


def register_check(
    check_id: str,
    *,
    title: str,
    description: str,
    settings: type = NoSettings,
    opt_in: bool = False,
) -> Callable[[Callable[..., pd.DataFrame]], Callable[..., pd.DataFrame]]:
    """Register a check function under ``check_id`` (which must be new)."""

    def decorate(fn: Callable[..., pd.DataFrame]) -> Callable[..., pd.DataFrame]:
        if check_id in CHECKS:
            raise ValueError(f"a check with id {check_id!r} is already registered")
        CHECKS[check_id] = CheckSpec(check_id, title, description, fn, settings, opt_in)
        return fn

    return decorate


def selected_checks(
    select: Iterable[str] = (), ignore: Iterable[str] = (), *, opt_in: Iterable[str] = ()
) -> list[str]:
    """Ids to run, in registration order; unknown ids are an error, not a silent no-op.

    Opt-in checks run when selected by id or named in ``opt_in``.
    """
    select, ignore, opt_in = list(select), list(ignore), set(opt_in)
    unknown = [c for c in [*select, *ignore, *opt_in] if c not in CHECKS]
    if unknown:
        raise KeyError(f"unknown check id(s): {', '.join(unknown)}; known: {', '.join(CHECKS)}")
    if select:
        chosen = [c for c in CHECKS if c in select]
    else:
        chosen = [c for c in CHECKS if not CHECKS[c].opt_in or c in opt_in]
    return [c for c in chosen if c not in ignore]
