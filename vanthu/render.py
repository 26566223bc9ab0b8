"""Notice → DOCX through the Word template (docxtpl + Jinja2, autoescape on: user text is data, never code)."""
from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from docxtpl import DocxTemplate, RichText, RichTextParagraph

from . import markup, ooxml
from .model import Element, Notice

TEMPLATE = Path(__file__).resolve().parent.parent / "templates" / "thong-bao.docx"

# Paragraph style ids of the template (see tools/make_template.py): the figures live there, not here.
BODY, SECTION_TITLE = "NoiDung", "TenMuc"


@lru_cache(maxsize=4)
def _template_bytes(path: Path) -> bytes:
    return path.read_bytes()


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
    for text in (notice.opening, notice.lead_in):
        if text:
            paragraphs.add(rich(text), parastyle=BODY)
    for element in notice.content:
        _add(paragraphs, element)
    paragraphs.add(rich(notice.closing_line), parastyle=BODY)
    return paragraphs


def _add(paragraphs: RichTextParagraph, element: Element) -> None:
    text, tail = element_text(element)
    paragraphs.add(rich(text, tail), parastyle=SECTION_TITLE if element.kind == "section" else BODY)
    for child in element.children:
        _add(paragraphs, child)


def context(notice: Notice) -> dict:
    return {
        "agency": {"parent": notice.agency.parent, "name": notice.agency.name},
        "number_symbol": notice.number_symbol,
        "place_date": notice.place_date,
        "type_name": notice.type_name.upper(),
        "summary": markup.plain_text(notice.summary),
        "body": body(notice),
        "recipient_lines": notice.recipient_lines,
        "authority": notice.authority,
        "signer": notice.signer,
    }


def render(notice: Notice, template: Path = TEMPLATE) -> bytes:
    """The notice as DOCX bytes (the caller decides where and how to write them)."""
    doc = DocxTemplate(io.BytesIO(_template_bytes(template)))
    doc.render(context(notice), autoescape=True)
    ooxml.size_rules(doc.docx)
    doc.docx.core_properties.title = f"{notice.type_name} {notice.number_symbol}"
    doc.docx.core_properties.subject = markup.plain_text(notice.summary)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
