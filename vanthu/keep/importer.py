"""Reading a notice back out of any DOCX (one this toolkit built, or one an office made in Word) into the data of a
notice YAML: the header, the body as the content tree, Nơi nhận, the signature and the appendices.

The elements are found by `lint.elements` (by content and position, never by style names). What the schema
cannot hold (a table in the body, a text box, an image, Kính gửi, a blank number or day) is not dropped: it
becomes a `Remark`, which the writer puts as a YAML comment at its place and the report lists with the DOCX
paragraph it came from.
"""
from __future__ import annotations

import itertools
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml.etree import XMLSyntaxError

from vanthu.check import encoding
from vanthu.lint import elements
from vanthu.lint.docx_styles import Styles
from vanthu.lint.elements import Para
from vanthu.notice import nd30

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97–2003 .doc, and OOXML encrypted with a password
PLACE_DATE = re.compile(r"^(?P<place>.*?),\s*ngày\s*(?P<day>\d{0,2})\s*tháng\s*(?P<month>\d{0,2})\s*năm\s*"
                        r"(?P<year>\d{4})")
NUMBER = re.compile(r"^Số\s*:\s*(?P<number>\d*)\s*/\s*(?P<symbol>\S*)")
SECTION = re.compile(r"^(?P<marker>[IVXLC]+)\.\s+(?P<text>.+)")
CONCLUSION = re.compile(r"^(?P<marker>\d{1,3})\.\s+(?P<text>.+)")
POINT = re.compile(r"^(?P<marker>[a-zđ])\)\s+(?P<text>.+)")
ITEM = re.compile(r"^(?P<marker>[-–+])\s+(?P<text>.+)")
ARCHIVE = re.compile(r"^Lưu\s*:\s*VT\b[,\s]*(?P<rest>.*?)\.?$")
COPIES = re.compile(r"^\d{1,2}$")
DRAFTER = re.compile(r"^(?P<initials>[A-ZĐ]{1,6})\.\((?P<copies>\d{1,5})\)$")
APPENDIX = re.compile(r"^Phụ lục(?: [IVXLC]+)?$")
REFERENCE_OF = re.compile(r"^\(Kèm theo .* của (?P<agency>.+)\)$")
# A deadline at the end of a sentence, as the renderer prints it ("… **trước ngày 25/3/2020**.") or as typed.
DEADLINE_BOLD = re.compile(r"\s\*\*(?P<phrase>[^*]{0,50}?ngày) (?P<date>\d{1,2}/\d{1,2}/\d{4})\*\*\.$")
DEADLINE_TYPED = re.compile(r"\s(?P<phrase>trước ngày|chậm nhất ngày|chậm nhất trước ngày) "
                            r"(?P<date>\d{1,2}/\d{1,2}/\d{4})\.$")
# "Giao Sở Nội vụ chủ trì, phối hợp với …", "Sở Tài chính chủ trì …": the lead unit, as written.
LEAD = re.compile(r"(?:^|[:;.]\s|\b[Gg]iao\s)(?:[Gg]iao\s)?(?P<lead>[A-ZĐ][^,;:.]{2,80}?) chủ trì\b")
CONTACT_LABELS = {"Địa chỉ": "address", "Điện thoại": "phone", "Fax": "fax", "E-mail": "email",
                  "Website": "website"}
TYPE_ABBREVIATION = "TB"


@dataclass
class Remark:
    """Something the notice data cannot hold, or that the clerk must fill in: where it goes and what it was."""

    code: str  # a message code: import_blank_number, import_table, …
    paragraph: int | None  # the DOCX paragraph it came from: 1-based, in reading order, table cells counted
    text: str  # the text as it stands in the DOCX
    key: str  # the top-level field it is written beside
    index: int | None = None  # in a list field, the element it is written before


@dataclass
class Imported:
    file: Path
    data: dict = field(default_factory=dict)
    remarks: list[Remark] = field(default_factory=list)
    error: tuple[str, dict] | None = None  # a message code and its parameters when nothing could be read
    year: str | None = None  # the year of issue, read even when the day is left blank


class NotReadable(Exception):
    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code, self.params = code, params


def open_docx(file: Path):
    """The python-docx document, or NotReadable saying why in the clerk's terms."""
    try:
        with file.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise NotReadable("import_unreadable", reason=exc.strerror or str(exc)) from None
    if head == OLE_MAGIC:
        data = file.read_bytes()
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise NotReadable("import_encrypted")
        raise NotReadable("import_legacy_doc")
    if not zipfile.is_zipfile(file):  # a zip cut short (a broken download, a full USB stick) starts as one
        raise NotReadable("import_corrupt", reason="ZIP") if head.startswith(b"PK") else NotReadable("import_not_docx")
    try:
        return docx.Document(str(file))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, XMLSyntaxError, ValueError, OSError) as exc:
        raise NotReadable("import_corrupt", reason=str(exc) or type(exc).__name__) from None


def read(file: Path) -> Imported:
    """One DOCX as notice data and remarks; `error` set (and no data) when it is not a readable notice."""
    out = Imported(file)
    try:
        document = open_docx(file)
    except NotReadable as exc:
        out.error = (exc.code, exc.params)
        return out
    legacy = _unlegacy(document)
    layout = elements.find(document)
    cong_van = _cong_van(layout)
    if layout.quoc_hieu is None or layout.number is None or layout.type_name is None and cong_van is None:
        out.error = ("import_not_a_notice", {})
        return out
    reader = _Reader(layout, out, _Numbering(document))
    if cong_van is not None:
        reader.remark("import_cong_van", cong_van, reader.text(cong_van), "summary")
    if legacy:
        reader.remark("import_legacy_encoding", None, f"{legacy.encoding}: {legacy.sample} → {legacy.meant}", "number")
    reader.header()
    reader.body()
    reader.signature()
    reader.appendices()
    reader.unread(document)
    return out


def _unlegacy(document) -> encoding.Legacy | None:
    """A document typed in TCVN3 (.VnTime) or VNI fonts converted to Unicode in place, before its elements are
    looked for (the Quốc hiệu is found by its words). TCVN3 draws capitals with a font of its own whose name ends
    in "H" (.VnTimeH) over the codes of the small letters: those runs become upper case."""
    runs = list(document.element.body.iter(qn("w:r")))
    found = encoding.detect(" ".join(t.text or "" for r in runs for t in r.iter(qn("w:t"))))
    if found is None:
        return None
    convert = encoding.from_tcvn3 if found.encoding == "TCVN3" else encoding.from_vni
    styles = Styles(document)
    for run in runs:
        p = next(run.iterancestors(qn("w:p")), None)
        capitals = p is not None and any(f.rstrip().endswith("H") for f in styles.run(p, run).fonts if f)
        for t in run.iter(qn("w:t")):
            t.text = convert(t.text or "")
            t.text = t.text.upper() if capitals else t.text
    return found


def _cong_van(layout: elements.Layout) -> Para | None:
    """A công văn (Mẫu 1.5) has no type name: its trích yếu "V/v …" stands under the number, and the body (often
    opened by "Kính gửi:") follows the header. Its "V/v" paragraph, with the body and signature found from there."""
    number = layout.number
    vv = next((p for p in layout.paragraphs if p.text.startswith("V/v") and number and p.container == number.container
               and p.index > number.index), None)
    if vv is None:
        return None
    header = [p for p in (layout.quoc_hieu, layout.tieu_ngu, number, layout.place_date, vv) if p]
    layout.type_name, layout.summary, layout.basis = None, [vv], []
    elements.body_from(layout, max(p.index for p in header) + 1)
    elements.find_signature(layout)
    return vv


class _Reader:
    def __init__(self, layout: elements.Layout, out: Imported, numbering: _Numbering):
        self.layout, self.out, self.data, self.numbering = layout, out, out.data, numbering

    def remark(self, code: str, para: Para | None, text: str, key: str, index: int | None = None) -> None:
        self.out.remarks.append(Remark(code, para.index + 1 if para is not None else None, text, key, index))

    def text(self, para: Para) -> str:
        return para.text

    # The header: agency, number and symbol, place and date, marks, type name, trích yếu.
    def header(self) -> None:
        layout, data = self.layout, self.data
        agency: dict = {}
        if layout.parent_agency:
            agency["parent"] = [self.text(p) for p in layout.parent_agency]
        agency["name"] = [self.text(p) for p in layout.issuing_agency]
        match = NUMBER.match(self.text(layout.number))
        number, symbol = (match.group("number"), match.group("symbol")) if match else ("", "")
        type_abbreviation, _, abbreviation = symbol.partition("-")
        agency["abbreviation"] = abbreviation
        if number:
            data["number"] = int(number)
        else:
            data["number"] = ""
            self.remark("import_blank_number", layout.number, self.text(layout.number), "number")
        self._date()
        for mark in layout.marks:
            text = mark.text
            key = ("urgency" if text in elements.URGENCY else "confidentiality" if text in elements.CONFIDENTIALITY
                   else "circulation")
            data[key] = text.replace("HOẢ", "HỎA")
        for _, paras in layout.header_paragraphs:
            for p in paras:
                if p.text.upper() in elements.CIRCULATION:
                    data["circulation"] = p.text.upper()
                elif p.text.startswith("Địa chỉ:"):
                    data["contact"] = self._contact(self.text(p))
        data["agency"] = agency
        if type_abbreviation and type_abbreviation != TYPE_ABBREVIATION:
            data["type_abbreviation"] = type_abbreviation
        type_name = self.text(layout.type_name) if layout.type_name else "THÔNG BÁO"  # a công văn: see the remark
        if type_name != "THÔNG BÁO":
            data["type_name"] = type_name
        summary = " ".join(self.text(p) for p in layout.summary).removeprefix("V/v").strip()
        if summary:
            data["summary"] = summary

    def _date(self) -> None:
        layout, data = self.layout, self.data
        match = PLACE_DATE.match(self.text(layout.place_date)) if layout.place_date else None
        if match is None:
            data["date"] = ""
            self.remark("import_blank_date", layout.place_date, layout.place_date.text if layout.place_date else "",
                        "date")
            return
        data["place"] = match.group("place").strip()
        day, month, year = match.group("day"), match.group("month"), match.group("year")
        self.out.year = year
        if day and month:
            data["date"] = f"{int(day)}/{int(month)}/{year}"
        else:
            data["date"] = ""
            self.remark("import_blank_date", layout.place_date, self.text(layout.place_date), "date")

    def _contact(self, line: str) -> dict:
        contact = {}
        for part in line.rstrip(".").split("; "):
            label, _, value = part.partition(": ")
            if label in CONTACT_LABELS:
                contact[CONTACT_LABELS[label]] = value.strip()
        return contact

    # The body: căn cứ, opening and lead-in, the content tree, the closing sentence.
    def body(self) -> None:
        layout, data = self.layout, self.data
        paras = list(layout.body)
        tables = self._tables_between(paras)
        addressed = self._kinh_gui(paras)
        paras = [p for p in paras if p not in addressed]
        basis = list(itertools.takewhile(lambda p: p.text.startswith(elements.BASIS), paras))  # after Kính gửi too
        for p in basis:
            data.setdefault("legal_basis", []).append(self.text(p).rstrip(" ;.,"))
        paras = paras[len(basis):]
        if paras and (paras[-1].text.endswith("./.") or len(paras) > 1):
            data["closing"] = self.marked(paras[-1]).removesuffix("./.").rstrip(" .")
            paras = paras[:-1]
        content = _Tree(self)
        for p in paras:
            content.add(p)
        data["content"] = content.top
        for first, text in tables:  # before the top-level element that follows the table, else before the closing
            before = [content.where[p.index] for p in paras if p.index < first.index]
            index = before[-1] + 1 if before else 0
            if index < len(content.top):
                self.remark("import_table", first, text, "content", index)
            else:
                self.remark("import_table", first, text, "closing")
        self._opening(data)
        data["content"] = _shorthand(data["content"])
        if not data["content"]:
            self.remark("import_no_content", None, "", "content")

    def _kinh_gui(self, paras: list[Para]) -> list[Para]:
        """"Kính gửi: …", and the "- …;" lines under it, which the schema has no field for yet (the công văn form
        will): a comment above the body."""
        start = next((i for i, p in enumerate(paras[:3]) if p.text.startswith("Kính gửi")), None)
        if start is None:
            return []
        taken = [paras[start]]
        if paras[start].text.endswith(":"):
            for p in paras[start + 1:]:
                if not ITEM.match(p.text) or not p.text.endswith((";", ".")):
                    break
                taken.append(p)
                if p.text.endswith("."):
                    break
        self.remark("import_not_in_schema", taken[0], " ".join(self.text(p) for p in taken), "body")
        return taken

    def _tables_between(self, body: list[Para]) -> list[tuple[Para, str]]:
        """Each table standing in the body (the schema has no tables yet): its first paragraph and its text, cells
        joined by " | ", row by row."""
        if not body:
            return []
        tables: dict = {}
        for p in self.layout.paragraphs[body[0].index:body[-1].index + 1]:
            if p.container != ("body",) and p.text:
                tables.setdefault(p.container[0], []).append(p)
        return [(cells[0], " | ".join(self.text(c) for c in cells)) for cells in tables.values()]

    def _opening(self, data: dict) -> None:
        """Unnumbered paragraphs before the first numbered one: "… như sau:" is the lead-in, one before it the
        opening (as `meeting` or `opening`/`lead_in` write them)."""
        content = data["content"]
        lead = 0
        while lead < len(content) and set(content[lead]) == {"paragraph"}:
            lead += 1
        if lead == len(content) or lead == 0 or lead > 2 or not content[lead - 1]["paragraph"].endswith(":"):
            return
        if lead == 2:
            data["opening"] = content[0]["paragraph"]
        data["lead_in"] = content[lead - 1]["paragraph"]
        del content[:lead]
        for remark in self.out.remarks:
            if remark.key == "content" and remark.index is not None:
                remark.index = max(remark.index - lead, 0)

    def marked(self, para: Para) -> str:
        """The paragraph's text with bold and italic runs as **…** and *…* (a literal star as \\*)."""
        groups: list[list] = []
        for text, f in para.runs:
            text = (text.upper() if f.caps else text).replace("*", "\\*")
            look = (f.bold, f.italic and not f.bold)
            if groups and (groups[-1][0] == look or not text.strip()):
                groups[-1][1] += text
            else:
                groups.append([look, text])
        out = []
        for (bold, italic), text in groups:
            core = text.strip()
            mark = "**" if bold else "*" if italic else ""
            if not core or not mark:
                out.append(text)
                continue
            lead, trail = text[:len(text) - len(text.lstrip())], text[len(text.rstrip()):]
            out.append(f"{lead}{mark}{core}{mark}{trail}")
        return " ".join("".join(out).split())

    # Nơi nhận, the signature chain and the name.
    def signature(self) -> None:
        layout, data = self.layout, self.data
        recipients = []
        for p in layout.recipients:
            line = self.text(p).lstrip("-–• ").rstrip(" ;.")
            archive = ARCHIVE.match(line)
            drafter = DRAFTER.match(line)
            if archive:
                units = [u.strip() for u in archive.group("rest").split(",") if u.strip()]
                kept: dict = {}
                if units and COPIES.match(units[-1]):
                    kept["copies"] = int(units.pop())
                if units:
                    kept["units"] = units
                if kept:
                    data["archive"] = kept
            elif drafter:
                data["drafter"] = {"initials": drafter.group("initials"), "copies": int(drafter.group("copies"))}
            elif line:
                recipients.append(line)
        data["recipients"] = recipients
        signature: dict = {"authority": [self.text(p) for p in layout.authority]}
        if layout.signer is not None:
            signature["name"] = self.text(layout.signer)
        data["signature"] = signature

    def appendices(self) -> None:
        """Each "Phụ lục" heading after the signature: its title, the "(Kèm theo …)" line, its content."""
        layout = self.layout
        end = max((p.index for p in (layout.signer, *layout.authority, *layout.recipients) if p), default=None)
        if end is None:
            return
        after = [p for p in layout.paragraphs[end + 1:] if p.container == ("body",) and p.text]
        starts = [i for i, p in enumerate(after) if APPENDIX.match(p.text)]
        for n, start in enumerate(starts):
            stop = starts[n + 1] if n + 1 < len(starts) else len(after)
            part = after[start + 1:stop]
            title = self.text(part[0]) if part else ""
            rest = part[1:]
            if rest and (ref := REFERENCE_OF.match(self.text(rest[0]))):
                self.data["agency"]["full_name"] = ref.group("agency")
                rest = rest[1:]
            tree = _Tree(self)
            for p in rest:
                tree.add(p)
            self.data.setdefault("appendices", []).append({"title": title, "content": _shorthand(tree.top)})
        for p in after[:starts[0] if starts else len(after)]:
            self.remark("import_unplaced", p, self.text(p), "recipients")

    def unread(self, document) -> None:
        """Text boxes and pictures, which the elements do not read: kept as remarks, with their text."""
        body = document.element.body
        for box in body.iter(qn("w:txbxContent")):
            if any(a.tag == elements.MC_FALLBACK for a in box.iterancestors()):
                continue  # the VML copy of a DrawingML text box
            text = " ".join("".join(t.text or "" for t in box.iter(qn("w:t"))).split())
            if text:
                self.remark("import_text_box", self._para_of(box), text, "content")
        for pic in body.iter("{http://schemas.openxmlformats.org/drawingml/2006/picture}pic"):
            self.remark("import_image", self._para_of(pic), "", "signature")

    def _para_of(self, element) -> Para | None:
        p = next(element.iterancestors(qn("w:p")), None)
        while p is not None and next(p.iterancestors(qn("w:p")), None) is not None:
            p = next(p.iterancestors(qn("w:p")))
        return next((q for q in self.layout.paragraphs if q.p is p), None)


class _Numbering:
    """Word's own list numbering (w:numPr, on the paragraph or its style): the marker Word shows before the
    paragraph, which is not in its text. Counted per list and level as Word counts them; a bullet glyph (•, ▪, o)
    reads as the "-" of NĐ30."""

    FORMATS = {"decimal": str, "lowerLetter": lambda n: chr(96 + n), "upperLetter": lambda n: chr(64 + n),
               "upperRoman": nd30.roman, "lowerRoman": lambda n: nd30.roman(n).lower()}

    def __init__(self, document):
        self.styles = {s.get(qn("w:styleId")): s for s in document.styles.element.iterchildren(qn("w:style"))}
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counts: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract = {a.get(qn("w:abstractNumId")): a for a in root.iterchildren(qn("w:abstractNum"))}
        for num in root.iterchildren(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            definition = abstract.get(ref.get(qn("w:val"))) if ref is not None else None
            if definition is None:
                continue
            self.levels[num.get(qn("w:numId"))] = {
                int(lvl.get(qn("w:ilvl"), 0)): (_val(lvl, "w:numFmt", "decimal"), _val(lvl, "w:lvlText", ""),
                                                int(_val(lvl, "w:start", "1")))
                for lvl in definition.iterchildren(qn("w:lvl"))}

    def _num_pr(self, p):
        """(numId, level) from the paragraph, else from its style and the styles it is based on."""
        ppr = p.find(qn("w:pPr"))
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        style = ppr.find(qn("w:pStyle")) if ppr is not None else None
        seen = set()
        sid = style.get(qn("w:val")) if style is not None else None
        while num_pr is None and sid in self.styles and sid not in seen:
            seen.add(sid)
            spr = self.styles[sid].find(qn("w:pPr"))
            num_pr = spr.find(qn("w:numPr")) if spr is not None else None
            based = self.styles[sid].find(qn("w:basedOn"))
            sid = based.get(qn("w:val")) if based is not None else None
        if num_pr is None:
            return None
        return _val(num_pr, "w:numId", "0"), int(_val(num_pr, "w:ilvl", "0"))

    def marker(self, p) -> str | None:
        found = self._num_pr(p)
        if found is None or found[0] not in self.levels:  # numId 0: numbering switched off
            return None
        num, level = found
        levels, counts = self.levels[num], self.counts.setdefault(num, {})
        if level not in levels:
            return None
        counts[level] = counts.get(level, levels[level][2] - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]
        fmt, pattern, _ = levels[level]
        if fmt == "bullet" or fmt == "none":
            return pattern if pattern in ("-", "–", "+") else "-"
        shown = pattern
        for k in range(level + 1):
            k_fmt = levels.get(k, ("decimal", "", 1))[0]
            value = counts.get(k, levels.get(k, ("", "", 1))[2])
            shown = shown.replace(f"%{k + 1}", self.FORMATS.get(k_fmt, str)(value))
        return shown.strip() or None


def _val(element, path: str, default: str) -> str:
    found = element.find("/".join(qn(part) for part in path.split("/")))
    return found.get(qn("w:val"), default) if found is not None else default


class _Tree:
    """The content tree rebuilt from the markers typed at the start of each paragraph: "I." sections, "1."
    conclusions, "a)" points, "-" and "+" items. A marker the renderer would not print the same way (a list that
    starts at 2, a "+" with no "-" above it) keeps the paragraph as typed, marker and all."""

    def __init__(self, reader: _Reader):
        self.reader = reader
        self.top: list[dict] = []
        self.container = self.top  # the top level, or the current section's content
        self.anchor: dict | None = None  # the last element that is not an item: items go under it
        self.conclusion: dict | None = None  # the last conclusion: points go under it
        self.dash: dict | None = None  # the last "-" item: "+" items go under it
        self.where: dict[int, int] = {}  # DOCX paragraph → the top-level element that holds it

    def add(self, p: Para) -> None:
        self._add(p)
        self.where[p.index] = len(self.top) - 1

    def _add(self, p: Para) -> None:
        text = self.reader.marked(p)
        plain = self.reader.text(p)
        shown = self.reader.numbering.marker(p.p)  # Word's own numbering: the marker it shows, not typed
        if shown:
            text, plain = f"{shown} {text}", f"{shown} {plain}"
        if (m := SECTION.match(plain)) and elements.is_upper(m.group("text")):
            if m.group("marker") == nd30.roman(self._count(self.top, "section") + 1) and (
                    self.container is not self.top or all("paragraph" in n for n in self.top)):
                # sections hold the whole body after its opening paragraphs, or none of it
                section = {"section": m.group("text"), "content": []}
                self.top.append(section)
                self.container, self.anchor, self.conclusion, self.dash = section["content"], None, None, None
                return
        elif m := CONCLUSION.match(plain):
            if m.group("marker") == str(self._count(self.container, "text") + 1):
                node = self._node(_strip_marker(text))
                self.container.append(node)
                self.anchor = self.conclusion = node
                self.dash = None
                return
        elif m := POINT.match(plain):
            if self.conclusion is not None:
                points = self.conclusion.setdefault("points", [])
                if m.group("marker") == nd30.point_letter(len(points)):
                    node = self._node(_strip_marker(text))
                    points.append(node)
                    self.anchor, self.dash = node, None
                    return
        elif m := ITEM.match(plain):
            marker = m.group("marker")
            if marker in "-–" and self.anchor is not None:
                node = self._node(_strip_marker(text))
                self.anchor.setdefault("items", []).append(node)
                self.dash = node
                return
            if marker == "+" and self.dash is not None:
                self.dash.setdefault("items", []).append(self._node(_strip_marker(text)))
                return
        node = {"paragraph": text}
        self.container.append(node)
        self.anchor, self.dash = node, None

    @staticmethod
    def _count(nodes: list[dict], key: str) -> int:
        return sum(1 for n in nodes if key in n)

    @staticmethod
    def _node(text: str) -> dict:
        """A numbered element, with the assignment its usual phrasing states offered as data."""
        node: dict = {"text": text}
        deadline = DEADLINE_BOLD.search(text) or DEADLINE_TYPED.search(text)
        if deadline:
            node["text"] = text[:deadline.start()]
            node["deadline"] = deadline.group("date")
            if deadline.group("phrase") != "trước ngày":
                node["deadline_phrase"] = deadline.group("phrase")
        lead = LEAD.search(text.replace("**", ""))
        if lead and not lead.group("lead").startswith(("Các ", "các ")):
            node["lead"] = lead.group("lead").strip()
        return node


def _shorthand(nodes: list[dict]) -> list:
    """A conclusion that is only text is written as a plain string (the house style of the examples)."""
    out = []
    for node in nodes:
        for key in ("content", "points", "items"):
            if key in node:
                node[key] = _shorthand(node[key])
        out.append(node["text"] if list(node) == ["text"] else node)
    return out


def _strip_marker(text: str) -> str:
    """The text after its marker ("1. ", "a) ", "- "), bold or italic markup around the marker included."""
    match = re.match(r"^(\*{1,2})?\s*(?:[IVXLC]+\.|\d{1,3}\.|[a-zđ]\)|[-–+])(\*{1,2}(?=\s))?\s+", text)
    if not match:
        return text
    rest = text[match.end():]
    opened, closed = match.group(1), match.group(2)
    if opened and not closed:  # "**1. Kết quả**": the bold goes on after the marker
        rest = opened + rest
    return rest
