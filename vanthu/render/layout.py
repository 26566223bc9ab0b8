"""The one place that touches WordprocessingML directly, after docxtpl has filled the template.

- Lines under text: an empty paragraph of style "DuongKe" (or based on it) whose bottom border is the line. Its
  length follows the text above it: the Tiêu ngữ's line is as long as the Tiêu ngữ; the lines under the issuing
  agency and the trích yếu are 1/3–1/2 of that text (PL I §II.1.c, §II.2.b, §II.5.b), centred.
- Stamps (độ mật, độ khẩn, phạm vi lưu hành): a paragraph of a style based on "KhungDau" whose border is the box;
  the box is made to hug its text.
- The seal of an electronic document floats over the left third of the signature image (PL I §II.8).
- Each Phụ lục starts a section: a new page, page numbers from 1, no ô 11 or ô 13 on its first page.
- What Word expects of every file (so it opens without "unreadable content"): children in the schema's order
  (`insert_in_order`, the one way this toolkit adds an element), `compatibilityMode` 15, the language vi-VN.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length, Pt

from vanthu import ooxml
from vanthu.ooxml import child_in_order, insert_in_order
from vanthu.render.styles import (
    ADDRESSEE_LIST,
    APPENDIX_STYLE,
    BOX_STYLE,
    FULL_LENGTH_ABOVE,
    RULE_STYLE,
    SIGNATURE_STYLE,
    STYLE_NAMES,
)
from vanthu.resources.fontmetrics import width_pt

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
    ids: dict[str, str]  # a style of STYLE_NAMES → its id in this template

    @classmethod
    def of(cls, document) -> StyleFacts:
        own, base, by_name = {}, {}, {}
        for style in document.styles.element.iterchildren(qn("w:style")):
            sid = style.get(qn("w:styleId"))
            name = style.find(qn("w:name"))
            if name is not None:
                by_name.setdefault(name.get(qn("w:val")), sid)
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

        ids = {sid: by_name.get(name, sid) for sid, name in STYLE_NAMES.items()}
        return cls(resolved("size", 14.0), resolved("bold", False), resolved("left", 0.0),
                   resolved("centred", False), ancestry, ids)

    def based_on(self, style: str) -> set[str]:
        """The ids of the styles based on one of STYLE_NAMES (itself included)."""
        return {sid for sid, chain in self.ancestry.items() if self.ids[style] in chain}


def _val(style, path, convert, attribute="w:val"):
    node = style.find(path, style.nsmap)
    value = node.get(qn(attribute)) if node is not None else None
    return convert(value) if value is not None else None


def _toggle(style, path):
    node = style.find(path, style.nsmap)
    return None if node is None else node.get(qn("w:val"), "true") not in ("0", "false")


def finish(document, facts: StyleFacts) -> None:
    size_rules_and_boxes(document, facts)
    addressee_list(document, facts)
    float_seal(document, facts)
    appendix_sections(document, facts)
    ooxml.on_off_only(document)
    ooxml.word_settings(document.settings.element)
    ooxml.document_language(document.styles.element)


def size_rules_and_boxes(document, facts: StyleFacts) -> None:
    rules = facts.based_on(RULE_STYLE)
    boxes = facts.based_on(BOX_STYLE)
    text_width = _text_width(document)
    parts = [document.element.body, *ooxml.story_parts(document, "/header")]
    for part in parts:
        containers = [(part, text_width)] + [(tc, _cell_width(tc)) for tc in part.iter(qn("w:tc"))]
        for container, width in containers:
            paragraphs = list(container.iterchildren(qn("w:p")))
            for i, p in enumerate(paragraphs):
                if ooxml.style_id(p) in rules:
                    _size_rule(facts, p, paragraphs[:i], width)
                elif ooxml.style_id(p) in boxes and ooxml.text(p).strip():
                    _size_box(facts, p, width)


def _size_rule(facts: StyleFacts, rule, above: list, container_pt: float) -> None:
    text_paragraphs = [p for p in above if ooxml.text(p).strip()]
    if not text_paragraphs:
        return
    style_id = ooxml.style_id(text_paragraphs[-1])
    same = []
    for p in reversed(text_paragraphs):  # the block of consecutive lines in that style
        if ooxml.style_id(p) != style_id:
            break
        same.append(p)
    size, bold = facts.size[style_id], facts.bold[style_id]
    widest = min(max(width_pt(ooxml.text(p), size, bold) for p in same), container_pt)
    length = widest if style_id == facts.ids[FULL_LENGTH_ABOVE] else widest * SHARE_OF_TEXT
    indent = max((container_pt - length) / 2, 0)
    _set_indents(rule, indent, indent)


def _size_box(facts: StyleFacts, p, container_pt: float) -> None:
    """The box hugs its text: the border stands BOX_PADDING_PT outside the text on the left (Word and LibreOffice
    draw a paragraph's border just outside its indents), with a little slack on the right so it never wraps."""
    sid = ooxml.style_id(p)
    size, bold, left, centred = facts.size[sid], facts.bold[sid], facts.left[sid], facts.centred[sid]
    text = width_pt(ooxml.text(p), size, bold)
    box = text + 2 * BOX_PADDING_PT + BOX_SLACK_PT
    start = left + (max(container_pt - left - box, 0) / 2 if centred else 0)
    _set_indents(p, start + BOX_PADDING_PT, container_pt - start - box + BOX_PADDING_PT)


def _set_indents(p, left_pt: float, right_pt: float) -> None:
    ind = child_in_order(p.get_or_add_pPr(), "w:ind")
    ind.set(qn("w:left"), str(round(left_pt * 20)))  # twips
    ind.set(qn("w:right"), str(round(right_pt * 20)))


def addressee_list(document, facts: StyleFacts) -> None:
    """Kính gửi to several (PL I §II.9.d): "Kính gửi:" on its own line, then one line per addressee whose dashes
    stand in a column under its colon; a long name wraps under its own first letter. The block is centred on the
    text width as far as its widest line allows."""
    style = facts.ids[ADDRESSEE_LIST]
    body = document.element.body
    block = [p for p in body.iterchildren(qn("w:p")) if ooxml.style_id(p) == style]
    if not block:
        return
    size, bold = facts.size[style], facts.bold[style]
    label, lines = block[0], block[1:]
    colon = width_pt("Kính gửi", size, bold)
    dash = width_pt("- ", size, bold)
    text_width = _text_width(document)
    widest = max((width_pt(ooxml.text(p), size, bold) for p in lines), default=0.0)
    left = max((text_width - colon - widest) / 2, 0)
    _set_indents(label, left, 0)
    for p in lines:
        ind = child_in_order(p.get_or_add_pPr(), "w:ind")
        ind.set(qn("w:left"), str(round((left + colon + dash) * 20)))  # twips
        ind.set(qn("w:hanging"), str(round(dash * 20)))


def float_seal(document, facts: StyleFacts) -> None:
    """Turn the seal, the first picture of the signature paragraph, into a floating picture whose right edge
    covers the left third of the signature picture, centred on it vertically."""
    for p in document.element.body.iter(qn("w:p")):
        inlines = list(p.iter(qn("wp:inline")))
        if ooxml.style_id(p) != facts.ids[SIGNATURE_STYLE] or len(inlines) != 2:
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


def appendix_sections(document, facts: StyleFacts) -> None:
    """Before each appendix heading, end the section with a copy of the document's section properties; every
    section after the first numbers its pages from 1 and has an empty first-page header and footer."""
    body = document.element.body
    headings = [p for p in body.iterchildren(qn("w:p")) if ooxml.style_id(p) == facts.ids[APPENDIX_STYLE]]
    if not headings:
        return
    final = body.find(qn("w:sectPr"))
    for i, heading in enumerate(headings):
        ending = copy.deepcopy(final)
        if i > 0:  # an appendix ends here; the notice's own section keeps ô 11 and ô 13 on its first page
            _restart_numbering(ending)
            _drop_first_page_parts(ending)
        p = OxmlElement("w:p")
        insert_in_order(p.get_or_add_pPr(), ending)
        heading.addprevious(p)
    _restart_numbering(final)
    _drop_first_page_parts(final)
    for section in document.sections[1:]:
        section.first_page_header.is_linked_to_previous = False
        section.first_page_footer.is_linked_to_previous = False


def _restart_numbering(sect_pr) -> None:
    child_in_order(sect_pr, "w:pgNumType").set(qn("w:start"), "1")


def _drop_first_page_parts(sect_pr) -> None:
    for tag in ("w:headerReference", "w:footerReference"):
        for ref in sect_pr.findall(qn(tag)):
            if ref.get(qn("w:type")) == "first":
                sect_pr.remove(ref)


def text_width_twips(document) -> int:
    section = document.sections[0]
    return int(Length(section.page_width - section.left_margin - section.right_margin).twips)


def _text_width(document) -> float:
    section = document.sections[0]
    return Length(section.page_width - section.left_margin - section.right_margin).pt


def _cell_width(tc) -> float:
    width = tc.tcPr.find(qn("w:tcW")) if tc.tcPr is not None else None
    return int(width.get(qn("w:w"))) / 20 if width is not None else 0.0
