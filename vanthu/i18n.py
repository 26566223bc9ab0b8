"""The messages: every text the toolkit shows a clerk, in Vietnamese and in English, and the language chosen.

Codes are stable (tests and `--format json` use them); wording may improve freely.
"""
from __future__ import annotations

import importlib
import os
from functools import cache

_COMMON: dict[str, tuple[str, str]] = {
    "error": ("lỗi", "error"),
    "summary": ("{errors} lỗi, {warnings} cảnh báo trong {files} tệp.",
                "{errors} error(s), {warnings} warning(s) in {files} file(s)."),
    "no_project": ("Không tìm thấy dự án từ thư mục {folder}: không có thư mục notices/ (hay bảng [tool.vanthu] trong "
                   "pyproject.toml) ở đây hay ở thư mục cha. Hãy chạy lệnh trong kho văn bản, hoặc tạo kho bằng "
                   "«vanthu init».",
                   "No project found from {folder}: no notices/ folder (or [tool.vanthu] table in pyproject.toml) "
                   "here or above. Run the command inside an office repository, or start one with «vanthu init»."),
    "interrupted": ("Đã dừng theo yêu cầu (Ctrl+C).", "Stopped (Ctrl+C)."),
    "no_notices": ("Không tìm thấy thông báo nào (tệp .yaml) trong {path}.", "No notices (.yaml files) found in {path}."),
    "yaml_syntax": ("Sai cú pháp YAML: {detail}. Kiểm tra thụt lề (dùng dấu cách, không dùng Tab), dấu ngoặc kép "
                    "và dấu hai chấm trong câu (khi đó đặt cả câu trong ngoặc kép).",
                    "YAML syntax error: {detail}. Check the indentation (spaces, not tabs), the quotes, and any colon "
                    "inside a sentence (then quote the whole sentence)."),
    "type_string": ("chuỗi văn bản", "text"),
    "type_list": ("danh sách (mỗi mục một dòng bắt đầu bằng «- »)", "a list (one «- » line per item)"),
    "type_dict": ("nhóm trường (các dòng «tên: giá trị» thụt vào)", "a group of indented «name: value» lines"),
    "type_integer": ("số nguyên", "a whole number"),
    "type_date": ("ngày", "a date"),
    "invalid": ("«{label}» không hợp lệ.", "«{label}» is not valid."),
    "opening_needs_meeting": ("Cần có «meeting» hoặc tự viết «{field}».",
                              "Give «meeting» or write «{field}» yourself."),
    "upper_case_line": ("«{label}» phải viết in hoa: «{value}».", "«{label}» must be upper case: «{value}»."),
    "duplicate_number": ("Số {number_symbol} năm {year} đã dùng cho {other}; mỗi số, ký hiệu chỉ cấp một lần trong năm.",
                         "The number {number_symbol} of {year} is also used by {other}; a number and symbol are "
                         "given once a year."),
    "written": ("Đã ghi {file}", "Wrote {file}"),
    "phase_checking": ("kiểm tra", "checking"),
    "phase_rendering": ("tạo DOCX", "writing DOCX"),
    "phase_converting": ("chuyển PDF", "converting to PDF"),
    "phase_installing": ("ghi tệp", "installing"),
    "phase_importing": ("đọc DOCX", "reading DOCX"),
    "import_blank_number_short": ("điền số văn bản", "fill in the number"),
    "import_blank_date_short": ("điền ngày ban hành", "fill in the date of issue"),
}
# Each area keeps its own messages beside its code, in <area>/messages.py; a code is in one place only.
AREAS = ("check", "engine", "keep", "lint")


@cache
def catalogue() -> dict[str, tuple[str, str]]:
    """Every message by code. The areas are read when a message is first shown (an area's package imports
    this module)."""
    merged = dict(_COMMON)
    for area in AREAS:
        merged |= importlib.import_module(f"vanthu.{area}.messages").CATALOGUE
    return merged


def language(explicit: str | None = None) -> str:
    """`--lang` wins; else the environment's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); Vietnamese by default."""
    if explicit:
        return explicit
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return "en" if value.startswith("en") else "vi"
    return "vi"


class Ref:
    """A message inside a message (a hint, a type name), rendered in the same language as its host."""

    def __init__(self, code: str, **params):
        self.code, self.params = code, params

    def __eq__(self, other):
        return isinstance(other, Ref) and (self.code, self.params) == (other.code, other.params)


def text(code: str, lang: str = "vi", **params) -> str:
    vi, en = catalogue()[code]
    shown = {k: text(v.code, lang, **v.params) if isinstance(v, Ref) else v for k, v in params.items()}
    return (en if lang == "en" else vi).format(**shown)
