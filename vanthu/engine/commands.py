"""`vanthu build` and `vanthu check`: the notices under the paths, checked (and built), then reported."""
from __future__ import annotations

import sys
from pathlib import Path

from vanthu import defaults
from vanthu.check.notices import find_notices
from vanthu.engine import pipeline
from vanthu.engine.report import report
from vanthu.errors import Failure


def notices_under(paths: list[Path]) -> list[Path]:
    files = find_notices(paths)
    if not files:
        raise Failure("no_notices", path=", ".join(map(str, paths)))
    return files


def check(paths: list[Path], jobs: int | None, lang: str, format: str) -> int:
    files = notices_under(paths)
    outcome = pipeline.check(files, jobs=defaults.jobs(jobs))
    report(outcome, lang, format, len(files), building=False)
    return 1 if outcome.problems.errors else 0


def build(paths: list[Path], out: Path, converter: str, jobs: int | None, force: bool, prune: bool, pdf_a: bool,
          timeout: float, lang: str, format: str) -> int:
    from vanthu.engine.progress import Progress

    files = notices_under(paths)
    progress = Progress(lang) if format == "text" else None
    try:
        outcome = pipeline.build(files, out, converter, jobs=jobs, force=force, prune=prune, pdf_a=pdf_a,
                                 timeout=timeout, progress=progress)
    finally:
        if progress:
            progress.close()
    report(outcome, lang, format, len(files), building=True, out_dir=out)
    sys.stdout.flush()
    return 1 if outcome.problems.errors else 0
