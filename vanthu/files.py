"""How a path is shown to the user, and the only two ways the toolkit writes a file: atomically (replacing it
whole), or as a new file that never replaces one. Either way a crash never leaves half a file."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from vanthu import project


def shown_path(path: Path) -> str:
    """The path relative to its project's root (as git shows paths, whatever sub-folder the clerk stands in), else
    relative to the current folder when it lies below it, else as given."""
    try:
        resolved = path.resolve()
    except RuntimeError:  # a symlink loop (Python 3.11)
        return str(path)
    found = project.find(resolved)
    for base in ([found.root] if found else []) + [Path.cwd().resolve()]:
        if resolved.is_relative_to(base):
            return str(resolved.relative_to(base))
    return str(path)


def write_atomically(target: Path, data: bytes) -> None:
    """Written under a temporary name beside the target and renamed: never half a file."""
    _write_whole(target, data, os.replace)


def create_new(target: Path, data: bytes) -> None:
    """Written whole under a temporary name, then linked to `target`: FileExistsError if it exists (unlike a
    rename, a link never replaces a file that appeared meanwhile)."""
    _write_whole(target, data, os.link)


def _write_whole(target: Path, data: bytes, install) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        install(temp, target)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)
