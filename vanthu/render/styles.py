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
ADDRESSEE, ADDRESSEE_LIST, CONG_VAN_SUMMARY = "KinhGui", "KinhGuiDanhSach", "TrichYeuCongVan"
TABLE_STYLE, TABLE_HEADER, TABLE_CELL = "Bang", "BangTieuDe", "BangO"  # a table in the body: borders; its text
FULL_LENGTH_ABOVE = "TieuNgu"  # the Tiêu ngữ's line runs its full length
STYLE_NAMES = {  # every paragraph style tools/make_template.py writes, and its table style, by id
    "CoQuanChuQuan": "Cơ quan chủ quản",
    "CoQuanBanHanh": "Cơ quan ban hành",
    "QuocHieu": "Quốc hiệu",
    "TieuNgu": "Tiêu ngữ",
    "SoKyHieu": "Số, ký hiệu",
    "DiaDanhNgay": "Địa danh, ngày tháng",
    "KhungDau": "Khung dấu",
    "DauDoMat": "Dấu độ mật",
    "DauDoKhan": "Dấu độ khẩn",
    "PhamViLuuHanh": "Chỉ dẫn phạm vi lưu hành",
    "TenLoai": "Tên loại văn bản",
    "TrichYeu": "Trích yếu",
    "TrichYeuCongVan": "Trích yếu công văn",
    "KinhGui": "Kính gửi",
    "KinhGuiDanhSach": "Kính gửi nhiều nơi",
    "NoiDung": "Nội dung",
    "CanCu": "Căn cứ",
    "CauKet": "Câu kết",
    "TenMuc": "Tên mục",
    "NoiNhanNhan": "Nơi nhận",
    "NoiNhan": "Danh sách nơi nhận",
    "QuyenHan": "Quyền hạn, chức vụ",
    "ChoKy": "Chỗ ký",
    "ChuKy": "Hình chữ ký",
    "HoTen": "Họ tên người ký",
    "DuongKe": "Đường kẻ",
    "DuongKeTrichYeu": "Đường kẻ dưới trích yếu",
    "DiaChi": "Địa chỉ cơ quan",
    "SoTrang": "Số trang",
    "PhuLucSo": "Phụ lục số",
    "PhuLucTen": "Tên phụ lục",
    "PhuLucKemTheo": "Phụ lục kèm theo",
    "BangTieuDe": "Tiêu đề bảng",
    "BangO": "Ô bảng",
    "Bang": "Bảng nội dung",  # a table style
}
