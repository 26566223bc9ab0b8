"""Reading a notice back out of any DOCX (one this toolkit built, or one an office made in Word) into the data of a
notice YAML: the header, the body as the content tree, Nơi nhận, the signature and the appendices.

The elements are found by `lint.elements` (by content and position, never by style names), the công văn's
"V/v …", Kính gửi and the tables of the body included. What the schema cannot hold (a table with merged or nested
cells, a text box, an image, a blank number or day) is not dropped: it becomes a `Remark`, which the writer puts
as a YAML comment at its place and the report lists with the DOCX paragraph it came from.
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
SUBNUMBER = re.compile(r"^(?P<outer>\d{1,3})\.(?P<inner>\d{1,3})\.\s+(?P<text>.+)")
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
# A deadline in words, as `wording.dates: chữ` prints it: at the end of a sentence, or inside one (`deadline_in_text`).
DEADLINE_WORDS = re.compile(r"(?P<phrase>trước ngày) \*{0,2}(?P<day>\d{1,2}) tháng (?P<month>\d{1,2}) năm "
                            r"(?P<year>\d{4})\*{0,2}")
# "Giao Sở Nội vụ chủ trì, phối hợp với …", "Sở Tài chính chủ trì …": the lead unit, as written.
LEAD = re.compile(r"(?:^|[:;.]\s|\b[Gg]iao\s)(?:[Gg]iao\s)?(?P<lead>[A-ZĐ][^,;:.]{2,80}?) chủ trì\b")
CONTACT_LABELS = {"Địa chỉ": "address", "Điện thoại": "phone", "Fax": "fax", "E-mail": "email",
                  "Website": "website"}
TYPE_ABBREVIATION = "TB"


@dataclass
class Remark:
    """Something the notice data cannot hold, or that the clerk must fill in: where it goes and what it was."""

    code: str  # a message code: import_blank_number, import_table_layout, …
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
    symbol: str = ""  # the ký hiệu as printed after "Số: …/", which names the file


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
    if layout.quoc_hieu is None or layout.number is None or (layout.type_name is None
                                                             and layout.cong_van_summary is None):
        out.error = ("import_not_a_notice", {})
        return out
    reader = _Reader(layout, out, _Numbering(document))
    if legacy:
        reader.remark("import_legacy_encoding", None, f"{legacy.encoding}: {legacy.sample} → {legacy.meant}", "number")
    reader.header()
    reader.body()
    reader.signature()
    reader.symbol()  # after the signature: a công văn's ký hiệu names the drafting unit of the Lưu line
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
        number, self.out.symbol = (match.group("number"), match.group("symbol")) if match else ("", "")
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
        if layout.cong_van_summary is not None:  # Mẫu 1.5: no type name, the trích yếu is the "V/v …" line
            data["form"] = "cong-van"
            summary = self._cong_van_summary().removeprefix(elements.CONG_VAN_SUMMARY).strip()
        else:
            if self.text(layout.type_name) != "THÔNG BÁO":
                data["type_name"] = self.text(layout.type_name)
            summary = " ".join(self.text(p) for p in layout.summary)
        if summary:
            data["summary"] = summary

    def _cong_van_summary(self) -> str:
        """The "V/v …" line, and the lines it runs on to in its cell of the header (a long one wraps there)."""
        vv = self.layout.cong_van_summary
        lines = [vv]
        if vv.container != ("body",):
            lines += [p for p in self.layout.paragraphs[vv.index + 1:] if p.container == vv.container and p.text]
        return " ".join(self.text(p) for p in lines)

    def symbol(self) -> None:
        """The ký hiệu as the fields that print it again: a thông báo's "<type>-<agency>" (TB-SCT), a công văn's
        "<agency>-<drafting unit>" (SCT-CN, the unit printed from the first of the Lưu line). One that does not
        come out of those fields again is kept whole as `symbol`."""
        data, symbol = self.data, self.out.symbol
        if data.get("form") == "cong-van":
            units = data.get("archive", {}).get("units", [])
            if units and symbol.endswith("-" + units[0]) and len(symbol) > len(units[0]) + 1:
                data["agency"]["abbreviation"] = symbol[:-len(units[0]) - 1]
            else:
                data["agency"]["abbreviation"] = symbol.partition("-")[0]  # PL I §II.3.b: the agency's comes first
                data["symbol"] = symbol
            return
        type_abbreviation, _, data["agency"]["abbreviation"] = symbol.partition("-")
        if type_abbreviation and type_abbreviation != TYPE_ABBREVIATION:
            data["type_abbreviation"] = type_abbreviation

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

    # The body: Kính gửi, căn cứ, opening and lead-in, the content tree with its tables, the closing sentence.
    def body(self) -> None:
        layout, data = self.layout, self.data
        if layout.addressees:
            lines = [self.text(p) for p in layout.addressees]
            if names := _addressees(lines):
                data["addressees"] = names
            else:  # "Kính gửi:" with no name on its line and no "- …" line under it: the clerk says to whom
                self.remark("import_addressees_unread", layout.addressees[0], " ".join(lines), "content")
        paras = list(layout.body)
        basis = self._basis(paras)
        paras = paras[len(basis):]
        if paras and (paras[-1].text.endswith("./.") or len(paras) > 1):
            data["closing"] = self.marked(paras[-1]).removesuffix("./.").rstrip(" .")
            paras = paras[:-1]
        content = _Tree(self)
        self._fill(content, paras, self._tables(layout.table_cells), "closing")
        data["content"] = content.top
        self._opening(data)
        data["content"] = _shorthand(data["content"])
        if not data["content"]:
            self.remark("import_no_content", None, "", "content")

    def _basis(self, paras: list[Para]) -> list[Para]:
        """The căn cứ: under the trích yếu (what `elements` finds), or where many offices put them, first after
        Kính gửi (`legal_basis_place: addressees`). How the last one ends gives `legal_basis_end`: ";" leads into
        the next sentence, ":" ends a sentence of its own ("…, Sở Công Thương thông báo như sau:"), printed as
        typed; else the "." the renderer adds. The ";" and "." the renderer adds are left out of the lines."""
        layout, data = self.layout, self.data
        basis = list(layout.basis)
        if not basis and layout.addressees:
            after = list(itertools.takewhile(lambda p: p.text.startswith(elements.BASIS), paras))
            if after and after[0].index > layout.addressees[-1].index:
                basis = after
                data["legal_basis_place"] = "addressees"
        if not basis:
            return []
        lines = [self.text(p) for p in basis]
        end = "lead-in" if lines[-1].endswith(";") else "sentence" if lines[-1].endswith(":") else "full-stop"
        if end != "full-stop":
            data["legal_basis_end"] = end
        data["legal_basis"] = [line.rstrip(" ;.,") for line in lines[:-1]] + [
            lines[-1] if end == "sentence" else lines[-1].rstrip(" ;.,")]
        return basis

    def _fill(self, tree: _Tree, paras: list[Para], tables: list[_Table], after: str) -> None:
        """The paragraphs and tables in the order they stand in the DOCX. A table the `table` field cannot hold is
        a remark before the element that follows it, or, at the end, before the `after` field."""
        placed: list[tuple[int, Para | _Table]] = [(p.index, p) for p in paras] + [(t.first.index, t) for t in tables]
        pending = []
        for _, item in sorted(placed, key=lambda pair: pair[0]):
            if isinstance(item, Para):
                tree.add(item)
            elif item.node is not None:
                tree.table(item.node)
            else:
                pending.append((item, len(tree.top)))
        for table, index in pending:
            if index < len(tree.top):
                self.remark("import_table_layout", table.first, table.text, "content", index)
            else:
                self.remark("import_table_layout", table.first, table.text, after)

    def _tables(self, cells: list[Para]) -> list[_Table]:
        """The tables the cells stand in, in document order (a table inside a cell is part of the outer one)."""
        grouped: dict = {}
        for p in cells:
            outer = list(p.p.iterancestors(qn("w:tbl")))[-1]
            grouped.setdefault(outer, []).append(p)
        return [_Table(paras[0], self._table_node(tbl, paras), " | ".join(self.text(c) for c in paras))
                for tbl, paras in grouped.items()]

    def _table_node(self, tbl, cells: list[Para]) -> dict | None:
        """The `table` field of a table: the first row is the header (bold by the table's header style, so its
        cells are read without their bold), rows of cells, the columns' relative widths, their alignment when not
        all left (the template's "Ô bảng" is left-aligned) and a size of 12 or 14 pt set on every cell. None when
        the field cannot hold the table: merged or nested cells, rows of different lengths, a blank header cell,
        no row under the header, or text outside the cells read."""
        if tbl.find(f".//{qn('w:tbl')}") is not None or tbl.find(f".//{qn('w:vMerge')}") is not None or any(
                int(span.get(qn("w:val"), "1")) > 1 for span in tbl.iter(qn("w:gridSpan"))):
            return None
        by_element = {p.p: p for p in cells}
        rows = [[[by_element[p] for p in tc.iterchildren(qn("w:p")) if p in by_element]
                 for tc in tr.iterchildren(qn("w:tc"))] for tr in tbl.iterchildren(qn("w:tr"))]
        read = sum(len(cell) for row in rows for cell in row)
        if len(rows) < 2 or read != len(cells) or any(len(row) != len(rows[0]) for row in rows) or not all(rows[0]):
            return None
        node: dict = {"header": [" ".join(self.marked(p, bold=False) for p in cell) for cell in rows[0]],
                      "rows": [[" ".join(self.marked(p) for p in cell) for cell in row] for row in rows[1:]]}
        widths = _shares([int(g.get(qn("w:w"), 0)) for g in tbl.iter(qn("w:gridCol"))], _table_width(tbl))
        if widths and len(widths) == len(rows[0]) and len(set(widths)) > 1:
            node["widths"] = widths
        align = [_column_alignment([p for row in rows[1:] for p in row[col]]) for col in range(len(rows[0]))]
        if any(a != "left" for a in align):
            node["align"] = align
        sizes = {f.size for p in cells for f in p.inked}
        if len(sizes) == 1 and (size := sizes.pop()) in (12, 14):
            node["size"] = int(size)
        return node

    def _opening(self, data: dict) -> None:
        """Unnumbered paragraphs before the first numbered one: "… như sau:" is the lead-in, one before it the
        opening (as `meeting` or `opening`/`lead_in` write them). A lone "… như sau:" before a table leads into no
        conclusions: it is the opening (both print alike; the examples write it so)."""
        content = data["content"]
        lead = 0
        while lead < len(content) and set(content[lead]) == {"paragraph"}:
            lead += 1
        if lead == len(content) or lead == 0 or lead > 2 or not content[lead - 1]["paragraph"].endswith(":"):
            return
        if lead == 1 and "table" in content[1]:
            data["opening"] = content[0]["paragraph"]
        else:
            if lead == 2:
                data["opening"] = content[0]["paragraph"]
            data["lead_in"] = content[lead - 1]["paragraph"]
            opening, joined, lead_in = data["lead_in"].partition(". Sau khi nghe ")
            if lead == 1 and joined:  # the opening and the lead-in in one paragraph (`wording.paragraphs: 1`)
                data["opening"], data["lead_in"] = opening + ".", "Sau khi nghe " + lead_in
                data.setdefault("wording", {})["paragraphs"] = 1
        del content[:lead]
        for remark in self.out.remarks:
            if remark.key == "content" and remark.index is not None:
                remark.index = max(remark.index - lead, 0)

    def marked(self, para: Para, bold: bool = True) -> str:
        """The paragraph's text with bold and italic runs as **…** and *…* (a literal star as \\*); bold left
        unmarked when its style makes it bold anyway (`bold=False`)."""
        groups: list[list] = []
        for text, f in para.runs:
            text = (text.upper() if f.caps else text).replace("*", "\\*")
            strong = f.bold and bold
            look = (strong, f.italic and not strong)
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
        if self.layout.addressees and recipients and recipients[0] == nd30.AS_ABOVE:
            recipients.pop(0)  # with Kính gửi, the renderer opens the Nơi nhận "- Như trên;" itself
        data["recipients"] = recipients
        signature: dict = {"authority": [self.text(p) for p in layout.authority]}
        if layout.signer is not None:
            signature["name"] = self.text(layout.signer)
        data["signature"] = signature

    def appendices(self) -> None:
        """Each "Phụ lục" heading after the signature: its title, the "(Kèm theo …)" line, its content and tables."""
        layout = self.layout
        signature = [p for p in (layout.signer, *layout.authority, *layout.recipients) if p]
        if not signature:
            return
        end = max(p.index for p in signature)
        after = [p for p in layout.paragraphs[end + 1:] if p.container == ("body",) and p.text]
        held = {p.container for p in signature}  # the signature's own table is no table of an appendix
        tables = self._tables([p for p in layout.paragraphs[end + 1:]
                               if p.container != ("body",) and p.container not in held and p.text])
        starts = [i for i, p in enumerate(after) if APPENDIX.match(p.text)]
        for n, start in enumerate(starts):
            stop = after[starts[n + 1]].index if n + 1 < len(starts) else len(layout.paragraphs)
            part = after[start + 1:starts[n + 1] if n + 1 < len(starts) else len(after)]
            title = self.text(part[0]) if part else ""
            rest = part[1:]
            if rest and (ref := REFERENCE_OF.match(self.text(rest[0]))):
                self.data["agency"]["full_name"] = ref.group("agency")
                rest = rest[1:]
            tree = _Tree(self)
            self._fill(tree, rest, [t for t in tables if after[start].index < t.first.index < stop], "appendices")
            self.data.setdefault("appendices", []).append({"title": title, "content": _shorthand(tree.top)})
        first = after[starts[0]].index if starts else len(layout.paragraphs)
        for p in after[:starts[0] if starts else len(after)]:
            self.remark("import_unplaced", p, self.text(p), "recipients")
        for table in tables:
            if table.first.index < first:
                self.remark("import_unplaced", table.first, table.text, "recipients")

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

    def table(self, node: dict) -> None:
        """A table stands beside the element it follows; what comes after it does not go back above it (an item
        after a table is not made a child of the conclusion before the table, which would print it first)."""
        self.container.append({"table": node})
        self.anchor = self.conclusion = self.dash = None

    def add(self, p: Para) -> None:
        text = self.reader.marked(p)
        plain = self.reader.text(p)
        shown = self.reader.numbering.marker(p.p)  # Word's own numbering: the marker it shows, not typed
        if shown:
            text, plain = f"{shown} {text}", f"{shown} {plain}"
        if (m := SECTION.match(plain)) and elements.is_upper(m.group("text")):
            if m.group("marker") == nd30.roman(self._count(self.top, "section") + 1) and (
                    self.container is not self.top or all("paragraph" in n or "table" in n for n in self.top)):
                # sections hold the whole body after its opening paragraphs, or none of it
                section = {"section": m.group("text"), "content": []}
                self.top.append(section)
                self.container, self.anchor, self.conclusion, self.dash = section["content"], None, None, None
                return
        elif (m := SUBNUMBER.match(plain)) and self.conclusion is not None and self.conclusion in self.container:
            numbered = self.conclusion.setdefault("numbered", [])
            if m.group("outer") == str(self.container.index(self.conclusion) + 1 - sum(
                    1 for n in self.container[:self.container.index(self.conclusion)] if "text" not in n)) \
                    and m.group("inner") == str(len(numbered) + 1):
                node = self._node(text[text.index(m.group("text")[:10]):] if m.group("text")[:10] in text
                                  else m.group("text"))
                numbered.append(node)
                self.anchor, self.dash = node, None
                return
            if not numbered:
                del self.conclusion["numbered"]
        if (m := CONCLUSION.match(plain)) and not SUBNUMBER.match(plain):
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
        if words := DEADLINE_WORDS.search(text):  # said inside the sentence: printed as typed
            node.update(deadline=f"{int(words['day'])}/{int(words['month'])}/{words['year']}", deadline_in_text=True)
            self.reader.data.setdefault("wording", {})["dates"] = "chữ"
        self.container.append(node)
        self.anchor, self.dash = node, None

    @staticmethod
    def _count(nodes: list[dict], key: str) -> int:
        return sum(1 for n in nodes if key in n)

    def _node(self, text: str) -> dict:
        """A numbered element, with the assignment its usual phrasing states offered as data."""
        node: dict = {"text": text}
        deadline = DEADLINE_BOLD.search(text) or DEADLINE_TYPED.search(text)
        words = None if deadline else DEADLINE_WORDS.search(text)
        if words and text[words.end():] == ".":  # at the end, as `wording.dates: chữ` prints it
            node["text"] = text[:words.start()].rstrip()
            node["deadline"] = f"{int(words['day'])}/{int(words['month'])}/{words['year']}"
            self.reader.data.setdefault("wording", {})["dates"] = "chữ"
        elif deadline:
            node["text"] = text[:deadline.start()]
            node["deadline"] = deadline.group("date")
            if deadline.group("phrase") != "trước ngày":
                node["deadline_phrase"] = deadline.group("phrase")
        lead = LEAD.search(text.replace("**", ""))
        if lead and not lead.group("lead").startswith(("Các ", "các ")):
            node["lead"] = lead.group("lead").strip()
        return node


@dataclass
class _Table:
    first: Para  # its first paragraph with text
    node: dict | None  # the `table` field; None when the field cannot hold it
    text: str  # its cells, row by row, joined by " | ": the remark when it is not mapped


def _addressees(lines: list[str]) -> list[str]:
    """The names under Kính gửi, without what the renderer prints around them ("Kính gửi:", "- ", ";", ".")."""
    first = elements.ADDRESSEE.sub("", lines[0], count=1).lstrip(" :")
    names = [first, *lines[1:]] if first else lines[1:]
    return [name.lstrip("-– ").rstrip(" ;.,") for name in names]


def _shares(twips: list[int], width: int) -> list[int] | None:
    """Column widths as relative shares: the smallest that the renderer spreads over the table's `width` to the
    very same widths (a table it built gives back its [10, 17, 38, 17, 38]), else per cent of the total."""
    total = sum(twips)
    if not twips or 0 in twips:
        return None
    width = width or total
    for whole in range(len(twips), 1001):
        shares = [round(w * whole / width) for w in twips]
        if 0 not in shares and sum(shares) == whole and all(width * s // whole == w for s, w in zip(shares, twips)):
            return shares
    return [max(1, round(100 * w / total)) for w in twips]


def _table_width(tbl) -> int:
    """The table's width in twips when it is given as such (the renderer gives the text width), else 0."""
    width = tbl.find(f"{qn('w:tblPr')}/{qn('w:tblW')}")
    if width is None or width.get(qn("w:type"), "dxa") != "dxa":
        return 0
    return int(width.get(qn("w:w"), 0))


def _column_alignment(cells: list[Para]) -> str:
    """The alignment most of a column's cells have, as `align` names it."""
    names = [{"center": "center", "right": "right", "both": "justify"}.get(p.fmt.alignment, "left") for p in cells]
    return max(dict.fromkeys(names), key=names.count) if names else "left"  # a tie: the first row's


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
