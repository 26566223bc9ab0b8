"""The one place that touches WordprocessingML directly: the lengths of the lines drawn under header text.

A line is an empty paragraph of style "DuongKe" (or a style based on it) whose bottom border is the line. Its length must follow the text
above it, which only the renderer knows: the Tiêu ngữ's line is as long as the Tiêu ngữ; the lines under the
issuing agency and the trích yếu are 1/3–1/2 of that text's length (PL I §II.1.c, §II.2.b, §II.5.b), centred.
"""
from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Length

from .fontmetrics import width_pt

RULE_STYLE = "DuongKe"
FULL_LENGTH_ABOVE = {"TieuNgu"}  # the Tiêu ngữ's line runs its full length
SHARE_OF_TEXT = 0.4  # within 1/3–1/2


def size_rules(document) -> None:
    rule_styles = {s.style_id for s in document.styles if _based_on(s, RULE_STYLE)}
    text_width = _text_width(document)
    body = document.element.body
    for container, width in [(body, text_width)] + [
        (tc, _cell_width(tc)) for tc in body.iter(qn("w:tc"))
    ]:
        paragraphs = list(container.iterchildren(qn("w:p")))
        for i, p in enumerate(paragraphs):
            if _style_id(p) in rule_styles:
                _size_rule(document, p, paragraphs[:i], width)


def _size_rule(document, rule, above: list, container_pt: float) -> None:
    text_paragraphs = [p for p in above if _text(p).strip()]
    if not text_paragraphs:
        return
    style_id = _style_id(text_paragraphs[-1])
    same = []
    for p in reversed(text_paragraphs):  # the block of consecutive lines in that style
        if _style_id(p) != style_id:
            break
        same.append(p)
    size, bold = _font(document, style_id)
    widest = min(max(width_pt(_text(p), size, bold) for p in same), container_pt)
    length = widest if style_id in FULL_LENGTH_ABOVE else widest * SHARE_OF_TEXT
    indent = max((container_pt - length) / 2, 0)
    ppr = rule.get_or_add_pPr()
    ind = ppr.find(qn("w:ind"))
    if ind is None:
        ind = OxmlElement("w:ind")
        ppr.append(ind)
    for side in ("w:left", "w:right"):
        ind.set(qn(side), str(round(indent * 20)))  # twips


def _based_on(style, style_id: str) -> bool:
    while style is not None:
        if style.style_id == style_id:
            return True
        style = getattr(style, "base_style", None)
    return False


def _style_id(p) -> str | None:
    ppr = p.pPr
    return ppr.pStyle.val if ppr is not None and ppr.pStyle is not None else None


def _text(p) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


def _font(document, style_id: str) -> tuple[float, bool]:
    """Size and weight of a paragraph style, resolved through its base styles."""
    style = next(s for s in document.styles if s.style_id == style_id)
    size = bold = None
    while style is not None and (size is None or bold is None):
        size = size or (style.font.size.pt if style.font.size else None)
        bold = style.font.bold if bold is None else bold
        style = style.base_style
    return size or 14.0, bool(bold)


def _text_width(document) -> float:
    section = document.sections[0]
    return Length(section.page_width - section.left_margin - section.right_margin).pt


def _cell_width(tc) -> float:
    width = tc.tcPr.find(qn("w:tcW")) if tc.tcPr is not None else None
    return int(width.get(qn("w:w"))) / 20 if width is not None else 0.0
