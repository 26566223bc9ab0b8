"""notices/ → build/: find the notices, check them all, render the good ones, convert, and install atomically.

Nothing is written for a notice with errors, and a notice's outputs are replaced only when both its DOCX and its
PDF are whole: each is made under a temporary name in build/ and renamed into place. Only notices whose inputs
changed since the last build are checked and built again (`manifest`); checking and rendering run in as many
processes as there are LibreOffice workers, and one build at a time holds the build folder.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import convert, manifest, model, render, rules, schema
from . import intake, numbering
from .files import shown_path
from .model import Notice
from .problems import Mark, Problems
from .settings import load_with_settings, notices_root

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
    status: dict[Path, str] = field(default_factory=dict)  # per notice: built, unchanged, failed or invalid
    outputs: dict[Path, tuple[Path, ...]] = field(default_factory=dict)  # per notice built or unchanged
    orphans: list[Path] = field(default_factory=list)  # outputs whose notice file is gone (kept)
    pruned: list[Path] = field(default_factory=list)  # such outputs removed by --prune
    seconds: float = 0.0


class Refused(Exception):
    """The build cannot start (folder busy or not writable, bad converter address): a catalogue message."""

    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code, self.params = code, params


def check(files: list[Path], jobs: int = 1, progress=None) -> Outcome:
    """Load, validate and model every notice, collecting every problem of every file."""
    outcome = Outcome()
    files = _admitted(files, outcome)
    for checked, problems in _in_processes(_check_each, files, jobs, progress):
        outcome.checked.extend(checked)
        outcome.problems.extend(problems)
    numbering.check_unique(outcome.checked, outcome.problems)
    unique = {p: None for p in outcome.problems}  # a problem in shared settings is reported once
    outcome.problems = Problems(sorted(unique, key=lambda p: p.sort_key()))
    return outcome


def _admitted(files: list[Path], outcome: Outcome) -> list[Path]:
    """The files that are notices (intake.admit); each other one is reported and marked invalid."""
    admitted = []
    for file in files:
        try:
            intake.admit(file)
            admitted.append(file)
        except intake.Refused as refused:
            outcome.problems.add(Mark(file, refused.line, refused.column), (), refused.code, **refused.params)
            outcome.checked.append(Checked(file, None))
            outcome.status[file] = "invalid"
    return admitted


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
        checked.append(Checked(file, notice))
        found.extend(problems)
    return checked, found


def _in_processes(work, items: list, jobs: int, progress=None) -> list:
    """work(chunk) over the items in `jobs` processes, results in order; in this process when it is not worth it."""
    if jobs <= 1 or len(items) < 4 * jobs:
        result = work(items)
        if progress:
            progress.advance(len(items))
        return [result]
    size = -(-len(items) // (jobs * 8))  # several chunks per process, so one slow chunk does not hold the end
    chunks = [items[i:i + size] for i in range(0, len(items), size)]
    done = []
    with ProcessPoolExecutor(jobs) as pool:  # forked: modules, template and schema are loaded once, here
        for chunk, result in zip(chunks, pool.map(work, chunks)):
            done.append(result)
            if progress:
                progress.advance(len(chunk))
    return done


def output_stem(file: Path, out_dir: Path) -> Path:
    """build/<path below notices/>/<name> without extension."""
    relative = file.resolve().relative_to(notices_root(file))
    return out_dir / relative.with_suffix("")


def build(files: list[Path], out_dir: Path = BUILD, converter: str = "auto", *, jobs: int | None = None,
          force: bool = False, prune: bool = False, pdf_a: bool = False, timeout: float = 120.0,
          progress=None) -> Outcome:
    """Check and build the notices whose inputs changed (all with `force`) into out_dir; Refused if it cannot start.

    `progress`, when given, is told each phase (`phase(name, total)`) and each file done (`advance()`)."""
    started = time.monotonic()
    jobs = jobs or os.cpu_count() or 1
    try:
        engine = convert.choose(converter, jobs, timeout, pdf_a) if converter != "none" else None
    except ValueError as bad:
        raise Refused("bad_converter_address", address=str(bad)) from None
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with manifest.locked(out_dir):
            outcome = _build(files, out_dir, engine, jobs, force, prune, pdf_a, progress)
    except manifest.Busy as busy:
        raise Refused("build_busy", folder=out_dir, pid=busy.holder) from None
    except PermissionError as denied:
        raise Refused("build_unwritable", folder=out_dir, reason=denied.strerror or denied) from None
    outcome.converter = engine.name if engine else None
    outcome.converter_wanted = converter != "none"
    outcome.seconds = time.monotonic() - started
    return outcome


def _build(files, out_dir: Path, engine, jobs: int, force: bool, prune: bool, pdf_a: bool, progress) -> Outcome:
    record = manifest.Manifest.load(out_dir)
    options = f"pdf={engine is not None};pdf-a={pdf_a and engine is not None}"
    refused = Outcome()
    files = _admitted(files, refused)  # before their paths are resolved below
    keys, todo, unchanged = {}, [], []
    for file in files:
        stem = output_stem(file, out_dir).relative_to(out_dir).as_posix()
        keys[file] = (stem, manifest.notice_key(file, notices_root(file), options))
        (todo if force or not record.up_to_date(*keys[file]) else unchanged).append(file)
    if progress:
        progress.phase("checking", len(todo))
    outcome = check(todo, jobs, progress)
    outcome.problems.extend(refused.problems)
    outcome.checked.extend(refused.checked)
    outcome.status.update(refused.status)
    # Every notice in the build record that is not checked now holds its number: the unchanged ones, and those of
    # earlier builds of other folders (`build notices/2026/b` after `build notices/2026/a`).
    checking = {keys[f][0] for f in todo}
    recorded = {entry.number: Path(entry.source) for stem, entry in record.entries.items()
                if entry.number and stem not in checking and Path(entry.source).exists()}
    numbering.check_unique(outcome.checked, outcome.problems, recorded=recorded)
    for file in unchanged:
        outcome.status[file] = "unchanged"
        outcome.outputs[file] = tuple(out_dir / p for p in record.entries[keys[file][0]].outputs)
    for stem, entry in record.orphans():
        if prune:
            outcome.pruned.extend(record.remove(stem))
        else:
            outcome.orphans.extend(out_dir / p for p in entry.outputs)
    good = []
    for item in outcome.checked:
        outcome.status[item.file] = "invalid" if item.notice is None else "failed"  # "built" once installed
        if item.notice is not None:
            good.append(item)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out_dir))  # same file system: rename is atomic
    try:
        staged = {staging / f"{i:05d}.docx": item for i, item in enumerate(good)}
        if progress:
            progress.phase("rendering", len(staged))
        work = [(docx, item.notice) for docx, item in staged.items()]
        rendered = []
        for docs, problems in _in_processes(_render_each, work, jobs, progress):
            rendered.extend(docs)
            outcome.problems.extend(problems)  # a template the sandbox stopped (check names most beforehand)

        def install(docx: Path, pdf: Path | str | None) -> None:
            item = staged[docx]
            target = output_stem(item.file, out_dir)
            if engine and not isinstance(pdf, Path):
                outcome.problems.add(Mark(item.file, 1, 1), (), "conversion_failed",
                                     file=target.with_suffix(".docx").name, reason=pdf or "?")
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                written = [_install(docx, target.with_suffix(".docx"))]
                if engine:
                    written.append(_install(pdf, target.with_suffix(".pdf")))
                outcome.built.append(tuple(written))
                outcome.outputs[item.file] = tuple(written)
                outcome.status[item.file] = "built"
                record.record(keys[item.file][0], item.file, keys[item.file][1], written,
                              numbering.key(item.notice))
            if progress:
                progress.advance()

        if progress:
            progress.phase("converting" if engine else "installing", len(rendered))
        if engine:
            engine.convert(rendered, staging, on_done=install)
        else:
            for docx in rendered:
                install(docx, None)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        record.save()  # what was installed is recorded, even when the build was interrupted
    outcome.problems = Problems(sorted(outcome.problems, key=lambda p: p.sort_key()))
    return outcome


def _render_each(work: list[tuple[Path, Notice]]) -> tuple[list[Path], Problems]:
    rendered, problems = [], Problems()
    for docx, notice in work:
        try:
            docx.write_bytes(render.render(notice))
            rendered.append(docx)
        except render.TemplateRefused as refused:
            problems.add(Mark(notice.file, 1, 1), ("template",), "template_refused",
                         file_path=shown_path(refused.template), detail=refused.detail)
    return rendered, problems


def _install(staged: Path, target: Path) -> Path:
    os.replace(staged, target)
    return target
