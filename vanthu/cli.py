"""The command: `build` (the default), `check`, `watch` and `test`."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import messages, pipeline
from .files import shown_path
from .messages import text


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="build.py", description="Thông báo theo Nghị định 30/2020/NĐ-CP: "
                                     "YAML → DOCX → PDF.")
    sub = parser.add_subparsers(dest="command")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("paths", nargs="*", type=Path, help="notice files or folders (default: notices/)")
    common.add_argument("--lang", choices=("vi", "en"), help="message language (default: vi, or from LANG)")
    common.add_argument("--format", choices=("text", "json"), default="text", help="how problems are printed")
    build = sub.add_parser("build", parents=[common], help="check, then write DOCX and PDF into build/")
    build.add_argument("--out", type=Path, default=pipeline.BUILD, help="output folder (default: build/)")
    build.add_argument("--converter", type=_converter, default="auto",
                       help="PDF engine: auto, libreoffice, word, none, or unoserver://host:port[,host:port…] "
                            "(default: LibreOffice if installed, else Microsoft Word)")
    _engine_options(build)
    build.add_argument("--force", action="store_true", help="rebuild every notice, changed or not")
    build.add_argument("--prune", action="store_true", help="remove the outputs of notices that were deleted")
    watch = sub.add_parser("watch", parents=[common], help="rebuild each notice within seconds of it being saved")
    watch.add_argument("--out", type=Path, default=pipeline.BUILD, help="output folder (default: build/)")
    _engine_options(watch)
    check = sub.add_parser("check", parents=[common], help="validate only; exit 1 on errors")
    check.add_argument("--jobs", type=int, default=None, help="checking processes (default: one per core)")
    lint = sub.add_parser("lint", help="check any DOCX against Nghị định 30, Phụ lục I; exit 1 on a violation")
    lint.add_argument("files", nargs="+", type=Path, metavar="FILE.docx")
    lint.add_argument("--pdf", nargs="?", const=True, type=Path, metavar="FILE.pdf",
                      help="measure the rendered PDF too (default: the PDF beside each DOCX)")
    lint.add_argument("--lang", choices=("vi", "en"), help="message language (default: vi, or from LANG)")
    test = sub.add_parser("test", help="run the test suite (arguments go to pytest)")
    test.add_argument("pytest_args", nargs=argparse.REMAINDER)
    _keeping_commands(sub)
    return parser


def _keeping_commands(sub) -> None:
    """fmt, diff, register, new, tasks, sign, verify: each module adds its own options and runs itself (`args.run`)."""
    from . import diff, fmt, register, sign, skeleton, tasks, verify

    language = argparse.ArgumentParser(add_help=False)
    language.add_argument("--lang", choices=("vi", "en"), help="message language (default: vi, or from LANG)")
    for module in (fmt, diff, register, skeleton, tasks, sign, verify):
        module.add_command(sub, language)


def _converter(value: str) -> str:
    if value in ("auto", "libreoffice", "word", "none") or value.startswith("unoserver://"):
        return value
    raise argparse.ArgumentTypeError("auto, libreoffice, word, none or unoserver://host:port[,host:port…]")


def _engine_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--jobs", type=int, default=None, help="LibreOffice workers and rendering processes "
                        "(default: one per core)")
    parser.add_argument("--pdf-a", action="store_true", help="write PDF/A-2b, for archiving")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds a converter may spend on one file "
                        "before it counts as hung (default: 120)")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0].startswith("-") and argv[0] not in ("-h", "--help"):
        argv = ["build", *argv]
    args = _parser().parse_args(argv)
    if args.command == "test":
        import pytest

        return pytest.main(["-q", str(pipeline.PROJECT / "tests"), *args.pytest_args])
    lang = messages.language(args.lang)
    if hasattr(args, "run"):  # the keeping commands
        return args.run(args, lang)
    if args.command == "lint":
        from .lint import report as lint_report

        return lint_report.run(args.files, args.pdf, lang)
    files = pipeline.find_notices(args.paths or [pipeline.NOTICES])
    if not files:
        print(text("no_notices", lang, path=", ".join(map(str, args.paths or [pipeline.NOTICES]))), file=sys.stderr)
        return 1
    if args.command == "watch":
        from . import watch

        return watch.run(args.paths or [pipeline.NOTICES], args.out, lang, jobs=args.jobs, pdf_a=args.pdf_a,
                         timeout=args.timeout)
    if args.command == "check":
        outcome = pipeline.check(files, jobs=args.jobs or os.cpu_count() or 1)
    else:
        from .progress import Progress

        progress = Progress(lang) if args.format == "text" else None
        try:
            outcome = pipeline.build(files, args.out, args.converter, jobs=args.jobs, force=args.force,
                                     prune=args.prune, pdf_a=args.pdf_a, timeout=args.timeout, progress=progress)
        except pipeline.Refused as refused:
            print(text(refused.code, lang, **refused.params), file=sys.stderr)
            return 1
        finally:
            if progress:
                progress.close()
    report(outcome, lang, args.format, len(files), args.command == "build", getattr(args, "out", None))
    return 1 if outcome.problems.errors else 0


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
            print(p.format(lang, Path.cwd()), file=out)
    if not building:
        return
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
    except ValueError:  # a file outside any notices/ folder
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
        "pruned": [str(p) for p in outcome.pruned],
        "summary": {**_counts(outcome), "seconds": round(outcome.seconds, 3), "converter": outcome.converter},
    }


