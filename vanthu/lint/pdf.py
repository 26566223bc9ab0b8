"""`lint --pdf`: what only the rendered pages show, measured with pdfplumber: the Quốc hiệu on one line, the
page numbers centred in the top margin from page 2 on, the lengths of the drawn lines, the text inside the
margins, and the centring of the type name and of the date under the Tiêu ngữ.

A PDF whose fonts carry no Unicode map (some Word exports) shows no words: those rules say "not measured".
"""
from __future__ import annotations

from pathlib import Path

import pdfplumber
from pdfminer.pdfparser import PDFSyntaxError

from vanthu.i18n import Ref
from vanthu.lint.elements import Layout, Para
from vanthu.lint.rules import CENTRE_TOLERANCE, FULL, MM, OK, SHARE, UNCHECKED, VIOLATION, Result, _verdict

MINIMUM_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}  # PL I §I.3
EDGE = 0.5 * MM  # what a margin may be short by before it counts: rounding of twips and glyph overhang


def check(pdf: Path, document, layout: Layout) -> list[Result] | tuple[str, dict]:
    if not pdf.exists():
        return ("lint_pdf_missing", {"file": str(pdf)})
    try:
        with pdfplumber.open(pdf) as opened:
            pages = [(page.width, page.height, page.extract_words(extra_attrs=["size"]), _segments(page))
                     for page in opened.pages]
    except (OSError, PDFSyntaxError, ValueError) as exc:
        return ("lint_pdf_unreadable", {"file": str(pdf), "reason": str(exc) or type(exc).__name__})
    section = document.sections[0]
    margins = {side: getattr(section, f"{side}_margin").pt for side in ("top", "bottom", "left", "right")}
    width, _, words, segments = pages[0]
    text_centre = (margins["left"] + width - margins["right"]) / 2
    furniture = {w for _, ps in layout.header_paragraphs for p in ps for w in p.text.split()}
    results = [*paper(pages), *text_area(pages, margins, furniture), *page_numbers(pages, margins, text_centre),
               *one_line(words, layout.quoc_hieu)]
    for name, texts, share in (("tieu-ngu", [layout.tieu_ngu] if layout.tieu_ngu else [], FULL),
                               ("co-quan-ban-hanh", layout.issuing_agency, SHARE),
                               ("trich-yeu", layout.summary, SHARE)):
        results += line_below(name, words, segments, texts, share)
    results += centred("ten-loai", words, layout.type_name, lambda: text_centre)
    motto = _locate(words, layout.tieu_ngu)
    results += centred("dia-danh-ngay", words, layout.place_date, lambda: motto and _centre(motto))
    return results


def _segments(page) -> list[tuple[float, float, float]]:
    """Horizontal strokes on the page, as (x0, x1, y): lines, and rectangles or curves no thicker than 2 pt."""
    found = {(round(o["x0"], 1), round(o["x1"], 1), round(o["top"], 1))
             for o in [*page.lines, *page.rects, *page.curves] if o["bottom"] - o["top"] <= 2 and o["x1"] - o["x0"] > 5}
    return sorted(found, key=lambda s: s[2])


def _locate(words: list[dict], para: Para | None) -> list[dict] | None:
    """The words of a paragraph on the page, in order. Words of the column beside it may stand between them
    where it shares lines with another cell (a wrapped Quốc hiệu beside the agency's name)."""
    if para is None or not para.text:
        return None
    wanted = para.text.split()
    texts = [w["text"] for w in words]
    for start in (i for i, t in enumerate(texts) if t == wanted[0]):
        found, j = [words[start]], start + 1
        for word in wanted[1:]:
            gap = texts[j:j + 12]  # a line of the other column at most
            if word not in gap:
                break
            j += gap.index(word)
            found.append(words[j])
            j += 1
        if len(found) == len(wanted):
            return found
    return None


def _lines(found: list[dict]) -> list[list[dict]]:
    rows: list[list[dict]] = []
    for w in found:
        if rows and abs(rows[-1][0]["top"] - w["top"]) <= 2:
            rows[-1].append(w)
        else:
            rows.append([w])
    return rows


def _centre(found: list[dict]) -> float:
    return (min(w["x0"] for w in found) + max(w["x1"] for w in found)) / 2


def paper(pages):
    sizes = sorted({(round(w / MM), round(h / MM)) for w, h, _, _ in pages})
    good = all(sorted(s) == [210, 297] for s in sizes)
    yield Result("page.pdf-paper", _verdict(good), "; ".join(f"{w} × {h} mm" for w, h in sizes),
                 Ref("lint_expect_a4"))


def text_area(pages, margins: dict, furniture: set[str]):
    """The text stays inside the margins of Phụ lục I §I.3 on every page. The words of the page headers and
    footers (page numbers, a mark of ô 11, the address of ô 13) stand in the margins by design and are left out."""
    inside = {"top": [], "bottom": [], "left": [], "right": []}
    for width, height, words, _ in pages:
        body = [w for w in words if not ((w["top"] < margins["top"] or w["bottom"] > height - margins["bottom"])
                                         and (w["text"] in furniture or w["text"].isdigit()))]
        if not body:
            continue
        inside["left"].append(min(w["x0"] for w in body))
        inside["right"].append(width - max(w["x1"] for w in body))
        inside["top"].append(min(w["top"] for w in body))
        inside["bottom"].append(height - max(w["bottom"] for w in body))
    if not inside["left"]:
        yield Result("page.pdf-text-area", UNCHECKED, Ref("lint_pdf_no_words"), Ref("lint_pdf_expect_inside"))
        return
    least = {side: min(values) for side, values in inside.items()}
    good = all(least[side] >= MINIMUM_MM[side] * MM - EDGE for side in least)
    yield Result("page.pdf-text-area", _verdict(good),
                 Ref("lint_pdf_margins", **{side: f"{least[side] / MM:.1f}" for side in least}),
                 Ref("lint_pdf_margins", **{side: f"≥ {mm}" for side, mm in MINIMUM_MM.items()}))


def page_numbers(pages, margins: dict, text_centre: float):
    """No number on page 1; from page 2 on one number, centred in the top margin, 13–14 pt. A page that opens
    an appendix (Phụ lục) may start its own numbering."""
    problems = []
    for n, (_, _, words, _) in enumerate(pages, start=1):
        head = [w for w in words if w["bottom"] <= margins["top"]]
        below = [w["text"] for w in words if w["bottom"] > margins["top"]][:3]
        if n == 1:  # a mark of ô 11 may stand up there; a number may not
            head = [w for w in head if w["text"].isdigit()]
            if head:
                problems.append(Ref("lint_pdf_number_on_1", text=" ".join(w["text"] for w in head)))
            continue
        if not head:
            if not (below and below[0].startswith("Phụ")):
                problems.append(Ref("lint_pdf_number_missing", page=n))
            continue
        number = head[0]
        if len(head) != 1 or not number["text"].isdigit():
            problems.append(Ref("lint_pdf_number_text", page=n, text=" ".join(w["text"] for w in head)))
        elif abs(_centre(head) - text_centre) > CENTRE_TOLERANCE or not 13 <= round(number["size"], 1) <= 14:
            problems.append(Ref("lint_pdf_number_place", page=n, offset=f"{_centre(head) - text_centre:+.1f}",
                                size=f"{number['size']:g}"))
    measured = problems[0] if problems else Ref("lint_pdf_numbers_ok", pages=len(pages))
    yield Result("so-trang.pdf-numbers", _verdict(not problems), measured, Ref("lint_pdf_expect_numbers"))


def one_line(words, quoc_hieu: Para | None):
    found = _locate(words, quoc_hieu)
    if quoc_hieu is None:
        return
    if found is None:
        yield Result("quoc-hieu.pdf-one-line", UNCHECKED, Ref("lint_pdf_no_words"), Ref("lint_pdf_lines", n=1))
        return
    rows = len(_lines(found))
    yield Result("quoc-hieu.pdf-one-line", _verdict(rows == 1), Ref("lint_pdf_lines", n=rows),
                 Ref("lint_pdf_lines", n=1))


def line_below(name: str, words, segments, texts: list[Para], share: tuple[float, float]):
    if not texts:
        return
    expected = Ref("lint_expect_line", low=f"{share[0]:.2f}", high=f"{share[1]:.2f}")
    found = [w for p in texts for w in (_locate(words, p) or [])]
    if len(found) < sum(len(p.text.split()) for p in texts):
        yield Result(f"{name}.pdf-line", UNCHECKED, Ref("lint_pdf_no_words"), expected)
        return
    rows = _lines(sorted(found, key=lambda w: (round(w["top"]), w["x0"])))
    widest = max(rows, key=lambda r: max(w["x1"] for w in r) - min(w["x0"] for w in r))
    left, right = min(w["x0"] for w in widest), max(w["x1"] for w in widest)
    bottom = max(w["bottom"] for w in found)
    below = [s for s in segments if bottom - 2 <= s[2] <= bottom + 20 and s[0] < right and s[1] > left]
    if not below:
        yield Result(f"{name}.pdf-line", VIOLATION, Ref("lint_no_line"), expected)
        return
    x0, x1, _ = below[0]
    ratio = (x1 - x0) / (right - left)
    offset = (x0 + x1) / 2 - (left + right) / 2
    good = share[0] - 0.005 <= ratio <= share[1] + 0.005 and abs(offset) <= CENTRE_TOLERANCE
    yield Result(f"{name}.pdf-line", _verdict(good),
                 Ref("lint_pdf_line", length=f"{x1 - x0:.1f}", text=f"{right - left:.1f}", ratio=f"{ratio:.2f}",
                     offset=f"{offset:+.1f}"), Ref("lint_pdf_expect_line", low=f"{share[0]:.2f}",
                                                    high=f"{share[1]:.2f}"))


def centred(name: str, words, para: Para | None, target):
    if para is None:
        return
    found = _locate(words, para)
    where = target()
    if not found or not where:
        yield Result(f"{name}.pdf-centred", UNCHECKED, Ref("lint_pdf_no_words"), Ref("lint_expect_centred"))
        return
    offset = _centre(found) - where
    yield Result(f"{name}.pdf-centred", OK if abs(offset) <= CENTRE_TOLERANCE else VIOLATION,
                 Ref("lint_offset", offset=f"{offset:+.1f}"), Ref("lint_expect_centred"))
