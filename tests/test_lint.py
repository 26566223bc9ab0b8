"""The conformance checker (`build.py lint`): every notice the build writes passes it, the real office's DOCX is
read, and each rule fails on a document that breaks it (a good DOCX from the build with one thing broken by
python-docx; for the PDF rules, converted for real by LibreOffice)."""
from __future__ import annotations

import copy
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from conftest import PROJECT
from vanthu import convert
from vanthu.lint import lint, rules

REFERENCE_DOCX = PROJECT.parent / "shared" / "reference" / "TB-1894-SCT-2026.docx"


def statuses(linted) -> dict[str, str]:
    return {r.rule: r.status for r in linted.results}


def test_every_notice_the_build_writes_passes_lint_docx_and_pdf(built_examples):
    for name, paths in built_examples.items():
        linted = lint(paths["docx"], paths["pdf"])
        assert linted.error is None, (name, linted.error)
        assert not linted.violations, (name, linted.violations)
        checked = statuses(linted)
        # a công văn (Mẫu 1.5) has no type name and no ô 5a trích yếu: its "V/v" line and Kính gửi instead
        form = ("trich-yeu-cong-van.position", "trich-yeu-cong-van.size", "kinh-gui.punctuation") \
            if "trich-yeu-cong-van.size" in checked else ("trich-yeu.pdf-line", "ten-loai.pdf-centred")
        for rule in ("quoc-hieu.pdf-one-line", "so-trang.pdf-numbers", "page.pdf-text-area", "tieu-ngu.pdf-line",
                     "co-quan-ban-hanh.pdf-line", "noi-dung.first-line-indent", *form):
            assert checked[rule] == rules.OK, (name, rule)


@pytest.mark.skipif(not REFERENCE_DOCX.exists(), reason="../shared/reference is not beside the clone")
def test_reference_office_docx_its_elements_found_and_its_deviations_reported():
    found = statuses(lint(REFERENCE_DOCX))
    for rule in ("page.margin-left", "co-quan-chu-quan.weight", "co-quan-ban-hanh.weight", "ten-loai.size",
                 "trich-yeu.weight", "quyen-han.case", "ho-ten.size", "danh-sach-noi-nhan.punctuation",
                 "tieu-ngu.line", "so-trang.page-1"):
        assert found[rule] == rules.OK, rule
    # Its real deviations: "HÕA" for "HÒA", a blank number after "Số:", a blank day, the list at 12 pt.
    for rule in ("quoc-hieu.text", "so-ky-hieu.text", "dia-danh-ngay.text", "danh-sach-noi-nhan.size"):
        assert found[rule] == rules.VIOLATION, rule


# — one broken thing per rule —

def _para(document, starts: str):
    for p in _paragraphs(document):
        if p.text.strip().startswith(starts):
            return p
    raise AssertionError(starts)


def _paragraphs(document):
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def _retext(paragraph, old: str, new: str) -> None:
    for run in paragraph.runs:
        run.text = run.text.replace(old, new)


def _style(document, name: str):
    return next(s for s in document.styles if s.style_id == name)


def _line_after(document, starts: str):
    """The empty bordered paragraph that draws the line under a text."""
    return _para(document, starts)._p.getnext()


def _set_ind(p, left: int, right: int) -> None:
    ind = p.find(f"{qn('w:pPr')}/{qn('w:ind')}")
    ind.set(qn("w:left"), str(left))
    ind.set(qn("w:right"), str(right))


def _page_field_to_footer(document):
    section = document.sections[0]
    field = next(p for p in section.header.paragraphs if p._p.find(qn("w:fldSimple")) is not None)
    section.footer.is_linked_to_previous = False
    section.footer.paragraphs[0]._p.addnext(copy.deepcopy(field._p))
    field._p.getparent().remove(field._p)


BREAKS = {
    "page.paper": lambda d: setattr(d.sections[0], "page_width", Mm(216)),
    "page.margin-top": lambda d: setattr(d.sections[0], "top_margin", Mm(15)),
    "page.margin-bottom": lambda d: setattr(d.sections[0], "bottom_margin", Mm(30)),
    "page.margin-left": lambda d: setattr(d.sections[0], "left_margin", Mm(25)),
    "page.margin-right": lambda d: setattr(d.sections[0], "right_margin", Mm(25)),
    "font.family": lambda d: setattr(_style(d, "Normal").font, "name", "Arial"),  # through the base style
    "font.colour": lambda d: setattr(_para(d, "1. ").runs[0].font.color, "rgb", RGBColor(0, 0, 0xFF)),
    "quoc-hieu.size": lambda d: setattr(_para(d, "CỘNG HÒA").runs[0].font, "size", Pt(14)),
    "quoc-hieu.weight": lambda d: setattr(_para(d, "CỘNG HÒA").runs[0].font, "bold", False),
    "quoc-hieu.alignment": lambda d: setattr(_para(d, "CỘNG HÒA"), "alignment", WD_ALIGN_PARAGRAPH.LEFT),
    "quoc-hieu.text": lambda d: _retext(_para(d, "CỘNG HÒA"), "HÒA", "HÕA"),
    "quoc-hieu.one-line": lambda d: setattr(_para(d, "CỘNG HÒA").paragraph_format, "left_indent", Pt(60)),
    "tieu-ngu.text": lambda d: _retext(_para(d, "Độc lập"), " - ", "-"),
    "tieu-ngu.line": lambda d: _set_ind(_line_after(d, "Độc lập"), 0, 0),
    "co-quan-ban-hanh.weight": lambda d: [setattr(r.font, "bold", False) for p in _paragraphs(d)
                                          if p.style.style_id == "CoQuanBanHanh" for r in p.runs],
    "co-quan-ban-hanh.line": lambda d: _line_after(d, "THÀNH PHỐ HẢI PHÒNG").getparent().remove(
        _line_after(d, "THÀNH PHỐ HẢI PHÒNG")),
    "so-ky-hieu.text": lambda d: _retext(_para(d, "Số:"), "149/", "149 /"),
    "so-ky-hieu.size": lambda d: setattr(_style(d, "SoKyHieu").font, "size", Pt(14)),
    "dia-danh-ngay.slant": lambda d: setattr(_para(d, "Hải Phòng, ngày").runs[0].font, "italic", False),
    "dia-danh-ngay.text": lambda d: _retext(_para(d, "Hải Phòng, ngày"), "tháng 3", "tháng 03"),
    "ten-loai.alignment": lambda d: setattr(_para(d, "THÔNG BÁO"), "alignment", WD_ALIGN_PARAGRAPH.LEFT),
    "ten-loai.size": lambda d: setattr(_style(d, "TenLoai").font, "size", Pt(16)),
    "trich-yeu.weight": lambda d: setattr(_para(d, "Kết luận của").runs[0].font, "bold", False),
    "trich-yeu.line-centred": lambda d: _set_ind(_line_after(d, "Kết luận của"), 2921, 2521),
    "noi-dung.size": lambda d: setattr(_style(d, "NoiDung").font, "size", Pt(12)),
    "noi-dung.alignment": lambda d: setattr(_para(d, "1. "), "alignment", WD_ALIGN_PARAGRAPH.LEFT),
    "noi-dung.slant": lambda d: [setattr(r.font, "italic", True) for r in _para(d, "1. ").runs],
    "noi-dung.first-line-indent": lambda d: setattr(_para(d, "1. ").paragraph_format, "first_line_indent", Mm(15)),
    "noi-dung.paragraph-spacing": lambda d: setattr(_style(d, "NoiDung").paragraph_format, "space_after", Pt(3)),
    "noi-dung.line-spacing": lambda d: setattr(_style(d, "NoiDung").paragraph_format, "line_spacing", 2.0),
    "noi-dung.closing-mark": lambda d: _retext(_para(d, "Văn phòng Ủy ban"), "./.", "."),
    "noi-nhan.slant": lambda d: setattr(_para(d, "Nơi nhận").runs[0].font, "italic", False),
    "noi-nhan.level": lambda d: _para(d, "Nơi nhận").insert_paragraph_before(""),
    "danh-sach-noi-nhan.size": lambda d: setattr(_style(d, "NoiNhan").font, "size", Pt(13)),
    "danh-sach-noi-nhan.punctuation": lambda d: _retext(_para(d, "- Các Phòng CV"), ";", ""),
    "quyen-han.case": lambda d: _retext(_para(d, "TL. ỦY BAN"), "ỦY BAN NHÂN DÂN", "Ủy ban nhân dân"),
    "quyen-han.weight": lambda d: setattr(_style(d, "QuyenHan").font, "bold", False),
    "ho-ten.no-academic-title": lambda d: _retext(_para(d, "Phạm Hưng Hùng"), "Phạm", "TS. Phạm"),
    "so-trang.page-1": lambda d: setattr(d.sections[0], "different_first_page_header_footer", False),
    "so-trang.position": _page_field_to_footer,
    "so-trang.size": lambda d: setattr(_style(d, "SoTrang").font, "size", Pt(11)),
}


def _broken(source: Path, target: Path, rule: str) -> Path:
    document = docx.Document(source)
    BREAKS[rule](document)
    document.save(target)
    return target


@pytest.mark.parametrize("rule", sorted(BREAKS))
def test_each_docx_rule_fails_on_a_document_that_breaks_it(built_149, tmp_path, rule):
    assert statuses(lint(built_149["docx"]))[rule] == rules.OK, "passes before it is broken"
    broken = lint(_broken(built_149["docx"], tmp_path / "broken.docx", rule))
    assert statuses(broken)[rule] == rules.VIOLATION, [r for r in broken.results if r.rule == rule]
    assert broken.failed


CONG_VAN = "so-cong-thuong-lao-cai/2026/2015-SCT-CN"


def _remove(paragraph) -> None:
    paragraph._p.getparent().remove(paragraph._p)


def _dashes_moved(document) -> None:
    line = _para(document, "- Tổng công ty")
    line.paragraph_format.left_indent = line.paragraph_format.left_indent + Pt(12)


# The công văn form (Mẫu 1.5): each rule of ô 5b and ô 9a broken in the built example.
CONG_VAN_BREAKS = {
    "trich-yeu-cong-van.size": lambda d: setattr(_style(d, "TrichYeuCongVan").font, "size", Pt(14)),
    "trich-yeu-cong-van.weight": lambda d: setattr(_para(d, "V/v").runs[0].font, "bold", True),
    "trich-yeu-cong-van.alignment": lambda d: setattr(_para(d, "V/v"), "alignment", WD_ALIGN_PARAGRAPH.LEFT),
    "trich-yeu-cong-van.position": lambda d: _para(d, "Số:")._p.addprevious(_para(d, "V/v")._p),
    "trich-yeu-cong-van.spacing": lambda d: setattr(_style(d, "TrichYeuCongVan").paragraph_format, "space_before",
                                                    Pt(0)),
    "kinh-gui.size": lambda d: setattr(_style(d, "KinhGuiDanhSach").font, "size", Pt(12)),
    "kinh-gui.weight": lambda d: setattr(_para(d, "Kính gửi").runs[0].font, "bold", True),
    "kinh-gui.punctuation": lambda d: _retext(_para(d, "- Tổng công ty"), ";", ","),
    "kinh-gui.dashes": _dashes_moved,
    "danh-sach-noi-nhan.nhu-tren": lambda d: _remove(_para(d, "- Như trên")),
}


@pytest.mark.parametrize("rule", sorted(CONG_VAN_BREAKS))
def test_each_cong_van_rule_fails_on_a_document_that_breaks_it(built_examples, tmp_path, rule):
    good = built_examples[CONG_VAN]["docx"]
    assert statuses(lint(good))[rule] == rules.OK, "passes before it is broken"
    document = docx.Document(good)
    CONG_VAN_BREAKS[rule](document)
    document.save(tmp_path / "broken.docx")
    broken = lint(tmp_path / "broken.docx")
    assert statuses(broken)[rule] == rules.VIOLATION, [r for r in broken.results if r.rule == rule]


def test_a_cong_van_has_no_type_name_to_find_and_must_have_kinh_gui(built_examples, tmp_path):
    found = statuses(lint(built_examples[CONG_VAN]["docx"]))
    assert not any(rule.startswith(("ten-loai", "trich-yeu.")) for rule in found), found
    document = docx.Document(built_examples[CONG_VAN]["docx"])
    for p in [p for p in _paragraphs(document) if p.style.style_id == "KinhGuiDanhSach"]:
        _remove(p)
    document.save(tmp_path / "no-kinh-gui.docx")
    assert statuses(lint(tmp_path / "no-kinh-gui.docx"))["kinh-gui"] == rules.VIOLATION


def _insert_after(anchor, texts: list[str], italic: bool = False, bold: bool = False):
    for text in reversed(texts):
        p = copy.deepcopy(anchor._p)
        anchor._p.addnext(p)
        paragraph = docx.text.paragraph.Paragraph(p, anchor._parent)
        for run in paragraph.runs[1:]:
            run._r.getparent().remove(run._r)
        paragraph.runs[0].text = text
        paragraph.runs[0].font.italic = italic
        paragraph.runs[0].font.bold = bold


@pytest.mark.parametrize("last, status", [("Căn cứ Quy chế làm việc.", rules.OK),
                                          ("Căn cứ Quy chế làm việc;", rules.VIOLATION)])
def test_can_cu_punctuation(built_149, tmp_path, last, status):
    document = docx.Document(built_149["docx"])
    first_body = _para(document, "Ngày 20/3/2020")
    _insert_after(first_body, ["Căn cứ Luật Tổ chức chính quyền địa phương;", last], italic=True)
    _insert_after(_para(document, last), [first_body.text])
    first_body._p.getparent().remove(first_body._p)  # the căn cứ now open the content
    document.save(tmp_path / "can-cu.docx")
    assert statuses(lint(tmp_path / "can-cu.docx"))["can-cu.punctuation"] == status


@pytest.mark.parametrize("heading, bold, status", [("I. ĐÁNH GIÁ CHUNG", True, rules.OK),
                                                   ("I. Đánh giá chung", True, rules.VIOLATION),
                                                   ("I. ĐÁNH GIÁ CHUNG", False, rules.VIOLATION)])
def test_ten_muc_format(built_149, tmp_path, heading, bold, status):
    document = docx.Document(built_149["docx"])
    _insert_after(_para(document, "Sau khi nghe"), [heading], bold=bold)
    document.save(tmp_path / "muc.docx")
    assert statuses(lint(tmp_path / "muc.docx"))["ten-muc.format"] == status


# — the PDF rules, on broken documents converted for real —

PDF_BREAKS = {
    "quoc-hieu.pdf-one-line": "quoc-hieu.one-line",
    "so-trang.pdf-numbers": "so-trang.page-1",
    "page.pdf-text-area": "page.margin-left",
    "tieu-ngu.pdf-line": "tieu-ngu.line",
    "co-quan-ban-hanh.pdf-line": "co-quan-ban-hanh.line",
    "trich-yeu.pdf-line": "trich-yeu.line-centred",
    "ten-loai.pdf-centred": "ten-loai.alignment",
}


@pytest.fixture(scope="module")
def broken_pdfs(built_149, tmp_path_factory) -> dict[str, tuple[Path, Path]]:
    out = tmp_path_factory.mktemp("broken-pdf")
    sources = {rule: _broken(built_149["docx"], out / f"{rule}.docx", docx_rule)
               for rule, docx_rule in PDF_BREAKS.items()}
    engine = convert.choose("libreoffice")
    assert engine is not None, "no LibreOffice: install it (see README)"
    converted = engine.convert(list(sources.values()), out)
    return {rule: (docx_path, converted[docx_path]) for rule, docx_path in sources.items()}


@pytest.mark.parametrize("rule", sorted(PDF_BREAKS))
def test_each_pdf_rule_fails_on_a_pdf_that_breaks_it(built_149, broken_pdfs, rule):
    assert statuses(lint(built_149["docx"], built_149["pdf"]))[rule] == rules.OK
    docx_path, pdf_path = broken_pdfs[rule]
    assert isinstance(pdf_path, Path), pdf_path
    result = next(r for r in lint(docx_path, pdf_path).results if r.rule == rule)
    assert result.status == rules.VIOLATION, result


# — the command —

def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(PROJECT / "build.py"), "lint", *args], capture_output=True,
                          text=True, cwd=PROJECT)


def test_command_prints_a_line_per_rule_and_exits_1_on_a_violation(built_149, tmp_path):
    good = _run(str(built_149["docx"]), "--pdf", str(built_149["pdf"]), "--lang", "en")
    assert good.returncode == 0, good.stdout
    assert "quoc-hieu.size (National title (Quốc hiệu), size): measured 12 pt; expected 12–13 pt" in good.stdout
    assert "0 violation(s)" in good.stdout
    bad = _run(str(_broken(built_149["docx"], tmp_path / "margin.docx", "page.margin-left")))
    assert bad.returncode == 1
    assert "VI PHẠM" in bad.stdout and "page.margin-left (Trang, lề trái): đo được 25 mm; quy định 30–35 mm" in bad.stdout


def test_command_on_a_file_that_is_not_a_docx_says_so_without_a_traceback(tmp_path):
    fake = tmp_path / "notice.docx"
    fake.write_text("not a zip", encoding="utf-8")
    result = _run(str(fake), str(tmp_path / "missing.docx"), "--lang", "en")
    assert result.returncode == 1
    assert "The DOCX cannot be read" in result.stderr and "Traceback" not in result.stderr


def test_command_with_pdf_beside_missing_says_so(built_149, tmp_path):
    alone = tmp_path / "alone.docx"
    shutil.copy(built_149["docx"], alone)
    result = _run(str(alone), "--pdf", "--lang", "en")
    assert result.returncode == 1 and "There is no PDF" in result.stderr


@pytest.mark.parametrize("title", ["TS.", "Tiến sĩ", "LS.", "Ths.", "PGS.TS."])
def test_check_and_lint_refuse_the_same_academic_titles(built_149, tmp_path, title):
    """One decree fact, one list: what `check` refuses in a notice, `lint` finds in a DOCX."""
    from vanthu.notice import nd30

    assert nd30.has_academic_title(f"{title} Phạm Hưng Hùng")
    document = docx.Document(built_149["docx"])
    _retext(_para(document, "Phạm Hưng Hùng"), "Phạm", f"{title} Phạm")
    document.save(tmp_path / "title.docx")
    assert statuses(lint(tmp_path / "title.docx"))["ho-ten.no-academic-title"] == rules.VIOLATION
