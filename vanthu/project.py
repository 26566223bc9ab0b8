"""The project: the folder that holds an office's notices, found upward from where the clerk stands.

As git and mkdocs do, the root is the nearest folder, from the paths given (or the current folder) upward, that
has a `pyproject.toml` with a `[tool.vanthu]` table (which may name the notices and build folders) or a
`notices/` folder. Everything a command names is relative to that root; outputs go to its build folder.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from vanthu import resources

TEMPLATE_NAME = "thong-bao.docx"


@dataclass(frozen=True)
class Project:
    root: Path
    notices: Path
    build: Path

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    def template(self) -> Path:
        """The project's own Word template when it has one (a clerk may restyle it), else the toolkit's."""
        own = self.templates / TEMPLATE_NAME
        return own if own.is_file() else resources.default_template()

    def holds(self, path: Path) -> bool:
        return path.resolve().is_relative_to(self.notices)


def find(start: Path | None = None) -> Project | None:
    """The project that `start` (a file or folder; default the current folder) lies in, or None."""
    start = (start or Path.cwd()).resolve()
    return _find_from(start if start.is_dir() else start.parent)


@lru_cache(maxsize=1024)  # a build asks once per notice; the answer is the same for a whole folder
def _find_from(folder: Path) -> Project | None:
    for candidate in (folder, *folder.parents):
        table = _tool_table(candidate / "pyproject.toml")
        if table is not None:
            return Project(candidate, (candidate / table.get("notices", "notices")).resolve(),
                           (candidate / table.get("build", "build")).resolve())
        if (candidate / "notices").is_dir():
            return Project(candidate, candidate / "notices", candidate / "build")
    return None


def _tool_table(pyproject: Path) -> dict | None:
    try:
        with pyproject.open("rb") as handle:
            table = tomllib.load(handle).get("tool", {}).get("vanthu")
    except (OSError, tomllib.TOMLDecodeError):
        return None
    return table if isinstance(table, dict) else None


def notices_root(file: Path) -> Path:
    """The notices folder the file belongs to (outputs mirror paths below it), else the file's own folder."""
    project = find(file)
    if project is not None and project.holds(file):
        return project.notices
    return file.resolve().parent


def project_folder(file: Path) -> Path:
    """The project's root for a notice inside its notices folder, else the file's own folder. Files a notice
    names (template, images) are relative to it and may not leave it."""
    project = find(file)
    return project.root if project is not None and project.holds(file) else file.resolve().parent


def template_for(file: Path) -> Path:
    """The Word template a notice is rendered through when it names none."""
    project = find(file)
    return project.template() if project is not None and project.holds(file) else resources.default_template()
