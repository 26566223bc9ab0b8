"""The assignments tracker: every assignment of every notice, as a sheet, an overdue list or a calendar.

An assignment is data in the model (`Notice.assignments()`): lead unit, coordinating units, deadline. Nothing
here knows whether a task was done; "overdue" means its deadline is before the day asked about.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

from vanthu.check.schema import parse_date
from vanthu.errors import Failure
from vanthu.files import shown_path, write_atomically
from vanthu.i18n import text
from vanthu.keep.register import Table, checked_notices, emit
from vanthu.notice import nd30
from vanthu.notice.model import Element, Notice


def outline(elements: tuple[Element, ...], trail: tuple[str, ...] = ()):
    """(label, element) for every element in reading order. A label is the chain of markers a reader uses,
    "2. › -4 › +1"; an unnumbered item takes its place among its siblings ("-4"). An unnumbered paragraph belongs
    to the numbered element above it, as a reader takes it ("2. › ¶1": the first paragraph after 2.); before any,
    it takes its place among its siblings ("¶2")."""
    above, after = None, 0  # the last numbered sibling, and the paragraphs read since
    for element in elements:
        if element.kind == "paragraph" and above is not None:
            after += 1
            here = (*trail, above, f"¶{after}")
        else:
            own = element.marker if element.marker not in ("-", "+", "") else f"{element.marker or '¶'}{element.path[-1] + 1}"
            if element.kind in ("conclusion", "point", "section"):
                above, after = own, 0
            here = (*trail, own)
        yield " › ".join(here), element
        yield from outline(element.children, here)


@dataclass(frozen=True)
class Task:
    notice: Notice
    item: str  # where the assignment stands in the notice, e.g. "2. › -1"
    element: Element

    @property
    def deadline(self) -> dt.date | None:
        return self.element.assignment.deadline

    def concerns(self, unit: str) -> bool:
        """The unit leads it or coordinates it (any part of the unit's name, ignoring case)."""
        wanted = unit.casefold()
        assignment = self.element.assignment
        return any(wanted in name.casefold() for name in (assignment.lead or "", *assignment.coordinating))

    def days_overdue(self, today: dt.date) -> int | None:
        return (today - self.deadline).days if self.deadline and self.deadline < today else None


def collect(notices: list[Notice]) -> list[Task]:
    """Every assignment, soonest deadline first (those without a deadline last), then in notice order."""
    found = []
    for notice in notices:
        labels = {id(element): label for label, element in outline(notice.content)}
        found.extend(Task(notice, labels[id(element)], element) for element in notice.assignments())
    return sorted(found, key=lambda t: (t.deadline is None, t.deadline or dt.date.max, t.notice.date,
                                        t.notice.number, str(t.notice.file)))


def select(tasks: list[Task], unit: str | None, due_by: dt.date | None, overdue_on: dt.date | None) -> list[Task]:
    """`due_by` keeps deadlines on or before that day; `overdue_on` keeps deadlines before that day."""
    return [t for t in tasks
            if (unit is None or t.concerns(unit))
            and (due_by is None or t.deadline is not None and t.deadline <= due_by)
            and (overdue_on is None or t.days_overdue(overdue_on) is not None)]


HEADERS = ["col_deadline", "col_days_overdue", "col_lead", "col_coordinating", "col_number_symbol", "col_item",
           "col_task", "col_date", "col_file"]


def table(tasks: list[Task], today: dt.date, title: str) -> Table:
    rows = [[t.deadline, t.days_overdue(today), t.element.assignment.lead, "; ".join(t.element.assignment.coordinating),
             t.notice.number_symbol, t.item, t.element.text, t.notice.date, shown_path(t.notice.file)] for t in tasks]
    return Table(title, HEADERS, rows)


def calendar(tasks: list[Task], lang: str) -> bytes:
    """One all-day event per deadline, with a reminder the day before. Each event's UID comes from the notice and
    the item, so importing a newer file updates the events instead of doubling them."""
    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//vanthu//Theo doi nhiem vu//VI")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", text("ics_calendar_name", lang))
    stamp = dt.datetime.now(dt.timezone.utc)
    for task in tasks:
        if task.deadline is None:
            continue
        assignment = task.element.assignment
        event = Event()
        key = f"{task.notice.date.year}/{task.notice.number_symbol}/{task.item}".encode()
        event.add("uid", hashlib.sha1(key).hexdigest() + "@vanthu")
        event.add("dtstamp", stamp)
        event.add("dtstart", task.deadline)
        event.add("dtend", task.deadline + dt.timedelta(days=1))
        event.add("summary", text("ics_summary", lang, lead=assignment.lead or "—", notice=task.notice.number_symbol,
                                  item=task.item))
        event.add("description", text("ics_description", lang, task=task.element.text,
                                      deadline=assignment.deadline_text, lead=assignment.lead or "—",
                                      coordinating=", ".join(assignment.coordinating) or "—",
                                      notice=task.notice.number_symbol, date=nd30.short_date(task.notice.date),
                                      summary=task.notice.summary))
        if assignment.lead:
            event.add("categories", [assignment.lead])
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", event["summary"])
        alarm.add("trigger", dt.timedelta(days=-1))
        event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()


def _day(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError as exc:
        raise Failure(str(exc), status=2, label=option, value=value) from None


def run(paths: list[Path], unit: str | None, due_before: str | None, overdue: bool, today: str | None,
        format: str, out: Path | None, build: Path, lang: str) -> int:
    """`vanthu tasks`: the assignments under the paths, selected, as text, CSV, XLSX or a calendar."""
    day = _day(today, "--today") or dt.date.today()
    due_by = _day(due_before, "--due-before")
    notices, had_errors = checked_notices(paths, lang)
    if not notices and had_errors:
        return 1
    everything = collect(notices)
    chosen = select(everything, unit, due_by, day if overdue else None)
    if format == "ics":
        data = calendar(chosen, lang)
        if out:
            write_atomically(out, data)
            print(text("written", lang, file=shown_path(out)), file=sys.stderr)
        else:
            sys.stdout.write(data.decode("utf-8"))
        return 1 if had_errors else 0
    sheets = [table(chosen, day, text("tasks_title", lang))]
    late = select(chosen, None, None, day)
    with_overdue_list = format == "xlsx" or format == "text" and out is None and not overdue
    if with_overdue_list:  # the overdue list beside the whole list: a second sheet, or printed below it
        sheets.append(table(late, day, text("tasks_overdue_title", lang, today=nd30.short_date(day))))
    emit(sheets, format, out, build / "nhiem-vu.xlsx", lang)
    return 1 if had_errors else 0
