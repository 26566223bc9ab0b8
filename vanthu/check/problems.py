"""A problem found in a notice: where it is, what field, and what is wrong (as a message code)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from vanthu import i18n
from vanthu.check import fields
from vanthu.files import shown_path

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Mark:
    """Where a value stands in a YAML file (1-based line and column)."""

    file: Path
    line: int
    column: int


@dataclass(frozen=True)
class Problem:
    file: Path
    line: int
    column: int
    field: str  # dotted path, e.g. "content.2.items.0.deadline"; "" for the whole file
    code: str  # key into the message catalogue
    params: dict = field(default_factory=dict, compare=False)
    severity: str = ERROR

    def message(self, lang: str = "vi") -> str:
        return i18n.text(self.code, lang, **self.params)

    def format(self, lang: str = "vi") -> str:
        shown = shown_path(self.file)
        label = i18n.text(self.severity, lang)
        where = f"{shown}:{self.line}:{self.column}"
        what = f" [{self._field_shown(lang)}]" if self.field else ""
        return f"{where}: {label}{what}: {self.message(lang)}"

    def _field_shown(self, lang: str) -> str:
        """A clerk counts list items from 1 and reads Vietnamese; English keeps the path (as JSON does)."""
        if lang == "en":
            return self.field
        return fields.where(self.field)

    def sort_key(self):
        return (str(self.file), self.line, self.column, self.field)


def field_name(path: tuple) -> str:
    return ".".join(str(p) for p in path)


class Problems(list):
    """Problems collected across all stages; a stage never stops at the first one."""

    def add(self, mark: Mark, path: tuple, code: str, severity: str = ERROR, **params) -> None:
        self.append(Problem(mark.file, mark.line, mark.column, field_name(path), code, params, severity))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self if p.severity == WARNING]
