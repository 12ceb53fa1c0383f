"""Exceptions raised by casualty-stats.

The hierarchy, in one place::

    CasualtyStatsError          base of everything the package raises on purpose
    ├── InputError              the input cannot be used at all (exit status 2):
    │                           missing file, unknown format, absent required column,
    │                           unreadable encoding, broken registry file
    └── ConfigError             a configuration file or value is wrong (exit status 2)

Rows that are merely invalid are never raised: they are returned in the
``rejected`` table of :func:`stats.validate`, one row per problem.
"""

from __future__ import annotations

from pathlib import Path


class CasualtyStatsError(Exception):
    """Base class of the errors casualty-stats raises on purpose."""


class InputError(CasualtyStatsError):
    """The input cannot be used at all; names the file so the message stands alone."""

    def __init__(self, path: str | Path | None, message: str) -> None:
        self.path = None if path is None else Path(path)
        self.reason = message
        super().__init__(f"{self.path}: {message}" if self.path is not None else message)


class ConfigError(CasualtyStatsError):
    """A configuration file or value is wrong."""
