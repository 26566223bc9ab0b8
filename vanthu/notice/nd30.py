"""Values that Nghị định 30/2020/NĐ-CP says how to write: computed here, never typed by a clerk."""
from __future__ import annotations

import datetime as dt
import re

# Điểm a), b) … follow the Vietnamese alphabet (PL I §II.6.đ): no f, j, w, z; đ after d.
_POINT_LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()
_ROMAN = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))

# Quyền hạn của người ký (PL I §II.7.b, Điều 13): thay mặt, ký thay, thừa lệnh, thừa ủy quyền, quyền.
AUTHORITY_PREFIXES = ("TM.", "KT.", "TL.", "TUQ.", "Q.")

# No học hàm, học vị before the signer's name (PL I §II.7.c): abbreviated ("TS.", "PGS.TS.", "Ths.") or in words.
_ACADEMIC_TITLE = re.compile(r"(?:(?:GS|PGS|TS|TSKH|ThS|KS|BS|CN|LS|NCS)\b\.?|(?:Giáo sư|Phó Giáo sư|Tiến sĩ"
                             r"|Thạc sĩ|Kỹ sư|Bác sĩ|Luật sư|Cử nhân)\b)\s*\S", re.IGNORECASE)


def two_digits_below_10(n: int) -> str:
    """Numbers below 10 take a leading zero (PL I §II.3.c, §II.4.b): 5 → "05", 149 → "149"."""
    return f"{n:02d}"


def day_month(date: dt.date) -> tuple[str, str]:
    """Days 1–9 take a leading zero; of the months only January and February do (PL I §II.4.b)."""
    month = two_digits_below_10(date.month) if date.month <= 2 else str(date.month)
    return two_digits_below_10(date.day), month


def place_and_date(place: str, date: dt.date) -> str:
    """Ô 4: "Hải Phòng, ngày 24 tháng 3 năm 2020"."""
    return f"{place}, ngày {date_in_words(date)}"


def date_in_words(date: dt.date) -> str:
    """"24 tháng 3 năm 2020", by the zero rule of ô 4; the word "ngày" before it is the sentence's."""
    day, month = day_month(date)
    return f"{day} tháng {month} năm {date.year}"


def written_in(text: str, date: dt.date) -> bool:
    """Whether `text` holds `date` as a clerk writes it: 20/10/2024, 20-10-2024, 20.10.2024 or "20 tháng 10 năm
    2024", with or without the leading zeros."""
    d, m, y = date.day, date.month, date.year
    pattern = (rf"(?<!\d)0?{d}\s*([/.-])\s*0?{m}\s*\1\s*{y}(?!\d)"
               rf"|(?<!\d)0?{d}\s+tháng\s+0?{m}(?:\s*,)?\s+năm\s+{y}(?!\d)")
    return re.search(pattern, text, re.IGNORECASE) is not None


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


# A list marker pasted from Word before a recipient ("• Sở Tài chính"): the line's own "- " stands for it.
PASTED_BULLET = re.compile(r"\s*([•·◦▪●‣∙]|[-–—+](?=\s))\s*")


def recipient_lines(recipients: list[str], archive_units: list[str], archive_copies: int | None,
                    archive_initials: str | None = None) -> list[str]:
    """Nơi nhận (ô 9b): "- …;" for each recipient, and last "- Lưu: VT, <units>, <copies>." (PL I §II.9.d).
    Offices also write the copies each unit keeps and the drafter's initials, glued to the end: "- Lưu: VT, NN
    (2)NXT." (`archive_units` then holds "NN (2)")."""
    lines = [f"- {r[m.end() if (m := PASTED_BULLET.match(r)) else 0:].rstrip(' ;.')};" for r in recipients]
    parts = ["VT", *archive_units] + ([two_digits_below_10(archive_copies)] if archive_copies else [])
    if archive_initials:  # glued to the unit before it; after "VT" alone, a part of its own
        parts = parts + [archive_initials] if len(parts) == 1 else parts[:-1] + [parts[-1] + archive_initials]
    lines.append(f"- Lưu: {', '.join(parts)}.")
    return lines


def archive_unit(unit: str, copies: int | None = None) -> str:
    """A unit in the Lưu line with the copies it keeps: "NN (2)"."""
    return f"{unit} ({copies})" if copies else unit


def closing_sentence(text: str) -> str:
    """Content ends with "./." (every sample of Phụ lục III)."""
    text = text.rstrip()
    if text.endswith("./."):
        return text
    return text.rstrip(".") + "./."


def has_academic_title(name: str) -> bool:
    return _ACADEMIC_TITLE.match(name.strip()) is not None


def authority_prefix(line: str) -> str | None:
    return next((p for p in AUTHORITY_PREFIXES if line.startswith(p + " ")), None)


def roman(n: int) -> str:
    """Sections I., II. and appendices Phụ lục I, II are numbered in Roman numerals."""
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def point_letter(i: int) -> str:
    return _POINT_LETTERS[i] if i < len(_POINT_LETTERS) else _POINT_LETTERS[-1] + str(i)


def legal_basis_lines(lines: list[str], end: str = "full-stop") -> list[str]:
    """Căn cứ (ô 6): one per line, each ending ";" and the last "." (PL I §II.6.a). Offices also let the last one
    lead into the next sentence (`lead-in`: it ends ";" too) or write it as a sentence of its own (`sentence`:
    "Căn cứ kết quả kiểm tra …, Sở Công Thương thông báo như sau:", printed as typed)."""
    if not lines:
        return []
    stripped = [line.rstrip(" ;.,") for line in lines]
    last = {"full-stop": stripped[-1] + ".", "lead-in": stripped[-1] + ";", "sentence": lines[-1].rstrip()}[end]
    return [line + ";" for line in stripped[:-1]] + [last]


def punctuation_replaced(typed: str, printed: str) -> str | None:
    """The mark a clerk typed at the end of a line that the printed line replaces ("," for ";"), else None: a
    missing mark is only added, which the guide says, but a typed one is never changed silently."""
    mark = typed.rstrip()[len(typed.rstrip().rstrip(" ;.,")):].strip()
    return mark if mark and mark != printed[-1:] else None


def addressee_lines(addressees: list[str]) -> list[str]:
    """Kính gửi (ô 9a, PL I §II.9.d): one addressee on the line of "Kính gửi:"; several on lines of their own,
    each "- …;", the last "- …."."""
    names = [a.strip().lstrip("-–").strip().rstrip(" ;.,") for a in addressees]
    if not names:
        return []
    if len(names) == 1:
        return [f"Kính gửi: {names[0]}"]
    return ["Kính gửi:"] + [f"- {n};" for n in names[:-1]] + [f"- {names[-1]}."]


AS_ABOVE = "Như trên"  # Nơi nhận of a letter with Kính gửi opens "- Như trên;" (PL I §II.9.b, Mẫu 1.5)


def cong_van_summary(summary: str) -> str:
    """Trích yếu of a công văn (ô 5b): "V/v …" (PL I §II.5.b, §V row 5b); typed with "V/v" it is not doubled."""
    return summary if summary.startswith("V/v ") else f"V/v {summary}"


def cong_van_symbol(agency_abbreviation: str, unit: str) -> str:
    """Ký hiệu of a công văn: <agency>-<drafting unit> (PL I §II.3.b), e.g. SCT-CN."""
    return f"{agency_abbreviation}-{unit}"


def drafter_mark(initials: str, copies: int) -> str:
    """Ô 12: the drafter's initials and the number of copies issued, e.g. "PL.(300)" (PL I §III.3)."""
    return f"{initials}.({copies})"


def contact_line(contact: dict) -> str:
    """Ô 13: the agency's address and contacts, at the foot of page 1 (PL I §III.4)."""
    labels = (("address", "Địa chỉ"), ("phone", "Điện thoại"), ("fax", "Fax"), ("email", "E-mail"),
              ("website", "Website"))
    # A phone or fax number never breaks across lines.
    keep = {key: contact[key].replace(" ", "\u00a0") if key in ("phone", "fax") else contact[key] for key in contact}
    return "; ".join(f"{label}: {keep[key]}" for key, label in labels if keep.get(key)) + "."


def appendix_heading(index: int, count: int) -> str:
    """"Phụ lục" alone; with two or more, numbered "Phụ lục I", "Phụ lục II" (PL I §III.1.b)."""
    return "Phụ lục" if count == 1 else f"Phụ lục {roman(index + 1)}"


def appendix_reference(type_name: str, number_symbol: str, symbol: str, date: dt.date, agency: str,
                       electronic: bool) -> str:
    """"(Kèm theo Thông báo số 149/TB-UBND ngày 24 tháng 3 năm 2020 của …)"; the number and date are left for
    the system to fill on an electronic document (PL I §III.1.c)."""
    if electronic:
        return f"(Kèm theo {type_name.capitalize()} số …/{symbol} ngày … tháng … năm … của {agency})"
    return f"(Kèm theo {type_name.capitalize()} số {number_symbol} ngày {date_in_words(date)} của {agency})"
