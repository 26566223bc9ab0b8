"""notices/ → build/: find the notices, check them all, render the good ones, convert, and install atomically.

Nothing is written for a notice with errors, and a notice's outputs are replaced only when both its DOCX and its
PDF are whole: each is made under a temporary name in build/ and renamed into place.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from . import convert, model, render, rules, schema
from .model import Notice
from .problems import Mark, Problems
from .settings import load_with_settings

PROJECT = Path(__file__).resolve().parent.parent
NOTICES = PROJECT / "notices"
BUILD = PROJECT / "build"


def find_notices(paths: list[Path]) -> list[Path]:
    """Notice files under the given files and folders; `_agency.yaml` and other `_…` files are settings."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*.yaml")) if not p.name.startswith("_"))
        else:
            found.append(path)
    return found


def notices_root(file: Path) -> Path:
    """The notices/ folder the file belongs to (outputs mirror paths below it), else the file's own folder."""
    resolved = file.resolve()
    for parent in resolved.parents:
        if parent.name == "notices":
            return parent
    return resolved.parent


@dataclass
class Checked:
    file: Path
    notice: Notice | None  # None when it, or its settings file, has errors


@dataclass
class Outcome:
    problems: Problems = field(default_factory=Problems)
    checked: list[Checked] = field(default_factory=list)
    built: list[tuple[Path, ...]] = field(default_factory=list)  # the files written, per notice
    converter: str | None = None  # the PDF engine used
    converter_wanted: bool = False  # a PDF was asked for (not --converter none)


def check(files: list[Path]) -> Outcome:
    """Load, validate and model every notice, collecting every problem of every file."""
    outcome = Outcome()
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
        outcome.checked.append(Checked(file, notice))
        outcome.problems.extend(problems)
    unique = {p: None for p in outcome.problems}  # a problem in shared settings is reported once
    outcome.problems = Problems(sorted(unique, key=lambda p: p.sort_key()))
    return outcome


def output_stem(file: Path, out_dir: Path) -> Path:
    """build/<path below notices/>/<name> without extension."""
    relative = file.resolve().relative_to(notices_root(file))
    return out_dir / relative.with_suffix("")


def build(files: list[Path], out_dir: Path = BUILD, converter: str = "auto") -> Outcome:
    outcome = check(files)
    good = [item for item in outcome.checked if item.notice is not None]
    if not good:
        return outcome
    engine = convert.choose(converter) if converter != "none" else None
    outcome.converter = engine.name if engine else None
    outcome.converter_wanted = converter != "none"
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out_dir))  # same file system: rename is atomic
    try:
        staged = {}
        for i, item in enumerate(good):
            docx = staging / f"{i:05d}.docx"
            docx.write_bytes(render.render(item.notice))
            staged[docx] = item
        converted = engine.convert(list(staged), staging) if engine else {}
        for docx, item in staged.items():
            target = output_stem(item.file, out_dir)
            result = converted.get(docx)
            if engine and not isinstance(result, Path):
                outcome.problems.add(Mark(item.file, 1, 1), (), "conversion_failed",
                                     file=target.with_suffix(".docx").name, reason=result or "?")
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            written = [_install(docx, target.with_suffix(".docx"))]
            if engine:
                written.append(_install(result, target.with_suffix(".pdf")))
            outcome.built.append(tuple(written))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return outcome


def _install(staged: Path, target: Path) -> Path:
    os.replace(staged, target)
    return target
