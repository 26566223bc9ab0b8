"""Every variant of Nghị định 30's layout, as the example notices under notices/ use them, read from the PDF
and the DOCX that the build writes (PL I §II–III; rules and figures in ../shared/nd30-format.md)."""
from __future__ import annotations

import docx
import pdfplumber
import pytest
from docx.oxml.ns import qn

from conftest import MM, PROJECT, pdf_words

VPCP = "vpcp/2026/1205-TB-VPCP"
WARD = "phuong-hoan-kiem/2026/08-TB-UBND"
WARD_ACTING = "phuong-hoan-kiem/2026/11-TB-UBND"
DEPARTMENT = "so-cong-thuong-lao-cai/2026/1931-TB-SCT"
DEPARTMENT_TUQ = "so-cong-thuong-lao-cai/2026/1960-TB-SCT"
PROVINCE = "ubnd-tinh-ninh-binh/2026/215-TB-UBND"
TEXT_LEFT, TEXT_RIGHT = 30 * MM, 190 * MM


def words_of(words, phrase, last=False):
    """The words of the first (or last) occurrence of `phrase`."""
    parts = phrase.split()
    texts = [w["text"] for w in words]
    starts = [i for i in range(len(texts) - len(parts) + 1) if texts[i:i + len(parts)] == parts]
    assert starts, f"{phrase!r} not found"
    i = starts[-1] if last else starts[0]
    return words[i:i + len(parts)]


def styled(words, size, bold, italic):
    for w in words:
        assert round(w["size"]) == size, (w["text"], w["size"])
        assert ("Bold" in w["fontname"]) == bold, (w["text"], w["fontname"])
        assert ("Italic" in w["fontname"]) == italic, (w["text"], w["fontname"])


def test_parent_agency_not_bold_above_the_bold_issuing_agency(built_examples):
    page = pdf_words(built_examples[DEPARTMENT]["pdf"])[0]
    parent, issuer = words_of(page, "UBND TỈNH LÀO CAI"), words_of(page, "SỞ CÔNG THƯƠNG")
    styled(parent, 12, bold=False, italic=False)
    styled(issuer, 12, bold=True, italic=False)
    assert parent[0]["top"] < issuer[0]["top"]
    centre = lambda ws: (ws[0]["x0"] + ws[-1]["x1"]) / 2  # noqa: E731
    assert abs(centre(parent) - centre(issuer)) < 1.5, "the issuing agency is centred under its parent"


def test_legal_basis_lines_are_italic_and_punctuated(built_examples):
    document = docx.Document(built_examples[WARD]["docx"])
    lines = [p for p in document.paragraphs if p.style.name == "Căn cứ"]
    assert [p.text[-1] for p in lines] == [";", ";", "."]
    assert all(p.style.font.italic for p in lines)
    page = pdf_words(built_examples[WARD]["pdf"])[0]
    styled(words_of(page, "Căn cứ Luật Tổ chức chính quyền địa phương"), 14, bold=False, italic=True)


def test_sections_are_upper_case_bold_with_roman_numbers_then_points(built_examples):
    page = pdf_words(built_examples[PROVINCE]["pdf"])[0]
    styled(words_of(page, "I. ĐÁNH GIÁ CHUNG"), 14, bold=True, italic=False)
    styled(words_of(page, "II. NHIỆM VỤ THỜI GIAN TỚI"), 14, bold=True, italic=False)
    styled(words_of(page, "a) Lập kế hoạch"), 14, bold=False, italic=False)
    words_of(page, "b) Tập trung thi công")


@pytest.mark.parametrize("stem, chain", [
    ("2020/149-TB-UBND", ["TL. ỦY BAN NHÂN DÂN", "CHÁNH VĂN PHÒNG", "Phạm Hưng Hùng"]),
    (VPCP, ["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Trần Văn Sơn"]),
    (WARD, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Thu Hà"]),
    (WARD_ACTING, ["TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH", "Đỗ Quang Vinh"]),
    (DEPARTMENT, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Thuân"]),
    (DEPARTMENT_TUQ, ["TUQ. GIÁM ĐỐC", "TRƯỞNG PHÒNG QUẢN LÝ THƯƠNG MẠI", "Nguyễn Thị Mai"]),
    (PROVINCE, ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Vũ Đức Long"]),
])
def test_signature_chains(built_examples, stem, chain):
    with pdfplumber.open(built_examples[stem]["pdf"]) as pdf:
        page = next(p for p in pdf.pages if "Nơi nhận:" in (p.extract_text() or ""))
        top = next(w for w in page.extract_words() if w["text"] == "Nơi")["top"]
        column = page.crop((30 * MM + 78 * MM, top - 1, page.width, page.height - 20 * MM))
        text = column.extract_text() or ""
        words = column.extract_words(extra_attrs=["fontname", "size"])
    assert " ".join(text.split()) == " ".join(chain), "a line too long for the column may wrap, in order"
    styled(words, 14, bold=True, italic=False)


def _box_around(page, words, tolerance=6):
    """The rectangle drawn by paragraph borders around `words`: its four edges near the words' extent."""
    x0, x1 = words[0]["x0"], words[-1]["x1"]
    top, bottom = min(w["top"] for w in words), max(w["bottom"] for w in words)
    edges = [e for e in page.edges if e["x0"] - tolerance <= x0 and x1 <= e["x1"] + tolerance
             or e["top"] - tolerance <= top and bottom <= e["bottom"] + tolerance]
    horizontal = [e for e in edges if e["orientation"] == "h" and e["x0"] <= x0 and e["x1"] >= x1]
    vertical = [e for e in edges if e["orientation"] == "v" and e["top"] <= top + 2 and e["bottom"] >= bottom - 2]
    above = [e for e in horizontal if 0 <= top - e["top"] <= tolerance]
    below = [e for e in horizontal if 0 <= e["top"] - bottom <= tolerance]
    left = [e for e in vertical if 0 <= x0 - e["x0"] <= tolerance]
    right = [e for e in vertical if 0 <= e["x0"] - x1 <= tolerance]
    return above and below and left and right


@pytest.mark.parametrize("stem, mark", [(VPCP, "HỎA TỐC"), (DEPARTMENT, "KHẨN"), (PROVINCE, "MẬT")])
def test_urgency_and_confidentiality_marks_boxed_at_the_left_under_the_number(built_examples, stem, mark):
    with pdfplumber.open(built_examples[stem]["pdf"]) as pdf:
        page = pdf.pages[0]
        words = page.extract_words(extra_attrs=["fontname", "size", "non_stroking_color"])
        found = words_of(words, mark)
        number = next(w for w in words if w["text"] == "Số:")
        styled(found, 13, bold=True, italic=False)
        assert found[0]["top"] > number["bottom"], "below the Số line"
        assert found[0]["x0"] - TEXT_LEFT < 10, "at the left edge of the text"
        assert all(tuple(w["non_stroking_color"]) in ((1, 0, 0), (1.0, 0.0, 0.0)) for w in found), "red"
        assert _box_around(page, found), "a single-border box around the mark"


def test_circulation_note_boxed_in_the_top_margin_of_page_1_only(built_examples):
    with pdfplumber.open(built_examples[WARD]["pdf"]) as pdf:
        first = pdf.pages[0]
        words = first.extract_words(extra_attrs=["fontname", "size"])
        note = words_of(words, "LƯU HÀNH NỘI BỘ")
        assert note[-1]["bottom"] < 20 * MM, "in the top margin, above the Quốc hiệu"
        quoc_hieu = words_of(words, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        assert quoc_hieu[0]["x0"] - 5 < note[0]["x0"] and note[-1]["x1"] < quoc_hieu[-1]["x1"] + 5
        styled(note, 13, bold=True, italic=False)
        assert _box_around(first, note)
        for page in pdf.pages[1:]:
            assert "LƯU HÀNH NỘI BỘ" not in (page.extract_text() or "")


def test_archive_line_and_drafter_mark(built_examples):
    last = pdf_words(built_examples[DEPARTMENT]["pdf"])[-1]
    archive = words_of(last, "- Lưu: VT, KTATMT, 02.")
    drafter = words_of(last, "MC.(8)")
    styled(archive + drafter, 11, bold=False, italic=False)
    assert drafter[0]["top"] > archive[0]["bottom"] - 1, "ô 12 comes after the Lưu line"


def test_agency_address_at_the_foot_of_page_1_only_below_a_full_width_line(built_examples):
    with pdfplumber.open(built_examples[DEPARTMENT]["pdf"]) as pdf:
        first = pdf.pages[0]
        words = first.extract_words(extra_attrs=["fontname", "size"])
        address = words_of(words, "Địa chỉ: Tầng 5,")
        styled(address, 11, bold=False, italic=False)
        assert address[0]["top"] > first.height - 20 * MM, "in the bottom margin of page 1"
        line = [e for e in first.edges if e["orientation"] == "h" and 0 < address[0]["top"] - e["top"] < 10]
        assert line and line[0]["x1"] - line[0]["x0"] > 0.98 * (TEXT_RIGHT - TEXT_LEFT), "full-width line above"
        for page in pdf.pages[1:]:
            assert "Địa chỉ:" not in (page.extract_text() or "")


def test_appendices_each_on_a_new_page_with_their_own_numbering(built_examples):
    with pdfplumber.open(built_examples[PROVINCE]["pdf"]) as pdf:
        texts = [page.extract_text() or "" for page in pdf.pages]
        tops = [page.within_bbox((0, 0, page.width, 20 * MM - 1)).extract_text() or "" for page in pdf.pages]
    first_i = next(i for i, t in enumerate(texts) if t.lstrip().startswith("Phụ lục I\n"))
    second_i = next(i for i, t in enumerate(texts) if t.lstrip().startswith("Phụ lục II\n"))
    assert 0 < first_i < second_i
    assert "TÌNH HÌNH GIẢI NGÂN CÁC DỰ ÁN TRỌNG ĐIỂM" in texts[first_i]
    assert ("(Kèm theo Thông báo số 215/TB-UBND ngày 18 tháng 9 năm 2026 của Ủy ban nhân dân tỉnh Ninh Bình)"
            in " ".join(texts[first_i].split()))
    assert not tops[first_i].strip() and not tops[second_i].strip(), "an appendix's first page shows no number"
    document = docx.Document(built_examples[PROVINCE]["docx"])
    restarts = [s._sectPr.find(qn("w:pgNumType")) for s in document.sections]
    assert len(document.sections) == 3
    assert restarts[0] is None and all(r is not None and r.get(qn("w:start")) == "1" for r in restarts[1:])


def test_electronic_signature_and_seal_images(built_examples):
    with pdfplumber.open(built_examples[VPCP]["pdf"]) as pdf:
        page = next(p for p in pdf.pages if "Trần Văn Sơn" in (p.extract_text() or ""))
        images = sorted(page.images, key=lambda i: i["height"])
        words = page.extract_words()
    assert len(images) == 2
    signature, seal = images  # the signature is 20 mm high, the seal 36 mm
    assert seal["width"] / MM == pytest.approx(36, abs=0.5), "the seal at its real size"
    assert seal["x0"] < signature["x0"] < seal["x1"] <= signature["x0"] + signature["width"] / 2, \
        "the seal overlaps about a third of the signature, on its left"
    title = words_of(words, "PHÓ CHỦ NHIỆM", last=True)
    name = words_of(words, "Trần Văn Sơn", last=True)
    assert title[0]["bottom"] <= signature["top"] + 1 and signature["bottom"] <= name[0]["top"] + 1, \
        "the signature stands between the title and the name"


def test_without_electronic_issue_the_room_to_sign_stays_blank(built_examples):
    with pdfplumber.open(built_examples[DEPARTMENT]["pdf"]) as pdf:
        page = pdf.pages[-1]
        words = page.extract_words()
        assert not page.images
    title, name = words_of(words, "PHÓ GIÁM ĐỐC", last=True), words_of(words, "Hoàng Văn Thuân", last=True)
    assert (name[0]["top"] - title[0]["bottom"]) / MM > 20, "room for a hand signature and the seal"


def test_quoc_hieu_and_tieu_ngu_each_on_one_line_in_every_example(built_examples):
    for stem, paths in built_examples.items():
        page = pdf_words(paths["pdf"])[0]
        for phrase in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"):
            tops = {round(w["top"]) for w in words_of(page, phrase)}
            assert len(tops) == 1, f"{stem}: {phrase!r} wraps"


def test_an_agency_template_in_the_project_is_used(project):
    """A clerk restyles a copy of the template in Word (here: the body at 13 pt) and names it in the settings."""
    from docx.shared import Pt

    from conftest import TESTS
    from vanthu.engine import pipeline

    (project / "templates").mkdir()
    restyled = docx.Document(PROJECT / "templates" / "thong-bao.docx")
    restyled.styles["Nội dung"].font.size = Pt(13)
    restyled.save(project / "templates" / "uy-ban.docx")
    settings = project / "notices" / "_agency.yaml"
    settings.write_text(settings.read_text(encoding="utf-8") + "template: templates/uy-ban.docx\n", encoding="utf-8")
    notice = project / "notices" / "2026" / "05-TB-UBND.yaml"
    notice.write_text((TESTS / "fixtures" / "minimal.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    outcome = pipeline.build([notice], project / "build", converter="none")
    assert not outcome.problems.errors, [p.format() for p in outcome.problems]
    built = docx.Document(outcome.built[0][0])
    body = next(p for p in built.paragraphs if p.text.startswith("1. Nội dung thứ nhất"))
    assert body.style.font.size == Pt(13)


CONG_VAN = "so-cong-thuong-lao-cai/2026/2015-SCT-CN"


def test_cong_van_form_no_type_name_v_v_under_the_number(built_examples):
    """Mẫu 1.5: no type name; "V/v …" 12–13 pt upright, centred under "Số: …/SCT-CN" in the left column."""
    page = pdf_words(built_examples[CONG_VAN]["pdf"])[0]
    assert "THÔNG" not in [w["text"] for w in page], "a công văn has no type name"
    number = words_of(page, "Số: 2015/SCT-CN")
    summary = words_of(page, "V/v thông báo kết quả kiểm tra")
    styled(summary, 12, bold=False, italic=False)
    styled(number, 13, bold=False, italic=False)
    gap = summary[0]["top"] - number[0]["bottom"]
    assert 0 < gap < 12, "directly under the number"
    assert summary[0]["x0"] > TEXT_LEFT and max(w["x1"] for w in page if w["text"] == "V/v") < TEXT_LEFT + 62 * MM
    line = [w for w in page if abs(w["top"] - summary[0]["top"]) < 2 and w["x0"] < TEXT_LEFT + 62 * MM]
    centre = (min(w["x0"] for w in line) + max(w["x1"] for w in line)) / 2
    assert abs(centre - (TEXT_LEFT + 31 * MM)) < 3, "centred in the left column"


def test_kinh_gui_list_dashes_under_the_colon_then_upright_can_cu(built_examples):
    page = pdf_words(built_examples[CONG_VAN]["pdf"])[0]
    label = words_of(page, "Kính gửi:")
    styled(label, 14, bold=False, italic=False)
    colon = label[-1]["x1"] - (label[-1]["x1"] - label[-1]["x0"]) / len(label[-1]["text"])  # the colon's left edge
    lines = [words_of(page, f"- {name}") for name in (
        "Công ty cổ phần Xây dựng giao thông Yên Bái;", "Tổng công ty Xây dựng Trường Sơn;", "Công ty TNHH Hiệp Phú.")]
    for words in lines:
        styled(words, 14, bold=False, italic=False)
        assert abs(words[0]["x0"] - colon) < 2, "the dashes stand in a column under the colon"
        assert words[0]["top"] > label[0]["bottom"] - 1
    basis = words_of(page, "Căn cứ Quyết định số 1050/QĐ-SCT")
    styled(basis, 14, bold=False, italic=False)
    assert basis[0]["top"] > lines[-1][0]["bottom"], "the căn cứ come after Kính gửi"
    own_sentence = words_of(page, "Sở Công Thương thông báo như sau:")
    styled(own_sentence, 14, bold=False, italic=False)
    text = " ".join(w["text"] for w in page)
    assert "tỉnh Lào Cai; Căn cứ kết quả kiểm tra" in text, "each căn cứ but the last ends «;»"
    assert "như sau: 1. Kết quả kiểm tra:" in text, "the last, a sentence of its own, as typed"


def test_cong_van_recipients_open_with_nhu_tren(built_examples):
    last = pdf_words(built_examples[CONG_VAN]["pdf"])[-1]
    first = words_of(last, "- Như trên;")
    styled(first + words_of(last, "- Ban Giám đốc Sở;") + words_of(last, "- Lưu: VT, CN, 02."), 11, False, False)
    assert first[0]["top"] < words_of(last, "- Ban Giám đốc Sở;")[0]["top"]


WARD_TABLE = "ubnd-phuong-cam-duong/2026/152-TB-UBND"
TABLE_HEADER = ["STT", "Ngày", "Công trình", "Địa điểm", "Nội dung kiểm tra"]


def test_one_addressee_on_the_line_of_kinh_gui_then_can_cu_leading_into_the_next_sentence(built_examples):
    page = pdf_words(built_examples[WARD_TABLE]["pdf"])[0]
    line = words_of(page, "Kính gửi: Công ty cổ phần Đầu tư xây dựng hạ tầng và giao thông")
    styled(line, 14, bold=False, italic=False)
    assert len({round(w["top"]) for w in line}) == 1, "one addressee stands on the line of «Kính gửi:»"
    centre = (line[0]["x0"] + line[-1]["x1"]) / 2
    assert abs(centre - (TEXT_LEFT + TEXT_RIGHT) / 2) < 3, "centred"
    title = words_of(page, "THÔNG BÁO")
    assert title[0]["top"] < line[0]["top"], "under the type name and the trích yếu (ô 9a below ô 5a)"
    basis = words_of(page, "Căn cứ Luật Xây dựng")
    styled(basis, 14, bold=False, italic=False)
    assert basis[0]["top"] > line[0]["bottom"]
    text = " ".join(w["text"] for w in page)
    assert "tỉnh Lào Cai; Ủy ban nhân dân phường Cam Đường công khai lịch kiểm tra" in text, \
        "the last căn cứ ends «;» and the next sentence follows"


def test_body_table_runs_across_a_page_break_with_its_header_row_repeated(built_examples):
    with pdfplumber.open(built_examples[WARD_TABLE]["pdf"]) as pdf:
        pages = [p for p in pdf.pages if "Công trình" in (p.extract_text() or "")]
        assert len(pages) >= 2, "the table runs onto a second page"
        body_rows = []
        for page in pages[:2]:
            words = page.extract_words(extra_attrs=["fontname", "size"])
            header = words_of(words, " ".join(TABLE_HEADER))
            styled(header, 13, bold=True, italic=False)
            tables = page.find_tables()
            assert tables, "drawn as a table with borders"
            rows = tables[0].extract()
            assert [" ".join((c or "").split()) for c in rows[0]] == TABLE_HEADER, "the header row heads the page"
            body_rows += [[" ".join((c or "").split()) for c in row] for row in rows[1:]]
            cells = [w for w in words if w["top"] > header[0]["bottom"] + 2
                     and w["bottom"] < tables[0].bbox[3]]
            styled(cells, 13, bold=False, italic=False)
            assert {w["fontname"].split("+")[-1].split("-")[0] for w in words} <= {"LiberationSerif",
                                                                                   "TimesNewRomanPSMT",
                                                                                   "TimesNewRoman"}
    assert [row[0] for row in body_rows] == [str(n) for n in range(1, 25)], "every row once, in order"
    assert body_rows[-1] == ["24", "09/7/2026", "Chợ Cam Đường (mái che)", "Tổ 9",
                             "Kiểm tra chất lượng vật liệu, nhật ký thi công"]


def test_body_table_columns_as_given(built_examples):
    document = docx.Document(built_examples[WARD_TABLE]["docx"])
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "STT")
    widths = [c.width.mm for c in table.rows[0].cells]
    assert sum(widths) == pytest.approx(160, abs=0.5), "the text width"
    assert [round(w / sum(widths) * 120) for w in widths] == [10, 17, 38, 17, 38]
    assert table.style.name == "Bảng nội dung"
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [c.paragraphs[0].alignment for c in table.rows[1].cells][:2] == [1, 1], "centred as `align` says"
