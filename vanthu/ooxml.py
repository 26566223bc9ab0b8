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

from .fontmetrics import width_pt

RULE_STYLE = "DuongKe"
BOX_STYLE = "KhungDau"
SIGNATURE_STYLE = "ChuKy"
APPENDIX_STYLE = "PhuLucSo"
FULL_LENGTH_ABOVE = "TieuNgu"  # the Tiêu ngữ's line runs its full length
# The template's styles the code names: the id tools/make_template.py gave each, and the name Word and LibreOffice
# show. Word keeps a style's id when it saves; LibreOffice makes new ids from the names ("Nội dung" → "Nidung"), so
# a style is found by its name, and by its id only when no style has that name (a clerk renamed it in Word).
STYLE_NAMES = {
    "NoiDung": "Nội dung", "TenMuc": "Tên mục", "CanCu": "Căn cứ", "CauKet": "Câu kết",
    "PhuLucSo": "Phụ lục số", "PhuLucTen": "Tên phụ lục", "PhuLucKemTheo": "Phụ lục kèm theo",
    "DuongKe": "Đường kẻ", "DuongKeTrichYeu": "Đường kẻ dưới trích yếu", "KhungDau": "Khung dấu",
    "ChuKy": "Hình chữ ký", "TieuNgu": "Tiêu ngữ",
}
SHARE_OF_TEXT = 0.4  # within 1/3–1/2
BOX_PADDING_PT = 3
BOX_SLACK_PT = 2  # the measured width may fall short of the drawn one by a rounding
LANGUAGE = "vi-VN"
COMPATIBILITY_MODE = "15"  # Word 2013 and later: below this Word opens the file "[Compatibility Mode]"
WORD_URI = "http://schemas.microsoft.com/office/word"


# The order of the children of each element this toolkit writes into (ECMA-376 Part 1, transitional schema,
# wml.xsd). Word refuses an element out of this order ("unreadable content") or silently drops it.
_SCHEMA_ORDER = {
    "w:pPr": (
        "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl", "w:numPr",
        "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
        "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
        "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
        "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
        "w:rPr", "w:sectPr", "w:pPrChange"),
    # CT_RPr, and CT_ParaRPr (the paragraph mark's), which starts with the revision marks
    "w:rPr": (
        "w:ins", "w:del", "w:moveFrom", "w:moveTo",
        "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike", "w:dstrike",
        "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid", "w:vanish", "w:webHidden",
        "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect",
        "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
        "w:specVanish", "w:oMath", "w:rPrChange"),
    "w:tblPr": (
        "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize", "w:tblStyleColBandSize",
        "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar",
        "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange"),
    "w:sectPr": (
        ("w:headerReference", "w:footerReference"), "w:footnotePr", "w:endnotePr", "w:type", "w:pgSz", "w:pgMar",
        "w:paperSrc", "w:pgBorders", "w:lnNumType", "w:pgNumType", "w:cols", "w:formProt", "w:vAlign",
        "w:noEndnote", "w:titlePg", "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings",
        "w:sectPrChange"),
    "w:style": (
        "w:name", "w:aliases", "w:basedOn", "w:next", "w:link", "w:autoRedefine", "w:hidden", "w:uiPriority",
        "w:semiHidden", "w:unhideWhenUsed", "w:qFormat", "w:locked", "w:personal", "w:personalCompose",
        "w:personalReply", "w:rsid", "w:pPr", "w:rPr", "w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr"),
    "w:styles": ("w:docDefaults", "w:latentStyles", "w:style"),
    "w:docDefaults": ("w:rPrDefault", "w:pPrDefault"),
    "w:rPrDefault": ("w:rPr",),
    "w:pBdr": ("w:top", "w:left", "w:bottom", "w:right", "w:between", "w:bar"),
    "w:settings": (
        "w:writeProtection", "w:view", "w:zoom", "w:removePersonalInformation", "w:removeDateAndTime",
        "w:doNotDisplayPageBoundaries", "w:displayBackgroundShape", "w:printPostScriptOverText",
        "w:printFractionalCharacterWidth", "w:printFormsData", "w:embedTrueTypeFonts", "w:embedSystemFonts",
        "w:saveSubsetFonts", "w:saveFormsData", "w:mirrorMargins", "w:alignBordersAndEdges",
        "w:bordersDoNotSurroundHeader", "w:bordersDoNotSurroundFooter", "w:gutterAtTop", "w:hideSpellingErrors",
        "w:hideGrammaticalErrors", "w:activeWritingStyle", "w:proofState", "w:formsDesign", "w:attachedTemplate",
        "w:linkStyles", "w:stylePaneFormatFilter", "w:stylePaneSortMethod", "w:documentType", "w:mailMerge",
        "w:revisionView", "w:trackRevisions", "w:doNotTrackMoves", "w:doNotTrackFormatting",
        "w:documentProtection", "w:autoFormatOverride", "w:styleLockTheme", "w:styleLockQFSet",
        "w:defaultTabStop", "w:autoHyphenation", "w:consecutiveHyphenLimit", "w:hyphenationZone",
        "w:doNotHyphenateCaps", "w:showEnvelope", "w:summaryLength", "w:clickAndTypeStyle", "w:defaultTableStyle",
        "w:evenAndOddHeaders", "w:bookFoldRevPrinting", "w:bookFoldPrinting", "w:bookFoldPrintingSheets",
        "w:drawingGridHorizontalSpacing", "w:drawingGridVerticalSpacing", "w:displayHorizontalDrawingGridEvery",
        "w:displayVerticalDrawingGridEvery", "w:doNotUseMarginsForDrawingGridOrigin",
        "w:drawingGridHorizontalOrigin", "w:drawingGridVerticalOrigin", "w:doNotShadeFormData",
        "w:noPunctuationKerning", "w:characterSpacingControl", "w:printTwoOnOne", "w:strictFirstAndLastChars",
        "w:noLineBreaksAfter", "w:noLineBreaksBefore", "w:savePreviewPicture", "w:doNotValidateAgainstSchema",
        "w:saveInvalidXml", "w:ignoreMixedContent", "w:alwaysShowPlaceholderText", "w:doNotDemarcateInvalidXml",
        "w:saveXmlDataOnly", "w:useXSLTWhenSaving", "w:saveThroughXslt", "w:showXMLTags",
        "w:alwaysMergeEmptyNamespace", "w:updateFields", "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr",
        "w:compat", "w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema", "w:themeFontLang",
        "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
        "w:captions", "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults",
        "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator"),
}
_RANK = {qn(parent): {qn(tag): i for i, tags in enumerate(order)
                      for tag in (tags if isinstance(tags, tuple) else (tags,))}
         for parent, order in _SCHEMA_ORDER.items()}


def insert_in_order(parent, child):
    """Put `child` into `parent` where the schema's sequence wants it: after every sibling the sequence puts
    before it or beside it, before the first it puts after it. Appending instead is how an element ends up out
    of order (a w:pBdr after w:jc); children the table does not know (extensions) are left where they are."""
    rank = _RANK[parent.tag]
    mine = rank[child.tag]
    later = next((c for c in parent if rank.get(c.tag, -1) > mine), None)
    if later is not None:
        later.addprevious(child)
    else:
        parent.append(child)
    return child


def child_in_order(parent, tag: str):
    """The one `tag` child of `parent` (e.g. "w:ind"), made and put in schema order when there is none."""
    found = parent.find(qn(tag))
    return found if found is not None else insert_in_order(parent, OxmlElement(tag))


def word_settings(settings) -> None:
    """What Word expects of a document of ours in word/settings.xml: Word 2013+ layout (not "Compatibility
    Mode"), no claim that spelling was already checked (the text is new), and the theme's language vi-VN."""
    compat = child_in_order(settings, "w:compat")
    mode = next((s for s in compat.iterchildren(qn("w:compatSetting"))
                 if s.get(qn("w:name")) == "compatibilityMode" and s.get(qn("w:uri")) == WORD_URI), None)
    if mode is None:
        mode = OxmlElement("w:compatSetting")
        mode.set(qn("w:name"), "compatibilityMode")
        mode.set(qn("w:uri"), WORD_URI)
        compat.append(mode)  # the compatSettings come last in w:compat
    mode.set(qn("w:val"), COMPATIBILITY_MODE)
    for stale in settings.findall(qn("w:proofState")):
        settings.remove(stale)
    child_in_order(settings, "w:themeFontLang").set(qn("w:val"), LANGUAGE)


# Elements whose w:val the schema allows only as "on" or "off" (ST_OnOffOnly), where LibreOffice writes "true".
_ON_OFF_ONLY = tuple(qn(f"w:{tag}") for tag in (
    "cantSplit", "tblHeader", "noWrap", "tcFitText", "hideMark", "bidiVisual", "autoRedefine", "hidden",
    "semiHidden", "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose", "personalReply"))


def on_off_only(document) -> None:
    """`<w:cantSplit w:val="true"/>` (LibreOffice's way) as `<w:cantSplit/>`, "false" as "off"."""
    for root in [document.element, document.styles.element, *_story_parts(document, "/header", "/footer")]:
        for element in root.iter(*_ON_OFF_ONLY):
            value = element.get(qn("w:val"))
            if value in ("true", "1"):
                del element.attrib[qn("w:val")]
            elif value in ("false", "0"):
                element.set(qn("w:val"), "off")


def _story_parts(document, *kinds: str) -> list:
    """The root elements of the headers (and footers) the document relates to. docxtpl swaps rendered parts in
    under the same relationships; python-docx's section objects still see the template's, so they are found
    through the relationships."""
    return [rel.target_part._element for rel in document.part.rels.values() if rel.reltype.endswith(kinds)]


def document_language(styles) -> None:
    """The language of every run that does not say otherwise (Word's spelling checker and hyphenation): vi-VN in
    the document defaults."""
    defaults = child_in_order(styles, "w:docDefaults")
    run = child_in_order(child_in_order(defaults, "w:rPrDefault"), "w:rPr")
    child_in_order(run, "w:lang").set(qn("w:val"), LANGUAGE)


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
    float_seal(document, facts)
    appendix_sections(document, facts)
    on_off_only(document)
    word_settings(document.settings.element)
    document_language(document.styles.element)


def size_rules_and_boxes(document, facts: StyleFacts) -> None:
    rules = facts.based_on(RULE_STYLE)
    boxes = facts.based_on(BOX_STYLE)
    text_width = _text_width(document)
    parts = [document.element.body, *_story_parts(document, "/header")]
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
    length = widest if style_id == facts.ids[FULL_LENGTH_ABOVE] else widest * SHARE_OF_TEXT
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
    ind = child_in_order(p.get_or_add_pPr(), "w:ind")
    ind.set(qn("w:left"), str(round(left_pt * 20)))  # twips
    ind.set(qn("w:right"), str(round(right_pt * 20)))


def float_seal(document, facts: StyleFacts) -> None:
    """Turn the seal, the first picture of the signature paragraph, into a floating picture whose right edge
    covers the left third of the signature picture, centred on it vertically."""
    for p in document.element.body.iter(qn("w:p")):
        inlines = list(p.iter(qn("wp:inline")))
        if _style_id(p) != facts.ids[SIGNATURE_STYLE] or len(inlines) != 2:
            continue
        seal, signature = inlines
        cell = next(a for a in p.iterancestors(qn("w:tc")))
        cell_emu = Pt(_cell_width(cell))
        sig_w, sig_h = (int(signature.find(qn("wp:extent")).get(k)) for k in ("cx", "cy"))
        seal_w, seal_h = (int(seal.find(qn("wp:extent")).get(k)) for k in ("cx", "cy"))
        sig_left = (cell_emu - sig_w) // 2
        x = sig_left + sig_w // 3 - seal_w
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
    headings = [p for p in body.iterchildren(qn("w:p")) if _style_id(p) == facts.ids[APPENDIX_STYLE]]
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
