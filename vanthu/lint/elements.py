"""The elements of Phụ lục I found in any DOCX by their content and position, not by style names: the Quốc hiệu
by its words, the "Số:" line, the ", ngày … tháng … năm …" line, the type name in capitals after the header,
"Nơi nhận:" and its list, the authority lines TM./KT./TL./TUQ./Q. and the signer's name, and the lines drawn
under the header texts (paragraph borders, DrawingML shapes or VML).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from docx.oxml.ns import qn

from vanthu.lint.docx_styles import TWIP, ParagraphFormat, RunFormat, Styles
from vanthu.notice import nd30
from vanthu.resources.fontmetrics import width_pt

EMU = 1 / 12700  # points
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
VML = "urn:schemas-microsoft-com:vml"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

# Ô 10a, 10b and 11: stamps and notes that stand apart from the agency's name (PL I §III.2).
URGENCY = ("KHẨN", "THƯỢNG KHẨN", "HỎA TỐC", "HOẢ TỐC")
CONFIDENTIALITY = ("MẬT", "TỐI MẬT", "TUYỆT MẬT")
CIRCULATION = ("XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ")
MARKS = URGENCY + CONFIDENTIALITY + CIRCULATION
QUOC_HIEU_WORDS = "XÃ HỘI CHỦ NGHĨA VIỆT NAM"  # tolerant of a mistyped "HÒA", which a rule then reports
DATE_LINE = re.compile(r",\s*ngày\b.*tháng.*năm")
BASIS = ("Căn cứ", "Xét ")
CONG_VAN_SUMMARY = "V/v"  # a công văn's trích yếu (ô 5b, Mẫu 1.5)
ADDRESSEE = re.compile(r"Kính\s+gửi\b")
SECTION_HEADING = re.compile(r"^[IVXLC]+\.\s")


def is_upper(text: str) -> bool:
    return any(c.isalpha() for c in text) and text == text.upper()


@dataclass
class Drawn:
    """A horizontal line drawn in a paragraph as a shape: its length, and its centre when it can be told."""

    length: float  # pt
    centre: float | None  # pt from the container's left edge


@dataclass
class Para:
    p: object  # the w:p element
    index: int  # order in the document
    container: tuple  # ("body",) or (table, column): a column of a table reads down its rows
    width: float  # the container's width, pt
    fmt: ParagraphFormat
    runs: list[tuple[str, RunFormat]]
    drawn: list[Drawn] = field(default_factory=list)
    vml_lines: int = 0  # VML lines, whose length is not measured
    page_left: float = 0.0  # the left margin, pt: where the body's left edge stands on the page
    lead: float = 0.0  # the width of spaces typed before the text, which move left-aligned text right

    @property
    def text(self) -> str:
        """The text as shown (w:caps applied), whitespace collapsed."""
        return " ".join("".join(t.upper() if f.caps else t for t, f in self.runs).split())

    @property
    def inked(self) -> list[RunFormat]:
        """The formats of the runs that print something."""
        return [f for t, f in self.runs if t.strip()]

    def text_width(self) -> float:
        """The width of the widest line if set on one line (capped at the space available), pt."""
        inked = self.inked
        if not inked:
            return 0.0
        f = max(inked, key=lambda r: r.size)
        return min(width_pt(self.text, f.size, f.bold), self.box_width())

    def box_width(self) -> float:
        return self.width - self.fmt.left - self.fmt.right

    def text_centre(self) -> float:
        """Where the (first) line of text is centred, pt from the container's left edge."""
        f, w = self.fmt, self.text_width()
        if f.alignment == "center":  # typed spaces before centred text push it right by half their width
            return f.left + (self.width - f.left - f.right) / 2 + self.lead / 2
        if f.alignment == "right":
            return self.width - f.right - w / 2
        return f.left + max(f.first_line, 0) + self.lead + w / 2

    @property
    def is_rule(self) -> bool:
        """An empty paragraph that only draws a line (a bottom border or a line shape)."""
        return not self.text and (self.fmt.bottom_border or bool(self.drawn) or self.vml_lines > 0)


@dataclass
class Line:
    """A line under a text: its length, and how far its centre is from the text's centre."""

    means: str  # "border", "drawing" or "vml"
    length: float | None  # pt; None when it cannot be measured
    offset: float | None


@dataclass
class Layout:
    styles: Styles
    paragraphs: list[Para]
    header_paragraphs: list[tuple[str, list[Para]]]  # per header/footer part: ("header:default" …, paragraphs)
    quoc_hieu: Para | None = None
    tieu_ngu: Para | None = None
    parent_agency: list[Para] = field(default_factory=list)
    issuing_agency: list[Para] = field(default_factory=list)
    number: Para | None = None
    place_date: Para | None = None
    marks: list[Para] = field(default_factory=list)
    type_name: Para | None = None
    summary: list[Para] = field(default_factory=list)
    cong_van_summary: Para | None = None  # "V/v …": the công văn form (Mẫu 1.5), which has no type name
    addressees: list[Para] = field(default_factory=list)  # "Kính gửi: …", or "Kính gửi:" and its "- …;" lines
    table_cells: list[Para] = field(default_factory=list)  # the text of tables in the body (schedules, lists)
    basis: list[Para] = field(default_factory=list)  # căn cứ
    body: list[Para] = field(default_factory=list)
    noi_nhan: Para | None = None
    recipients: list[Para] = field(default_factory=list)
    authority: list[Para] = field(default_factory=list)
    signer: Para | None = None
    lines: dict[str, Line | None] = field(default_factory=dict)


def paragraphs(container_element, styles: Styles, width: float, key: tuple, out: list,
               page_left: float = 0.0) -> None:
    """Every paragraph under a body, cell or header, in reading order; tables read column by column."""
    for child in container_element.iterchildren():
        if child.tag == qn("w:p"):
            out.append(_para(child, styles, len(out), key, width, page_left))
        elif child.tag == qn("w:tbl"):
            grid = [int(g.get(qn("w:w"), 0)) * TWIP for g in child.iter(qn("w:gridCol"))]
            for row in child.iterchildren(qn("w:tr")):
                for col, cell in enumerate(row.iterchildren(qn("w:tc"))):
                    paragraphs(cell, styles, _cell_width(cell, grid, col), (id(child), col), out, page_left)
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                paragraphs(content, styles, width, key, out, page_left)


def _cell_width(cell, grid: list[float], col: int) -> float:
    width = cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
    if width is not None and width.get(qn("w:type"), "dxa") == "dxa" and int(width.get(qn("w:w"), 0)):
        return int(width.get(qn("w:w"))) * TWIP
    return grid[col] if col < len(grid) else 0.0


def _para(p, styles: Styles, index: int, key: tuple, width: float, page_left: float) -> Para:
    fmt = styles.paragraph(p)
    runs = []
    for run in p.iter(qn("w:r")):
        if next(run.iterancestors(qn("w:p")), None) is not p:
            continue  # a run of a text box inside this paragraph
        text = "".join(t.text or "" if t.tag == qn("w:t") else " " for t in run
                       if t.tag in (qn("w:t"), qn("w:tab"), qn("w:br")))
        if text:
            runs.append((text, styles.run(p, run)))
    para = Para(p, index, key, width, fmt, runs, page_left=page_left)
    typed = "".join(t for t, _ in runs)
    if runs and typed.strip():
        spaces = typed[:len(typed) - len(typed.lstrip())]
        para.lead = width_pt(spaces, runs[0][1].size, runs[0][1].bold)
    for extent in p.iter(f"{{{WP}}}extent"):
        length, height = int(extent.get("cx", 0)) * EMU, int(extent.get("cy", 0)) * EMU
        if height <= 4 and length >= 10 * height:  # a horizontal line, whatever shape draws it
            para.drawn.append(Drawn(length, _drawn_centre(extent.getparent(), para, length)))
    para.vml_lines = sum(1 for shape in p.iter(f"{{{VML}}}line", f"{{{VML}}}shape")
                         if not any(a.tag == MC_FALLBACK for a in shape.iterancestors()))
    return para


def _drawn_centre(frame, para: Para, length: float) -> float | None:
    """An inline shape sits where the paragraph's alignment puts it; an anchored one where its offset says
    (measured from the page's or the margin's left edge: kept negative-free by `_line_under`)."""
    if frame.tag == f"{{{WP}}}inline":
        f = para.fmt
        if f.alignment == "center":
            return f.left + (para.width - f.left - f.right) / 2
        if f.alignment == "right":
            return para.width - f.right - length / 2
        return f.left + max(f.first_line, 0) + length / 2
    position = frame.find(f"{{{WP}}}positionH")
    offset = position.find(f"{{{WP}}}posOffset") if position is not None else None
    if offset is None or para.container != ("body",):
        return None
    x = int(offset.text) * EMU + length / 2
    return x - para.page_left if position.get("relativeFrom") == "page" else x


def find(document) -> Layout:
    styles = Styles(document)
    section = document.sections[0]
    text_width = (section.page_width - section.left_margin - section.right_margin) / 12700
    found: list[Para] = []
    paragraphs(document.element.body, styles, text_width, ("body",), found, section.left_margin / 12700)
    layout = Layout(styles, found, _header_paragraphs(document, styles, text_width))
    _find_header(layout)
    _find_title_and_body(layout)
    find_signature(layout)
    layout.lines = {
        "tieu_ngu": _line_under(layout, [layout.tieu_ngu] if layout.tieu_ngu else []),
        "issuing_agency": _line_under(layout, layout.issuing_agency),
        "summary": _line_under(layout, layout.summary),
    }
    return layout


def _header_paragraphs(document, styles: Styles, width: float) -> list[tuple[str, list[Para]]]:
    out, seen = [], set()
    for n, section in enumerate(document.sections):
        parts = [("header:default", section.header), ("header:first", section.first_page_header),
                 ("header:even", section.even_page_header), ("footer:default", section.footer),
                 ("footer:first", section.first_page_footer), ("footer:even", section.even_page_footer)]
        for name, part in parts:
            if part.is_linked_to_previous or id(part.part) in seen:
                continue
            seen.add(id(part.part))
            found: list[Para] = []
            paragraphs(part._element, styles, width, (name, n), found)
            out.append((f"{name}:{n + 1}", found))
    return out


def _first(paras, test, start: int = 0) -> Para | None:
    return next((p for p in paras[start:] if test(p)), None)


def _find_header(layout: Layout) -> None:
    paras = layout.paragraphs
    layout.quoc_hieu = _first(paras, lambda p: QUOC_HIEU_WORDS in p.text.upper())
    layout.tieu_ngu = _first(paras, lambda p: "ĐỘC LẬP" in p.text.upper() and "HẠNH PHÚC" in p.text.upper())
    layout.number = _first(paras, lambda p: re.match(r"Số\s*:", p.text) is not None)
    layout.place_date = _first(paras, lambda p: DATE_LINE.search(p.text) is not None)
    header = [p for p in (layout.quoc_hieu, layout.tieu_ngu, layout.number, layout.place_date) if p]
    if not header:
        return
    end = max(p.index for p in header)
    layout.marks = [p for p in paras if p.text.upper() in MARKS]
    candidates = [p for p in paras[:end + 1] if is_upper(p.text) and p not in header and p not in layout.marks]
    if not candidates:
        return
    # The issuing agency is the last block set alike; lines above it belong to the parent agency.
    last = candidates[-1]
    look = _look(last)
    issuing = [last]
    for p in reversed(candidates[:-1]):
        if _look(p) != look or p.container != last.container:
            break
        issuing.insert(0, p)
    layout.issuing_agency = issuing
    layout.parent_agency = [p for p in candidates if p not in issuing]


def _look(p: Para) -> tuple:
    return tuple(sorted({(f.bold, f.size) for f in p.inked}))


def _find_title_and_body(layout: Layout) -> None:
    paras = layout.paragraphs
    header = [p for p in (layout.quoc_hieu, layout.tieu_ngu, layout.number, layout.place_date) if p]
    start = max((p.index for p in header), default=-1) + 1
    # A công văn: "V/v …" in the header, under the number (or just below the header table, as some offices type it)
    layout.cong_van_summary = _first(paras[:start + 2], lambda p: p.text.startswith(CONG_VAN_SUMMARY))
    if layout.cong_van_summary is not None:
        i = max(start, layout.cong_van_summary.index + 1)
    else:
        i = _type_name_and_summary(layout, start)
        if i is None:
            return
    body_from(layout, i)


def body_from(layout: Layout, i: int) -> None:
    """The body from paragraph `i` on (Kính gửi and căn cứ first), up to "Nơi nhận:" or the authority lines,
    which it finds. `vanthu import` starts it after a header it read itself."""
    paras = layout.paragraphs
    layout.noi_nhan = _first(paras, lambda p: p.text.startswith("Nơi nhận"), i)
    layout.authority = _authority(layout, i)
    ends = [p.index for p in (layout.noi_nhan, *layout.authority[:1]) if p]
    end = min(ends, default=len(paras))
    layout.addressees = _addressees(paras[i:end])
    layout.body = [p for p in paras[i:end] if p.container == ("body",) and p.text and not p.is_rule
                   and p not in layout.addressees]
    layout.table_cells = [p for p in paras[i:end] if p.container != ("body",) and p.text and p not in layout.addressees]
    # Căn cứ stand under the trích yếu (PL I §II.6.a); the "Căn cứ …" sentences an office writes after Kính gửi
    # are content, set as the body.
    addressed = layout.addressees[0].index if layout.addressees else len(paras)
    for p in layout.body:  # căn cứ, and the "Xét đề nghị …" line that closes them
        if not p.text.startswith(BASIS) or p.index > addressed:
            break
        layout.basis.append(p)


def _addressees(paras: list[Para]) -> list[Para]:
    """Kính gửi (ô 9a): its line, and, when nothing follows its colon, the "- …" lines below it."""
    first = _first(paras, lambda p: ADDRESSEE.match(p.text) is not None)
    if first is None:
        return []
    block = [first]
    if first.text.rstrip().endswith(":"):
        for p in paras[paras.index(first) + 1:]:
            if not p.text:
                continue
            if p.container != first.container or not p.text.startswith(("-", "–")):
                break
            block.append(p)
    return block


def _type_name_and_summary(layout: Layout, start: int) -> int | None:
    """The type name in capitals after the header and the trích yếu below it; the index after them."""
    paras = layout.paragraphs
    layout.type_name = _first(paras, lambda p: is_upper(p.text) and p.text.upper() not in MARKS, start)
    if layout.type_name is None:
        return None
    i = layout.type_name.index + 1
    while i < len(paras) and len(layout.summary) < 4:
        p = paras[i]
        if not p.text or p.is_rule or p.text.startswith(BASIS) or (
                layout.summary and p.fmt.alignment != layout.summary[0].fmt.alignment):
            break
        layout.summary.append(p)
        i += 1
    return i


def _authority(layout: Layout, start: int) -> list[Para]:
    paras = layout.paragraphs
    first = _first(paras, lambda p: nd30.authority_prefix(p.text.upper()) is not None, start)
    if first is None and layout.noi_nhan is not None:  # a head signing in their own name: no prefix
        first = _first(paras, lambda p: is_upper(p.text) and p.container not in (("body",), layout.noi_nhan.container),
                       layout.noi_nhan.index)
    if first is None:
        return []
    block = [first]
    for p in paras[first.index + 1:]:
        if p.container != first.container or not is_upper(p.text) or len(block) == 4:
            break
        block.append(p)
    return block


def find_signature(layout: Layout) -> None:
    """The recipients under "Nơi nhận:" and the signer's name under the authority lines."""
    paras = layout.paragraphs
    layout.recipients = []
    if layout.noi_nhan is not None:
        for p in paras[layout.noi_nhan.index + 1:]:
            if p.container != layout.noi_nhan.container:
                break
            if p.text:
                layout.recipients.append(p)
    if layout.authority:
        last = layout.authority[-1]
        layout.signer = _first(paras, lambda p: p.container == last.container and p.text and not is_upper(p.text),
                               last.index + 1)


def _line_under(layout: Layout, texts: list[Para]) -> Line | None:
    """The line drawn under a block of text: its own bottom border, or the next line in its column."""
    if not texts:
        return None
    last = texts[-1]
    widest = max(texts, key=lambda p: p.text_width())
    centre = widest.text_centre()
    if last.fmt.bottom_border:
        return Line("border", last.box_width(), (last.fmt.left + last.width - last.fmt.right) / 2 - centre)
    following = [p for p in layout.paragraphs[last.index + 1:] if p.container == last.container][:2]
    for p in [last, *following]:
        if p.text and p is not last:
            break
        if p.drawn:
            d = p.drawn[0]
            return Line("drawing", d.length, None if d.centre is None else d.centre - centre)
        if p.fmt.bottom_border:
            return Line("border", p.box_width(), (p.fmt.left + p.width - p.fmt.right) / 2 - centre)
        if p.vml_lines:
            return Line("vml", None, None)
    return None
