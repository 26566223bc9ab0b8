"""The usual wording of a Thông báo kết luận, written from the meeting's data (nd30-format.md §7).

Each sentence is what the office would type; a notice that writes its own `summary`, `opening` or `lead_in`
keeps its own words.
"""
from __future__ import annotations

from dataclasses import dataclass
import datetime as dt

from vanthu.notice.nd30 import short_date


@dataclass(frozen=True)
class Meeting:
    """Cuộc họp: date, chair (chức vụ and họ tên), subject, and who attended and reported."""

    date: dt.date
    chair_title: str
    chair_name: str
    subject: str
    place: str | None = None
    attendees: str | None = None
    reports: tuple[str, ...] = ()

    @property
    def chair(self) -> str:
        return f"{self.chair_title} {self.chair_name}"


def summary(m: Meeting) -> str:
    """Trích yếu: "Kết luận của <chức vụ, họ tên> tại cuộc họp về <nội dung>"."""
    return f"Kết luận của {m.chair} tại cuộc họp về {m.subject}"


def opening(m: Meeting) -> str:
    """"Ngày 20/3/2020, [tại …, ]<chức vụ, họ tên> chủ trì họp về …. Dự họp có …."."""
    where = f"tại {m.place}, " if m.place else ""
    text = f"Ngày {short_date(m.date)}, {where}{m.chair} chủ trì họp về {m.subject.rstrip('.')}."
    if m.attendees:
        text += f" Dự họp có {m.attendees.rstrip('.')}."
    return text


def lead_in(m: Meeting) -> str:
    """"Sau khi nghe báo cáo của …; ý kiến của các đại biểu dự họp, <chức vụ> kết luận như sau:"."""
    heard = f"báo cáo của {', '.join(m.reports)}; ý kiến" if m.reports else "ý kiến"
    return f"Sau khi nghe {heard} của các đại biểu dự họp, {m.chair_title} kết luận như sau:"
