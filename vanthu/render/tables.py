"""Tables in the body, put in after docxtpl has filled the template.

docxtpl's rich paragraphs cannot hold a table, so the renderer writes a placeholder paragraph for each (its text
names the element's place in the YAML) and `place` puts the table there: the template's table style "Bảng nội
dung" (borders), its paragraph styles "Tiêu đề bảng" and "Ô bảng" (the text), fixed column widths in the
proportions given across the text width, the header row repeated on every page the table runs onto, and rows that
never break across pages.
"""
from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Twips

from vanthu import ooxml
from vanthu.notice import markup
from vanthu.notice.model import Element, Notice, Table
from vanthu.ooxml import child_in_order
from vanthu.render.styles import BODY, TABLE_CELL, TABLE_HEADER, TABLE_STYLE

MARK = "[[vanthu-table:{}]]"  # a placeholder paragraph's whole text: the element's place, e.g. content.3
_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
          "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def placeholder(element: Element) -> str:
    return MARK.format(".".join(str(p) for p in element.path))


def _tables(notice: Notice) -> dict[str, Table]:
    found, stack = {}, [*notice.content, *(e for a in notice.appendices for e in a.content)]
    while stack:
        element = stack.pop()
        if element.table is not None:
            found[placeholder(element)] = element.table
        stack.extend(element.children)
    return found


def place(document, notice: Notice, ids: dict[str, str], text_width_twips: int) -> None:
    tables = _tables(notice)
    if not tables:
        return
    gap = _body_space_after(document, ids[BODY])
    for p in list(document.element.body.iterchildren(qn("w:p"))):
        table = tables.get(ooxml.text(p))
        if table is None:
            continue
        tbl = _build(document, table, ids, text_width_twips)
        p.addprevious(tbl)
        following = p.getnext()
        p.getparent().remove(p)
        if following is not None and following.tag == qn("w:p") and gap:
            # The body's own gap between paragraphs stands between the table and the text after it too.
            child_in_order(following.get_or_add_pPr(), "w:spacing").set(qn("w:before"), str(gap))


def _build(document, table: Table, ids: dict[str, str], text_width_twips: int):
    columns = len(table.header)
    shape = document.add_table(rows=1 + len(table.rows), cols=columns)  # made at the end of the body, moved
    shape.autofit = False  # fixed layout: the widths given, whatever the text
    tbl_pr = shape._tbl.tblPr
    child_in_order(tbl_pr, "w:tblStyle").set(qn("w:val"), ids[TABLE_STYLE])
    width = child_in_order(tbl_pr, "w:tblW")
    width.set(qn("w:w"), str(text_width_twips))
    width.set(qn("w:type"), "dxa")
    shares = table.widths or (1,) * columns
    widths = [text_width_twips * share // sum(shares) for share in shares]
    for col, twips in zip(shape.columns, widths):
        col.width = Twips(twips)
    for r, row in enumerate(shape.rows):
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))  # w:trPr's children are a choice: any order
        if r == 0:
            tr_pr.append(OxmlElement("w:tblHeader"))  # repeated at the top of each page
        cells = table.header if r == 0 else table.rows[r - 1]
        for c, (cell, text) in enumerate(zip(row.cells, cells)):
            cell.width = Twips(widths[c])
            paragraph = cell.paragraphs[0]
            _style(paragraph, ids[TABLE_HEADER if r == 0 else TABLE_CELL])  # by id: the template's may differ
            if r and table.align:
                paragraph.alignment = _ALIGN[table.align[c]]
            for run in markup.runs(text):
                added = paragraph.add_run(run.text)
                added.bold, added.italic = run.bold or None, run.italic or None
                if table.size:
                    added.font.size = Pt(table.size)
    return shape._tbl


def _style(paragraph, style_id: str) -> None:
    child_in_order(paragraph._p.get_or_add_pPr(), "w:pStyle").set(qn("w:val"), style_id)


def _body_space_after(document, body_id: str) -> int:
    """The body style's space after its paragraphs, in twentieths of a point (0 when it sets none)."""
    for style in document.styles.element.iterchildren(qn("w:style")):
        if style.get(qn("w:styleId")) == body_id:
            spacing = style.find(f"{qn('w:pPr')}/{qn('w:spacing')}")
            if spacing is not None and spacing.get(qn("w:after")):
                return int(spacing.get(qn("w:after")))
    return 0
