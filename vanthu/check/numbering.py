"""Số và ký hiệu: a number with its symbol is given once in a year (Điều 15 Nghị định 30: numbered from 01 on
1 January), so two notices of one year holding the same "12/TB-UBND" are both held back until one is renumbered.

The rule looks across the notices checked together (`build.py check` with no path checks all of notices/), and an
incremental build also holds them against the numbers of the unchanged notices it recorded.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from vanthu.check.problems import Problems
from vanthu.files import shown_path


def key(notice) -> str:
    """The year and "149/TB-UBND": what may appear once (kept in the build record for unchanged notices)."""
    return f"{notice.date.year} {notice.number_symbol}"


def check_unique(checked: list, problems: Problems, recorded: dict[str, Path] | None = None) -> None:
    """Adds a `duplicate_number` error at the `number` line of every checked notice whose number, symbol and year
    another notice also has, naming the other file(s), and takes those notices out of the build. `recorded` holds
    the keys of notices an incremental build did not check again (unchanged since the last build)."""
    by_key = defaultdict(list)
    for item in checked:
        if item.notice is not None:
            by_key[key(item.notice)].append(item)
    clashing = set()
    for number_key, files in by_key.items():
        holders = [item.file for item in files] + ([recorded[number_key]] if recorded and number_key in recorded
                                                   else [])
        if len(holders) < 2:
            continue
        year, number_symbol = number_key.split(" ", 1)
        for item in files:
            others = ", ".join(shown_path(other) for other in holders if other != item.file)
            problems.add(item.number_mark, ("number",), "duplicate_number", number_symbol=number_symbol,
                         year=int(year), other=others)
            clashing.add(item.file)
    for item in checked:
        if item.file in clashing:
            item.notice = None
