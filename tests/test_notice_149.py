"""The first notice, 149/TB-UBND (Hải Phòng, 24/3/2020), built for real: every sentence, in order, laid out
as Nghị định 30 says. Reference: tests/reference/149-TB-UBND-2020.txt (the published text)."""
from __future__ import annotations

import re

import docx
import pdfplumber
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm

from conftest import MM, TESTS, assert_in_order, docx_text, norm, pdf_text, pdf_words, sentences

REFERENCE = (TESTS / "reference" / "149-TB-UBND-2020.txt").read_text(encoding="utf-8")
# The extraction put a stray space in the symbol; the correct form has none (reference/README.md).
REFERENCE = REFERENCE.replace("149 /TB-UBND", "149/TB-UBND").replace("**", "")
BODY, _, TAIL = REFERENCE.partition("Nơi nhận:")
RECIPIENTS = [line.strip() for line in TAIL.splitlines() if line.strip().startswith("-")]
SIGNATURE = ["TL. ỦY BAN NHÂN DÂN", "CHÁNH VĂN PHÒNG", "Phạm Hưng Hùng"]
DEADLINES = ["trước ngày 25/3/2020", "trước ngày 31/3/2020"]


def test_every_sentence_of_the_reference_is_in_the_pdf_in_order(built_149):
    assert_in_order(sentences(BODY), pdf_text(built_149["pdf"]))


def test_every_sentence_of_the_reference_is_in_the_docx_in_order(built_149):
    text = docx_text(built_149["docx"])
    assert_in_order(sentences(BODY), text)
    assert_in_order(["Nơi nhận:", *RECIPIENTS], text)
    assert_in_order(SIGNATURE, text)


def test_restored_header_is_in_the_pdf(built_149):
    assert_in_order(["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "THÀNH PHỐ HẢI PHÒNG",
                     "Độc lập - Tự do - Hạnh phúc", "Số: 149/TB-UBND", "Hải Phòng, ngày 24 tháng 3 năm 2020"],
                    pdf_text(built_149["pdf"]))


def _signature_columns(pdf_path):
    """The text of the Nơi nhận column and of the signature column, read separately."""
    with pdfplumber.open(pdf_path) as pdf:
        page = next(p for p in pdf.pages if "Nơi nhận:" in (p.extract_text() or ""))
        label = next(w for w in page.extract_words() if w["text"] == "Nơi")
        split = 30 * MM + 78 * MM  # the left margin plus the Nơi nhận column of the template
        left = page.crop((0, label["top"] - 1, split, page.height)).extract_text()
        right = page.crop((split, label["top"] - 1, page.width, page.height)).extract_text()
    return left, right


def test_recipients_and_signature_in_the_pdf(built_149):
    left, right = _signature_columns(built_149["pdf"])
    assert [line.strip() for line in left.splitlines()] == ["Nơi nhận:", *RECIPIENTS]
    assert [line.strip() for line in right.splitlines()] == SIGNATURE


def _words_of(words, phrase):
    """The words of the first occurrence of `phrase` among a page's words."""
    parts = phrase.split()
    texts = [w["text"] for w in words]
    for i in range(len(texts) - len(parts) + 1):
        if texts[i:i + len(parts)] == parts:
            return words[i:i + len(parts)]
    raise AssertionError(f"{phrase!r} not on the page")


@pytest.mark.parametrize("phrase, size, bold, italic", [
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", (12, 13), True, False),  # ô 1 Quốc hiệu
    ("Độc lập - Tự do - Hạnh phúc", (13, 14), True, False),  # ô 1 Tiêu ngữ
    ("ỦY BAN NHÂN DÂN", (12, 13), True, False),  # ô 2 issuing agency
    ("Số: 149/TB-UBND", (13, 13), False, False),  # ô 3
    ("Hải Phòng, ngày 24 tháng 3 năm 2020", (13, 14), False, True),  # ô 4
    ("THÔNG BÁO", (13, 14), True, False),  # ô 5a tên loại
    ("Kết luận của Phó Chủ tịch", (13, 14), True, False),  # ô 5a trích yếu
    ("Ngày 20/3/2020, Phó Chủ tịch", (13, 14), False, False),  # ô 6 body
])
def test_page_1_sizes_and_styles(built_149, phrase, size, bold, italic):
    for word in _words_of(pdf_words(built_149["pdf"])[0], phrase):
        assert size[0] <= round(word["size"], 1) <= size[1], (phrase, word)
        assert ("Bold" in word["fontname"]) == bold, (phrase, word["fontname"])
        assert ("Italic" in word["fontname"]) == italic, (phrase, word["fontname"])
        assert "Serif" in word["fontname"] or "Times" in word["fontname"]


def test_last_page_sizes_and_styles(built_149):
    last = pdf_words(built_149["pdf"])[-1]
    for word in _words_of(last, "Nơi nhận:"):
        assert round(word["size"]) == 12 and "BoldItalic" in word["fontname"]
    for word in _words_of(last, "- Lưu: VT."):
        assert round(word["size"]) == 11 and "Bold" not in word["fontname"]
    for phrase in SIGNATURE:
        for word in _words_of(last, phrase):
            assert 13 <= round(word["size"]) <= 14 and "Bold" in word["fontname"]


def test_deadlines_are_bold_and_the_rest_of_the_item_is_not(built_149):
    words = [w for page in pdf_words(built_149["pdf"]) for w in page]
    found = 0
    for i, w in enumerate(words):
        if w["text"] == "trước" and words[i + 1]["text"] == "ngày" and words[i + 2]["text"][:2] in ("25", "31"):
            assert all("Bold" in x["fontname"] for x in words[i:i + 3])
            assert "Bold" not in words[i - 1]["fontname"]  # "… thành phố" before it is regular
            found += 1
    assert found == 4


def test_centred_and_justified(built_149):
    page = pdf_words(built_149["pdf"])[0]
    text_left, text_right = 30 * MM, 210 * MM - 20 * MM
    title = _words_of(page, "THÔNG BÁO")
    centre = (title[0]["x0"] + title[-1]["x1"]) / 2
    assert abs(centre - (text_left + text_right) / 2) < 2, "THÔNG BÁO is centred across the text width"
    date = _words_of(page, "Hải Phòng, ngày 24 tháng 3 năm 2020")
    motto = _words_of(page, "Độc lập - Tự do - Hạnh phúc")
    assert abs((date[0]["x0"] + date[-1]["x1"]) / 2 - (motto[0]["x0"] + motto[-1]["x1"]) / 2) < 2, \
        "the place and date stand centred under the Tiêu ngữ"
    body_lines = {}
    for w in page:
        if w["top"] > title[0]["bottom"] + 60 and round(w["size"]) == 14:
            body_lines.setdefault(round(w["top"]), []).append(w)
    right_edges = [max(w["x1"] for w in ws) for ws in body_lines.values()]
    flush = [x for x in right_edges if abs(x - text_right) < 1.5]
    assert len(flush) >= len(right_edges) / 2, "body lines reach the right margin (justified)"
    assert min(w["x0"] for ws in body_lines.values() for w in ws) == pytest.approx(text_left, abs=1.5)


def test_first_line_indent(built_149):
    page = pdf_words(built_149["pdf"])[0]
    first = _words_of(page, "Ngày 20/3/2020,")[0]
    indent_mm = (first["x0"] - 30 * MM) / MM
    assert 10 <= indent_mm <= 12.8


def test_page_numbers_from_page_2_centred_in_the_top_margin(built_149):
    pages = pdf_words(built_149["pdf"])
    assert len(pages) >= 2
    assert not [w for w in pages[0] if w["top"] < 20 * MM - 2], "no page number on page 1"
    for number, words in enumerate(pages[1:], start=2):
        header = [w for w in words if w["bottom"] < 20 * MM]
        assert [w["text"] for w in header] == [str(number)]
        centre = (header[0]["x0"] + header[0]["x1"]) / 2
        assert abs(centre - (30 * MM + (210 - 20) * MM) / 2) < 2
        assert 13 <= round(header[0]["size"]) <= 14


def test_pdf_is_a4_with_fonts_embedded(built_149):
    with pdfplumber.open(built_149["pdf"]) as pdf:
        for page in pdf.pages:
            assert (page.width / MM, page.height / MM) == (pytest.approx(210, abs=0.5), pytest.approx(297, abs=0.5))
        fonts = {c["fontname"] for page in pdf.pages for c in page.chars}
    # "ABCDEF+Name" is how a PDF names an embedded subset; Liberation Serif has Times New Roman's metrics.
    assert fonts and all(re.fullmatch(r"[A-Z]{6}\+(LiberationSerif|TimesNewRoman\w*)(-\w+)?", f) for f in fonts), fonts


def test_docx_page_setup_within_nd30(built_149):
    section = docx.Document(built_149["docx"]).sections[0]
    assert section.page_width.mm == pytest.approx(210, abs=0.1)
    assert section.page_height.mm == pytest.approx(297, abs=0.1)
    # Word stores twips: 20 mm is 1134 twips, 20.002 mm; one decimal is what a ruler shows.
    assert 20 <= round(section.top_margin.mm, 1) <= 25
    assert 20 <= round(section.bottom_margin.mm, 1) <= 25
    assert 30 <= round(section.left_margin.mm, 1) <= 35
    assert 15 <= round(section.right_margin.mm, 1) <= 20
    assert section.different_first_page_header_footer
    assert not norm(" ".join(p.text for p in section.first_page_header.paragraphs))


def _style(paragraph, attribute):
    """A paragraph property as Word resolves it: direct formatting, then the style and its bases."""
    value = getattr(paragraph.paragraph_format, attribute)
    style = paragraph.style
    while value is None and style is not None:
        value = getattr(style.paragraph_format, attribute)
        style = style.base_style
    return value


def test_docx_body_paragraphs(built_149):
    document = docx.Document(built_149["docx"])
    body = [p for p in document.paragraphs if p.text.startswith(("Ngày 20/3/2020", "1. Trong", "- Về sắp xếp"))]
    assert len(body) == 3
    for p in body:
        assert _style(p, "alignment") == WD_ALIGN_PARAGRAPH.JUSTIFY
        assert Mm(10) <= _style(p, "first_line_indent") <= Mm(12.7)
        assert _style(p, "space_after").pt >= 6
        spacing = _style(p, "line_spacing")
        assert spacing is None or 1.0 <= spacing <= 1.5
        assert 13 <= p.style.font.size.pt <= 14


def test_text_is_nfc_and_keeps_its_diacritics(built_149):
    import unicodedata

    text = pdf_text(built_149["pdf"])
    assert text == unicodedata.normalize("NFC", text)
    for word in ("Ủy", "Hải Phòng", "Nguyễn Xuân Bình", "đầy mạnh", "Thủy Nguyên", "hiện đại hóa"):
        assert word in text


def _span(words):
    return words[0]["x0"], max(w["x1"] for w in words), max(w["bottom"] for w in words)


def _line_below(lines, x0, x1, bottom):
    centre = (x0 + x1) / 2
    below = [line for line in lines if 0 < line["top"] - bottom < 12 and line["x0"] < centre < line["x1"]]
    assert below, f"no line drawn within 12 pt under the text ending at {bottom:.1f}"
    return min(below, key=lambda line: line["top"])


def test_lines_under_agency_motto_and_summary(built_149):
    with pdfplumber.open(built_149["pdf"]) as pdf:
        page = pdf.pages[0]
        lines = [line for line in page.lines if abs(line["top"] - line["bottom"]) < 0.5]
        words = page.extract_words()
    checks = [  # (text above, shortest and longest share of the text's length) — PL I §II.1.c, §II.2.b, §II.5.b
        ("THÀNH PHỐ HẢI PHÒNG", 1 / 3, 1 / 2),
        ("Độc lập - Tự do - Hạnh phúc", 0.98, 1.02),
        ("cải cách hành chính và xây dựng Chính quyền điện tử thành phố", 1 / 3, 1 / 2),
    ]
    for phrase, shortest, longest in checks:
        x0, x1, bottom = _span(_words_of(words, phrase))
        line = _line_below(lines, x0, x1, bottom)
        length = line["x1"] - line["x0"]
        assert shortest * (x1 - x0) <= length <= longest * (x1 - x0), (phrase, length, x1 - x0)
        assert abs((line["x0"] + line["x1"]) / 2 - (x0 + x1) / 2) < 2, f"the line under {phrase!r} is centred"
