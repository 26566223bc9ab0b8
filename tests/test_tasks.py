"""`tasks`: every assignment of every notice, as a sheet, an overdue list or an iCalendar file."""
from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
from pathlib import Path

import icalendar
import openpyxl
import pytest

from conftest import NOTICE_149, TESTS
from vanthu import cli


@pytest.fixture
def notices(project, monkeypatch) -> Path:
    """149/TB-UBND of 2020 (eight assignments, four with a deadline) and the 2026 series (three)."""
    for file in (TESTS / "keep" / "series").glob("0[59]*.yaml"):
        shutil.copy(file, project / "notices" / "2026")
    shutil.copy(TESTS / "keep" / "series" / "06-TB-UBND.yaml", project / "notices" / "2026")
    (project / "notices" / "2020").mkdir()
    shutil.copy(NOTICE_149, project / "notices" / "2020")
    monkeypatch.chdir(project)
    return project / "notices"


def _csv(capsys) -> list[dict]:
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


def test_one_row_per_assignment_soonest_deadline_first(notices, capsys):
    assert cli.main(["tasks", "--format", "csv", "--lang", "en", str(notices)]) == 0
    rows = _csv(capsys)
    assert len(rows) == 8 + 2
    first = rows[0]
    assert first["Deadline"] == "2020-03-25" and first["Lead unit"] == "Sở Nội vụ"
    assert first["Coordinating units"] == "Văn phòng Ủy ban nhân dân thành phố"
    assert first["Number and symbol"] == "149/TB-UBND" and first["Item"] == "2. › -1"
    assert first["Assignment"].startswith("Về sắp xếp các đơn vị sự nghiệp: Giao Giám đốc Sở Nội vụ")
    assert [r["Deadline"] for r in rows[-4:]] == ["", "", "", ""]  # no deadline: last
    assert {r["Item"] for r in rows if r["Number and symbol"] == "149/TB-UBND"} >= {"2. › -4 › +3", "3."}


def test_unit_filter_keeps_what_the_unit_leads_or_coordinates(notices, capsys):
    cli.main(["tasks", "--format", "csv", "--lang", "en", "--unit", "sở tài chính", str(notices)])
    rows = _csv(capsys)
    assert [(r["Number and symbol"], r["Lead unit"]) for r in rows] == [("06/TB-UBND", "Sở Công Thương"),
                                                                        ("09/TB-UBND", "Sở Tài chính")]


def test_due_before_keeps_deadlines_up_to_that_day(notices, capsys):
    cli.main(["tasks", "--format", "csv", "--lang", "en", "--due-before", "25/3/2020", str(notices)])
    assert [r["Deadline"] for r in _csv(capsys)] == ["2020-03-25", "2020-03-25"]


def test_overdue_list_counts_days_from_the_given_date(notices, capsys):
    cli.main(["tasks", "--format", "csv", "--lang", "en", "--overdue", "--today", "10/2/2026", str(notices)])
    rows = _csv(capsys)
    assert len(rows) == 4 + 1  # the four of 2020 and 06/TB-UBND's (5/2/2026)
    assert rows[-1]["Number and symbol"] == "06/TB-UBND" and rows[-1]["Days overdue"] == "5"
    assert rows[0]["Days overdue"] == str((dt.date(2026, 2, 10) - dt.date(2020, 3, 25)).days)


def test_text_output_prints_the_overdue_list_below(notices, capsys):
    cli.main(["tasks", "--today", "1/4/2020", "--unit", "Sở Nội vụ", str(notices)])
    out = capsys.readouterr().out
    whole, overdue = out.split("Quá hạn tính đến 01/4/2020")
    assert whole.count("149/TB-UBND") == 4 and overdue.count("149/TB-UBND") == 3


def test_ics_has_one_event_per_deadline_read_back_with_icalendar(notices, tmp_path):
    out = tmp_path / "han.ics"
    assert cli.main(["tasks", "--format", "ics", "--out", str(out), str(notices)]) == 0
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 4 + 2  # the assignments with a deadline
    first = events[0]
    assert first.decoded("dtstart") == dt.date(2020, 3, 25)
    assert first.decoded("dtend") == dt.date(2020, 3, 26)
    assert "Sở Nội vụ" in str(first["summary"]) and "149/TB-UBND" in str(first["summary"])
    assert "trước ngày 25/3/2020" in str(first["description"])
    assert len({str(e["uid"]) for e in events}) == len(events)
    assert list(first.walk("VALARM"))[0].decoded("trigger") == -dt.timedelta(days=1)


def test_xlsx_has_header_frozen_panes_real_dates_widths_and_an_overdue_sheet(notices, tmp_path):
    out = tmp_path / "nhiem-vu.xlsx"
    assert cli.main(["tasks", "--format", "xlsx", "--out", str(out), "--today", "1/4/2020", str(notices)]) == 0
    book = openpyxl.load_workbook(out)
    tasks, overdue = book.worksheets
    assert tasks.title == "Nhiệm vụ" and overdue.title == "Quá hạn tính đến 01-4-2020"  # no "/" in a sheet name
    assert [c.value for c in tasks[1]][:3] == ["Thời hạn", "Quá hạn (ngày)", "Đơn vị chủ trì"]
    assert tasks.freeze_panes == "A2" and overdue.freeze_panes == "A2"
    assert tasks["A2"].is_date and tasks["A2"].value == dt.datetime(2020, 3, 25)
    assert tasks.max_row == 1 + 10 and overdue.max_row == 1 + 4
    assert overdue["B2"].value == 7
    lead_width = tasks.column_dimensions["C"].width
    assert len("Văn phòng Ủy ban nhân dân thành phố") <= lead_width <= 62


def test_a_wrong_date_option_is_a_clear_message(notices, capsys):
    assert cli.main(["tasks", "--today", "31/2/2026", str(notices)]) == 2
    assert "«--today»: ngày «31/2/2026» không có trong lịch." in capsys.readouterr().err
