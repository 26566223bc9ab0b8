"""The one module of raw WordprocessingML helpers: children put in the schema's order (the one way this toolkit
adds an element), the settings Word expects of every file, and small readers of paragraphs.

Word refuses an element out of the schema's order ("Word found unreadable content") or silently drops it, where
LibreOffice forgives; python-docx's element classes keep the order for what they know, this table for the rest.
"""
from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

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
    "w:tblBorders": ("w:top", ("w:left", "w:start"), "w:bottom", ("w:right", "w:end"), "w:insideH", "w:insideV"),
    "w:tblCellMar": ("w:top", ("w:left", "w:start"), "w:bottom", ("w:right", "w:end")),
    "w:tcPr": ("w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd", "w:noWrap",
               "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"),
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
    for root in [document.element, document.styles.element, *story_parts(document, "/header", "/footer")]:
        for element in root.iter(*_ON_OFF_ONLY):
            value = element.get(qn("w:val"))
            if value in ("true", "1"):
                del element.attrib[qn("w:val")]
            elif value in ("false", "0"):
                element.set(qn("w:val"), "off")


def story_parts(document, *kinds: str) -> list:
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


_PPR, _PSTYLE, _VAL = qn("w:pPr"), qn("w:pStyle"), qn("w:val")


def style_id(p) -> str | None:
    """The paragraph's style id (plain lxml: python-docx's accessors cost more than the rest of the sizing)."""
    ppr = p.find(_PPR)
    style = ppr.find(_PSTYLE) if ppr is not None else None
    return style.get(_VAL) if style is not None else None


def text(p) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t")))
