"""A set of notices checked together: found under the paths given, each loaded over its agency settings,
validated against the schema and the rules, and modelled; every problem of every file collected."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vanthu.check import intake, numbering, rules, schema
from vanthu.check.problems import Mark, Problems
from vanthu.check.settings import load_with_settings
from vanthu.notice import model
from vanthu.notice.model import Notice
from vanthu.parallel import in_processes
from vanthu.project import notices_root


def find_notices(paths: list[Path]) -> list[Path]:
    """Notice files under the given files and folders; `_agency.yaml` and other `_…` files are settings."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*.yaml")) if not p.name.startswith("_"))
        else:
            found.append(path)
    return found


@dataclass
class Checked:
    """A notice as checked, with what the checks across notices and the keeping commands need of its file."""

    file: Path
    notice: Notice | None  # None when it or its settings file has errors, or its number is another's
    modelled: Notice | None = None  # the notice even when only its number held it back (the register shows both)
    number_mark: Mark | None = None  # where its number stands, for a problem found across notices


def check(files: list[Path], jobs: int = 1, progress=None) -> tuple[list[Checked], Problems]:
    """Load, validate and model every notice, collecting every problem of every file."""
    files, checked, found = admit(files)
    for some, problems in in_processes(_check_each, files, jobs, progress):
        checked.extend(some)
        found.extend(problems)
    numbering.check_unique(checked, found)
    unique = {p: None for p in found}  # a problem in shared settings is reported once
    return checked, Problems(sorted(unique, key=lambda p: p.sort_key()))


def admit(files: list[Path]) -> tuple[list[Path], list[Checked], Problems]:
    """The files that are notices (intake.admit: regular files inside the project), and each other one as checked
    with no notice, with its problem."""
    admitted, refused, problems = [], [], Problems()
    for file in files:
        try:
            intake.admit(file)
            admitted.append(file)
        except intake.Refused as refusal:
            problems.add(Mark(file, refusal.line, refusal.column), (), refusal.code, **refusal.params)
            refused.append(Checked(file, None))
    return admitted, refused, problems


def _check_each(files: list[Path]) -> tuple[list[Checked], Problems]:
    checked, found = [], Problems()
    settings_cache: dict = {}
    for file in files:
        problems = Problems()
        source, settings = load_with_settings(file, notices_root(file), problems, settings_cache)
        doc = None if problems.errors else schema.validate(source, problems)
        if doc is not None:
            rules.check(doc, source, problems)
        if settings is not None:  # the settings' own problems hold this notice back too
            problems.extend(settings_cache[settings][1])
        notice = None if doc is None or problems.errors else model.from_document(doc, file)
        checked.append(Checked(file, notice, notice, source.mark(("number",))))
        found.extend(problems)
    return checked, found
