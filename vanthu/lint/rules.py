"""The rules of Phụ lục I that a DOCX shows, one function per rule (or family of rules), each yielding one
`Result` per thing it measured: the value found, the range expected, and whether it conforms.

Figures: `../shared/nd30-format.md` §1, §2 and §8 (Nghị định 30/2020/NĐ-CP, Phụ lục I).
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from docx.oxml.ns import qn

from vanthu.i18n import Ref
from vanthu.lint.elements import MARKS, SECTION_HEADING, URGENCY, Layout, Para, is_upper
from vanthu.notice import nd30
from vanthu.resources.fontmetrics import width_pt

OK, VIOLATION, UNCHECKED, ABSENT = "ok", "violation", "unchecked", "absent"
MM = 72 / 25.4  # pt per mm
CM = 10 * MM
TEXT_FONT = "Times New Roman"
QUOC_HIEU = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")  # both tone placements
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
NUMBER = re.compile(r"Số: (\d+)/[A-Za-zĐđ0-9]+(?:-[A-Za-zĐđ0-9]+)*")
PLACE_DATE = re.compile(r"(\S.*), ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})")
ARCHIVE = re.compile(r"- Lưu: VT\b.*\.")
DRAFTER = re.compile(r"[A-ZĐ]{1,8}\.?\s?\(\d+\)")  # ô 12 after the Lưu line: "PL.(300)"
INDENTS_CM = (1.0, 1.27)
TWIP_CM = 0.002  # a twip is 0.0018 cm: Word stores 1.27 cm as 720 twips = 1.2700 cm, 1 cm as 567 = 1.0001 cm
CENTRE_TOLERANCE = 3.0  # pt, about 1 mm: what an eye sees as centred
SHARE = (1 / 3, 1 / 2)  # lines under the issuing agency and the trích yếu
FULL = (0.9, 1.1)  # the line under the Tiêu ngữ: as long as the Tiêu ngữ


@dataclass(frozen=True)
class Result:
    rule: str  # "quoc-hieu.size": element, then what is measured
    status: str
    measured: object  # str or messages.Ref
    expected: object


@dataclass(frozen=True)
class Spec:
    """How an element is set (PL I §V): size range, case, bold, italic, alignment; None where free."""

    size: tuple[float, float]
    case: str | None
    bold: bool | None
    italic: bool | None
    alignment: str | None
    required: bool


SPECS = {
    "quoc-hieu": Spec((12, 13), "upper", True, False, "center", True),
    "tieu-ngu": Spec((13, 14), None, True, False, "center", True),
    "co-quan-chu-quan": Spec((12, 13), "upper", False, False, "center", False),
    "co-quan-ban-hanh": Spec((12, 13), "upper", True, False, "center", True),
    "so-ky-hieu": Spec((13, 13), None, False, False, "center", True),
    "dia-danh-ngay": Spec((13, 14), None, False, True, "center", True),
    "ten-loai": Spec((13, 14), "upper", True, False, "center", True),
    "trich-yeu": Spec((13, 14), "lower", True, False, "center", True),
    "trich-yeu-cong-van": Spec((12, 13), "lower", False, False, "center", True),  # ô 5b, "V/v …"
    "kinh-gui": Spec((13, 14), None, False, False, None, False),  # ô 9a (PL I §II.9.d)
    "bang": Spec((12, 14), None, None, None, None, False),  # a table in the body: the body's 13–14, 12 in cells
    "can-cu": Spec((13, 14), None, None, True, None, False),
    "dau-khan": Spec((13, 14), "upper", True, False, None, False),
    "noi-nhan": Spec((12, 12), None, True, True, "left", True),
    "danh-sach-noi-nhan": Spec((11, 11), None, False, False, "left", True),
    "quyen-han": Spec((13, 14), "upper", True, False, "center", True),
    "ho-ten": Spec((13, 14), "lower", True, False, "center", True),
}


def _elements(layout: Layout) -> dict[str, list[Para]]:
    one = lambda p: [p] if p else []  # noqa: E731
    return {
        "quoc-hieu": one(layout.quoc_hieu), "tieu-ngu": one(layout.tieu_ngu),
        "co-quan-chu-quan": layout.parent_agency, "co-quan-ban-hanh": layout.issuing_agency,
        "so-ky-hieu": one(layout.number), "dia-danh-ngay": one(layout.place_date),
        "ten-loai": one(layout.type_name), "trich-yeu": layout.summary, "can-cu": layout.basis,
        "trich-yeu-cong-van": one(layout.cong_van_summary), "kinh-gui": layout.addressees,
        "bang": layout.table_cells,
        "dau-khan": [p for p in layout.marks if p.text.upper() in URGENCY],
        "noi-nhan": one(layout.noi_nhan), "danh-sach-noi-nhan": layout.recipients,
        "quyen-han": layout.authority, "ho-ten": one(layout.signer),
    }


def check(document, layout: Layout) -> list[Result]:
    results = [*page_size(document), *margins(document), *font_family(layout), *font_colour(layout)]
    found = _elements(layout)
    for name, spec in specs_of_form(layout).items():
        results += element_format(name, spec, found[name])
    results += [
        *quoc_hieu_text(layout), *quoc_hieu_one_line(layout), *tieu_ngu_text(layout),
        *number_form(layout), *place_date_form(layout),
        *line_under("tieu-ngu", layout, FULL), *line_under("co-quan-ban-hanh", layout, SHARE),
        *line_under("trich-yeu", layout, SHARE),
        *cong_van_summary_place(layout), *addressee_form(layout), *addressee_dashes(layout),
        *basis_punctuation(layout), *section_headings(layout),
        *body_size(layout), *body_alignment(layout), *body_slant(layout), *body_indent(layout),
        *body_spacing(layout), *body_line_spacing(layout), *closing_mark(layout),
        *recipients_punctuation(layout), *as_above(layout), *noi_nhan_level(layout), *signer_without_titles(layout),
        *page_numbers(document, layout),
    ]
    return results


def specs_of_form(layout: Layout) -> dict[str, Spec]:
    """A công văn (Mẫu 1.5, told by its "V/v" line) has no type name and no trích yếu of ô 5a, and must have
    Kính gửi; a document with a type name (Mẫu 1.4) has no ô 5b, and Kính gửi is optional."""
    if layout.cong_van_summary is None:
        return {name: spec for name, spec in SPECS.items() if name != "trich-yeu-cong-van"}
    specs = {name: spec for name, spec in SPECS.items() if name not in ("ten-loai", "trich-yeu")}
    specs["kinh-gui"] = dataclasses.replace(specs["kinh-gui"], required=True)
    return specs


def _verdict(good: bool) -> str:
    return OK if good else VIOLATION


def _pt(value: float) -> str:
    return f"{value:g} pt"


def _quote(text: str, limit: int = 60) -> str:
    return f"«{text if len(text) <= limit else text[:limit - 1] + '…'}»"


# — page (PL I §I) —

def page_size(document):
    sizes = [(s.page_width.mm, s.page_height.mm) for s in document.sections]
    a4 = all(sorted((round(w), round(h))) == [210, 297] for w, h in sizes)
    portrait = sizes[0][0] < sizes[0][1]
    shown = "; ".join(f"{w:.1f} × {h:.1f} mm" for w, h in dict.fromkeys((round(w, 1), round(h, 1)) for w, h in sizes))
    yield Result("page.paper", _verdict(a4 and portrait), shown, Ref("lint_expect_a4"))


def margins(document):
    ranges = {"top": (20, 25), "bottom": (20, 25), "left": (30, 35), "right": (15, 20)}
    for side, (low, high) in ranges.items():
        # one decimal, as a ruler shows: Word stores twips, so 20 mm is 20.002 mm
        values = sorted({round(getattr(s, f"{side}_margin").mm, 1) for s in document.sections})
        good = all(low <= v <= high for v in values)
        yield Result(f"page.margin-{side}", _verdict(good), ", ".join(f"{v:g}" for v in values) + " mm",
                     f"{low}–{high} mm")


def _all_paragraphs(layout: Layout) -> list[Para]:
    return layout.paragraphs + [p for _, ps in layout.header_paragraphs for p in ps]


def font_family(layout: Layout):
    fonts = sorted({font for p in _all_paragraphs(layout) for f in p.inked for font in f.fonts})
    yield Result("font.family", _verdict(fonts == [TEXT_FONT]), ", ".join(fonts) or "—", TEXT_FONT)


def font_colour(layout: Layout):
    # The marks of ô 10–11 are stamps, in red ink on paper (PL I §III.2.b): their colour is not checked.
    colours = sorted({f.colour.upper() for p in _all_paragraphs(layout) if p.text.upper() not in MARKS
                      for f in p.inked} - {"AUTO", "000000"})
    yield Result("font.colour", _verdict(not colours), ", ".join(colours) or Ref("lint_black"), Ref("lint_black"))


# — each element's size, case, weight, slant and alignment (PL I §II, §V) —

def element_format(name: str, spec: Spec, paras: list[Para]):
    if not paras:
        yield Result(name, VIOLATION if spec.required else ABSENT, Ref("lint_not_found"),
                     Ref("lint_required" if spec.required else "lint_optional"))
        return
    inked = [f for p in paras for f in p.inked]
    sizes = sorted({f.size for f in inked})
    yield Result(f"{name}.size", _verdict(all(spec.size[0] <= s <= spec.size[1] for s in sizes)),
                 ", ".join(f"{s:g}" for s in sizes) + " pt",
                 _pt(spec.size[0]) if spec.size[0] == spec.size[1] else f"{spec.size[0]:g}–{spec.size[1]:g} pt")
    if spec.case:
        upper = [is_upper(p.text) for p in paras]
        measured = "upper" if all(upper) else "lower" if not any(upper) else "mixed"
        yield Result(f"{name}.case", _verdict(measured == spec.case), Ref(f"lint_case_{measured}"),
                     Ref(f"lint_case_{spec.case}"))
    for prop, wanted, words in (("weight", spec.bold, ("bold", "regular")), ("slant", spec.italic, ("italic", "upright"))):
        if wanted is None:
            continue
        flags = {getattr(f, "bold" if prop == "weight" else "italic") for f in inked}
        measured = "mixed" if len(flags) > 1 else words[0] if flags == {True} else words[1]
        yield Result(f"{name}.{prop}", _verdict(flags == {wanted}), Ref(f"lint_{measured}"),
                     Ref(f"lint_{words[0] if wanted else words[1]}"))
    if spec.alignment:
        aligned = sorted({p.fmt.alignment for p in paras})
        yield Result(f"{name}.alignment", _verdict(aligned == [spec.alignment]), _aligned(*aligned),
                     _aligned(spec.alignment))


def _aligned(*values: str) -> tuple:
    return tuple(Ref(f"lint_align_{v}") for v in values)


# — texts and forms —

def quoc_hieu_text(layout: Layout):
    if layout.quoc_hieu:
        text = layout.quoc_hieu.text
        yield Result("quoc-hieu.text", _verdict(text in QUOC_HIEU), _quote(text), _quote(QUOC_HIEU[0]))


def quoc_hieu_one_line(layout: Layout):
    """The Quốc hiệu must never wrap: its width at its size against the room its cell gives it."""
    p = layout.quoc_hieu
    if p and p.inked:
        f = max(p.inked, key=lambda r: r.size)
        width = width_pt(p.text, f.size, f.bold) + p.lead
        yield Result("quoc-hieu.one-line", _verdict(width <= p.box_width()), f"{width:.1f} pt",
                     Ref("lint_expect_room", room=f"{p.box_width():.1f}"))


def tieu_ngu_text(layout: Layout):
    if layout.tieu_ngu:
        text = layout.tieu_ngu.text
        yield Result("tieu-ngu.text", _verdict(text == TIEU_NGU), _quote(text), _quote(TIEU_NGU))


def number_form(layout: Layout):
    """Ô 3: "Số: 05/TB-UBND": no spaces around "/", a leading zero below 10 (PL I §II.3.c)."""
    if layout.number:
        text = layout.number.text
        m = NUMBER.fullmatch(text)
        good = bool(m) and m.group(1) == nd30.two_digits_below_10(int(m.group(1)))
        yield Result("so-ky-hieu.text", _verdict(good), _quote(text), Ref("lint_expect_number"))


def place_date_form(layout: Layout):
    """Ô 4: "Hà Nội, ngày 05 tháng 01 năm 2020": days below 10 and months 1–2 with a leading zero (PL I §II.4)."""
    if not layout.place_date:
        return
    text = layout.place_date.text
    m = PLACE_DATE.fullmatch(text)
    good = False
    if m:
        import datetime as dt

        try:
            date = dt.date(int(m.group(4)), int(m.group(3)), int(m.group(2)))
        except ValueError:
            date = None
        good = date is not None and m.group(1)[0].isupper() and text.endswith(
            nd30.place_and_date("", date)[2:])
    yield Result("dia-danh-ngay.text", _verdict(good), _quote(text), Ref("lint_expect_date"))


# — lines (PL I §II.1.c, §II.2.b, §II.5.b) —

_LINE_OF = {"tieu-ngu": "tieu_ngu", "co-quan-ban-hanh": "issuing_agency", "trich-yeu": "summary"}


def line_under(name: str, layout: Layout, share: tuple[float, float]):
    texts = {"tieu-ngu": [layout.tieu_ngu] if layout.tieu_ngu else [], "co-quan-ban-hanh": layout.issuing_agency,
             "trich-yeu": layout.summary}[name]
    if not texts:
        return
    line = layout.lines.get(_LINE_OF[name])
    expected = Ref("lint_expect_line", low=f"{share[0]:.2f}", high=f"{share[1]:.2f}")
    if line is None:
        yield Result(f"{name}.line", VIOLATION, Ref("lint_no_line"), expected)
        return
    if line.length is None:
        yield Result(f"{name}.line", UNCHECKED, Ref("lint_line_vml"), expected)
        return
    text = max(p.text_width() for p in texts)
    ratio = line.length / text if text else 0
    yield Result(f"{name}.line", _verdict(share[0] - 0.005 <= ratio <= share[1] + 0.005),
                 Ref("lint_line_measured", length=f"{line.length:.1f}", text=f"{text:.1f}", ratio=f"{ratio:.2f}"),
                 expected)
    if line.offset is None:
        yield Result(f"{name}.line-centred", UNCHECKED, Ref("lint_line_anchored"), Ref("lint_expect_centred"))
    else:
        yield Result(f"{name}.line-centred", _verdict(abs(line.offset) <= CENTRE_TOLERANCE),
                     Ref("lint_offset", offset=f"{line.offset:+.1f}"), Ref("lint_expect_centred"))


# — the công văn form and Kính gửi (PL I §II.5.b, §II.9.d; Mẫu 1.5) —

def cong_van_summary_place(layout: Layout):
    """Ô 5b: "V/v …" centred under the number, in its column, 6 pt below it."""
    p, number = layout.cong_van_summary, layout.number
    if p is None or number is None:
        return
    column = [q for q in layout.paragraphs if q.container == number.container and q.text]
    under = p.container == number.container and column.index(p) == column.index(number) + 1
    yield Result("trich-yeu-cong-van.position", _verdict(under),
                 Ref("lint_under_number" if under else "lint_not_under_number"), Ref("lint_under_number"))
    if under:
        gap = number.fmt.after + p.fmt.before
        yield Result("trich-yeu-cong-van.spacing", _verdict(gap >= 6), _pt(round(gap, 1)), "≥ 6 pt")


def addressee_form(layout: Layout):
    """"Kính gửi:" and one addressee on its line; or, for several, each on a line "- …;", the last "- …."."""
    block = layout.addressees
    if not block:
        return
    label, lines = block[0].text, [p.text for p in block[1:]]
    if not lines:
        good = bool(re.fullmatch(r"Kính gửi: \S.*", label))
        bad = None if good else label
    else:
        bad = label if label != "Kính gửi:" else next(
            (t for t in lines[:-1] if not (t.startswith("- ") and t.endswith(";"))), None)
        if bad is None and not (lines[-1].startswith("- ") and lines[-1].endswith(".")):
            bad = lines[-1]
    yield Result("kinh-gui.punctuation", _verdict(bad is None),
                 _quote(bad) if bad else Ref("lint_all_lines", n=len(block)), Ref("lint_expect_addressees"))


def addressee_dashes(layout: Layout):
    """Several addressees: the dashes stand in a column under the colon of "Kính gửi:"."""
    block = layout.addressees
    if len(block) < 2:
        return
    label = block[0]
    f = label.inked[0] if label.inked else None
    if f is None:
        return
    start = label.text_centre() - label.text_width() / 2
    colon = start + width_pt("Kính gửi", f.size, f.bold)
    dashes = [p.fmt.left + p.fmt.first_line + p.lead for p in block[1:]]
    off = max(dashes, key=lambda x: abs(x - colon))
    yield Result("kinh-gui.dashes", _verdict(abs(off - colon) <= CENTRE_TOLERANCE and
                                             max(dashes) - min(dashes) <= 1),
                 Ref("lint_dashes", dash=f"{off:.1f}", colon=f"{colon:.1f}"), Ref("lint_expect_dashes"))


# — content (PL I §II.6) —

def basis_punctuation(layout: Layout):
    """Căn cứ lines: each ends ";", the last "." (PL I §II.6.a)."""
    lines = layout.basis
    if not lines:
        return
    bad = next((p for p in lines[:-1] if not p.text.endswith(";")), None)
    if bad is None and not lines[-1].text.endswith("."):
        bad = lines[-1]
    yield Result("can-cu.punctuation", _verdict(bad is None), _quote(bad.text[-40:]) if bad else
                 Ref("lint_all_lines", n=len(lines)), Ref("lint_expect_basis"))


def section_headings(layout: Layout):
    """Sections "I.", "II.": the heading in capitals and bold (PL I §V, row 6b)."""
    headings = [p for p in layout.body if SECTION_HEADING.match(p.text)]
    if not headings:
        return
    bad = next((p for p in headings if not is_upper(SECTION_HEADING.sub("", p.text))
                or not all(f.bold for f in p.inked)), None)
    yield Result("ten-muc.format", _verdict(bad is None), _quote(bad.text) if bad else
                 Ref("lint_all_lines", n=len(headings)), Ref("lint_expect_heading"))


def body_size(layout: Layout):
    if not layout.body:
        yield Result("noi-dung", VIOLATION, Ref("lint_not_found"), Ref("lint_required"))
        return
    sizes = sorted({f.size for p in layout.body for f in p.inked})
    yield Result("noi-dung.size", _verdict(all(13 <= s <= 14 for s in sizes)),
                 ", ".join(f"{s:g}" for s in sizes) + " pt", "13–14 pt")


def body_alignment(layout: Layout):
    bad = [p for p in layout.body if p.fmt.alignment != "both"]
    measured = Ref("lint_all_justified", n=len(layout.body)) if not bad else \
        Ref("lint_first_bad", value=Ref(f"lint_align_{bad[0].fmt.alignment}"), text=_quote(bad[0].text, 40),
            n=len(bad))
    if layout.body:
        yield Result("noi-dung.alignment", _verdict(not bad), measured, _aligned("both"))


def body_slant(layout: Layout):
    """The body is upright; căn cứ lines are italic and a word may be, but not a whole paragraph."""
    bad = [p for p in layout.body if p not in layout.basis and p.inked and all(f.italic for f in p.inked)]
    if layout.body:
        yield Result("noi-dung.slant", _verdict(not bad), _quote(bad[0].text, 40) if bad else Ref("lint_upright"),
                     Ref("lint_upright"))


def body_indent(layout: Layout):
    indents = sorted({round(p.fmt.first_line / CM, 3) for p in layout.body})
    if not layout.body:
        return
    good = all(any(abs(i - want) <= TWIP_CM for want in INDENTS_CM) for i in indents)
    yield Result("noi-dung.first-line-indent", _verdict(good), ", ".join(f"{i:.2f}" for i in indents) + " cm",
                 Ref("lint_expect_indent"))


def body_spacing(layout: Layout):
    """At least 6 pt between paragraphs: the space after one plus the space before the next."""
    body = layout.body
    if len(body) < 2:
        return
    gaps = [a.fmt.after + b.fmt.before for a, b in zip(body, body[1:])]
    yield Result("noi-dung.paragraph-spacing", _verdict(min(gaps) >= 6), _pt(round(min(gaps), 1)), "≥ 6 pt")


def body_line_spacing(layout: Layout):
    """From single to 1.5 lines; an exact or at-least spacing is read against the font's single line (1.15 em)."""
    multiples = set()
    for p in layout.body:
        f = p.fmt
        size = max((r.size for r in p.inked), default=14)
        if f.line is None:
            multiples.add(1.0)
        elif f.line_rule == "auto":
            multiples.add(round(f.line, 2))
        else:
            single = 1.15 * size
            multiples.add(round(max(f.line, single) / single if f.line_rule == "atLeast" else f.line / single, 2))
    if multiples:
        yield Result("noi-dung.line-spacing", _verdict(all(1.0 <= m <= 1.5 for m in multiples)),
                     Ref("lint_lines", value=", ".join(f"{m:g}" for m in sorted(multiples))),
                     Ref("lint_lines", value="1–1.5"))


def closing_mark(layout: Layout):
    """Every sample of Phụ lục III ends its content with "./."."""
    if layout.body:
        last = layout.body[-1].text
        yield Result("noi-dung.closing-mark", _verdict(last.endswith("./.")), _quote(last[-30:]), _quote("…./."))


# — Nơi nhận and signature (PL I §II.7, §II.9) —

def recipients_punctuation(layout: Layout):
    """Each line "- …;", the last "- Lưu: VT, <unit>, <copies>." (PL I §II.9.d)."""
    if layout.noi_nhan is not None:
        label = layout.noi_nhan.text
        yield Result("noi-nhan.text", _verdict(label == "Nơi nhận:"), _quote(label), _quote("Nơi nhận:"))
    lines = [p.text for p in layout.recipients]
    if len(lines) > 1 and DRAFTER.fullmatch(lines[-1]):
        lines = lines[:-1]
    if not lines:
        return
    bad = next((t for t in lines[:-1] if not (t.startswith("- ") and t.endswith(";"))), None)
    if bad is None and not ARCHIVE.fullmatch(lines[-1]):
        bad = lines[-1]
    yield Result("danh-sach-noi-nhan.punctuation", _verdict(bad is None),
                 _quote(bad) if bad else Ref("lint_all_lines", n=len(lines)), Ref("lint_expect_recipients"))


def as_above(layout: Layout):
    """A letter with Kính gửi opens its Nơi nhận with "- Như trên;" (PL I §II.9.b, Mẫu 1.5)."""
    if layout.addressees and layout.recipients:
        first = layout.recipients[0].text
        yield Result("danh-sach-noi-nhan.nhu-tren", _verdict(first == "- Như trên;"), _quote(first),
                     _quote("- Như trên;"))


def noi_nhan_level(layout: Layout):
    """"Nơi nhận:" stands level with the authority line: the same table row, or the same line."""
    label, first = layout.noi_nhan, layout.authority[0] if layout.authority else None
    if label is None or first is None:
        return
    row = lambda p: next(p.p.iterancestors(qn("w:tr")), None)  # noqa: E731
    level = row(label) is not None and row(label) is row(first) and \
        _position_in_cell(label) == _position_in_cell(first)
    yield Result("noi-nhan.level", _verdict(level), Ref("lint_level" if level else "lint_not_level"),
                 Ref("lint_level"))


def _position_in_cell(p: Para) -> int:
    """How many paragraphs stand above this one in its cell."""
    return sum(1 for _ in p.p.itersiblings(qn("w:p"), preceding=True))


def signer_without_titles(layout: Layout):
    """No học hàm, học vị before the signer's name (PL I §II.7.c)."""
    if layout.signer is not None:
        name = layout.signer.text
        yield Result("ho-ten.no-academic-title", _verdict(not nd30.has_academic_title(name)), _quote(name),
                     Ref("lint_expect_name"))


# — page numbers (PL I §I.7) —

PAGE_FIELD = re.compile(r"^\s*PAGE\b")


def _has_page_field(element) -> bool:
    simple = any(PAGE_FIELD.match(f.get(qn("w:instr"), "")) for f in element.iter(qn("w:fldSimple")))
    return simple or any(PAGE_FIELD.match(t.text or "") for t in element.iter(qn("w:instrText")))


def page_numbers(document, layout: Layout):
    section = document.sections[0]
    first_page = section.first_page_header if section.different_first_page_header_footer else section.header
    on_page_1 = not first_page.is_linked_to_previous and _has_page_field(first_page._element)
    yield Result("so-trang.page-1", _verdict(not on_page_1), Ref("lint_page_number" if on_page_1 else "lint_none"),
                 Ref("lint_none"))
    holders = [(name, ps) for name, ps in layout.header_paragraphs
               if not name.startswith("header:first") and any(_has_page_field(p.p) for p in ps)]
    where = sorted({name.split(":")[0] for name, _ in holders})
    yield Result("so-trang.position", _verdict(where == ["header"]),
                 Ref(f"lint_in_{where[0]}") if len(where) == 1 else Ref("lint_none") if not where else "header, footer",
                 Ref("lint_in_header"))
    paras = [p for _, ps in holders for p in ps if _has_page_field(p.p)]
    if paras:
        p = paras[0]
        f = p.inked[0] if p.inked else layout.styles.run(p.p)  # a field with no result text yet
        yield Result("so-trang.size", _verdict(13 <= f.size <= 14), _pt(f.size), "13–14 pt")
        yield Result("so-trang.slant", _verdict(not f.italic), Ref("lint_italic" if f.italic else "lint_upright"),
                     Ref("lint_upright"))
        yield Result("so-trang.alignment", _verdict(p.fmt.alignment == "center"), _aligned(p.fmt.alignment),
                     _aligned("center"))
