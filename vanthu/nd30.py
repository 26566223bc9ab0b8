"""Values that Nghị định 30/2020/NĐ-CP says how to write: computed here, never typed by a clerk."""
from __future__ import annotations

import datetime as dt

# Quyền hạn của người ký (PL I §II.7.b, Điều 13): thay mặt, ký thay, thừa lệnh, thừa ủy quyền, quyền.
AUTHORITY_PREFIXES = ("TM.", "KT.", "TL.", "TUQ.", "Q.")


def two_digits_below_10(n: int) -> str:
    """Numbers below 10 take a leading zero (PL I §II.3.c, §II.4.b): 5 → "05", 149 → "149"."""
    return f"{n:02d}"


def day_month(date: dt.date) -> tuple[str, str]:
    """Days 1–9 take a leading zero; of the months only January and February do (PL I §II.4.b)."""
    month = two_digits_below_10(date.month) if date.month <= 2 else str(date.month)
    return two_digits_below_10(date.day), month


def place_and_date(place: str, date: dt.date) -> str:
    """Ô 4: "Hải Phòng, ngày 24 tháng 3 năm 2020"."""
    day, month = day_month(date)
    return f"{place}, ngày {day} tháng {month} năm {date.year}"


def short_date(date: dt.date) -> str:
    """A date inside the text, by the same zero rule: 24/3/2020, 05/01/2021."""
    day, month = day_month(date)
    return f"{day}/{month}/{date.year}"


def number_and_symbol(number: int, symbol: str) -> str:
    """Ô 3: "149/TB-UBND"; no spaces around "/" (PL I §II.3.c)."""
    return f"{two_digits_below_10(number)}/{symbol}"


def default_symbol(type_abbreviation: str, agency_abbreviation: str) -> str:
    """Ký hiệu of a document with a type name: <type>-<agency> (PL I §II.3.b), e.g. TB-UBND."""
    return f"{type_abbreviation}-{agency_abbreviation}"


def recipient_lines(recipients: list[str], archive_units: list[str], archive_copies: int | None) -> list[str]:
    """Nơi nhận (ô 9b): "- …;" for each recipient, and last "- Lưu: VT, <units>, <copies>." (PL I §II.9.d)."""
    lines = [f"- {r.rstrip(' ;.')};" for r in recipients]
    archive = ", ".join(["VT", *archive_units] + ([two_digits_below_10(archive_copies)] if archive_copies else []))
    lines.append(f"- Lưu: {archive}.")
    return lines


def closing_sentence(text: str) -> str:
    """Content ends with "./." (every sample of Phụ lục III)."""
    text = text.rstrip()
    if text.endswith("./."):
        return text
    return text.rstrip(".") + "./."


def authority_prefix(line: str) -> str | None:
    return next((p for p in AUTHORITY_PREFIXES if line.startswith(p + " ")), None)
