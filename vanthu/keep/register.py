"""The register of issued notices (sổ đăng ký văn bản đi): every notice in number order, gaps and duplicates flagged.

Also the pieces the keeping commands share: the checked notices of a set of paths, and a table written as text,
CSV or an XLSX sheet (header row, frozen panes, real dates, column widths that fit).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from vanthu.check import notices as checking
from vanthu.files import shown_path, write_atomically
from vanthu.i18n import text
from vanthu.notice import nd30
from vanthu.notice.model import Notice

CELL_TEXT_MAX = 60  # characters of a cell shown in the terminal; sheets hold everything


def checked_notices(paths: list[Path], lang: str, with_duplicates: bool = False) -> tuple[list[Notice], bool]:
    """The valid notices under the paths, and whether any had errors (which go to stderr with their place).

    `with_duplicates` also gives the notices held back only because another notice has their number: the register
    must show both."""
    files = checking.find_notices(paths)
    if not files:
        print(text("no_notices", lang, path=", ".join(map(str, paths))), file=sys.stderr)
        return [], True
    checked, problems = checking.check(files)
    for problem in problems.errors:
        print(problem.format(lang), file=sys.stderr)
    notices = [item.notice for item in checked if item.notice is not None]
    if with_duplicates:
        codes: dict[Path, set] = {}
        for problem in problems.errors:
            codes.setdefault(problem.file, set()).add(problem.code)
        notices += [item.modelled for item in checked
                    if item.notice is None and item.modelled and codes.get(item.file) == {"duplicate_number"}]
    return notices, bool(problems.errors)


@dataclass
class Table:
    """Rows of values (text, numbers, dates, None) under headers that are message codes."""

    title: str
    headers: list[str]
    rows: list[list]

    def header_texts(self, lang: str) -> list[str]:
        return [text(code, lang) for code in self.headers]


def _cell(value, for_csv: bool) -> str:
    if isinstance(value, dt.date):
        return value.isoformat() if for_csv else nd30.short_date(value)
    return "" if value is None else str(value)


def as_text(table: Table, lang: str) -> str:
    """Columns lined up for a terminal; long cells cut with "…"."""
    cells = [table.header_texts(lang)]
    for row in table.rows:
        shown = [_cell(v, False) for v in row]
        cells.append([s if len(s) <= CELL_TEXT_MAX else s[:CELL_TEXT_MAX - 1] + "…" for s in shown])
    widths = [max(len(r[i]) for r in cells) for i in range(len(cells[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells) + "\n"


def as_csv(table: Table, lang: str) -> str:
    """Dates as 2020-03-24, which every spreadsheet reads as a date whatever its locale."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table.header_texts(lang))
    writer.writerows([_cell(v, True) for v in row] for row in table.rows)
    return out.getvalue()


def as_xlsx(sheets: list[Table], lang: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.active)
    for table in sheets:
        sheet = book.create_sheet(re.sub(r"[][\\/?*:]", "-", table.title)[:31])  # what Excel allows in a name
        sheet.append(table.header_texts(lang))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append(row)
        sheet.freeze_panes = "A2"
        if table.rows:
            sheet.auto_filter.ref = sheet.dimensions
        for column in sheet.columns:
            longest = max(len(_cell(c.value, False)) for c in column)
            letter = column[0].column_letter
            sheet.column_dimensions[letter].width = min(longest, CELL_TEXT_MAX) + 2
            for cell in column[1:]:
                if isinstance(cell.value, dt.date):
                    cell.number_format = "DD/MM/YYYY"
                elif longest > CELL_TEXT_MAX:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def emit(sheets: list[Table], fmt: str, out: Path | None, default_xlsx: Path, lang: str) -> None:
    """An XLSX file holds every table as a sheet; text is printed (every table, each under its title when there
    are several); CSV holds the first table, printed or written to `out`."""
    if fmt == "xlsx":
        target = out or default_xlsx
        write_atomically(target, as_xlsx(sheets, lang))
        print(text("written", lang, file=shown_path(target)), file=sys.stderr)
        return
    if fmt == "csv":
        rendered = as_csv(sheets[0], lang)
    else:
        rendered = "\n".join((f"{t.title}\n" if len(sheets) > 1 else "") + as_text(t, lang) for t in sheets)
    if out is None:
        sys.stdout.write(rendered)
        return
    # A CSV file starts with a byte-order mark so that Excel reads its Vietnamese as UTF-8.
    write_atomically(out, rendered.encode("utf-8-sig" if fmt == "csv" else "utf-8"))
    print(text("written", lang, file=shown_path(out)), file=sys.stderr)


# The register proper.

def numbering_series(notice: Notice) -> tuple:
    """Numbers run from 01 each year (Nghị định 30, Điều 15), per issuing agency and symbol."""
    return notice.date.year, notice.agency.name, notice.symbol


def register(notices: list[Notice], year: int | None, lang: str, build: Path | None = None) -> Table:
    """One row per notice in number order; a gap in a year's numbering is a row of its own, duplicates are noted;
    when it was signed (`sign`), from its signed PDF in the build folder."""
    from vanthu.keep.sign import signed_when

    chosen = sorted((n for n in notices if year is None or n.date.year == year),
                    key=lambda n: (numbering_series(n), n.number, str(n.file)))
    rows, previous = [], None
    for i, notice in enumerate(chosen):
        series = numbering_series(notice)
        if previous is not None and numbering_series(previous) == series and notice.number > previous.number + 1:
            first, last = previous.number + 1, notice.number - 1
            gap = nd30.two_digits_below_10(first) + ("" if first == last else f"–{nd30.two_digits_below_10(last)}")
            rows.append([gap, None, None, None, None, None, None, text("register_gap", lang)])
        twins = [o for o in chosen if o is not notice and numbering_series(o) == series and o.number == notice.number]
        note = "; ".join(text("register_duplicate", lang, file=shown_path(o.file)) for o in twins)
        rows.append([notice.number_symbol, notice.date, notice.summary, notice.signer,
                     "; ".join(notice.recipients), shown_path(notice.file),
                     signed_when(notice.file, build, lang) if build else None, note or None])
        previous = notice
    headers = ["col_number_symbol", "col_date", "col_summary", "col_signer", "col_recipients", "col_file", "col_signed",
               "col_note"]
    return Table(text("register_title", lang, year=year or ""), headers, rows)


def run(paths: list[Path], year: int | None, format: str, out: Path | None, build: Path, lang: str) -> int:
    """`vanthu register`: the register of the notices under the paths, as text, CSV or XLSX."""
    notices, had_errors = checked_notices(paths, lang, with_duplicates=True)
    if not notices and had_errors:
        return 1
    table = register(notices, year, lang, build)
    name = "so-van-ban-di" + (f"-{year}" if year else "") + ".xlsx"
    emit([table], format, out, build / name, lang)
    return 1 if had_errors else 0
