"""The command: `build` (the default), `check` and `test`."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import messages, pipeline
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
    build.add_argument("--converter", choices=("auto", "libreoffice", "word", "none"), default="auto",
                       help="PDF engine (default: LibreOffice if installed, else Microsoft Word)")
    sub.add_parser("check", parents=[common], help="validate only; exit 1 on errors")
    test = sub.add_parser("test", help="run the test suite (arguments go to pytest)")
    test.add_argument("pytest_args", nargs=argparse.REMAINDER)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0].startswith("-") and argv[0] not in ("-h", "--help"):
        argv = ["build", *argv]
    args = _parser().parse_args(argv)
    if args.command == "test":
        import pytest

        return pytest.main(["-q", str(pipeline.PROJECT / "tests"), *args.pytest_args])
    lang = messages.language(args.lang)
    files = pipeline.find_notices(args.paths or [pipeline.NOTICES])
    if not files:
        print(text("no_notices", lang, path=", ".join(map(str, args.paths or [pipeline.NOTICES]))), file=sys.stderr)
        return 1
    if args.command == "check":
        outcome = pipeline.check(files)
    else:
        outcome = pipeline.build(files, args.out, args.converter)
    report(outcome, lang, args.format, len(files), args.command == "build")
    return 1 if outcome.problems.errors else 0


def report(outcome: pipeline.Outcome, lang: str, fmt: str, n_files: int, building: bool) -> None:
    problems = outcome.problems
    if fmt == "json":
        print(json.dumps([{
            "file": str(p.file), "line": p.line, "column": p.column, "field": p.field, "code": p.code,
            "severity": p.severity, "message": p.message(lang),
        } for p in problems], ensure_ascii=False, indent=1))
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
            print(text("not_built", lang, file=item.file), file=out)
    for written in outcome.built:
        print(text("built", lang, outputs=", ".join(_shown(p) for p in written)))
    if outcome.built and outcome.converter is None and outcome.converter_wanted:
        print(text("no_converter", lang), file=sys.stderr)


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
