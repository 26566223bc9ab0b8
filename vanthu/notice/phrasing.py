"""The usual wording of a Thông báo kết luận, written from the meeting's data (nd30-format.md §7).

Each sentence is what the office would type; a notice that writes its own `summary`, `opening` or `lead_in`
keeps its own words. Offices word these sentences in a few common ways: `Wording` holds the agency's choices
(`wording` in _agency.yaml), and the defaults are the forms of 149/TB-UBND.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vanthu.notice.nd30 import date_in_words, short_date


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


@dataclass(frozen=True)
class Wording:
    """An office's choices among the common forms (schema `wording`; values as the clerk writes them)."""

    dates: str = "số"  # "Ngày 07/10/2024" | "chữ": "Ngày 07 tháng 10 năm 2024"
    chair: str = "chức vụ họ tên"  # "Phó Thủ tướng Trần Hồng Hà" | "đồng chí": "đồng chí Nguyễn Tuấn Anh - Phó Bí thư …"
    meeting: str = "họp"  # "chủ trì họp về …. Dự họp có …" | "cuộc họp": "chủ trì cuộc họp về …. Tham dự cuộc họp có …"
    opinions: str = "ý kiến"  # "báo cáo của …; ý kiến của …" | "ý kiến phát biểu": "báo cáo của …, ý kiến phát biểu của …"
    conclusion: str = "kết luận như sau"  # "… kết luận như sau:" | "kết luận": "… kết luận:"
    paragraphs: int = 2  # the opening and the lead-in as two paragraphs, or as one
    lead_in: bool = True  # False: the opening alone leads into the conclusions

    @classmethod
    def of(cls, settings: dict | None) -> Wording:
        known = cls.__dataclass_fields__
        return cls(**{key: value for key, value in (settings or {}).items() if key in known})


def chair(m: Meeting, w: Wording) -> str:
    """"Phó Thủ tướng Chính phủ Trần Hồng Hà", or "đồng chí Nguyễn Tuấn Anh - Phó Bí thư Tỉnh ủy, Chủ tịch …"."""
    return f"đồng chí {m.chair_name} - {m.chair_title}" if w.chair == "đồng chí" else m.chair


def summary(m: Meeting, w: Wording = Wording()) -> str:
    """Trích yếu: "Kết luận của <chức vụ, họ tên> tại cuộc họp về <nội dung>"."""
    return f"Kết luận của {chair(m, w)} tại cuộc họp về {m.subject}"


def opening(m: Meeting, w: Wording = Wording()) -> str:
    """"Ngày 20/3/2020, [tại …, ]<chức vụ, họ tên> chủ trì họp về …. Dự họp có …."."""
    date = f"{date_in_words(m.date)}" if w.dates == "chữ" else short_date(m.date)
    where = f"tại {m.place}, " if m.place else ""
    text = f"Ngày {date}, {where}{chair(m, w)} chủ trì {w.meeting} về {m.subject.rstrip('.')}."
    if m.attendees:
        present = "Tham dự cuộc họp có" if w.meeting == "cuộc họp" else "Dự họp có"
        text += f" {present} {m.attendees.rstrip('.')}."
    return text


def lead_in(m: Meeting, w: Wording = Wording()) -> str | None:
    """"Sau khi nghe báo cáo của …; ý kiến của các đại biểu dự họp, <chức vụ> kết luận như sau:"."""
    if not w.lead_in:
        return None
    then = ", ý kiến phát biểu" if w.opinions == "ý kiến phát biểu" else "; ý kiến"
    heard = f"báo cáo của {', '.join(m.reports)}{then}" if m.reports else then.lstrip(",; ")
    who = chair(m, w) if w.chair == "đồng chí" else m.chair_title
    return f"Sau khi nghe {heard} của các đại biểu dự họp, {who} {w.conclusion}:"
