"""Formatting as Word resolves it, for any DOCX: direct formatting first, then the run's character style, the
paragraph style and its base styles, the table style, and last the document defaults.

Each property is taken from the first layer that states it (attribute by attribute for indents, spacing and
borders, as Word merges them). Two simplifications, both rare in office documents: toggle properties (bold,
italic) stated both in a paragraph style and a character style are not XOR-ed, and numbering indents are
not applied.
"""
from __future__ import annotations

from dataclasses import dataclass

from docx.oxml.ns import qn

A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
THEME_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
TWIP = 1 / 20  # points


@dataclass(frozen=True)
class RunFormat:
    fonts: frozenset  # the Latin fonts that apply (ascii and hAnsi: Vietnamese letters use the latter)
    size: float  # pt
    bold: bool
    italic: bool
    caps: bool
    colour: str  # "auto" or RRGGBB


@dataclass(frozen=True)
class ParagraphFormat:
    alignment: str  # left, center, right, both
    left: float  # indents in pt
    right: float
    first_line: float  # negative for a hanging indent
    before: float  # spacing in pt
    after: float
    line: float | None  # a multiple (rule auto) or pt (exact, atLeast)
    line_rule: str
    bottom_border: bool


_ALIGN = {"both": "both", "distribute": "both", "center": "center", "right": "right", "end": "right",
          "left": "left", "start": "left"}
_OFF = {"0", "false", "off"}


def _on(element) -> bool | None:
    """A toggle property (w:b, w:i, w:caps): absent → None; present without val or with a true val → True."""
    if element is None:
        return None
    return element.get(qn("w:val")) not in _OFF


class Styles:
    """The style sheet of one document, resolving run and paragraph formatting."""

    def __init__(self, document):
        styles_root = document.styles.element
        self._styles = {s.get(qn("w:styleId")): s for s in styles_root.iterchildren(qn("w:style"))}
        self._default_para = next((sid for sid, s in self._styles.items()
                                   if s.get(qn("w:type")) == "paragraph" and s.get(qn("w:default")) in ("1", "true")), None)
        defaults = styles_root.find(qn("w:docDefaults"))
        self._default_rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}") if defaults is not None else None
        self._default_ppr = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}") if defaults is not None else None
        self._theme_fonts = _theme_fonts(document)

    def _chain(self, style_id: str | None, tag: str) -> list:
        """The `tag` (w:rPr or w:pPr) of a style and of each of its base styles, nearest first."""
        out, seen = [], set()
        while style_id and style_id not in seen and style_id in self._styles:
            seen.add(style_id)
            style = self._styles[style_id]
            if (props := style.find(qn(tag))) is not None:
                out.append(props)
            based = style.find(qn("w:basedOn"))
            style_id = based.get(qn("w:val")) if based is not None else None
        return out

    def paragraph_style(self, p) -> str | None:
        ppr = p.find(qn("w:pPr"))
        style = ppr.find(qn("w:pStyle")) if ppr is not None else None
        return style.get(qn("w:val")) if style is not None else self._default_para

    def style_name(self, style_id: str | None) -> str:
        style = self._styles.get(style_id)
        name = style.find(qn("w:name")) if style is not None else None
        return name.get(qn("w:val")) if name is not None else (style_id or "")

    def _table_style(self, p) -> str | None:
        for ancestor in p.iterancestors(qn("w:tbl")):
            style = ancestor.find(f"{qn('w:tblPr')}/{qn('w:tblStyle')}")
            return style.get(qn("w:val")) if style is not None else None
        return None

    def _layers(self, p, tag: str, run=None) -> list:
        layers = []
        if run is not None:
            if (rpr := run.find(qn("w:rPr"))) is not None:
                layers.append(rpr)
                char_style = rpr.find(qn("w:rStyle"))
                if char_style is not None:
                    layers += self._chain(char_style.get(qn("w:val")), tag)
        elif (ppr := p.find(qn("w:pPr"))) is not None:
            layers.append(ppr)
        layers += self._chain(self.paragraph_style(p), tag)
        layers += self._chain(self._table_style(p), tag)
        default = self._default_rpr if tag == "w:rPr" else self._default_ppr
        return layers + ([default] if default is not None else [])

    def run(self, p, run=None) -> RunFormat:
        """How a run of paragraph `p` is set (run None: the paragraph's own text properties, as for a field)."""
        layers = self._layers(p, "w:rPr", run)

        def first(tag):
            return next((e for e in (layer.find(qn(tag)) for layer in layers) if e is not None), None)

        size = first("w:sz")
        colour = first("w:color")
        return RunFormat(
            fonts=frozenset(self._font(layers, kind) for kind in ("ascii", "hAnsi")),
            size=int(size.get(qn("w:val"))) / 2 if size is not None else 10.0,  # Word's built-in default
            bold=bool(_on(first("w:b"))),
            italic=bool(_on(first("w:i"))),
            caps=bool(_on(first("w:caps"))),
            colour=(colour.get(qn("w:val")) or "auto") if colour is not None else "auto",
        )

    def _font(self, layers, kind: str) -> str:
        for layer in layers:
            fonts = layer.find(qn("w:rFonts"))
            if fonts is None:
                continue
            theme = fonts.get(qn(f"w:{kind}Theme"))
            if theme:
                return self._theme_fonts.get(theme[:5], theme)
            if fonts.get(qn(f"w:{kind}")):
                return fonts.get(qn(f"w:{kind}"))
        return "Times New Roman"  # Word's default when nothing names a font

    def paragraph(self, p) -> ParagraphFormat:
        layers = self._layers(p, "w:pPr")

        def attr(tag, *names):
            for layer in layers:
                element = layer.find("/".join(qn(part) for part in tag.split("/")))
                if element is None:
                    continue
                for name in names:
                    if element.get(qn(f"w:{name}")) is not None:
                        return element.get(qn(f"w:{name}")), name
            return None, None

        def twips(tag, *names) -> float:
            value, _ = attr(tag, *names)
            return int(value) * TWIP if value is not None else 0.0

        jc, _ = attr("w:jc", "val")
        first_line, kind = attr("w:ind", "firstLine", "hanging")
        line, _ = attr("w:spacing", "line")
        rule, _ = attr("w:spacing", "lineRule")
        rule = rule or "auto"
        bottom, _ = attr("w:pBdr/w:bottom", "val")
        return ParagraphFormat(
            alignment=_ALIGN.get(jc or "left", "left"),
            left=twips("w:ind", "left", "start"),
            right=twips("w:ind", "right", "end"),
            first_line=(int(first_line) * TWIP * (-1 if kind == "hanging" else 1)) if first_line else 0.0,
            before=twips("w:spacing", "before"),
            after=twips("w:spacing", "after"),
            line=(int(line) / 240 if rule == "auto" else int(line) * TWIP) if line is not None else None,
            line_rule=rule,
            bottom_border=bottom not in (None, "nil", "none"),
        )


def _theme_fonts(document) -> dict:
    """minorHAnsi/majorHAnsi → the theme's Latin typefaces (keyed by "minor"/"major")."""
    for rel in document.part.rels.values():
        if rel.reltype == THEME_REL and not rel.is_external:
            from lxml import etree

            root = etree.fromstring(rel.target_part.blob)
            found = {}
            for kind in ("minor", "major"):
                latin = root.find(f".//{{{A_NS}}}{kind}Font/{{{A_NS}}}latin")
                if latin is not None:
                    found[kind] = latin.get("typeface")
            return found
    return {}
