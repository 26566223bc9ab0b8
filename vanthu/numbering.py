"""Số và ký hiệu: a number with its symbol is given once in a year (Điều 15 Nghị định 30: numbered from 01 on
1 January), so two notices of one year holding the same "12/TB-UBND" are both held back until one is renumbered.

The rule looks across the notices checked together: `build.py check` with no path checks all of notices/.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from .loader import load
from .problems import Problems


def check_unique(checked: list, problems: Problems, root: Path | None = None) -> None:
    """Adds a `duplicate_number` error at the `number` line of every notice whose number, symbol and year another
    checked notice also has, naming the other file(s), and takes those notices out of the build."""
    by_key = defaultdict(list)
    for item in checked:
        if item.notice is not None:
            notice = item.notice
            by_key[(notice.date.year, notice.number_symbol)].append(item.file)
    for (year, number_symbol), files in by_key.items():
        if len(files) < 2:
            continue
        for file in files:
            others = ", ".join(_shown(other, root) for other in files if other != file)
            mark = load(file, Problems()).mark(("number",))  # re-read for the line: only clashing files
            problems.add(mark, ("number",), "duplicate_number", number_symbol=number_symbol, year=year, other=others)
    clashing = {file for files in by_key.values() if len(files) > 1 for file in files}
    for item in checked:
        if item.file in clashing:
            item.notice = None


def _shown(file: Path, root: Path | None) -> str:
    root = root or Path.cwd()
    try:
        return str(file.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(file)
