"""The notice as a typed model. Everything after validation trusts it; derived values are computed here once."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from vanthu.notice import nd30, phrasing
from vanthu.notice.nd30 import point_letter, roman
from vanthu.notice.phrasing import Meeting
from vanthu.project import project_folder


def plain(text: str) -> str:
    """Semantic line breaks in the YAML join back into one paragraph: any run of white space is one space."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Assignment:
    """Nhiệm vụ được giao: lead unit (chủ trì), coordinating units (phối hợp) and deadline (thời hạn)."""

    lead: str | None
    coordinating: tuple[str, ...]
    deadline: dt.date | None
    deadline_phrase: str = "trước ngày"
    in_text: bool = False  # the text itself says the deadline, as the office wrote it: nothing is printed after it
    in_words: bool = False  # "trước ngày 20 tháng 10 năm 2024" rather than "trước ngày 20/10/2024"
    bold: bool = True  # the printed phrase in bold (an office may set it plain: `wording.deadline_bold`)

    @property
    def deadline_text(self) -> str | None:
        if not self.deadline:
            return None
        date = nd30.date_in_words(self.deadline) if self.in_words else nd30.short_date(self.deadline)
        return f"{self.deadline_phrase} {date}"

    @property
    def printed_deadline(self) -> str | None:
        """The phrase the toolkit prints after the text; None when the text says it itself."""
        return None if self.in_text else self.deadline_text


@dataclass(frozen=True)
class Table:
    """A table in the body: a header row (repeated on each page it runs onto), rows of cells, and per column a
    relative width and an alignment; cells may use **bold** and *italic*."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...] | None = None
    align: tuple[str, ...] | None = None
    size: int | None = None  # pt; None: the template's table styles

    @property
    def text(self) -> str:
        """The cells as one text, row by row ("a | b / c | d"): what diff and the trackers compare and show."""
        return " / ".join(" | ".join(row) for row in (self.header, *self.rows))


@dataclass(frozen=True)
class Element:
    """One element of the body: a section "I.", a conclusion "1.", a point "a)", an item "-"/"+", or a paragraph.

    `marker` is computed from the element's place in the tree; `text` may use **bold** and *italic*.
    """

    kind: str  # section | conclusion | point | item | paragraph
    marker: str
    text: str
    children: tuple[Element, ...] = ()
    assignment: Assignment | None = None
    path: tuple = ()  # where it is in the YAML, e.g. ("content", 1, "items", 0)
    heading: bool = False  # number and text in bold: "**1. Sở Công Thương**", its paragraphs below it
    table: Table | None = None  # kind "table"


@dataclass(frozen=True)
class Agency:
    parent: tuple[str, ...]  # cơ quan chủ quản (not bold)
    name: tuple[str, ...]  # cơ quan ban hành (bold), one line each
    abbreviation: str
    full_name: str | None = None  # as written inside a sentence: "Ủy ban nhân dân thành phố Hải Phòng"


@dataclass(frozen=True)
class Appendix:
    """Phụ lục in the same file: its own page, heading, title, the "(Kèm theo …)" line and content."""

    heading: str
    title: str
    reference: str
    content: tuple[Element, ...]


@dataclass(frozen=True)
class Seal:
    """The agency's seal for an electronic document: a red PNG shown at the seal's real size."""

    image: Path
    diameter_mm: int


@dataclass(frozen=True)
class Notice:
    file: Path
    agency: Agency
    place: str
    number: int
    symbol: str  # ký hiệu, e.g. TB-UBND
    date: dt.date
    type_name: str
    summary: str
    opening: str | None
    lead_in: str | None
    content: tuple[Element, ...]
    closing: str
    recipients: tuple[str, ...]
    archive_units: tuple[str, ...]
    archive_copies: int | None
    authority: tuple[str, ...]
    signer: str
    meeting: Meeting | None = None
    legal_basis: tuple[str, ...] = ()  # căn cứ, punctuated
    urgency: str | None = None  # độ khẩn (ô 10b)
    confidentiality: str | None = None  # độ mật (ô 10a)
    circulation: str | None = None  # chỉ dẫn phạm vi lưu hành (ô 11)
    drafter_mark: str | None = None  # ô 12, e.g. "PL.(300)"
    contact_line: str | None = None  # ô 13
    appendices: tuple[Appendix, ...] = ()
    electronic: bool = False
    template: Path | None = None  # the Word template; None: the toolkit's own
    signature_image: Path | None = None  # shown only on an electronic document
    seal: Seal | None = None
    archive_initials: str | None = None  # the drafter's initials glued to the end of the Lưu line: "NN (2)NXT."
    one_paragraph: bool = False  # the opening and the lead-in as one paragraph (`wording.paragraphs: 1`)
    form: str = "thong-bao"  # or "cong-van": no type name, the trích yếu "V/v …" under the number (Mẫu 1.5)
    addressees: tuple[str, ...] = ()  # the Kính gửi lines as printed (ô 9a)
    basis_after_addressees: bool = False  # căn cứ upright after Kính gửi, not italic under the trích yếu

    @property
    def opening_paragraphs(self) -> list[str]:
        """The paragraphs before the conclusions: the opening and the lead-in, or both in one."""
        texts = [t for t in (self.opening, self.lead_in) if t]
        return [" ".join(texts)] if self.one_paragraph and texts else texts

    @property
    def cong_van(self) -> bool:
        return self.form == "cong-van"

    @property
    def number_symbol(self) -> str:  # ô 3
        return nd30.number_and_symbol(self.number, self.symbol)

    @property
    def place_date(self) -> str:
        return nd30.place_and_date(self.place, self.date)

    @property
    def recipient_lines(self) -> list[str]:
        return nd30.recipient_lines(list(self.recipients), list(self.archive_units), self.archive_copies,
                                    self.archive_initials)

    @property
    def closing_line(self) -> str:
        return nd30.closing_sentence(self.closing)

    def assignments(self):
        """Every element that carries an assignment, depth first, in reading order."""
        stack = list(reversed(self.content))
        while stack:
            element = stack.pop()
            if element.assignment:
                yield element
            stack.extend(reversed(element.children))


def from_document(doc: dict, file: Path) -> Notice:
    """Build the model from a schema-valid, rule-checked document (see schema.py and rules.py)."""
    agency = doc["agency"]
    meeting = _meeting(doc.get("meeting"))
    wording = phrasing.Wording.of(doc.get("wording"))
    signature = doc["signature"]
    if "signer" in signature:
        signature = doc["signers"][signature["signer"]]
    groups = doc.get("recipient_groups", {})
    recipients = []
    for r in doc["recipients"]:
        recipients.extend(groups[r["group"]] if "group" in r else [r["name"]])
    recipients = _recipients_as_above(doc, recipients)
    archive = doc.get("archive", {})
    root = project_folder(file)
    electronic = doc["electronic"]
    drafter = doc.get("drafter")
    seal = agency.get("seal") if electronic else None
    number_symbol = nd30.number_and_symbol(doc["number"], _symbol(doc))
    appendices = doc.get("appendices", ())
    return Notice(
        file=file,
        agency=Agency(tuple(agency.get("parent", ())), tuple(agency["name"]), agency["abbreviation"],
                      agency.get("full_name") and plain(agency["full_name"])),
        place=plain(doc["place"]),
        number=doc["number"],
        symbol=_symbol(doc),
        date=doc["date"],
        type_name=plain(doc["type_name"]),
        summary=plain(doc.get("summary") or phrasing.summary(meeting, wording)),
        opening=_given_or(doc, "opening", meeting, wording, phrasing.opening),
        lead_in=_given_or(doc, "lead_in", meeting, wording, phrasing.lead_in),
        one_paragraph=wording.paragraphs == 1,
        content=_elements(doc["content"], ("content",), depth=0, wording=doc.get("wording", {})),
        closing=plain(doc["closing"]),
        recipients=tuple(plain(r) for r in recipients),
        archive_units=tuple(archive.get("units", ())),
        archive_copies=archive.get("copies"),
        authority=tuple(plain(line) for line in signature["authority"]),
        signer=plain(signature["name"]),
        meeting=meeting,
        legal_basis=tuple(nd30.legal_basis_lines([plain(line) for line in doc.get("legal_basis", ())],
                                                 doc["legal_basis_end"])),
        urgency=doc.get("urgency"),
        confidentiality=doc.get("confidentiality"),
        circulation=doc.get("circulation"),
        drafter_mark=drafter and nd30.drafter_mark(drafter["initials"], drafter["copies"]),
        contact_line=doc.get("contact") and nd30.contact_line({k: plain(v) for k, v in doc["contact"].items()}),
        appendices=tuple(
            Appendix(nd30.appendix_heading(i, len(appendices)), plain(a["title"]).upper(),
                     nd30.appendix_reference(doc["type_name"], number_symbol, _symbol(doc), doc["date"],
                                             plain(agency.get("full_name", "")), electronic),
                     _elements(a["content"], ("appendices", i, "content"), depth=0, wording=doc.get("wording", {})))
            for i, a in enumerate(appendices)),
        electronic=electronic,
        template=root / doc["template"] if "template" in doc else None,
        signature_image=root / signature["image"] if electronic and signature.get("image") else None,
        seal=Seal(root / seal["image"], seal["diameter_mm"]) if seal else None,
        archive_initials=archive.get("initials"),
        form=doc["form"],
        addressees=tuple(nd30.addressee_lines([plain(a) for a in doc.get("addressees", ())])),
        basis_after_addressees=doc["legal_basis_place"] == "addressees",
    )


def _symbol(doc: dict) -> str:
    if doc.get("symbol"):
        return doc["symbol"]
    if doc["form"] == "cong-van":  # rules.py makes sure there is a drafting unit
        return nd30.cong_van_symbol(doc["agency"]["abbreviation"], doc["archive"]["units"][0])
    return nd30.default_symbol(doc["type_abbreviation"], doc["agency"]["abbreviation"])


def _recipients_as_above(doc: dict, recipients: list[str]) -> list[str]:
    """A notice with Kính gửi opens its Nơi nhận with "- Như trên;" (PL I §II.9.b), unless typed already."""
    if doc.get("addressees") and not (recipients and plain(recipients[0]).rstrip(" ;.") == nd30.AS_ABOVE):
        return [nd30.AS_ABOVE, *recipients]
    return recipients


def _given_or(doc, key, meeting, wording, write):
    if key in doc:
        return plain(doc[key])
    written = write(meeting, wording) if meeting else None
    return plain(written) if written else None


def _meeting(data: dict | None) -> Meeting | None:
    if not data:
        return None
    return Meeting(
        date=data["date"], chair_title=plain(data["chair"]["title"]), chair_name=plain(data["chair"]["name"]),
        subject=plain(data["subject"]), place=data.get("place") and plain(data["place"]),
        attendees=data.get("attendees") and plain(data["attendees"]),
        reports=tuple(plain(r) for r in data.get("reports", ())),
    )


def _elements(nodes: list[dict], path: tuple, depth: int, kind: str = "conclusion",
              prefix: str = "", wording: dict | None = None) -> tuple[Element, ...]:
    """`depth` counts "-" levels: the first is "-", the next "+". `prefix` is the number above a second level of
    numbers: "1." for "1.1.", "1.2."."""
    out, numbered, sections = [], 0, 0
    for i, node in enumerate(nodes):
        here = path + (i,)
        if "section" in node:
            sections += 1
            children = _elements(node["content"], here + ("content",), depth=0, wording=wording)
            out.append(Element("section", f"{roman(sections)}.", plain(node["section"]).upper(), children, path=here))
            continue
        if "table" in node:
            table = _table(node["table"])
            out.append(Element("table", "", table.text, path=here, table=table))
            continue
        if "paragraph" in node:
            element_kind, marker, text = "paragraph", "", node["paragraph"]
        else:
            element_kind, text = kind, node["text"]
            marker = {"conclusion": f"{prefix}{numbered + 1}.", "point": f"{point_letter(numbered)})",
                      "item": "-" if depth <= 1 else "+"}[kind]
            numbered += 1
        children = ()
        if "numbered" in node:
            children += _elements(node["numbered"], here + ("numbered",), depth, "conclusion", marker, wording)
        if "points" in node:
            children += _elements(node["points"], here + ("points",), depth, "point", wording=wording)
        if "items" in node:
            children += _elements(node["items"], here + ("items",), depth + 1 if kind == "item" else 1, "item",
                                  wording=wording)
        out.append(Element(element_kind, marker, plain(text), children, _assignment(node, wording or {}), here,
                           heading=node.get("heading", False)))
    return tuple(out)


def _table(data: dict) -> Table:
    return Table(tuple(plain(c) for c in data["header"]), tuple(tuple(plain(c) for c in row) for row in data["rows"]),
                 tuple(data["widths"]) if "widths" in data else None,
                 tuple(data["align"]) if "align" in data else None, data.get("size"))


def _assignment(node: dict, wording: dict) -> Assignment | None:
    if not any(k in node for k in ("lead", "coordinating", "deadline")):
        return None
    return Assignment(node.get("lead"), tuple(node.get("coordinating", ())), node.get("deadline"),
                      node.get("deadline_phrase", "trước ngày"), node.get("deadline_in_text", False),
                      wording.get("dates") == "chữ", wording.get("deadline_bold", True))
