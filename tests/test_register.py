"""`register`: the register of issued notices, in number order, with gaps and duplicates flagged."""
from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
from pathlib import Path

import openpyxl
import pytest

from conftest import NOTICE_149, TESTS
from vanthu import cli

SERIES = TESTS / "keep" / "series"


@pytest.fixture
def series(project, monkeypatch) -> Path:
    """Notices 05, 06, 06 again (a clerk's mistake) and 09 of 2026, and 149 of 2020; the project is the current
    folder, so files are shown relative to it."""
    monkeypatch.chdir(project)
    for file in SERIES.glob("*.yaml"):
        shutil.copy(file, project / "notices" / "2026")
    (project / "notices" / "2020").mkdir()
    shutil.copy(NOTICE_149, project / "notices" / "2020")
    return project / "notices"


def test_register_lists_notices_in_number_order_and_flags_gaps_and_duplicates(series, capsys):
    assert cli.main(["register", "--year", "2026", str(series)]) == 1  # a number given twice is an error
    captured = capsys.readouterr()
    assert "06-TB-UBND-lap.yaml:2:1:" in captured.err  # as `check` reports it
    lines = captured.out.splitlines()
    assert lines[0].split()[:3] == ["Số,", "ký", "hiệu"]
    numbers = [line.split()[0] for line in lines[1:]]
    assert numbers == ["05/TB-UBND", "06/TB-UBND", "06/TB-UBND", "07–08", "09/TB-UBND"]
    assert "số chưa có văn bản" in lines[4]
    assert "06-TB-UBND-lap.yaml" in lines[2] and lines[2].rstrip().endswith("trùng số với notices/2026/06-TB-UBND.yaml")
    assert lines[3].rstrip().endswith("trùng số với notices/2026/06-TB-UBND-lap.yaml")
    assert "149/TB-UBND" not in "\n".join(lines)  # --year keeps one year


def test_register_csv_has_every_column(series, capsys):
    assert cli.main(["register", "--format", "csv", "--lang", "en", str(series)]) == 1
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    first = rows[0]
    assert first["Number and symbol"] == "149/TB-UBND"
    assert first["Date of issue"] == "2020-03-24"
    assert first["Summary"].startswith("Kết luận của Phó Chủ tịch Thường trực")
    assert first["Signed by"] == "Phạm Hưng Hùng"
    assert "CVP, PCVP Trần Huy Kiên" in first["Recipients"]
    assert first["File"].endswith("2020/149-TB-UBND.yaml")
    nine = next(r for r in rows if r["Number and symbol"] == "09/TB-UBND")
    assert nine["Recipients"] == "Sở Tài chính" and nine["Note"] == ""


def test_register_xlsx_has_header_frozen_panes_real_dates_and_fitting_widths(series, tmp_path):
    out = tmp_path / "so.xlsx"
    assert cli.main(["register", "--format", "xlsx", "--out", str(out), str(series / "2020")]) == 0
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet[1]][:3] == ["Số, ký hiệu", "Ngày ban hành", "Trích yếu"]
    assert sheet.freeze_panes == "A2"
    assert sheet["B2"].value == dt.datetime(2020, 3, 24) and sheet["B2"].is_date
    assert sheet.column_dimensions["A"].width >= len("Số, ký hiệu")
    summary_width = sheet.column_dimensions["C"].width
    assert 20 < summary_width <= 62  # as wide as the text, up to a limit; longer text wraps
    assert sheet["C2"].alignment.wrap_text


def test_register_reports_a_broken_notice_and_lists_the_others(series, capsys):
    (series / "2026" / "06-TB-UBND-lap.yaml").unlink()
    shutil.copy(TESTS / "bad" / "missing-number.yaml", series / "2026" / "10-TB-UBND.yaml")
    assert cli.main(["register", "--year", "2026", str(series)]) == 1
    captured = capsys.readouterr()
    assert "10-TB-UBND.yaml:" in captured.err
    assert "09/TB-UBND" in captured.out
