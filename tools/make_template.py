"""Write templates/thong-bao.docx, the Word template of a Thông báo (NĐ30, Phụ lục III, Mẫu 1.4,
or the công văn form of Mẫu 1.5).

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
from docx.shared import Cm, Mm, Pt, RGBColor

from vanthu import ooxml
from vanthu.ooxml import child_in_order, insert_in_order
from vanthu.render.styles import STYLE_NAMES, TABLE_STYLE

OUT = Path(__file__).resolve().parent.parent / "templates" / "thong-bao.docx"
FONT = "Times New Roman"
C, J, L = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT
HEADER_COLUMNS = (62, 98)  # mm: agency | Quốc hiệu; the Quốc hiệu (12 pt bold) is 88 mm wide
SIGNATURE_COLUMNS = (78, 82)  # mm: Nơi nhận | signature block
RED = RGBColor(0xFF, 0x00, 0x00)  # độ khẩn stamps are bright red (PL I §III.2.b); độ mật too (TT 24/2020/TT-BCA)

# style id → its figures (its name, shown in Word, is in vanthu/render/styles.py). `base` defaults to Normal (Times New Roman 14, single spacing).
STYLES = {
    # Ô 1–4: the header block
    "CoQuanChuQuan": dict(size=12, align=C),
    "CoQuanBanHanh": dict(size=12, bold=True, align=C),
    "QuocHieu": dict(size=12, bold=True, align=C),
    "TieuNgu": dict(size=13, bold=True, align=C),
    "SoKyHieu": dict(size=13, align=C, before=6),
    "DiaDanhNgay": dict(size=13, italic=True, align=C, before=6),
    # Ô 10a, 10b, 11: stamps in a single-border box sized to their text by the renderer
    "KhungDau": dict(size=13, bold=True, color=RED, align=L, box=True, before=6),
    "DauDoMat": dict(base="KhungDau"),
    "DauDoKhan": dict(base="KhungDau"),
    # Ô 11 is printed, not stamped: NĐ30 gives it no colour (PL I §III.2.c), so it stays black.
    "PhamViLuuHanh": dict(base="KhungDau", align=C, before=0,
                          left=HEADER_COLUMNS[0], color=RGBColor(0, 0, 0)),
    # Ô 5a, 6: title and content
    "TenLoai": dict(size=14, bold=True, align=C, before=24),
    "TrichYeu": dict(size=14, bold=True, align=C),
    # Ô 5b, a công văn's trích yếu "V/v …": 12–13 upright, centred under the number, 6 pt below it (Mẫu 1.5)
    "TrichYeuCongVan": dict(size=12, align=C, before=6),
    # Ô 9a, Kính gửi: 13–14 upright; one addressee on the line of "Kính gửi:", centred; several one per line
    # below it, their dashes under its colon (the renderer sets the indents), no gap between them
    "KinhGui": dict(size=14, align=C, before=12, after=6),
    "KinhGuiDanhSach": dict(size=14, align=L, before=12, after=6, contextual=True),
    "NoiDung": dict(size=14, align=J, after=6, first_line=1.27, spacing=1.15),
    "CanCu": dict(base="NoiDung", italic=True),
    # The closing sentence stays on the page of the signature block (so does the gap before it)
    "CauKet": dict(base="NoiDung", keep_next=True),
    "TenMuc": dict(base="NoiDung", bold=True),
    # Ô 9b, 12: Nơi nhận; ô 7a–7c, 8: the signature block
    "NoiNhanNhan": dict(size=12, bold=True, italic=True, align=L),
    "NoiNhan": dict(size=11, align=L),
    "QuyenHan": dict(size=14, bold=True, align=C),
    "ChoKy": dict(size=14, align=C, exact=72),  # the room to sign by hand
    "ChuKy": dict(size=14, align=C, before=6, after=6),  # electronic: signature and seal
    "HoTen": dict(size=14, bold=True, align=C),
    # Lines: an empty paragraph whose bottom border is the line; the renderer sets its length
    "DuongKe": dict(size=2, align=C, exact=4, bottom=True),
    "DuongKeTrichYeu": dict(base="DuongKe", after=18),
    # Ô 13 and page numbers
    "DiaChi": dict(size=11, align=C, top=True),
    "SoTrang": dict(size=14, align=C),
    # Phụ lục (PL I §III.1)
    "PhuLucSo": dict(size=14, bold=True, align=C),
    "PhuLucTen": dict(size=14, bold=True, align=C),
    "PhuLucKemTheo": dict(size=14, italic=True, align=C),
    # Tables in the body (schedules, lists): 13 pt as the body allows, the header row bold and centred; the
    # borders are the table style "Bảng nội dung" (TABLE_BORDERS)
    "BangTieuDe": dict(size=13, bold=True, align=C, before=3, after=3),
    "BangO": dict(size=13, align=L, before=3, after=3),
}
TABLE_CELL_MARGIN_MM = 1.5  # left and right, so that text never touches a border


def _border(ppr, sides):
    borders = OxmlElement("w:pBdr")
    for side in sides:
        edge = OxmlElement(f"w:{side}")
        for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "auto")):
            edge.set(qn(key), value)
        insert_in_order(borders, edge)
    insert_in_order(ppr, borders)  # before w:spacing and w:jc, which python-docx has already written


def add_style(doc, style_id, spec):
    style = doc.styles.add_style(STYLE_NAMES[style_id], WD_STYLE_TYPE.PARAGRAPH)
    style.element.set(qn("w:styleId"), style_id)
    base = spec.get("base")
    style.base_style = doc.styles[STYLE_NAMES[base]] if base else doc.styles["Normal"]
    style.quick_style = True
    font, fmt = style.font, style.paragraph_format
    if "size" in spec:
        font.size = Pt(spec["size"])
    for attr in ("bold", "italic"):
        if attr in spec:
            setattr(font, attr, spec[attr])
    if "color" in spec:
        font.color.rgb = spec["color"]
    if "align" in spec:
        fmt.alignment = spec["align"]
    if "before" in spec or not base:
        fmt.space_before = Pt(spec.get("before", 0))
    if "after" in spec or not base:
        fmt.space_after = Pt(spec.get("after", 0))
    if "first_line" in spec:
        fmt.first_line_indent = Cm(spec["first_line"])
    if "left" in spec:
        fmt.left_indent = Mm(spec["left"])
    if "spacing" in spec:
        fmt.line_spacing = spec["spacing"]
    if "keep_next" in spec:
        fmt.keep_with_next = spec["keep_next"]
    if "exact" in spec:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(spec["exact"])
    fmt.widow_control = True
    ppr = style.element.get_or_add_pPr()
    if spec.get("contextual"):  # no space between paragraphs of this style, only around the block
        insert_in_order(ppr, OxmlElement("w:contextualSpacing"))
    if spec.get("box"):
        _border(ppr, ("top", "left", "bottom", "right"))
    elif spec.get("bottom"):
        _border(ppr, ("bottom",))
    elif spec.get("top"):
        _border(ppr, ("top",))
    return style


def add_table_style(doc):
    """The table style of a table in the body: single borders all round and between cells, a little room on the
    left and right of each cell. The text's own figures are the paragraph styles "Tiêu đề bảng" and "Ô bảng"."""
    style = doc.styles.add_style(STYLE_NAMES[TABLE_STYLE], WD_STYLE_TYPE.TABLE)
    style.element.set(qn("w:styleId"), TABLE_STYLE)
    style.base_style = doc.styles["Normal Table"]
    style.quick_style = True
    tbl_pr = insert_in_order(style.element, OxmlElement("w:tblPr"))
    borders = insert_in_order(tbl_pr, OxmlElement("w:tblBorders"))
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "auto")):
            edge.set(qn(key), value)
        insert_in_order(borders, edge)
    margins = insert_in_order(tbl_pr, OxmlElement("w:tblCellMar"))
    for side in ("left", "right"):
        m = OxmlElement(f"w:{side}")
        m.set(qn("w:w"), str(round(Mm(TABLE_CELL_MARGIN_MM).twips)))
        m.set(qn("w:type"), "dxa")
        insert_in_order(margins, m)


def set_defaults(doc):
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    child_in_order(rpr, "w:lang").set(qn("w:val"), ooxml.LANGUAGE)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    # Word's own document defaults (Calibri 11, 8 pt after) must not leak into anything: the defaults are
    # Normal's font and size, no spacing, and the language vi-VN (Word's spelling checker and hyphenation).
    root = doc.styles.element
    old = root.find(qn("w:docDefaults"))
    if old is not None:
        root.remove(old)
    ooxml.document_language(root)
    run = root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    fonts = child_in_order(run, "w:rFonts")
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    for tag in ("w:sz", "w:szCs"):
        child_in_order(run, tag).set(qn("w:val"), "28")


def fixed_table(doc, widths_mm):
    table = doc.add_table(rows=1, cols=len(widths_mm))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False  # python-docx writes <w:tblLayout w:type="fixed"/>, in its place
    margins = insert_in_order(table._tbl.tblPr, OxmlElement("w:tblCellMar"))
    for side in ("left", "right"):  # CT_TblCellMar: top, start (left), bottom, end (right)
        m = OxmlElement(f"w:{side}")
        m.set(qn("w:w"), "0")
        m.set(qn("w:type"), "dxa")
        margins.append(m)
    for col, width in zip(table.columns, widths_mm):
        col.width = Mm(width)
        for cell in col.cells:
            cell.width = Mm(width)
    keep_rows_whole(table)
    return table


def keep_rows_whole(table):
    """A row never breaks across pages: the signature block is not split from its name."""
    for row in table.rows:
        tr_pr = row._tr.get_or_add_trPr()
        if tr_pr.find(qn("w:cantSplit")) is None:
            tr_pr.append(OxmlElement("w:cantSplit"))  # w:trPr's children are a choice: any order


def fill(container, items):
    """Fill a cell, header or footer with (style name, text) paragraphs; its first empty paragraph is reused."""
    first = container.paragraphs[0]
    for i, (style, text) in enumerate(items):
        p = first if i == 0 else container.add_paragraph()
        p.style = style
        p.text = text


def loop(style, items, var):
    """A paragraph repeated for each of `items` (docxtpl's paragraph-level tags)."""
    return [(style, f"{{%p for line in {items} %}}"), (style, f"{{{{ {var} }}}}"), (style, "{%p endfor %}")]


def optional(style, var, text=None):
    """A paragraph present only when `var` has a value."""
    return [(style, f"{{%p if {var} %}}"), (style, text or f"{{{{ {var} }}}}"), (style, "{%p endif %}")]


def page_numbers(doc, section):
    """Page numbers centred at the top from page 2 on (PL I §I.7): a different first-page header, which holds
    only the circulation note (ô 11) when there is one; the first-page footer holds the address (ô 13)."""
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
    fill(section.first_page_header, optional("Chỉ dẫn phạm vi lưu hành", "circulation"))
    fill(section.first_page_footer, optional("Địa chỉ cơ quan", "contact_line"))


def prune(doc):
    """Drop what python-docx's blank document carries and a notice never uses: its 160 table and list styles
    (350 KB of styles.xml), the Word 2010 copy of them, a thumbnail and custom XML. Every render parses and
    writes the template's parts, so they cost time in each build. Word adds its built-in styles back when asked.
    A style another kept style names (based on, next, linked: Header's HeaderChar) is kept, or the name would
    point at nothing, which Word reports as unreadable content."""
    root = doc.styles.element
    by_id = {s.get(qn("w:styleId")): s for s in root.iterchildren(qn("w:style"))}
    used, todo = set(), list(set(STYLES) | {TABLE_STYLE, "Normal", "Header", "Footer", "TableNormal", "NoList",
                                            "DefaultParagraphFont"})
    while todo:
        style_id = todo.pop()
        if style_id in used or style_id not in by_id:
            continue
        used.add(style_id)
        for tag in ("w:basedOn", "w:next", "w:link"):
            named = by_id[style_id].find(qn(tag))
            if named is not None:
                todo.append(named.get(qn("w:val")))
    for style in list(root.iterchildren(qn("w:style"))):
        if style.get(qn("w:styleId")) not in used and style.get(qn("w:default")) != "1":
            root.remove(style)
    for rel_id, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith(("/stylesWithEffects", "/customXml")):
            doc.part.drop_rel(rel_id)
    package_rels = doc.part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            package_rels.pop(rel_id)


def main():
    doc = Document()
    set_defaults(doc)
    for style_id, spec in STYLES.items():
        add_style(doc, style_id, spec)
    add_table_style(doc)

    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(20)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)
    page_numbers(doc, section)

    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)

    # Ô 1–4 (and 10a, 10b under the number): agency beside the Quốc hiệu; Số beside the date.
    header = fixed_table(doc, HEADER_COLUMNS)
    left, right = header.rows[0].cells
    fill(left, loop("Cơ quan chủ quản", "agency.parent", "line") + loop("Cơ quan ban hành", "agency.name", "line")
         + [("Đường kẻ", "")])
    fill(right, [("Quốc hiệu", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("Tiêu ngữ", "Độc lập - Tự do - Hạnh phúc"),
                 ("Đường kẻ", "")])
    number, date = header.add_row().cells
    keep_rows_whole(header)
    fill(number, [("Số, ký hiệu", "Số: {{ number_symbol }}")] + optional("Trích yếu công văn", "cong_van_summary")
         + optional("Dấu độ mật", "confidentiality")
         + optional("Dấu độ khẩn", "urgency"))
    fill(date, [("Địa danh, ngày tháng", "{{ place_date }}")])

    # Ô 5a: tên loại and trích yếu, a short line below (a công văn has neither: its trích yếu is ô 5b, above);
    # ô 9a and 6: Kính gửi, căn cứ and the content.
    doc.add_paragraph("{%p if type_name %}", style="Tên loại văn bản")
    doc.add_paragraph("{{ type_name }}", style="Tên loại văn bản")
    doc.add_paragraph("{{ summary }}", style="Trích yếu")
    doc.add_paragraph(style="Đường kẻ dưới trích yếu")
    doc.add_paragraph("{%p endif %}", style="Đường kẻ dưới trích yếu")
    doc.add_paragraph("{{p body }}", style="Nội dung")
    doc.add_paragraph(style="Câu kết")

    # Ô 9b and 12 beside ô 7 and 8: Nơi nhận on the left, the signature block on the right, tops level.
    signature = fixed_table(doc, SIGNATURE_COLUMNS)
    recipients, signer = signature.rows[0].cells
    fill(recipients, [("Nơi nhận", "Nơi nhận:")] + loop("Danh sách nơi nhận", "recipient_lines", "line")
         + optional("Danh sách nơi nhận", "drafter_mark"))
    fill(signer, loop("Quyền hạn, chức vụ", "authority", "line") + [
        ("Hình chữ ký", "{%p if signature_image %}"),
        ("Hình chữ ký", "{{ seal_image }}{{ signature_image }}"),
        ("Chỗ ký", "{%p else %}"),
        ("Chỗ ký", ""),
        ("Chỗ ký", "{%p endif %}"),
        ("Họ tên người ký", "{{ signer }}"),
    ])
    # Phụ lục: each begins a section of its own (new page, page numbers from 1), made by the renderer.
    doc.add_paragraph("{{p appendices }}", style="Nội dung")

    prune(doc)
    ooxml.word_settings(doc.settings.element)
    doc.core_properties.title = "Thông báo (Nghị định 30/2020/NĐ-CP, Mẫu 1.4)"
    doc.core_properties.author = doc.core_properties.last_modified_by = "vanthu"
    doc.core_properties.comments = ""  # python-docx's "generated by python-docx"
    doc.core_properties.language = ooxml.LANGUAGE
    OUT.parent.mkdir(exist_ok=True)
    doc.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
