"""The conformance checker: `build.py lint FILE.docx… [--pdf]` measures any DOCX (and its PDF) against the
rules of Nghị định 30/2020/NĐ-CP, Phụ lục I, one line per rule."""
from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml.etree import XMLSyntaxError

from vanthu.lint import elements, rules
from vanthu.lint.rules import Result


@dataclass
class Linted:
    file: Path
    results: list[Result]
    error: tuple[str, dict] | None = None  # a message code and its parameters when the file cannot be read

    @property
    def violations(self) -> list[Result]:
        return [r for r in self.results if r.status == rules.VIOLATION]

    @property
    def failed(self) -> bool:
        return self.error is not None or bool(self.violations)


def lint(file: Path, pdf: Path | None = None) -> Linted:
    """Every rule for one DOCX; with a PDF, the rules measured on the rendered pages too."""
    try:
        document = docx.Document(str(file))
    except (OSError, PackageNotFoundError, zipfile.BadZipFile, KeyError, XMLSyntaxError, ValueError) as exc:
        return Linted(file, [], ("lint_unreadable", {"reason": str(exc) or type(exc).__name__}))
    layout = elements.find(document)
    results = rules.check(document, layout)
    if pdf is not None:
        from vanthu.lint import pdf as rendered

        measured = rendered.check(pdf, document, layout)
        if isinstance(measured, tuple):
            return Linted(file, results, measured)
        results += measured
    return Linted(file, results)
