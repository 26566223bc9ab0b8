"""Write templates/thong-bao.docx, the Word template of a Thông báo (NĐ30, Phụ lục III, Mẫu 1.4).

The committed .docx is the source a clerk edits in Word; this script records how it was first made and can make
it again from nothing (it overwrites hand edits). Every figure of Nghị định 30 is a named paragraph style here, so
restyling in Word needs no code. Run: .venv/bin/python tools/make_template.py
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

OUT = Path(__file__).resolve().parent.parent / "templates" / "thong-bao.docx"
FONT = "Times New Roman"
C, J, L = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT

# style id: (name shown in Word, size pt, bold, italic, alignment, space before pt, space after pt)
STYLES = {
    "CoQuanChuQuan": ("Cơ quan chủ quản", 12, False, False, C, 0, 0),
    "CoQuanBanHanh": ("Cơ quan ban hành", 12, True, False, C, 0, 0),
    "QuocHieu": ("Quốc hiệu", 12, True, False, C, 0, 0),
    "TieuNgu": ("Tiêu ngữ", 13, True, False, C, 0, 0),
    "SoKyHieu": ("Số, ký hiệu", 13, False, False, C, 6, 0),
    "DiaDanhNgay": ("Địa danh, ngày tháng", 13, False, True, C, 6, 0),
    "TenLoai": ("Tên loại văn bản", 14, True, False, C, 24, 0),
    "TrichYeu": ("Trích yếu", 14, True, False, C, 0, 0),
    "NoiDung": ("Nội dung", 14, False, False, J, 0, 6),
    "TenMuc": ("Tên mục", 14, True, False, J, 0, 6),
    "NoiNhanNhan": ("Nơi nhận", 12, True, True, L, 0, 0),
    "NoiNhan": ("Danh sách nơi nhận", 11, False, False, L, 0, 0),
    "QuyenHan": ("Quyền hạn, chức vụ", 14, True, False, C, 0, 0),
    "HoTen": ("Họ tên người ký", 14, True, False, C, 72, 0),  # the space before is the room to sign
    "DuongKe": ("Đường kẻ", 2, False, False, C, 0, 0),
    "DuongKeTrichYeu": ("Đường kẻ dưới trích yếu", 2, False, False, C, 0, 18),
    "SoTrang": ("Số trang", 14, False, False, C, 0, 0),
}


def add_style(doc, style_id, name, size, bold, italic, align, before, after):
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.element.set(qn("w:styleId"), style_id)
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    font = style.font
    font.size, font.bold, font.italic = Pt(size), bold, italic
    fmt = style.paragraph_format
    fmt.alignment = align
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
    fmt.widow_control = True
    return style


def set_defaults(doc):
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "vi-VN")
    rpr.append(lang)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    # Word's own document defaults (Calibri 11, 8 pt after) must not leak into anything.
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        doc.styles.element.remove(defaults)


def body_style(style):
    fmt = style.paragraph_format
    fmt.first_line_indent = Cm(1.27)
    fmt.line_spacing = 1.15


def rule_style(style):
    """A thin paragraph whose bottom border is the line; the renderer sets its indents to the line's length."""
    fmt = style.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(4)
    ppr = style.element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "0"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)


def para(container, style, text=""):
    p = container.add_paragraph(text, style=style)
    return p


def fixed_table(doc, widths_mm):
    table = doc.add_table(rows=1, cols=len(widths_mm))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        m = OxmlElement(f"w:{side}")
        m.set(qn("w:w"), "0")
        m.set(qn("w:type"), "dxa")
        margins.append(m)
    tbl_pr.append(margins)
    for col, width in zip(table.columns, widths_mm):
        col.width = Mm(width)
        for cell in col.cells:
            cell.width = Mm(width)
    return table


def cell_paragraphs(cell, items):
    """Fill a cell with (style, text) paragraphs; the cell's own first empty paragraph is reused."""
    first = cell.paragraphs[0]
    for i, (style, text) in enumerate(items):
        p = first if i == 0 else cell.add_paragraph()
        p.style = style
        p.text = text


def page_number_header(doc, section):
    """Page numbers centred at the top from page 2 on (PL I §I.7): a different, empty first-page header."""
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.style = doc.styles["Số trang"]
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), " PAGE ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    p._p.append(field)
    section.first_page_header.paragraphs[0].style = doc.styles["Số trang"]


def main():
    doc = Document()
    set_defaults(doc)
    for style_id, spec in STYLES.items():
        style = add_style(doc, style_id, *spec)
        if style_id in ("NoiDung", "TenMuc"):
            body_style(style)
        if style_id == "DuongKe":
            rule_style(style)
        if style_id == "DuongKeTrichYeu":
            style.base_style = doc.styles["Đường kẻ"]

    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(20)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)
    page_number_header(doc, section)

    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)

    # Ô 1–4: agency and Quốc hiệu side by side; Số and the date on one row below.
    header = fixed_table(doc, (62, 98))
    left, right = header.rows[0].cells
    cell_paragraphs(left, [
        ("Cơ quan chủ quản", "{%p for line in agency.parent %}"),
        ("Cơ quan chủ quản", "{{ line }}"),
        ("Cơ quan chủ quản", "{%p endfor %}"),
        ("Cơ quan ban hành", "{%p for line in agency.name %}"),
        ("Cơ quan ban hành", "{{ line }}"),
        ("Cơ quan ban hành", "{%p endfor %}"),
        ("Đường kẻ", ""),
    ])
    cell_paragraphs(right, [
        ("Quốc hiệu", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("Tiêu ngữ", "Độc lập - Tự do - Hạnh phúc"),
        ("Đường kẻ", ""),
    ])
    number, date = header.add_row().cells
    cell_paragraphs(number, [("Số, ký hiệu", "Số: {{ number_symbol }}")])
    cell_paragraphs(date, [("Địa danh, ngày tháng", "{{ place_date }}")])

    # Ô 5a: tên loại and trích yếu, a short line below; ô 6: the content.
    para(doc, "Tên loại văn bản", "{{ type_name }}")
    para(doc, "Trích yếu", "{{ summary }}")
    para(doc, "Đường kẻ dưới trích yếu")
    para(doc, "Nội dung", "{{p body }}")

    # Ô 9b beside ô 7: Nơi nhận on the left, the signature block on the right, tops level.
    signature = fixed_table(doc, (78, 82))
    recipients, signer = signature.rows[0].cells
    cell_paragraphs(recipients, [
        ("Nơi nhận", "Nơi nhận:"),
        ("Danh sách nơi nhận", "{%p for line in recipient_lines %}"),
        ("Danh sách nơi nhận", "{{ line }}"),
        ("Danh sách nơi nhận", "{%p endfor %}"),
    ])
    cell_paragraphs(signer, [
        ("Quyền hạn, chức vụ", "{%p for line in authority %}"),
        ("Quyền hạn, chức vụ", "{{ line }}"),
        ("Quyền hạn, chức vụ", "{%p endfor %}"),
        ("Họ tên người ký", "{{ signer }}"),
    ])
    # A spacer between the content and the signature table.
    signature._tbl.addprevious(para(doc, "Nội dung")._p)

    doc.core_properties.title = "Thông báo (Nghị định 30/2020/NĐ-CP, Mẫu 1.4)"
    doc.core_properties.author = "vanthu"
    doc.core_properties.language = "vi-VN"
    OUT.parent.mkdir(exist_ok=True)
    doc.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
