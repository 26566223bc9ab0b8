"""Notice → DOCX through the Word template (docxtpl + Jinja2, autoescape on: user text is data, never code)."""
from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

import jinja2
from docx import Document
from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage, RichText, RichTextParagraph

from vanthu.notice import markup
from vanthu import project
from vanthu.render import layout
from vanthu.notice.model import Element, Notice

SIGNATURE_HEIGHT_MM = 20  # NĐ30 gives no size for the signer's image; about the room a hand signature takes

# Paragraph style ids of the template (see tools/make_template.py): the figures live there, not here.
BODY, SECTION_TITLE, LEGAL_BASIS, CLOSING = "NoiDung", "TenMuc", "CanCu", "CauKet"
APPENDIX_HEADING, APPENDIX_TITLE, APPENDIX_REFERENCE, APPENDIX_RULE = (
    layout.APPENDIX_STYLE, "PhuLucTen", "PhuLucKemTheo", "DuongKeTrichYeu")


@lru_cache(maxsize=4)
def _template_bytes(path: Path) -> bytes:
    return path.read_bytes()


@lru_cache(maxsize=4)
def _style_facts(path: Path) -> layout.StyleFacts:
    return layout.StyleFacts.of(Document(io.BytesIO(_template_bytes(path))))


class _CompilingOnce(jinja2.Environment):
    """docxtpl compiles every XML part of the template on every render; the parts are the same each time."""

    @lru_cache(maxsize=32)
    def from_string(self, source, globals=None, template_class=None):
        return super().from_string(source, globals, template_class)


_JINJA = _CompilingOnce(autoescape=True)  # autoescape: user text is data


class _Template(DocxTemplate):
    """docxtpl cleans the template's XML with regular expressions before every render; the XML is the same."""

    _patched: dict[str, str] = {}

    def patch_xml(self, src_xml):
        if src_xml not in self._patched:
            self._patched[src_xml] = super().patch_xml(src_xml)
        return self._patched[src_xml]


def rich(text: str, tail: list[markup.Run] = ()) -> RichText:
    rt = RichText()
    for run in [*markup.runs(text), *tail]:
        rt.add(run.text, bold=run.bold, italic=run.italic)
    return rt


def element_text(element: Element) -> tuple[str, list[markup.Run]]:
    """The element's text with its marker, and the bold deadline phrase after it when it has one."""
    text = f"{element.marker} {element.text}" if element.marker else element.text
    deadline = element.assignment and element.assignment.deadline_text
    if not deadline:
        return text, []
    return text.rstrip(" .;,"), [markup.Run(" "), markup.Run(deadline, bold=True), markup.Run(".")]


def body(notice: Notice) -> RichTextParagraph:
    paragraphs = RichTextParagraph()
    for line in notice.legal_basis:
        paragraphs.add(rich(line), parastyle=LEGAL_BASIS)
    for text in (notice.opening, notice.lead_in):
        if text:
            paragraphs.add(rich(text), parastyle=BODY)
    _add_all(paragraphs, notice.content)
    paragraphs.add(rich(notice.closing_line), parastyle=CLOSING)
    return paragraphs


def appendices(notice: Notice) -> RichTextParagraph:
    paragraphs = RichTextParagraph()
    for appendix in notice.appendices:
        paragraphs.add(appendix.heading, parastyle=APPENDIX_HEADING)
        paragraphs.add(appendix.title, parastyle=APPENDIX_TITLE)
        paragraphs.add(appendix.reference, parastyle=APPENDIX_REFERENCE)
        paragraphs.add("", parastyle=APPENDIX_RULE)
        _add_all(paragraphs, appendix.content)
    return paragraphs


def _add_all(paragraphs: RichTextParagraph, elements) -> None:
    for element in elements:
        text, tail = element_text(element)
        paragraphs.add(rich(text, tail), parastyle=SECTION_TITLE if element.kind == "section" else BODY)
        _add_all(paragraphs, element.children)


def context(notice: Notice, doc: DocxTemplate) -> dict:
    signature = seal = ""
    if notice.signature_image:
        signature = InlineImage(doc, str(notice.signature_image), height=Mm(SIGNATURE_HEIGHT_MM))
        if notice.seal:
            seal = InlineImage(doc, str(notice.seal.image), width=Mm(notice.seal.diameter_mm))
    return {
        "agency": {"parent": notice.agency.parent, "name": notice.agency.name},
        "number_symbol": notice.number_symbol,
        "place_date": notice.place_date,
        "type_name": notice.type_name.upper(),
        "summary": markup.plain_text(notice.summary),
        "confidentiality": notice.confidentiality,
        "urgency": notice.urgency,
        "circulation": notice.circulation,
        "body": body(notice),
        "recipient_lines": notice.recipient_lines,
        "drafter_mark": notice.drafter_mark,
        "authority": notice.authority,
        "signature_image": signature,
        "seal_image": seal,
        "signer": notice.signer,
        "contact_line": notice.contact_line,
        "appendices": appendices(notice),
    }


def render(notice: Notice, template: Path | None = None) -> bytes:
    """The notice as DOCX bytes (the caller decides where and how to write them), through `template`, else the
    notice's own (an agency may keep its own Word template in the project), else the toolkit's."""
    template = (template or notice.template or project.template_for(notice.file)).resolve()
    doc = _Template(io.BytesIO(_template_bytes(template)))
    doc.render(context(notice, doc), jinja_env=_JINJA, autoescape=True)
    layout.finish(doc.docx, _style_facts(template))
    doc.docx.core_properties.title = f"{notice.type_name} {notice.number_symbol}"
    doc.docx.core_properties.subject = markup.plain_text(notice.summary)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
