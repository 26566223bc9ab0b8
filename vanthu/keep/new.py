"""`new`: start the next notice of the year as a commented skeleton (comments in Vietnamese, for the clerk).

The next free number is one more than the highest of the year's notices in notices/<year>/ (a file that does not
check yet counts by the number its name begins with). The places to fill are written `""`: until they are filled
`check` names each one with its line; once they are, the notice checks clean.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import sys
from pathlib import Path

from vanthu import project
from vanthu.check import notices
from vanthu.check.loader import load
from vanthu.check.problems import Problems
from vanthu.check.schema import parse_date
from vanthu.check.settings import settings_file
from vanthu.errors import Failure
from vanthu.files import create_new, shown_path
from vanthu.i18n import text
from vanthu.keep.init import MODELINE, SCHEMA_NAME
from vanthu.notice import nd30

SKELETONS = {
    "thong-bao": '''\
# Thông báo số {number_symbol}, ngày {date}.
# Điền vào các chỗ "" rồi chạy: vanthu check {file}
# Văn bản dài viết thành khối ">-", mỗi câu hoặc mỗi vế một dòng; khi in, các dòng được nối thành một đoạn.
number: {number}  # số văn bản: số tiếp theo của năm {year}
date: {date}  # ngày ban hành

# Cuộc họp: trích yếu, câu mở đầu và câu dẫn «… kết luận như sau:» được viết từ đây.
# Không có cuộc họp thì xóa khối «meeting» và tự viết «summary» (trích yếu), «opening», «lead_in».
meeting:
  date: ""  # ngày họp, ví dụ {date}
  chair:
    title: ""  # chức vụ người chủ trì, ví dụ Phó Chủ tịch Ủy ban nhân dân thành phố
    name: ""  # họ và tên người chủ trì
  subject: ""  # họp về nội dung gì (viết thường ở đầu), ví dụ tình hình thực hiện nhiệm vụ …
  # attendees: lãnh đạo các sở, ngành: …  (thành phần dự họp, không bắt buộc)
  # reports: [Sở Nội vụ]  (cơ quan báo cáo, không bắt buộc)

# Nội dung: mỗi mục «- » là một khoản 1., 2. …; «items» là các ý «-», «points» là các điểm a), b).
content:
  - text: ""  # nội dung khoản 1
    # Giao nhiệm vụ (không bắt buộc):
    # lead: Sở Nội vụ  (đơn vị chủ trì)
    # coordinating: [Văn phòng Ủy ban nhân dân thành phố]  (đơn vị phối hợp)
    # deadline: 31/12/{year}  (thời hạn, in đậm «trước ngày …»)

# Nơi nhận: mỗi dòng một nơi; dòng «- Lưu: VT.» được thêm vào cuối.
# Nhóm có sẵn (viết «- group: tên-nhóm»): {groups}
recipients:
  - ""  # một nơi nhận

{signature}
''',
}


def year_numbers(folder: Path) -> list[int]:
    """The numbers already taken in a year's folder: from the notices that check, else from their file names."""
    files = notices.find_notices([folder]) if folder.is_dir() else []
    numbers = []
    for item in notices.check(files)[0]:
        if item.notice is not None:
            numbers.append(item.notice.number)
        elif match := re.match(r"\d+", item.file.name):
            numbers.append(int(match.group()))
    return numbers


def _settings(target: Path, root: Path) -> dict:
    """The agency settings that will apply to the new notice (read as the build reads them)."""
    path = settings_file(target, root)
    return load(path, Problems()).data if path else {}


def _project_schema(target: Path) -> Path | None:
    found = project.find(target.parent if target.parent.exists() else None)
    schema = found.root / SCHEMA_NAME if found else None
    return schema if schema is not None and schema.is_file() else None


def _signature(settings: dict) -> str:
    signers = settings.get("signers") or {}
    if not signers:
        return ('signature:  # chữ ký\n  authority: [""]  # quyền hạn, chức vụ, viết in hoa, ví dụ TL. ỦY BAN NHÂN DÂN\n'
                '  name: ""  # họ và tên người ký')
    first, *others = signers
    names = ", ".join(f"{key} ({(signers[key] or {}).get('name', '')})" for key in signers)
    return f"signature: {first}  # người ký; có sẵn: {names}" if others else f"signature: {first}  # người ký"


def skeleton(kind: str, number: int, symbol: str, date: dt.date, file: str, settings: dict) -> str:
    groups = ", ".join(settings.get("recipient_groups") or {}) or "(chưa có)"
    return SKELETONS[kind].format(number=number, number_symbol=nd30.number_and_symbol(number, symbol),
                                  date=nd30.short_date(date), year=date.year, file=file, groups=groups,
                                  signature=_signature(settings))


def run(folder: Path, type: str, date: str | None, lang: str) -> int:
    """`vanthu new`: the next notice of the year in `folder` (the notices folder), as a commented skeleton."""
    try:
        day = parse_date(date) if date else dt.date.today()
    except ValueError as exc:
        raise Failure(str(exc), status=2, label="--date", value=date) from None
    year_folder = folder / str(day.year)
    number = max(year_numbers(year_folder), default=0) + 1
    settings = _settings(year_folder / "new.yaml", folder)
    agency = settings.get("agency") or {}
    symbol = settings.get("symbol") or nd30.default_symbol(settings.get("type_abbreviation") or "TB",
                                                          agency.get("abbreviation") or "")
    symbol = symbol.strip("-")
    target = year_folder / (nd30.number_and_symbol(number, symbol).replace("/", "-") + ".yaml")  # 06-TB-UBND.yaml
    body = skeleton(type, number, symbol, day, shown_path(target), settings)
    schema = _project_schema(target)
    if schema is not None:  # the editor's completion and hover help (see `vanthu init`)
        body = MODELINE.format(path=os.path.relpath(schema, target.parent).replace(os.sep, "/")) + body
    try:
        create_new(target, body.encode("utf-8"))
    except FileExistsError:
        print(text("new_exists", lang, file=shown_path(target)), file=sys.stderr)
        return 1
    print(text("new_written", lang, file=shown_path(target), number_symbol=nd30.number_and_symbol(number, symbol),
               date=nd30.short_date(day)))
    return 0
