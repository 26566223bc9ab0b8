"""One line per rule: its status, name, the value measured and the range expected, in the chosen language."""
from __future__ import annotations

import sys
from pathlib import Path

from vanthu.i18n import Ref, text
from vanthu.lint import Linted, lint
from vanthu.lint.rules import OK, VIOLATION, Result

STATUS_WIDTH = 14


def rule_label(rule: str, lang: str) -> str:
    """"quoc-hieu.size" → "Quốc hiệu, cỡ chữ"."""
    element, _, measured = rule.partition(".")
    label = text(f"lint_el_{element.replace('-', '_')}", lang)
    return f"{label}, {text('lint_prop_' + measured.replace('-', '_'), lang)}" if measured else label


def shown(value, lang: str) -> str:
    if isinstance(value, Ref):
        return text(value.code, lang, **value.params)
    if isinstance(value, tuple):
        return ", ".join(shown(v, lang) for v in value)
    return str(value)


def line(result: Result, lang: str) -> str:
    status = text(f"lint_{result.status}", lang)
    return text("lint_line", lang, status=status.ljust(STATUS_WIDTH), rule=result.rule,
                label=rule_label(result.rule, lang), measured=shown(result.measured, lang),
                expected=shown(result.expected, lang))


def render(linted: Linted, lang: str, shown_name: str) -> list[str]:
    if linted.error:
        code, params = linted.error
        return [f"{shown_name}: {text(code, lang, **params)}"]
    counts = {s: sum(1 for r in linted.results if r.status == s) for s in (OK, VIOLATION)}
    head = text("lint_file", lang, file=shown_name, violations=counts[VIOLATION], ok=counts[OK],
                other=len(linted.results) - counts[OK] - counts[VIOLATION])
    return [head, *("  " + line(r, lang) for r in linted.results)]


def run(files: list[Path], pdf: Path | bool | None, lang: str) -> int:
    """`build.py lint`: print each file's rules; 1 when any file breaks one or cannot be read."""
    if isinstance(pdf, Path) and len(files) > 1:
        print(text("lint_pdf_one_docx", lang), file=sys.stderr)
        return 1
    failed = False
    for file in files:
        beside = file.with_suffix(".pdf") if pdf is True else pdf
        linted = lint(file, beside)
        failed |= linted.failed
        print("\n".join(render(linted, lang, str(file))), file=sys.stderr if linted.error else sys.stdout)
    return 1 if failed else 0
