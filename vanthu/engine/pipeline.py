"""notices/ → build/: find the notices, check them all, render the good ones, convert, and install atomically.

Nothing is written for a notice with errors, and a notice's outputs are replaced only when both its DOCX and its
PDF are whole: each is made under a temporary name in build/ and renamed into place. Only notices whose inputs
changed since the last build are checked and built again (`manifest`); checking and rendering run in as many
processes as there are LibreOffice workers, and one build at a time holds the build folder.
"""
from __future__ import annotations

import errno
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from vanthu import convert, defaults, processes
from vanthu.check import notices, numbering
from vanthu.check.notices import Checked
from vanthu.check.problems import Mark, Problems
from vanthu.engine import manifest
from vanthu.errors import Failure
from vanthu.files import shown_path
from vanthu.notice.model import Notice
from vanthu.parallel import in_processes
from vanthu.project import notices_root
from vanthu.render import render

DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}  # no room left, or the user's quota used up
# What a killed build leaves in the build folder: its staging folder and the temporary names of whole-file writes.
LEFTOVERS = (".staging-*", f".{manifest.NAME}.*", f".{manifest.JOURNAL}.*", f".{manifest.OWNER}.*")


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
    stale: list[tuple[Path, ...]] = field(default_factory=list)  # pairs an earlier build stopped replacing
    pruned: list[Path] = field(default_factory=list)  # such outputs removed by --prune
    seconds: float = 0.0


def check(files: list[Path], jobs: int = 1, progress=None) -> Outcome:
    """Load, validate and model every notice, collecting every problem of every file."""
    outcome = Outcome()
    outcome.checked, outcome.problems = notices.check(files, jobs, progress)
    return outcome


def output_stem(file: Path, out_dir: Path) -> Path:
    """build/<path below notices/>/<name> without extension."""
    relative = file.resolve().relative_to(notices_root(file))
    return out_dir / relative.with_suffix("")


def build(files: list[Path], out_dir: Path, converter: str = "auto", *, jobs: int | None = None,
          force: bool = False, prune: bool = False, pdf_a: bool = False, timeout: float = defaults.TIMEOUT,
          progress=None) -> Outcome:
    """Check and build the notices whose inputs changed (all with `force`) into out_dir; Failure if it cannot start.

    `progress`, when given, is told each phase (`phase(name, total)`) and each file done (`advance()`)."""
    started = time.monotonic()
    jobs = defaults.jobs(jobs)
    try:
        engine = convert.choose(converter, jobs, timeout, pdf_a) if converter != "none" else None
    except ValueError as bad:
        raise Failure("bad_converter_address", address=str(bad)) from None
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with manifest.locked(out_dir):
            outcome = _build(files, out_dir, engine, jobs, force, prune, pdf_a, progress)
    except manifest.Busy as busy:
        raise Failure("build_busy", folder=out_dir, pid=busy.holder) from None
    except PermissionError as denied:
        raise Failure("build_unwritable", folder=out_dir, reason=denied.strerror or denied) from None
    except OSError as error:
        if error.errno not in DISK_FULL:
            raise
        full = Path(error.filename) if error.filename else out_dir
        raise Failure("disk_full", folder=out_dir if out_dir in (full, *full.parents) else full.parent) from None
    outcome.converter = engine.name if engine else None
    outcome.converter_wanted = converter != "none"
    outcome.seconds = time.monotonic() - started
    return outcome


def _build(files, out_dir: Path, engine, jobs: int, force: bool, prune: bool, pdf_a: bool, progress) -> Outcome:
    for pattern in LEFTOVERS:  # of a build that was killed: no build runs here but this one (the lock)
        for leftover in out_dir.glob(pattern):
            shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
    record = manifest.Manifest.load(out_dir)
    journal = manifest.Journal(out_dir)
    stale = []
    for stem in journal.stale:
        pair = tuple(p for p in (out_dir / f"{stem}.docx", out_dir / f"{stem}.pdf") if p.is_file())
        if pair:
            stale.append(pair)
            record.entries.pop(stem, None)  # so it is built again even when its notice has not changed
        else:
            journal.forget(stem)
    options = f"pdf={engine is not None};pdf-a={pdf_a and engine is not None}"
    files, refused, refusals = notices.admit(files)  # before their paths are resolved below
    keys, todo, unchanged = {}, [], []
    for file in files:
        stem = output_stem(file, out_dir).relative_to(out_dir).as_posix()
        keys[file] = (stem, manifest.notice_key(file, notices_root(file), options))
        (todo if force or not record.up_to_date(*keys[file]) else unchanged).append(file)
    if progress:
        progress.phase("checking", len(todo))
    outcome = check(todo, jobs, progress)
    outcome.stale = stale
    outcome.problems.extend(refusals)
    outcome.checked.extend(refused)
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
        for docs, problems in in_processes(_render_each, work, jobs, progress):
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
                if engine:
                    journal.begin(keys[item.file][0])
                try:
                    written = [_install(docx, target.with_suffix(".docx"))]
                    if engine:
                        written.append(_install(pdf, target.with_suffix(".pdf")))
                except PermissionError as denied:
                    # On Windows a file open in Word (or a PDF reader) cannot be replaced: that one notice is
                    # reported, the others are built. Should the DOCX be replaced already, the open journal
                    # entry makes the next build redo the pair.
                    locked = Path(denied.filename or target.with_suffix(".docx"))
                    if not (processes.windows() and locked.exists()):
                        raise  # a folder without write permission: the whole build's failure
                    outcome.problems.add(Mark(item.file, 1, 1), (), "output_open_elsewhere", file=locked.name)
                    if progress:
                        progress.advance()
                    return
                if engine:
                    journal.end(keys[item.file][0])
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
        journal.close()
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
