"""Two renderings of a notice → the new one with Word tracked changes (w:ins, w:del), word by word.

A reviewer opens it in Word or LibreOffice and accepts or rejects each change: accepting all gives the new
notice's text, rejecting all the old one's. Paragraphs are matched by style and text; within a changed paragraph
the words are compared, keeping each run's formatting (a bold deadline stays bold). A paragraph holding more than
plain runs (a picture, a field) is shown as deleted and inserted whole rather than taken apart.
"""
from __future__ import annotations

import copy
import datetime as dt
import difflib
import io
import re
from dataclasses import dataclass
from itertools import groupby

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from vanthu.ooxml import child_in_order, insert_in_order

_PLAIN_RUN_PARTS = {qn("w:rPr"), qn("w:t"), qn("w:tab"), qn("w:br")}


class _Revisions:
    """Makes w:ins / w:del marks with the same author and time and ids unique in the document."""

    def __init__(self, document, author: str, when: dt.datetime):
        used = [int(v) for v in document.element.xpath("//@w:id") if str(v).lstrip("-").isdigit()]
        self.next_id = max(used, default=0) + 1
        self.author, self.date = author, when.strftime("%Y-%m-%dT%H:%M:%SZ")

    def mark(self, kind: str):
        element = OxmlElement(f"w:{kind}")
        element.set(qn("w:id"), str(self.next_id))
        element.set(qn("w:author"), self.author)
        element.set(qn("w:date"), self.date)
        self.next_id += 1
        return element


@dataclass(frozen=True)
class _Token:
    text: str  # a word with the spaces after it (so a changed phrase is one change), or "\t" / "\n"
    style: bytes  # the run's properties (w:rPr) as XML, so tokens of one formatting group together


def _text(paragraph) -> str:
    return "".join(t.text or "" for t in paragraph.iter(qn("w:t")))


def _key(paragraph) -> tuple[str, str]:
    style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return (style.get(qn("w:val")) if style is not None else "", _text(paragraph))


def _plain(paragraph) -> bool:
    return all(child.tag in (qn("w:pPr"), qn("w:r")) for child in paragraph) and all(
        part.tag in _PLAIN_RUN_PARTS for run in paragraph.findall(qn("w:r")) for part in run)


def _style_key(properties) -> bytes:
    return b"" if properties is None else etree.tostring(properties)


def _tokens(paragraph) -> list[_Token]:
    out = []
    for run in paragraph.findall(qn("w:r")):
        style = _style_key(run.find(qn("w:rPr")))
        for part in run:
            if part.tag == qn("w:t"):
                out.extend(_Token(piece, style) for piece in re.findall(r"\S+\s*|\s+", part.text or ""))
            elif part.tag in (qn("w:tab"), qn("w:br")):
                out.append(_Token("\t" if part.tag == qn("w:tab") else "\n", style))
    return out


def _run(tokens: list[_Token], properties, deleted: bool):
    """One w:r holding the tokens' text (w:delText when deleted), with the given run properties."""
    run = OxmlElement("w:r")
    if properties is not None:
        run.append(copy.deepcopy(properties))
    pending = ""

    def flush():
        nonlocal pending
        if pending:
            t = OxmlElement("w:delText" if deleted else "w:t")
            t.text = pending
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            run.append(t)
            pending = ""

    for token in tokens:
        if token.text in ("\t", "\n"):
            flush()
            run.append(OxmlElement("w:tab" if token.text == "\t" else "w:br"))
        else:
            pending += token.text
    flush()
    return run


def _properties_by_style(paragraph) -> dict[bytes, object]:
    found = {}
    for run in paragraph.findall(qn("w:r")):
        properties = run.find(qn("w:rPr"))
        found[_style_key(properties)] = properties
    return found


def _mark_words(old, new, revisions: _Revisions) -> None:
    """Rewrite the new paragraph's runs as the old text with its words deleted and inserted where they changed."""
    a, b = _tokens(old), _tokens(new)
    styles = {**_properties_by_style(old), **_properties_by_style(new)}
    pieces = []  # (status, token)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, [t.text for t in a], [t.text for t in b],
                                                       autojunk=False).get_opcodes():
        if tag == "equal":
            pieces += [("", t) for t in b[j1:j2]]
            continue
        pieces += [("del", t) for t in a[i1:i2]] + [("ins", t) for t in b[j1:j2]]
    for child in [c for c in new if c.tag != qn("w:pPr")]:
        new.remove(child)
    for (status, style), group in groupby(pieces, key=lambda p: (p[0], p[1].style)):
        run = _run([token for _, token in group], styles.get(style), deleted=status == "del")
        if status:
            wrapper = revisions.mark(status)
            wrapper.append(run)
            run = wrapper
        new.append(run)


def _mark_paragraph_mark(paragraph, kind: str, revisions: _Revisions) -> None:
    """The paragraph mark itself inserted or deleted, so accepting or rejecting joins the paragraphs back."""
    properties = paragraph.find(qn("w:pPr"))
    if properties is None:
        properties = OxmlElement("w:pPr")
        paragraph.insert(0, properties)  # w:pPr is a paragraph's first child
    insert_in_order(child_in_order(properties, "w:rPr"), revisions.mark(kind))


_REFERENCES = (qn("r:embed"), qn("r:link"), qn("r:id"))
_DRAWING_ID = qn("wp:docPr")


class _Adopter:
    """A paragraph copied from the old document into the new one (to be shown deleted) names the old document's
    parts by the old document's relationship ids: a picture would point at nothing, or at another part of the
    new document. Each reference is made again in the new document (a picture by its bytes, so the same
    picture is stored once), and each drawing gets an id of its own (Word requires wp:docPr ids be unique)."""

    def __init__(self, old_part, new_part):
        self.old, self.new = old_part, new_part
        ids = [int(v) for v in new_part.element.xpath("//wp:docPr/@id") if str(v).isdigit()]
        self.next_drawing_id = max(ids, default=0) + 1

    def adopt(self, copied) -> None:
        for element in copied.iter():
            for attribute in _REFERENCES:
                rid = element.get(attribute)
                if rid is not None and rid in self.old.rels:
                    element.set(attribute, self._relate(self.old.rels[rid]))
            if element.tag == _DRAWING_ID:
                element.set("id", str(self.next_drawing_id))
                self.next_drawing_id += 1

    def _relate(self, rel) -> str:
        if rel.is_external:
            return self.new.relate_to(rel.target_ref, rel.reltype, is_external=True)
        if rel.reltype == RT.IMAGE:
            rid, _ = self.new.get_or_add_image(io.BytesIO(rel.target_part.blob))
            return rid
        return self.new.relate_to(rel.target_part, rel.reltype)


def _wrap_runs(paragraph, kind: str, revisions: _Revisions) -> None:
    for run in list(paragraph.iter(qn("w:r"))):
        if run.getparent().tag in (qn("w:ins"), qn("w:del")):
            continue
        if kind == "del":
            for t in run.iter(qn("w:t"), qn("w:instrText")):
                t.tag = qn("w:delText") if t.tag == qn("w:t") else qn("w:delInstrText")
        wrapper = revisions.mark(kind)
        run.addprevious(wrapper)
        wrapper.append(run)
    _mark_paragraph_mark(paragraph, kind, revisions)


def tracked(old_docx: bytes, new_docx: bytes, author: str, when: dt.datetime | None = None) -> bytes:
    """The new DOCX with every difference from the old one as a tracked change."""
    old_doc, new_doc = docx.Document(io.BytesIO(old_docx)), docx.Document(io.BytesIO(new_docx))
    revisions = _Revisions(new_doc, author, when or dt.datetime.now(dt.timezone.utc))
    adopter = _Adopter(old_doc.part, new_doc.part)
    old_ps = list(old_doc.element.body.iter(qn("w:p")))
    new_ps = list(new_doc.element.body.iter(qn("w:p")))
    matcher = difflib.SequenceMatcher(None, [_key(p) for p in old_ps], [_key(p) for p in new_ps], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        pairs = list(zip(old_ps[i1:i2], new_ps[j1:j2]))
        for old, new in pairs:
            if _plain(old) and _plain(new):
                _mark_words(old, new, revisions)
            else:
                gone = copy.deepcopy(old)
                adopter.adopt(gone)
                new.addprevious(gone)
                _wrap_runs(gone, "del", revisions)
                _wrap_runs(new, "ins", revisions)
        # Deleted paragraphs go after the last new paragraph before them, in the same table cell or body.
        anchor = new_ps[j1 + len(pairs) - 1] if j1 + len(pairs) > 0 else None
        for old in old_ps[i1 + len(pairs):i2]:
            gone = copy.deepcopy(old)
            adopter.adopt(gone)
            if anchor is None:
                new_ps[0].addprevious(gone)
            else:
                anchor.addnext(gone)
            _wrap_runs(gone, "del", revisions)
            anchor = gone
        for new in new_ps[j1 + len(pairs):j2]:
            _wrap_runs(new, "ins", revisions)
    out = io.BytesIO()
    new_doc.save(out)
    return out.getvalue()


def paragraphs(docx_bytes: bytes) -> list[str]:
    """The document's paragraphs as text, one a line, tables included, in reading order."""
    document = docx.Document(io.BytesIO(docx_bytes))
    return [_text(p) for p in document.element.body.iter(qn("w:p"))]


if __name__ == "__main__":
    # git's textconv driver for DOCX (see docs/git.md): `git diff` then shows a built notice's text.
    import sys
    from pathlib import Path

    sys.stdout.write("".join(line + "\n" for line in paragraphs(Path(sys.argv[-1]).read_bytes())))
