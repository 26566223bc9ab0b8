"""Notice → DOCX through the Word template (docxtpl + Jinja2, autoescape on: user text is data, never code).

A template is a file an agency may add to the project, so it is rendered in Jinja's immutable sandbox: it can print
the notice's values, not reach Python's internals (`''.__class__.__mro__`, `lipsum.__globals__`) nor change them.
`assets.check_template` refuses such a template already at `check`, naming it.
"""
from __future__ import annotations

import datetime as dt
import io
import re
from functools import lru_cache
from pathlib import Path

import jinja2
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage, RichText, RichTextParagraph
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

from vanthu import ooxml, project
from vanthu.notice import markup, nd30
from vanthu.notice.model import Element, Notice
from vanthu.render import layout, tables
from vanthu.render.styles import (
    ADDRESSEE,
    ADDRESSEE_LIST,
    APPENDIX_HEADING,
    APPENDIX_REFERENCE,
    APPENDIX_RULE,
    APPENDIX_TITLE,
    BODY,
    CLOSING,
    LEGAL_BASIS,
    SECTION_TITLE,
    STYLE_NAMES,
)

SIGNATURE_HEIGHT_MM = 20  # NĐ30 gives no size for the signer's image; about the room a hand signature takes

# The template in use may call its styles otherwise than the ids the script gave them (StyleFacts.ids).
_DEFAULT_IDS = {sid: sid for sid in STYLE_NAMES}


@lru_cache(maxsize=4)
def _template_bytes(path: Path) -> bytes:
    return path.read_bytes()


@lru_cache(maxsize=4)
def _style_facts(path: Path) -> layout.StyleFacts:
    return layout.StyleFacts.of(Document(io.BytesIO(_template_bytes(path))))


class TemplateRefused(Exception):
    """The template tried what the sandbox forbids, or does not render: the message names the template."""

    def __init__(self, template: Path, detail: str):
        super().__init__(detail)
        self.template, self.detail = template, detail


class _CompilingOnce(ImmutableSandboxedEnvironment):
    """docxtpl compiles every XML part of the template on every render; the parts are the same each time."""

    @lru_cache(maxsize=32)
    def from_string(self, source, globals=None, template_class=None):
        return super().from_string(source, globals, template_class)


_JINJA = _CompilingOnce(autoescape=True)  # autoescape: user text is data


class _Template(DocxTemplate):
    """docxtpl cleans the template's XML with regular expressions before every render; the XML is the same."""

    _patched: dict[str, str] = {}

    def init_docx(self, reload: bool = True):
        super().init_docx(reload)
        _core_properties_found(self.docx.part.package)

    def patch_xml(self, src_xml):
        if src_xml not in self._patched:
            self._patched[src_xml] = super().patch_xml(src_xml)
        return self._patched[src_xml]


# After rendering, docxtpl turns "{_{", "}_}", "{_%", "%_}" into "{{", "}}", "{%", "%}" (its way for a template to
# print braces), in the whole output: in user text the "_" is written as the character reference "&#95;", which
# reads as "_" in the DOCX but is not those four characters.
_DOCXTPL_BRACES = re.compile(r"(?<=\{)_(?=[{%])|(?<=[}%])_(?=\})")


def _as_typed(xml: str) -> str:
    return _DOCXTPL_BRACES.sub("&#95;", xml)


def _core_properties_found(package) -> None:
    """LibreOffice (24.2 at least) relates docProps/core.xml to the package with the relationship type spelt
    ".../officedocument/2006/relationships/metadata/core-properties" instead of the standard
    ".../package/2006/relationships/metadata/core-properties". python-docx then finds no core properties and
    makes a second docProps/core.xml beside the first, and the package holds two parts of one name, which Word
    refuses (docxtpl sets the properties on every render). Calling the relationship by its standard name lets
    python-docx find the part the template has."""
    for rel in package.rels.values():
        if rel.reltype != RT.CORE_PROPERTIES and rel.reltype.lower().endswith("/metadata/core-properties"):
            rel._reltype = RT.CORE_PROPERTIES


def properties(doc, notice: Notice) -> None:
    """What Word shows in File → Info and Windows in its file list: the trích yếu as the title, the agency as
    the author, the issue date as the date made (and last saved, so the same notice always gives the same file)."""
    props = doc.core_properties
    agency = notice.agency.full_name or " ".join(notice.agency.name)
    issued = dt.datetime.combine(notice.date, dt.time())
    props.title = markup.plain_text(notice.summary)
    props.subject = f"{notice.type_name} {notice.number_symbol}"
    props.identifier = notice.number_symbol
    props.author = props.last_modified_by = agency
    props.created = props.modified = issued
    props.comments = ""
    props.language = ooxml.LANGUAGE
    props.revision = 1


def rich(text: str, tail: list[markup.Run] = (), bold: bool = False) -> RichText:
    """The runs joined once: RichText.add appends to one string, quadratic for a paragraph of 100,000 runs.
    `bold`: the whole paragraph in bold, its number too (a numbered heading)."""
    rt = RichText()
    rt.xml = _as_typed("".join(RichText(run.text, bold=run.bold or bold, italic=run.italic).xml
                               for run in [*markup.runs(text), *tail] if run.text))
    return rt


class _Paragraphs(RichTextParagraph):
    """RichTextParagraph with its paragraphs joined once (RichTextParagraph.add appends to one string)."""

    def __init__(self):
        self.parts: list[str] = []

    def add(self, text, parastyle=None):
        if not isinstance(text, RichText):  # plain text, no markup (a heading, a title)
            text = RichText(text)
            text.xml = _as_typed(text.xml)
        one = RichTextParagraph()
        RichTextParagraph.add(one, text, parastyle)
        self.parts.append(one.xml)

    @property
    def xml(self) -> str:
        return "".join(self.parts)


def _data(value):
    """Context values as escaped XML that docxtpl's brace replacement leaves as typed."""
    if isinstance(value, str):
        return Markup(_as_typed(str(escape(value))))
    if isinstance(value, (list, tuple)):
        return [_data(item) for item in value]
    if isinstance(value, dict):
        return {key: _data(item) for key, item in value.items()}
    return value


def element_text(element: Element) -> tuple[str, list[markup.Run]]:
    """The element's text with its marker, and the bold deadline phrase after it when it has one."""
    text = f"{element.marker} {element.text}" if element.marker else element.text
    deadline = element.assignment and element.assignment.printed_deadline
    if not deadline:
        return text, []
    return text.rstrip(" .;,"), [markup.Run(" "), markup.Run(deadline, bold=element.assignment.bold), markup.Run(".")]


def body(notice: Notice, ids: dict[str, str] = _DEFAULT_IDS) -> _Paragraphs:
    paragraphs = _Paragraphs()
    if not notice.basis_after_addressees:  # italic under the trích yếu (PL I §II.6.a), above Kính gửi
        for line in notice.legal_basis:
            paragraphs.add(rich(line), parastyle=ids[LEGAL_BASIS])
    for line in notice.addressees:  # ô 9a: one line, or "Kính gửi:" and a line per addressee
        paragraphs.add(line, parastyle=ids[ADDRESSEE if len(notice.addressees) == 1 else ADDRESSEE_LIST])
    if notice.basis_after_addressees:  # where many offices put them: upright, as the body
        for line in notice.legal_basis:
            paragraphs.add(rich(line), parastyle=ids[BODY])
    for text in notice.opening_paragraphs:
        paragraphs.add(rich(text), parastyle=ids[BODY])
    _add_all(paragraphs, notice.content, ids)
    paragraphs.add(rich(notice.closing_line), parastyle=ids[CLOSING])
    return paragraphs


def appendices(notice: Notice, ids: dict[str, str] = _DEFAULT_IDS) -> _Paragraphs:
    paragraphs = _Paragraphs()
    for appendix in notice.appendices:
        paragraphs.add(appendix.heading, parastyle=ids[APPENDIX_HEADING])
        paragraphs.add(appendix.title, parastyle=ids[APPENDIX_TITLE])
        paragraphs.add(appendix.reference, parastyle=ids[APPENDIX_REFERENCE])
        paragraphs.add("", parastyle=ids[APPENDIX_RULE])
        _add_all(paragraphs, appendix.content, ids)
    return paragraphs


def _add_all(paragraphs: _Paragraphs, elements, ids: dict[str, str]) -> None:
    for element in elements:
        if element.table is not None:  # put in after rendering (render/tables.py)
            paragraphs.add(tables.placeholder(element), parastyle=ids[BODY])
            continue
        text, tail = element_text(element)
        paragraphs.add(rich(text, tail, bold=element.heading),
                       parastyle=ids[SECTION_TITLE if element.kind == "section" else BODY])
        _add_all(paragraphs, element.children, ids)


def context(notice: Notice, doc: DocxTemplate, ids: dict[str, str] = _DEFAULT_IDS) -> dict:
    signature = seal = ""
    if notice.signature_image:
        signature = InlineImage(doc, str(notice.signature_image), height=Mm(SIGNATURE_HEIGHT_MM))
        if notice.seal:
            seal = InlineImage(doc, str(notice.seal.image), width=Mm(notice.seal.diameter_mm))
    return {
        "agency": {"parent": notice.agency.parent, "name": notice.agency.name},
        "number_symbol": notice.number_symbol,
        "place_date": notice.place_date,
        "type_name": "" if notice.cong_van else notice.type_name.upper(),
        "summary": markup.plain_text(notice.summary),
        "cong_van_summary": nd30.cong_van_summary(markup.plain_text(notice.summary)) if notice.cong_van else "",
        "confidentiality": notice.confidentiality,
        "urgency": notice.urgency,
        "circulation": notice.circulation,
        "body": body(notice, ids),
        "recipient_lines": notice.recipient_lines,
        "drafter_mark": notice.drafter_mark,
        "authority": notice.authority,
        "signature_image": signature,
        "seal_image": seal,
        "signer": notice.signer,
        "contact_line": notice.contact_line,
        "appendices": appendices(notice, ids),
    }


def render(notice: Notice, template: Path | None = None) -> bytes:
    """The notice as DOCX bytes (the caller decides where and how to write them), through `template`, else the
    notice's own (an agency may keep its own Word template in the project), else the toolkit's."""
    template = (template or notice.template or project.template_for(notice.file)).resolve()
    facts = _style_facts(template)
    doc = _Template(io.BytesIO(_template_bytes(template)))
    try:
        doc.render(_data(context(notice, doc, facts.ids)), jinja_env=_JINJA, autoescape=True)
    except jinja2.TemplateError as exc:  # SecurityError among them
        raise TemplateRefused(template, str(exc)) from None
    tables.place(doc.docx, notice, facts.ids, layout.text_width_twips(doc.docx))
    layout.finish(doc.docx, facts)
    properties(doc.docx, notice)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
