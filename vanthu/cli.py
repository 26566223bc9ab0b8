"""`vanthu`: every command's parser, over shared option helpers, and one dispatch.

A command is a plain function of plain arguments that returns an exit status (its module's `run`); this module
turns the command line into those arguments, finds the project the clerk stands in, and turns a Failure into a
message and an exit status. Help is in Vietnamese, or in English with `--lang en`; the global options `--lang`
and `--format` may stand before or after the command name.
"""
from __future__ import annotations

import argparse
import signal
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from vanthu import __version__, defaults, i18n, project
from vanthu.errors import Failure

GLOBAL_OPTIONS = ("--lang", "--format")


@dataclass(frozen=True)
class Command:
    name: str
    help: tuple[str, str]  # Vietnamese, English
    example: str
    options: Callable  # (parser, t) adds the command's own arguments
    run: Callable[[], Callable]  # imported when the command runs, so `vanthu --help` stays fast
    formats: tuple[str, ...] = ()  # what --format takes; () when the command has one way of printing
    project: str = ""  # "paths": defaults to the project's notices folder; "build": needs its build folder too


def _paths(parser, t) -> None:
    parser.add_argument("paths", nargs="*", type=Path,
                        help=t("tệp hoặc thư mục thông báo (mặc định: thư mục notices/ của dự án)",
                               "notice files or folders (default: the project's notices/ folder)"))


def _engine(parser, t) -> None:
    parser.add_argument("--out", type=Path, help=t("thư mục kết quả (mặc định: build/ của dự án)",
                                                   "output folder (default: the project's build/)"))
    parser.add_argument("--jobs", type=int, help=t("số tiến trình LibreOffice và kết xuất (mặc định: mỗi lõi một)",
                                                   "LibreOffice workers and rendering processes (default: one per "
                                                   "core)"))
    parser.add_argument("--pdf-a", action="store_true", help=t("ghi PDF/A-2b để lưu trữ", "write PDF/A-2b, for "
                                                               "archiving"))
    parser.add_argument("--timeout", type=float, default=defaults.TIMEOUT,
                        help=t(f"số giây tối đa cho một tệp khi chuyển PDF (mặc định: {defaults.TIMEOUT:g})",
                               f"seconds a converter may spend on one file (default: {defaults.TIMEOUT:g})"))


def _converter(value: str) -> str:
    if value in ("auto", "libreoffice", "word", "none") or value.startswith("unoserver://"):
        return value
    raise argparse.ArgumentTypeError("auto, libreoffice, word, none, unoserver://host:port[,host:port…]")


def _build_options(parser, t) -> None:
    _paths(parser, t)
    _engine(parser, t)
    parser.add_argument("--converter", type=_converter, default="auto",
                        help=t("bộ tạo PDF: auto, libreoffice, word, none hoặc unoserver://máy:cổng[,…]",
                               "PDF engine: auto, libreoffice, word, none or unoserver://host:port[,…]"))
    parser.add_argument("--force", action="store_true", help=t("tạo lại mọi thông báo", "rebuild every notice"))
    parser.add_argument("--prune", action="store_true", help=t("xóa kết quả của thông báo đã bị xóa",
                                                               "remove the outputs of deleted notices"))


def _watch_options(parser, t) -> None:
    _paths(parser, t)
    _engine(parser, t)


def _check_options(parser, t) -> None:
    _paths(parser, t)
    parser.add_argument("--jobs", type=int, help=t("số tiến trình kiểm tra (mặc định: mỗi lõi một)",
                                                   "checking processes (default: one per core)"))


def _lint_options(parser, t) -> None:
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE.docx")
    parser.add_argument("--pdf", nargs="?", const=True, type=Path, metavar="FILE.pdf",
                        help=t("đo cả bản PDF (mặc định: tệp PDF cạnh mỗi DOCX)",
                               "measure the PDF too (default: the PDF beside each DOCX)"))


def _fmt_options(parser, t) -> None:
    _paths(parser, t)
    parser.add_argument("--check", action="store_true", help=t("không sửa gì; mã thoát 1 nếu có tệp chưa đúng kiểu",
                                                               "change nothing; exit 1 if a file is not in style"))


def _diff_options(parser, t) -> None:
    parser.add_argument("path", type=Path, help=t("tệp thông báo", "the notice file"))
    parser.add_argument("revisions", nargs="*", metavar="REV",
                        help=t("REV1 [REV2]: so REV1 (mặc định HEAD) với REV2 (mặc định: bản đang sửa)",
                               "REV1 [REV2]: compare REV1 (default HEAD) with REV2 (default: the working tree)"))
    parser.add_argument("--redline", type=Path, metavar="OUT.docx",
                        help=t("ghi thêm bản DOCX có đánh dấu thay đổi", "also write a DOCX with tracked changes"))


def _register_options(parser, t) -> None:
    _paths(parser, t)
    parser.add_argument("--year", type=int, help=t("chỉ các thông báo ban hành năm này", "only that year's notices"))
    parser.add_argument("--out", type=Path, help=t("ghi ra tệp này (XLSX mặc định: build/so-van-ban-di.xlsx)",
                                                   "write to this file (XLSX default: build/so-van-ban-di.xlsx)"))


def _tasks_options(parser, t) -> None:
    _paths(parser, t)
    parser.add_argument("--unit", help=t("chỉ nhiệm vụ đơn vị này chủ trì hoặc phối hợp (một phần tên)",
                                         "only what this unit leads or coordinates (part of its name)"))
    parser.add_argument("--due-before", metavar="D", help=t("chỉ hạn đến hết ngày này (24/3/2020)",
                                                            "only deadlines on or before this day (24/3/2020)"))
    parser.add_argument("--overdue", action="store_true", help=t("chỉ nhiệm vụ quá hạn vào --today",
                                                                 "only those overdue on --today"))
    parser.add_argument("--today", metavar="D", help=t("ngày tính quá hạn (mặc định: hôm nay)",
                                                       "the day overdue is counted from (default: today)"))
    parser.add_argument("--out", type=Path, help=t("ghi ra tệp này (XLSX mặc định: build/nhiem-vu.xlsx)",
                                                   "write to this file (XLSX default: build/nhiem-vu.xlsx)"))


def _new_options(parser, t) -> None:
    from vanthu.keep.new import SKELETONS

    parser.add_argument("folder", nargs="?", type=Path, help=t("thư mục notices/ (mặc định: của dự án)",
                                                              "the notices folder (default: the project's)"))
    parser.add_argument("--type", choices=sorted(SKELETONS), default="thong-bao",
                        help=t("loại văn bản", "kind of document"))
    parser.add_argument("--date", metavar="D", help=t("ngày ban hành (mặc định: hôm nay), ví dụ 24/3/2020",
                                                      "date of issue (default: today), e.g. 24/3/2020"))


def _init_options(parser, t) -> None:
    parser.add_argument("folder", nargs="?", type=Path, default=Path("."),
                        help=t("thư mục của kho văn bản mới (mặc định: thư mục hiện tại)",
                               "the new office repository's folder (default: the current folder)"))


def _sign_options(parser, t) -> None:
    parser.add_argument("source", type=Path, metavar="NOTICE.yaml|BUILT.pdf",
                        help=t("thông báo (tệp YAML) hoặc tệp PDF đã tạo của nó", "the notice, or its built PDF"))
    parser.add_argument("--signer", required=True, metavar="KEY",
                        help=t("khóa của người ký trong signing.keys (_agency.yaml)",
                               "the signer's key in signing.keys (_agency.yaml)"))
    parser.add_argument("--agency", required=True, metavar="KEY",
                        help=t("khóa của cơ quan trong signing.keys", "the agency's key in signing.keys"))
    parser.add_argument("--attachment", type=Path, action="append", default=[], metavar="FILE.pdf",
                        help=t("phụ lục, văn bản kèm theo phát hành thành tệp riêng: cơ quan ký số cả tệp này",
                               "an appendix or attachment issued as a separate PDF: the agency signs it too"))
    parser.add_argument("--out", type=Path, help=t("thư mục kết quả (mặc định: build/ của dự án)",
                                                   "the build folder (default: the project's build/)"))


def _verify_options(parser, t) -> None:
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE.pdf")
    parser.add_argument("--settings", type=Path, metavar="_agency.yaml",
                        help=t("lấy chứng thư gốc tin cậy từ tệp này (mặc định: của thông báo, hoặc "
                               "notices/_agency.yaml của dự án)", "whose trust roots to use (default: the notice's, "
                               "else the project's notices/_agency.yaml)"))


def _import_options(parser, t) -> None:
    parser.add_argument("paths", nargs="+", type=Path, metavar="FILE.docx|FOLDER",
                        help=t("tệp Word (.docx) hoặc thư mục chứa chúng", "Word files (.docx) or folders of them"))
    parser.add_argument("--out", type=Path, help=t("thư mục ghi thông báo, ví dụ notices/so-cong-thuong/2026 "
                                                   "(mặc định: notices/<năm>/ của dự án)",
                                                   "where the notices are written, e.g. notices/so-cong-thuong/2026 "
                                                   "(default: the project's notices/<year>/)"))
    parser.add_argument("--jobs", type=int, help=t("số tiến trình đọc DOCX (mặc định: mỗi lõi một)",
                                                   "processes reading DOCX (default: one per core)"))


def _schema_options(parser, t) -> None:
    parser.add_argument("--out", type=Path, help=t("ghi ra tệp này thay vì in ra", "write to this file, not stdout"))


def _run(module: str, name: str = "run") -> Callable[[], Callable]:
    def load():
        import importlib

        return getattr(importlib.import_module(module), name)
    return load


COMMANDS = {c.name: c for c in (
    Command("build", ("kiểm tra rồi tạo DOCX và PDF vào build/", "check, then write DOCX and PDF into build/"),
            "vanthu build notices/2020", _build_options, _run("vanthu.engine.commands", "build"), ("text", "json"),
            "build"),
    Command("check", ("chỉ kiểm tra; mã thoát 1 khi có lỗi", "check only; exit 1 on an error"),
            "vanthu check notices/2020/149-TB-UBND.yaml", _check_options, _run("vanthu.engine.commands", "check"),
            ("text", "json"), "paths"),
    Command("watch", ("tạo lại mỗi thông báo vài giây sau khi lưu", "rebuild each notice seconds after it is saved"),
            "vanthu watch", _watch_options, _run("vanthu.engine.watch"), (), "build"),
    Command("lint", ("đo một tệp DOCX bất kỳ theo Phụ lục I Nghị định 30", "check any DOCX against Nghị định 30, "
                     "Phụ lục I"), "vanthu lint build/2020/149-TB-UBND.docx --pdf", _lint_options,
            _run("vanthu.lint.report")),
    Command("fmt", ("viết lại YAML theo kiểu chung (giữ chú thích)", "rewrite notices in the house YAML style"),
            "vanthu fmt --check", _fmt_options, _run("vanthu.keep.fmt"), (), "paths"),
    Command("diff", ("thay đổi của một thông báo giữa hai phiên bản git", "what changed in a notice between two "
                     "git revisions"), "vanthu diff notices/2020/149-TB-UBND.yaml HEAD~1 --redline sua.docx",
            _diff_options, _run("vanthu.keep.diff")),
    Command("register", ("sổ đăng ký văn bản đi", "the register of issued notices"), "vanthu register --year 2026 "
            "--format xlsx", _register_options, _run("vanthu.keep.register"), ("text", "csv", "xlsx"), "build"),
    Command("tasks", ("các nhiệm vụ được giao và thời hạn", "every assignment with its deadline"),
            "vanthu tasks --overdue --format ics --out nhiem-vu.ics", _tasks_options, _run("vanthu.keep.tasks"),
            ("text", "csv", "xlsx", "ics"), "build"),
    Command("sign", ("ký số văn bản điện tử: chữ ký của người ký và của cơ quan", "sign an electronic notice: the "
                     "signer's and the agency's digital signatures"),
            "vanthu sign notices/vpcp/2026/1205-TB-VPCP.yaml --signer pho-chu-nhiem --agency van-phong",
            _sign_options, _run("vanthu.keep.sign")),
    Command("verify", ("kiểm tra chữ ký số của tệp PDF", "check the digital signatures of PDF files"),
            "vanthu verify build/vpcp/2026/1205-TB-VPCP.signed.pdf", _verify_options, _run("vanthu.keep.verify"),
            ("text", "json")),
    Command("new", ("tạo thông báo tiếp theo của năm từ khung mẫu", "start the next notice of the year"),
            "vanthu new --date 24/3/2026", _new_options, _run("vanthu.keep.new")),
    Command("init", ("tạo kho văn bản mới cho một cơ quan", "start an office repository"), "vanthu init van-ban",
            _init_options, _run("vanthu.keep.init")),
    Command("import", ("nhập văn bản Word (.docx) đã có thành tệp YAML thông báo", "turn existing Word notices "
                       "(.docx) into notice YAML"), "vanthu import cu/ --out notices/so-cong-thuong/2026",
            _import_options, _run("vanthu.keep.importing"), ("text", "json")),
    Command("schema", ("in lược đồ JSON Schema cho trình soạn thảo (VS Code)", "print the JSON Schema for editors "
                       "(VS Code)"), "vanthu schema --out schema.json", _schema_options,
            _run("vanthu.check.jsonschema")),
)}


class _Parser(argparse.ArgumentParser):
    """argparse with its headings and its errors in the clerk's language."""

    def __init__(self, *args, lang: str, **kwargs):
        self.lang = lang
        super().__init__(*args, add_help=False, formatter_class=argparse.RawDescriptionHelpFormatter, **kwargs)
        t = _texts(lang)
        self._positionals.title = t("đối số", "arguments")
        self._optionals.title = t("tùy chọn", "options")
        self.add_argument("-h", "--help", action="help", help=t("in hướng dẫn này", "show this help"))

    def format_usage(self):
        return super().format_usage().replace("usage:", _texts(self.lang)("Cách dùng:", "usage:"), 1)

    def format_help(self):
        return super().format_help().replace("usage:", _texts(self.lang)("Cách dùng:", "usage:"), 1)

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {_texts(self.lang)('lỗi', 'error')}: {message}\n")


def _texts(lang: str):
    return lambda vi, en: en if lang == "en" else vi


def command_parser(command: Command, lang: str) -> argparse.ArgumentParser:
    t = _texts(lang)
    parser = _Parser(prog=f"vanthu {command.name}", description=t(*command.help), lang=lang,
                     epilog=t("Ví dụ:", "Example:") + f"\n  {command.example}")
    command.options(parser, t)
    parser.add_argument("--lang", choices=("vi", "en"), help=t("ngôn ngữ thông báo (mặc định: vi, hoặc theo LANG)",
                                                                "message language (default: vi, or from LANG)"))
    if command.formats:
        parser.add_argument("--format", choices=command.formats, default=command.formats[0],
                            help=t("cách in kết quả", "how results are printed"))
    # Fixed now: parse_intermixed_args would otherwise cut the first 7 characters of our translated usage line.
    parser.usage = argparse.ArgumentParser.format_usage(parser).removeprefix("usage: ").strip()
    return parser


def overview(lang: str) -> str:
    t = _texts(lang)
    width = max(map(len, COMMANDS))
    lines = [t("Cách dùng: vanthu [LỆNH] [tùy chọn]   (mặc định: build)", "usage: vanthu [COMMAND] [options]   "
               "(default: build)"), "",
             t("Thông báo theo Nghị định 30/2020/NĐ-CP: YAML → DOCX → PDF.", "Notices laid out by Nghị định "
               "30/2020/NĐ-CP: YAML → DOCX → PDF."), "", t("Lệnh:", "commands:")]
    lines += [f"  {name.ljust(width)}  {t(*c.help)}" for name, c in COMMANDS.items()]
    lines += ["", t("Tùy chọn chung (trước hoặc sau tên lệnh): --lang vi|en, --format, --version, --help",
                    "Global options (before or after the command name): --lang vi|en, --format, --version, --help"),
              t("Ví dụ:", "Example:") + "  vanthu --lang en check notices/2020", ""]
    return "\n".join(lines)


def split(argv: list[str]) -> tuple[str | None, list[str], list[str]]:
    """(command name, its arguments, the flags seen before it): global options before the name go after it."""
    before: list[str] = []
    i = 0
    while i < len(argv):
        word = argv[i]
        if word in GLOBAL_OPTIONS and i + 1 < len(argv):
            before += argv[i:i + 2]
            i += 2
        elif word.split("=", 1)[0] in GLOBAL_OPTIONS or word in ("-h", "--help", "--version"):
            before.append(word)
            i += 1
        elif word in COMMANDS:
            return word, argv[i + 1:] + [w for w in before if w not in ("-h", "--help", "--version")], before
        else:  # a path or a build option: the default command
            break
    flags = [w for w in before if w in ("-h", "--help", "--version")]
    rest = [w for w in before if w not in flags] + argv[i:]
    return None, rest, flags


def _language(argv: list[str]) -> str:
    for i, word in enumerate(argv):
        if word == "--lang" and i + 1 < len(argv) and argv[i + 1] in ("vi", "en"):
            return argv[i + 1]
        if word in ("--lang=vi", "--lang=en"):
            return word[7:]
    return i18n.language()


def main(argv: list[str] | None = None) -> int:
    utf8_output()
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = _language(argv)
    name, rest, flags = split(argv)
    if "--version" in flags:
        print(f"vanthu {__version__}")
        return 0
    if name is None and flags:
        print(overview(lang))
        return 0
    command = COMMANDS[name or "build"]
    args = vars(command_parser(command, lang).parse_intermixed_args(rest))
    args["lang"] = i18n.language(args.get("lang"))
    stops = [signal.SIGINT, *([signal.SIGTERM] if hasattr(signal, "SIGTERM") else [])]  # a polite kill, as Ctrl+C
    before = {stop: signal.signal(stop, _interrupted) for stop in stops}
    try:
        _where(command, args)
        return command.run()(**args)
    except Failure as failure:
        print(failure.message(args["lang"]), file=sys.stderr)
        return failure.status
    except KeyboardInterrupt:
        print(i18n.text("interrupted", args["lang"]), file=sys.stderr)
        before.clear()  # stay deaf to a late second stop (build.py passes Ctrl+C on) until the process has ended
        return 130  # as a shell reports a command stopped by Ctrl+C
    finally:
        for stop, handler in before.items():  # main() is also called inside the tests' process
            signal.signal(stop, handler)


def utf8_output() -> None:
    """Print UTF-8 whatever the console's code page: on Windows a pipe or a file (`> log.txt`) would otherwise be
    written in cp1252, which has no Vietnamese letters."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _interrupted(signum, frame):
    # Only the first stop counts: a second Ctrl+C must not cut short the clean-up the first one started.
    signal.signal(signum, signal.SIG_IGN)
    raise KeyboardInterrupt


def _where(command: Command, args: dict) -> None:
    """Fill in what a command takes from the project: its notices folder, its build folder."""
    if command.name == "new":
        args["folder"] = args["folder"] or _project(project.find()).notices
        return
    if not command.project:
        return
    given = args["paths"]
    found = project.find(given[0] if given else None)
    if not given:
        args["paths"] = [_project(found).notices]
    if command.name in ("register", "tasks"):  # the build folder holds their XLSX by default
        args["build"] = found.build if found else Path.cwd() / "build"
    elif command.project == "build" and args["out"] is None:
        args["out"] = _project(found).build


def _project(found: project.Project | None) -> project.Project:
    if found is None:
        raise Failure("no_project", folder=Path.cwd())
    return found


if __name__ == "__main__":
    sys.exit(main())
