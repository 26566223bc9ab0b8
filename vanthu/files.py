"""Small file helpers every command shares: how a path is shown to the user, and whole-file writes."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def shown_path(path: Path) -> str:
    """The path relative to the current folder when it lies below it, as the user typed it otherwise."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, RuntimeError):  # outside the current folder; a symlink loop
        return str(path)


def write_atomically(target: Path, data: bytes) -> None:
    """Written under a temporary name beside the target and renamed: never half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, target)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)
