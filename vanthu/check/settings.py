"""Agency settings (notices/_agency.yaml): defaults that every notice below that folder uses and may override."""
from __future__ import annotations

from pathlib import Path

from vanthu.check.loader import Source, load
from vanthu.check.problems import Problems

SETTINGS_NAME = "_agency.yaml"


def settings_file(notice: Path, root: Path) -> Path | None:
    """The nearest _agency.yaml from the notice's folder up to `root`, so one folder tree can hold several agencies."""
    folder = notice.resolve().parent
    root = root.resolve()
    while True:
        candidate = folder / SETTINGS_NAME
        if candidate.is_file():
            return candidate
        if folder == root or root not in folder.parents:
            return None
        folder = folder.parent


def merged(notice: Source, settings: Source | None) -> Source:
    """The notice over its settings: mappings merge key by key, anything else in the notice replaces the setting."""
    if settings is None:
        return notice
    result = Source(notice.file, _merge(settings.data, notice.data), {**settings.marks, **notice.marks})
    result.marks[()] = notice.marks[()]
    return result


def _merge(base, over):
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for key, value in over.items():
            out[key] = _merge(base.get(key), value) if key in base else value
        return out
    return over


def load_with_settings(notice: Path, root: Path, problems: Problems, cache: dict) -> tuple[Source, Path | None]:
    """The notice merged over its settings, and the settings file's path.

    `cache` maps each settings file read so far to (its Source, its problems): one read per build. Its problems
    are not added to `problems`; the caller decides how a settings file's errors hold back its notices.
    """
    path = settings_file(notice, root)
    if path is None:
        return load(notice, problems), None
    if path not in cache:
        own = Problems()
        cache[path] = (load(path, own), own)
    return merged(load(notice, problems), cache[path][0]), path
