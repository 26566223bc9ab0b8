"""What a build or a check says when it ends: the problems, what was built, kept or pruned, and the counts.

As text for a clerk (problems on stderr, each with its file, line and field), or as JSON for other programs.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from vanthu.engine import pipeline
from vanthu.files import shown_path
from vanthu.i18n import text


def report(outcome: pipeline.Outcome, lang: str, fmt: str, n_files: int, building: bool,
           out_dir: Path | None = None) -> None:
    problems = outcome.problems
    if fmt == "json":
        listed = [{
            "file": str(p.file), "line": p.line, "column": p.column, "field": p.field, "code": p.code,
            "severity": p.severity, "message": p.message(lang),
        } for p in problems]
        print(json.dumps(build_facts(outcome, listed) if building else listed, ensure_ascii=False, indent=1))
        return
    out = sys.stderr if problems.errors else sys.stdout
    if problems:
        print(text("summary", lang, errors=len(problems.errors), warnings=len(problems.warnings), files=n_files),
              file=out)
    elif not building:
        print(text("all_good", lang, files=n_files))
    for severity in (problems.errors, problems.warnings):
        for p in severity:
            print(p.format(lang), file=out)
    if not building:
        return
    for pair in outcome.stale:
        print(text("stale_pair", lang, outputs=", ".join(map(shown_path, pair))), file=sys.stderr)
    for item in outcome.checked:
        if item.notice is None:
            earlier = _earlier_outputs(item.file, out_dir)
            if earlier:
                print(text("out_of_date", lang, file=shown_path(item.file), outputs=", ".join(map(shown_path, earlier))),
                      file=out)
            else:
                print(text("not_built", lang, file=shown_path(item.file)), file=out)
    for written in outcome.built:
        print(text("built", lang, outputs=", ".join(shown_path(p) for p in written)))
    if outcome.built and outcome.converter is None and outcome.converter_wanted:
        print(text("no_converter", lang), file=sys.stderr)
    for output in outcome.orphans:
        print(text("orphan_output", lang, output=shown_path(output)), file=sys.stderr)
    for output in outcome.pruned:
        print(text("pruned", lang, output=shown_path(output)))
    print(text("build_summary", lang, **_counts(outcome), seconds=outcome.seconds))


def _earlier_outputs(file: Path, out_dir: Path | None) -> list[Path]:
    """The DOCX and PDF an earlier build made of a notice that now has errors: kept, but no longer its text."""
    if out_dir is None:
        return []
    try:
        stem = pipeline.output_stem(file, out_dir)
    except (ValueError, RuntimeError):  # a file outside any notices/ folder; a symlink loop (Python 3.11)
        return []
    return [path for path in (stem.with_suffix(".docx"), stem.with_suffix(".pdf")) if path.is_file()]


def _counts(outcome: pipeline.Outcome) -> dict[str, int]:
    statuses = list(outcome.status.values())
    return {"built": statuses.count("built"), "unchanged": statuses.count("unchanged"),
            "failed": statuses.count("failed") + statuses.count("invalid")}


def build_facts(outcome: pipeline.Outcome, problems: list[dict]) -> dict:
    """A build as JSON: per notice its status and outputs, the problems, the counts and the time."""
    return {
        "notices": [{"file": str(file), "status": status, "outputs": [str(p) for p in outcome.outputs.get(file, ())]}
                    for file, status in outcome.status.items()],
        "problems": problems,
        "orphans": [str(p) for p in outcome.orphans],
        "stale": [[str(p) for p in pair] for pair in outcome.stale],
        "pruned": [str(p) for p in outcome.pruned],
        "summary": {**_counts(outcome), "seconds": round(outcome.seconds, 3), "converter": outcome.converter},
    }


