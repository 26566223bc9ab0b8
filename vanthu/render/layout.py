"""The one place that touches WordprocessingML directly, after docxtpl has filled the template.

- Lines under text: an empty paragraph of style "DuongKe" (or based on it) whose bottom border is the line. Its
  length follows the text above it: the Tiêu ngữ's line is as long as the Tiêu ngữ; the lines under the issuing
  agency and the trích yếu are 1/3–1/2 of that text (PL I §II.1.c, §II.2.b, §II.5.b), centred.
- Stamps (độ mật, độ khẩn, phạm vi lưu hành): a paragraph of a style based on "KhungDau" whose border is the box;
  the box is made to hug its text.
- The seal of an electronic document floats over the left third of the signature image (PL I §II.8).
- Each Phụ lục starts a section: a new page, page numbers from 1, no ô 11 or ô 13 on its first page.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length, Pt

from vanthu.resources.fontmetrics import width_pt

RULE_STYLE = "DuongKe"
BOX_STYLE = "KhungDau"
SIGNATURE_STYLE = "ChuKy"
APPENDIX_STYLE = "PhuLucSo"
FULL_LENGTH_ABOVE = {"TieuNgu"}  # the Tiêu ngữ's line runs its full length
SHARE_OF_TEXT = 0.4  # within 1/3–1/2
BOX_PADDING_PT = 3
BOX_SLACK_PT = 2  # the measured width may fall short of the drawn one by a rounding


@dataclass(frozen=True)
class StyleFacts:
    """What the line and box sizing needs of each paragraph style, resolved through its base styles. Styles come
    from the template, so this is computed once per template (python-docx's style objects are slow to walk)."""

    size: dict[str, float]
    bold: dict[str, bool]
    left: dict[str, float]
    centred: dict[str, bool]
    ancestry: dict[str, tuple[str, ...]]  # the style and its bases, nearest first

    @classmethod
    def of(cls, document) -> StyleFacts:
        own, base = {}, {}
        for style in document.styles.element.iterchildren(qn("w:style")):
            sid = style.get(qn("w:styleId"))
            based = style.find(qn("w:basedOn"))
            base[sid] = based.get(qn("w:val")) if based is not None else None
            own[sid] = {
                "size": _val(style, "w:rPr/w:sz", lambda v: int(v) / 2),
                "bold": _toggle(style, "w:rPr/w:b"),
                "left": _val(style, "w:pPr/w:ind", lambda v: int(v) / 20, attribute="w:left"),
                "centred": _val(style, "w:pPr/w:jc", lambda v: v == "center"),
            }
        ancestry = {}
        for sid in own:
            chain, s = [], sid
            while s in own and s not in chain:
                chain.append(s)
                s = base[s]
            ancestry[sid] = tuple(chain)

        def resolved(key, default):
            return {sid: next((own[s][key] for s in chain if own[s][key] is not None), default)
                    for sid, chain in ancestry.items()}

        return cls(resolved("size", 14.0), resolved("bold", False), resolved("left", 0.0),
                   resolved("centred", False), ancestry)

    def based_on(self, style_id: str) -> set[str]:
        return {sid for sid, chain in self.ancestry.items() if style_id in chain}


def _val(style, path, convert, attribute="w:val"):
    node = style.find(path, style.nsmap)
    value = node.get(qn(attribute)) if node is not None else None
    return convert(value) if value is not None else None


def _toggle(style, path):
    node = style.find(path, style.nsmap)
    return None if node is None else node.get(qn("w:val"), "true") not in ("0", "false")


def finish(document, facts: StyleFacts) -> None:
    size_rules_and_boxes(document, facts)
    float_seal(document)
    appendix_sections(document)


def size_rules_and_boxes(document, facts: StyleFacts) -> None:
    rules = facts.based_on(RULE_STYLE)
    boxes = facts.based_on(BOX_STYLE)
    text_width = _text_width(document)
    # docxtpl swaps rendered header parts in under the same relationships; python-docx's section objects still
    # see the template's, so the headers are found through the relationships.
    parts = [document.element.body] + [rel.target_part._element for rel in document.part.rels.values()
                                       if rel.reltype.endswith("/header")]
    for part in parts:
        containers = [(part, text_width)] + [(tc, _cell_width(tc)) for tc in part.iter(qn("w:tc"))]
        for container, width in containers:
            paragraphs = list(container.iterchildren(qn("w:p")))
            for i, p in enumerate(paragraphs):
                if _style_id(p) in rules:
                    _size_rule(facts, p, paragraphs[:i], width)
                elif _style_id(p) in boxes and _text(p).strip():
                    _size_box(facts, p, width)


def _size_rule(facts: StyleFacts, rule, above: list, container_pt: float) -> None:
    text_paragraphs = [p for p in above if _text(p).strip()]
    if not text_paragraphs:
        return
    style_id = _style_id(text_paragraphs[-1])
    same = []
    for p in reversed(text_paragraphs):  # the block of consecutive lines in that style
        if _style_id(p) != style_id:
            break
        same.append(p)
    size, bold = facts.size[style_id], facts.bold[style_id]
    widest = min(max(width_pt(_text(p), size, bold) for p in same), container_pt)
    length = widest if style_id in FULL_LENGTH_ABOVE else widest * SHARE_OF_TEXT
    indent = max((container_pt - length) / 2, 0)
    _set_indents(rule, indent, indent)


def _size_box(facts: StyleFacts, p, container_pt: float) -> None:
    """The box hugs its text: the border stands BOX_PADDING_PT outside the text on the left (Word and LibreOffice
    draw a paragraph's border just outside its indents), with a little slack on the right so it never wraps."""
    sid = _style_id(p)
    size, bold, left, centred = facts.size[sid], facts.bold[sid], facts.left[sid], facts.centred[sid]
    text = width_pt(_text(p), size, bold)
    box = text + 2 * BOX_PADDING_PT + BOX_SLACK_PT
    start = left + (max(container_pt - left - box, 0) / 2 if centred else 0)
    _set_indents(p, start + BOX_PADDING_PT, container_pt - start - box + BOX_PADDING_PT)


def _set_indents(p, left_pt: float, right_pt: float) -> None:
    ppr = p.get_or_add_pPr()
    ind = ppr.find(qn("w:ind"))
    if ind is None:
        ind = OxmlElement("w:ind")
        ppr.append(ind)
    ind.set(qn("w:left"), str(round(left_pt * 20)))  # twips
    ind.set(qn("w:right"), str(round(right_pt * 20)))


def float_seal(document) -> None:
    """Turn the seal, the first picture of the signature paragraph, into a floating picture whose right edge
    covers the left third of the signature picture, centred on it vertically."""
    for p in document.element.body.iter(qn("w:p")):
        inlines = list(p.iter(qn("wp:inline")))
        if _style_id(p) != SIGNATURE_STYLE or len(inlines) != 2:
            continue
        seal, signature = inlines
        cell = next(a for a in p.iterancestors(qn("w:tc")))
        cell_emu = Pt(_cell_width(cell))
        sig_w, sig_h = (int(signature.find(qn("wp:extent")).get(k)) for k in ("cx", "cy"))
        seal_w, seal_h = (int(seal.find(qn("wp:extent")).get(k)) for k in ("cx", "cy"))
        sig_left = (cell_emu - sig_w) // 2
        # Over the signature's left third, but never out of its cell: the Nơi nhận column lies to the left.
        x = max(sig_left + sig_w // 3 - seal_w, 0)
        y = (sig_h - seal_h) // 2
        seal.getparent().replace(seal, _anchor(seal, x, y))


def _anchor(inline, x_emu: int, y_emu: int):
    anchor = OxmlElement("wp:anchor")
    for key, value in (("distT", "0"), ("distB", "0"), ("distL", "0"), ("distR", "0"), ("simplePos", "0"),
                       ("relativeHeight", "251659264"), ("behindDoc", "0"), ("locked", "0"),
                       ("layoutInCell", "1"), ("allowOverlap", "1")):
        anchor.set(key, value)
    simple = OxmlElement("wp:simplePos")
    simple.set("x", "0")
    simple.set("y", "0")
    anchor.append(simple)
    for tag, relative, offset in (("wp:positionH", "column", x_emu), ("wp:positionV", "paragraph", y_emu)):
        position = OxmlElement(tag)
        position.set("relativeFrom", relative)
        value = OxmlElement("wp:posOffset")
        value.text = str(offset)
        position.append(value)
        anchor.append(position)
    anchor.append(copy.deepcopy(inline.find(qn("wp:extent"))))
    effect = OxmlElement("wp:effectExtent")
    for side in ("l", "t", "r", "b"):
        effect.set(side, "0")
    anchor.append(effect)
    anchor.append(OxmlElement("wp:wrapNone"))
    for tag in ("wp:docPr", "wp:cNvGraphicFramePr", "a:graphic"):
        child = inline.find(qn(tag))
        if child is not None:
            anchor.append(copy.deepcopy(child))
    return anchor


def appendix_sections(document) -> None:
    """Before each appendix heading, end the section with a copy of the document's section properties; every
    section after the first numbers its pages from 1 and has an empty first-page header and footer."""
    body = document.element.body
    headings = [p for p in body.iterchildren(qn("w:p")) if _style_id(p) == APPENDIX_STYLE]
    if not headings:
        return
    final = body.find(qn("w:sectPr"))
    for i, heading in enumerate(headings):
        ending = copy.deepcopy(final)
        if i > 0:  # an appendix ends here; the notice's own section keeps ô 11 and ô 13 on its first page
            _restart_numbering(ending)
            _drop_first_page_parts(ending)
        p = OxmlElement("w:p")
        p.get_or_add_pPr().append(ending)
        heading.addprevious(p)
    _restart_numbering(final)
    _drop_first_page_parts(final)
    for section in document.sections[1:]:
        section.first_page_header.is_linked_to_previous = False
        section.first_page_footer.is_linked_to_previous = False


def _restart_numbering(sect_pr) -> None:
    numbering = OxmlElement("w:pgNumType")
    numbering.set(qn("w:start"), "1")
    # Schema order: pgNumType comes before cols, titlePg and docGrid.
    successor = next((sect_pr.find(qn(t)) for t in ("w:cols", "w:formProt", "w:vAlign", "w:noEndnote",
                                                    "w:titlePg", "w:textDirection", "w:bidi", "w:docGrid")
                      if sect_pr.find(qn(t)) is not None), None)
    if successor is not None:
        successor.addprevious(numbering)
    else:
        sect_pr.append(numbering)


def _drop_first_page_parts(sect_pr) -> None:
    for tag in ("w:headerReference", "w:footerReference"):
        for ref in sect_pr.findall(qn(tag)):
            if ref.get(qn("w:type")) == "first":
                sect_pr.remove(ref)


_PPR, _PSTYLE, _VAL = qn("w:pPr"), qn("w:pStyle"), qn("w:val")


def _style_id(p) -> str | None:
    """The paragraph's style id (plain lxml: python-docx's accessors cost more than the rest of the sizing)."""
    ppr = p.find(_PPR)
    style = ppr.find(_PSTYLE) if ppr is not None else None
    return style.get(_VAL) if style is not None else None


def _text(p) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


def _text_width(document) -> float:
    section = document.sections[0]
    return Length(section.page_width - section.left_margin - section.right_margin).pt


def _cell_width(tc) -> float:
    width = tc.tcPr.find(qn("w:tcW")) if tc.tcPr is not None else None
    return int(width.get(qn("w:w"))) / 20 if width is not None else 0.0
