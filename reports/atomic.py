"""Write outputs all at once or not at all, and the error a failed render raises.

A briefing that fails half-way must not leave a truncated PDF where a newsroom's tooling (or a
browser tab that reloads) would pick it up, so every output is written to a temporary file in the
destination directory and moved over the target with :func:`os.replace`, which is atomic on one
file system. On any error the temporary file is removed.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class RenderError(Exception):
    """Rendering or writing a briefing failed; the message names the output path."""


def _create_temporary(target: Path) -> Path:
    """Create an empty, hidden temporary file beside ``target``.

    ``os.open`` with mode 0o666 lets the umask decide the permissions, so the final file gets the
    same permissions a plain ``open(target, "w")`` would have given it.
    """
    while True:
        candidate = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate


@contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target``, on error it vanishes."""
    target = Path(target)
    temporary = _create_temporary(target)
    try:
        yield temporary
        with temporary.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_bytes_atomic(target: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` atomically and return the target path."""
    target = Path(target)
    with atomic_path(target) as temporary:
        temporary.write_bytes(data)
    return target


def write_text_atomic(target: str | Path, text: str) -> Path:
    """Write ``text`` as UTF-8 to ``target`` atomically (line endings kept as given)."""
    return write_bytes_atomic(target, text.encode("utf-8"))
