"""The template's paragraph styles that the code names: one table.

The figures (sizes, bold, indents, spacing) live in the template's styles, not here: tools/make_template.py made
them, and a clerk may restyle them in Word. Each entry is the id the script gave a style and the name Word and
LibreOffice show. Word keeps a style's id when it saves; LibreOffice makes new ids from the names ("Nội dung" →
"Nidung"), so a style is found by its name, and by its id only when no style has that name (a clerk renamed it).
"""
from __future__ import annotations

RULE_STYLE = "DuongKe"
BOX_STYLE = "KhungDau"
SIGNATURE_STYLE = "ChuKy"
APPENDIX_STYLE = "PhuLucSo"
BODY, SECTION_TITLE, LEGAL_BASIS, CLOSING = "NoiDung", "TenMuc", "CanCu", "CauKet"
APPENDIX_HEADING, APPENDIX_TITLE, APPENDIX_REFERENCE, APPENDIX_RULE = (
    APPENDIX_STYLE, "PhuLucTen", "PhuLucKemTheo", "DuongKeTrichYeu")
FULL_LENGTH_ABOVE = "TieuNgu"  # the Tiêu ngữ's line runs its full length
STYLE_NAMES = {
    "NoiDung": "Nội dung", "TenMuc": "Tên mục", "CanCu": "Căn cứ", "CauKet": "Câu kết",
    "PhuLucSo": "Phụ lục số", "PhuLucTen": "Tên phụ lục", "PhuLucKemTheo": "Phụ lục kèm theo",
    "DuongKe": "Đường kẻ", "DuongKeTrichYeu": "Đường kẻ dưới trích yếu", "KhungDau": "Khung dấu",
    "ChuKy": "Hình chữ ký", "TieuNgu": "Tiêu ngữ",
}
