"""`vanthu import`: a Word notice read back into a notice YAML.

Round trip: every example notice built, imported, built again gives the same DOCX text paragraph by paragraph
and the same fields. The office's own Word file TB-1894 imports to a notice that checks once its blank number
and day are filled in, builds, says every sentence of the original in order, and passes `lint` where the
original failed. Broken input is refused by a message naming the file, with nothing written.
"""
from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from conftest import EXAMPLES, PROJECT, assert_in_order, norm, sentences
from vanthu import cli
from vanthu.convert.libreoffice import find_soffice
from vanthu.engine import pipeline
from vanthu.lint import lint

# The office's own Word file, where tests/test_lint.py reads it (public: see ../shared/reference/README.md).
REFERENCE_DOCX = PROJECT.parent / "shared" / "reference" / "TB-1894-SCT-2026.docx"


def paragraph_texts(path: Path) -> list[str]:
    """The text of every non-empty paragraph of the body (tables included), in document order."""
    body = docx.Document(path).element.body
    texts = (norm("".join(t.text or "" for t in p.iter(qn("w:t")))) for p in body.iter(qn("w:p")))
    return [t for t in texts if t]


def build_docx(files: list[Path], out: Path) -> list[Path]:
    """`vanthu build --converter none`: the DOCX only, as the build writes it."""
    outcome = pipeline.build(files, out, converter="none")
    assert not outcome.problems.errors, [p.format() for p in outcome.problems]
    return [next(p for p in written if p.suffix == ".docx") for written in outcome.built]


def import_into(project: Path, docx_files: list[Path], folder: str, *extra: str) -> int:
    return cli.main(["import", *map(str, docx_files), "--out", str(project / "notices" / folder), *extra])


@pytest.fixture(scope="module")
def examples_built(tmp_path_factory) -> dict[Path, Path]:
    out = tmp_path_factory.mktemp("originals")
    built = build_docx(list(EXAMPLES), out)
    return {example: next(b for b in built if b.stem == example.stem) for example in EXAMPLES}


def _tables(elements) -> list:
    return [t for e in elements for t in ([e.table] if e.table else []) + _tables(e.children)]


def _fields(notice) -> dict:
    """What an example states as data and the import must find again as data."""
    deadlines = [(e.marker, e.assignment.deadline, e.assignment.deadline_phrase) for e in notice.assignments()
                 if e.assignment.deadline]
    return {
        "form": notice.form, "addressees": notice.addressees, "basis_after_addressees": notice.basis_after_addressees,
        "tables": _tables(notice.content) + [t for a in notice.appendices for t in _tables(a.content)],
        "agency": (notice.agency.parent, notice.agency.name, notice.agency.abbreviation),
        "number": notice.number_symbol, "date": notice.date, "place": notice.place, "type": notice.type_name,
        "summary": notice.summary, "legal_basis": notice.legal_basis, "closing": notice.closing_line,
        "recipients": notice.recipient_lines, "authority": notice.authority, "signer": notice.signer,
        "marks": (notice.urgency, notice.confidentiality, notice.circulation),
        "drafter": notice.drafter_mark, "contact": notice.contact_line, "deadlines": deadlines,
        "appendices": [(a.heading, a.title, a.reference) for a in notice.appendices],
        "opening": (notice.opening, notice.lead_in),
    }


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_round_trip_of_every_example(example, examples_built, tmp_path):
    original = examples_built[example]
    project = tmp_path / "office"
    (project / "notices").mkdir(parents=True)
    assert import_into(project, [original], "agency/2026") == 0
    written = sorted((project / "notices" / "agency" / "2026").glob("*.yaml"))
    assert [p.name for p in written] == [example.name]
    assert (project / "notices" / "agency" / "_agency.yaml").is_file()

    rebuilt = build_docx(written, tmp_path / "rebuilt")[0]
    before, after = paragraph_texts(original), paragraph_texts(rebuilt)
    for n, (a, b) in enumerate(zip(before, after), 1):
        assert a == b, f"{example.stem}, paragraph {n}"
    assert len(before) == len(after)

    expected = pipeline.check([example]).checked[0].notice
    imported = pipeline.check(written).checked[0].notice
    fields = _fields(expected)
    if expected.meeting is None:  # the opening and lead-in written from a meeting are compared as text above
        fields.pop("opening")
        assert (imported.opening, imported.lead_in) == (expected.opening, expected.lead_in) or \
            not expected.opening
    got = {key: value for key, value in _fields(imported).items() if key in fields}
    assert got == fields
    # the imported file is in the house style: `fmt --check` has nothing to say
    assert cli.main(["fmt", "--check", *map(str, written)]) == 0


def test_assignments_recognised_from_the_usual_phrasing(examples_built, tmp_path):
    """Lead units found in "Giao X chủ trì" and "X chủ trì": on the 149 notice they are the example's own."""
    project = tmp_path / "office"
    (project / "notices").mkdir(parents=True)
    assert import_into(project, [examples_built[EXAMPLES[0]]], "2020") == 0
    imported = pipeline.check(sorted((project / "notices" / "2020").glob("*.yaml"))).checked[0].notice
    expected = pipeline.check([EXAMPLES[0]]).checked[0].notice
    found = {e.text: e.assignment.lead for e in imported.assignments() if e.assignment.lead}
    wanted = {e.text: e.assignment.lead for e in expected.assignments() if e.assignment.lead}
    assert len(found) >= 6
    assert all(wanted.get(text) == lead for text, lead in found.items())


# The office's own Word file

@pytest.fixture(scope="module")
def tb1894(tmp_path_factory) -> dict:
    project = tmp_path_factory.mktemp("office")
    (project / "notices").mkdir()
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = import_into(project, [REFERENCE_DOCX], "so-cong-thuong/2026", "--format", "json")
    folder = project / "notices" / "so-cong-thuong" / "2026"
    return {"project": project, "code": code, "yaml": folder / "TB-1894-SCT-2026.yaml",
            "report": json.loads(printed.getvalue())}


def test_tb1894_report_names_the_blanks(tb1894):
    assert tb1894["code"] == 0
    remarks = tb1894["report"]["files"][0]["remarks"]
    assert [(r["code"], r["paragraph"], r["field"], r["text"]) for r in remarks] == [
        ("import_blank_number", 6, "number", "Số: /TB-SCT"),
        ("import_blank_date", 8, "date", "Lào Cai, ngày tháng 4năm 2026")]
    text = tb1894["yaml"].read_text(encoding="utf-8")
    assert re.search(r"^number: (''|\"\")\s+# điền số văn bản$", text, re.M)
    assert re.search(r"^date: (''|\"\")\s+# điền ngày ban hành$", text, re.M)
    assert "Số: /TB-SCT" in text and "Lào Cai, ngày tháng 4năm 2026" in text


def test_tb1894_checks_builds_and_says_every_sentence(tb1894, tmp_path):
    notice = tb1894["yaml"]
    assert pipeline.check([notice]).problems.errors  # blank number and day: not yet
    text = notice.read_text(encoding="utf-8")
    text = re.sub(r"^number: ''", "number: 1894", text, flags=re.M)  # as the report says: the number, the day
    text = re.sub(r"^date: ''", "date: 9/4/2026", text, flags=re.M)
    notice.write_text(text, encoding="utf-8")
    checked = pipeline.check([notice])
    assert not checked.problems.errors, [p.format() for p in checked.problems]
    rebuilt = build_docx([notice], tmp_path)[0]
    original = paragraph_texts(REFERENCE_DOCX)
    body = " ".join(paragraph_texts(rebuilt))
    start = next(i for i, t in enumerate(original) if t == "THÔNG BÁO")
    end = next(i for i, t in enumerate(original) if t.startswith("Hoàng Văn Thuân"))
    assert_in_order([s for t in original[start:end + 1] for s in sentences(t)], body)
    assert "Số: 1894/TB-SCT" in body and "Lào Cai, ngày 09 tháng 4 năm 2026" in body

    before = {r.rule for r in lint(REFERENCE_DOCX).violations}
    after = lint(rebuilt)
    assert after.violations == [], [(r.rule, r.measured) for r in after.violations]
    # what the office's file got wrong, and the rebuilt notice has right: 14 pt "Số", the Quốc hiệu's "HÕA" and
    # its width (it wraps in the cell), the 12 pt recipient list, the line under the agency
    assert {"so-ky-hieu.size", "quoc-hieu.text", "quoc-hieu.one-line", "danh-sach-noi-nhan.size",
            "co-quan-ban-hanh.line"} <= before


# Broken input: a clear message naming the file, no traceback, nothing written

def _broken_file(kind: str, folder: Path, examples_built: dict[Path, Path]) -> Path:
    """Each kind of broken input made for real: a Word file that is no notice, a DOCX cut short, a text file named
    .docx, a Word 97–2003 .doc (LibreOffice saves it), a DOCX encrypted with a password as Word does it."""
    original = examples_built[EXAMPLES[0]]
    if kind == "not a notice":
        file = folder / "thu-moi.docx"
        document = docx.Document()
        document.add_paragraph("Kính mời anh chị dự tiệc tất niên.")
        document.save(file)
    elif kind == "corrupt zip":
        file = folder / "hong.docx"
        file.write_bytes(original.read_bytes()[:5000])
    elif kind == "not a zip":
        file = folder / "van-ban.docx"
        file.write_text("không phải tệp Word", encoding="utf-8")
    elif kind == "legacy doc":
        soffice = find_soffice()
        assert soffice, "LibreOffice is needed (see README)"
        subprocess.run([soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                        "--convert-to", "doc:MS Word 97", "--outdir", str(folder), str(original)],
                       check=True, capture_output=True, timeout=120)
        file = folder / original.with_suffix(".doc").name
    else:
        from msoffcrypto.format.ooxml import OOXMLFile

        file = folder / "mat-khau.docx"
        with original.open("rb") as plain, file.open("wb") as encrypted:
            OOXMLFile(plain).encrypt("matkhau", encrypted)
    assert file.is_file()
    return file


@pytest.mark.parametrize("kind,code", [("not a notice", "import_not_a_notice"), ("corrupt zip", "import_corrupt"),
                                       ("not a zip", "import_not_docx"), ("legacy doc", "import_legacy_doc"),
                                       ("encrypted", "import_encrypted")])
def test_broken_input_is_refused_by_name(kind, code, examples_built, tmp_path, capsys):
    from vanthu.i18n import catalogue

    project = tmp_path / "office"
    (project / "notices").mkdir(parents=True)
    file = _broken_file(kind, tmp_path, examples_built)
    assert import_into(project, [file], "2026") == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert file.name in err and catalogue()[code][0][:25] in err
    assert not any((project / "notices").rglob("*")), "nothing written"
    assert import_into(project, [file], "2026", "--format", "json") == 1
    report = json.loads(capsys.readouterr().out)
    assert report["files"][0]["error"]["code"] == code


# A folder of many, in parallel, with the report as JSON

def test_a_folder_in_parallel_with_a_json_report(tmp_path, capsys):
    source = tmp_path / "source"
    folder = source / "notices" / "2026"
    folder.mkdir(parents=True)
    shutil.copy(PROJECT / "notices" / "so-cong-thuong-lao-cai" / "_agency.yaml", source / "notices")
    example = (PROJECT / "notices" / "so-cong-thuong-lao-cai" / "2026" / "1960-TB-SCT.yaml").read_text("utf-8")
    for number in range(2001, 2013):  # enough for two processes: in_processes keeps fewer than 4 × jobs here
        (folder / f"{number}.yaml").write_text(example.replace("number: 1960", f"number: {number}"), "utf-8")
    incoming = tmp_path / "cu"
    incoming.mkdir()
    for built in build_docx(sorted(folder.glob("*.yaml")), tmp_path / "built"):
        shutil.copy(built, incoming)
    (incoming / "hong.docx").write_bytes(b"PK\x03\x04 not really a zip")
    project = tmp_path / "office"
    (project / "notices").mkdir(parents=True)
    code = import_into(project, [incoming], "so-cong-thuong/2026", "--format", "json", "--jobs", "2")
    report = json.loads(capsys.readouterr().out)
    assert code == 1  # the broken one
    assert report["summary"] == {"files": 13, "written": 12, "failed": 1}
    written = sorted(p.name for p in (project / "notices" / "so-cong-thuong" / "2026").glob("*.yaml"))
    assert written == [f"{n}-TB-SCT.yaml" for n in range(2001, 2013)]
    failed = next(f for f in report["files"] if f.get("error"))
    assert failed["file"].endswith("hong.docx") and failed["error"]["code"] in ("import_not_docx", "import_corrupt")


# A công văn (Mẫu 1.5) as an office types it: "V/v" under the number, "Kính gửi:" above the body

def _cong_van(built: Path, target: Path) -> Path:
    """The 1960 notice laid out as a công văn: no type name, the ký hiệu <agency>-<drafting unit>, its trích yếu as
    "V/v …" under the number in the header cell, and a "Kính gửi: …" line opening the body."""
    import copy

    from vanthu.lint import elements

    document = docx.Document(built)
    layout = elements.find(document)

    def retype(p, text: str):
        for t in p.iter(qn("w:t")):
            t.text = ""
        next(p.iter(qn("w:t"))).text = text
        return p

    retype(layout.number.p, "Số: 1960/SCT-QLTM")
    summary = layout.summary[0].text
    layout.number.p.addnext(retype(copy.deepcopy(layout.number.p), "V/v " + summary[0].lower() + summary[1:]))
    first_body = layout.body[0].p
    first_body.addprevious(retype(copy.deepcopy(first_body),
                                  "Kính gửi: Các tổ chức, cá nhân kinh doanh rượu trên địa bàn tỉnh"))
    rule = layout.summary[0].p.getnext()
    for p in (layout.type_name.p, layout.summary[0].p, rule):
        p.getparent().remove(p)
    document.save(target)
    return target


def test_a_cong_van_is_imported_in_the_cong_van_form(examples_built, tmp_path, capsys):
    example = next(e for e in EXAMPLES if e.stem == "1960-TB-SCT")
    source = _cong_van(examples_built[example], tmp_path / "cong-van.docx")
    project = tmp_path / "office"
    (project / "notices").mkdir(parents=True)
    assert import_into(project, [source], "sct/2026", "--format", "json") == 0
    report = json.loads(capsys.readouterr().out)["files"][0]
    assert report["remarks"] == []  # the form, V/v and Kính gửi are fields now: nothing left as a comment
    written = project / "notices" / "sct" / "2026" / "1960-SCT-QLTM.yaml"
    assert report["output"] == str(written)
    checked = pipeline.check([written])
    assert not checked.problems.errors, [p.format() for p in checked.problems]
    notice = checked.checked[0].notice
    assert (notice.form, notice.number_symbol, notice.agency.abbreviation) == ("cong-van", "1960/SCT-QLTM", "SCT")
    assert notice.summary == "thời gian tiếp nhận hồ sơ đề nghị cấp Giấy phép kinh doanh rượu"
    assert notice.addressees == ("Kính gửi: Các tổ chức, cá nhân kinh doanh rượu trên địa bàn tỉnh",)
    # every line of the công văn is in the rebuilt one, in order, and it opens its Nơi nhận "- Như trên;" (Mẫu 1.5)
    rebuilt = paragraph_texts(build_docx([written], tmp_path / "rebuilt")[0])
    assert_in_order(paragraph_texts(source), " | ".join(rebuilt))
    assert rebuilt[rebuilt.index("Nơi nhận:") + 1] == "- Như trên;"


# A notice as an office makes it in Word: header and signature as tables, Word's own list numbering, and the same
# notice typed in the legacy TCVN3 fonts

def _tcvn3(text: str) -> str:
    """Unicode → TCVN3 codes (small letters; capitals are drawn by the .VnTimeH font over the same codes)."""
    from vanthu.check.encoding import _TCVN3

    back = {u: t for t, u in _TCVN3.items()}
    return "".join(back.get(c, c) for c in text)


def _word_notice(path: Path, legacy: bool = False, extras: bool = False) -> Path:
    """The notice; with `extras`, a table in the body, a table with merged cells and a signature picture, which no
    field holds."""
    document = docx.Document()  # python-docx's own template: Word's "List Number" and "List Bullet" styles

    def add(container, text: str, bold=False, italic=False, style=None, centre=False):
        p = container.add_paragraph(style=style)
        if centre:
            p.alignment = 1
        run = p.add_run(_tcvn3(text.lower()) if legacy and text.isupper() else _tcvn3(text) if legacy else text)
        run.bold, run.italic = bold, italic
        run.font.name = (".VnTimeH" if text.isupper() else ".VnTime") if legacy else "Times New Roman"
        return p

    header = document.add_table(rows=2, cols=2)
    cells = header.rows[0].cells
    cells[0].paragraphs[0].text = ""
    add(cells[0], "UBND TỈNH LÀO CAI", centre=True)
    add(cells[0], "SỞ CÔNG THƯƠNG", bold=True, centre=True)
    add(cells[1], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, centre=True)
    add(cells[1], "Độc lập - Tự do - Hạnh phúc", bold=True, centre=True)
    add(header.rows[1].cells[0], "Số: 25/TB-SCT", centre=True)
    add(header.rows[1].cells[1], "Lào Cai, ngày 05 tháng 3 năm 2026", italic=True, centre=True)
    add(document, "THÔNG BÁO", bold=True, centre=True)
    add(document, "Kết quả kiểm tra an toàn điện", bold=True, centre=True)
    add(document, "Thực hiện Kế hoạch số 12/KH-SCT, Sở Công Thương thông báo như sau:")
    add(document, "Kết quả kiểm tra", style="List Number")
    add(document, "Các đơn vị chấp hành tốt quy định.", style="List Bullet")
    add(document, "Còn 02 đơn vị chưa lập hồ sơ.", style="List Bullet")
    if extras:
        table = document.add_table(rows=2, cols=2)
        for row, (unit, result) in zip(table.rows, [("Đơn vị", "Kết quả"), ("Công ty Điện lực", "Đạt")]):
            row.cells[0].paragraphs[0].text, row.cells[1].paragraphs[0].text = unit, result
    add(document, "Kiến nghị", style="List Number")
    add(document, "Giao Phòng Kỹ thuật an toàn chủ trì, phối hợp với các đơn vị kiểm tra lại trước ngày 30/3/2026.",
        style="List Bullet")
    if extras:
        merged = document.add_table(rows=2, cols=3)
        merged.cell(0, 1).merge(merged.cell(0, 2))
        for (row, col), text in zip([(0, 0), (0, 1), (1, 0), (1, 1), (1, 2)],
                                    ["Đơn vị", "Số lần kiểm tra", "Công ty Điện lực", "Đợt 1", "Đợt 2"]):
            merged.cell(row, col).paragraphs[0].text = text
    add(document, "Sở Công Thương thông báo để các đơn vị biết, thực hiện./.")
    signature = document.add_table(rows=1, cols=2)
    left, right = signature.rows[0].cells
    add(left, "Nơi nhận:", bold=True, italic=True)
    add(left, "- Như trên;")
    add(left, "- Lưu: VT, KTAT.")
    add(right, "KT. GIÁM ĐỐC", bold=True, centre=True)
    add(right, "PHÓ GIÁM ĐỐC", bold=True, centre=True)
    picture = add(right, "")
    if extras:
        from PIL import Image

        Image.new("RGB", (60, 30), "blue").save(path.with_suffix(".png"))
        picture.add_run().add_picture(str(path.with_suffix(".png")))
    add(right, "Hoàng Văn Thuân", bold=True, centre=True)
    document.save(path)
    return path


@pytest.mark.parametrize("legacy", [False, True], ids=["unicode", "tcvn3"])
def test_a_word_notice_with_list_numbering(legacy, tmp_path, capsys):
    source = _word_notice(tmp_path / "tb-25.docx", legacy)
    project = tmp_path / "office"
    (project / "notices").mkdir(parents=True)
    assert import_into(project, [source], "sct/2026") == 0
    report = capsys.readouterr().out
    assert ("TCVN3" in report) == legacy
    written = project / "notices" / "sct" / "2026" / "25-TB-SCT.yaml"
    checked = pipeline.check([written])
    assert not checked.problems.errors, [p.format() for p in checked.problems]
    notice = checked.checked[0].notice
    assert (notice.agency.parent, notice.agency.name, notice.number_symbol) == (
        ("UBND TỈNH LÀO CAI",), ("SỞ CÔNG THƯƠNG",), "25/TB-SCT")
    assert [e.marker for e in notice.content] == ["1.", "2."]
    assert [c.marker for e in notice.content for c in e.children] == ["-", "-", "-"]
    task = next(notice.assignments()).assignment
    assert (task.lead, str(task.deadline)) == ("Phòng Kỹ thuật an toàn", "2026-03-30")
    rebuilt = paragraph_texts(build_docx([written], tmp_path / "rebuilt")[0])
    assert_in_order(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Kết quả kiểm tra an toàn điện",
                     "Thực hiện Kế hoạch số 12/KH-SCT, Sở Công Thương thông báo như sau:", "1. Kết quả kiểm tra",
                     "- Các đơn vị chấp hành tốt quy định.", "- Còn 02 đơn vị chưa lập hồ sơ.", "2. Kiến nghị",
                     "- Giao Phòng Kỹ thuật an toàn chủ trì, phối hợp với các đơn vị kiểm tra lại trước ngày "
                     "30/3/2026.", "Sở Công Thương thông báo để các đơn vị biết, thực hiện./.", "- Như trên;",
                     "- Lưu: VT, KTAT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Thuân"], " | ".join(rebuilt))


def test_a_table_is_read_into_the_content_and_what_no_field_holds_is_noted(tmp_path, capsys):
    source = _word_notice(tmp_path / "tb-25.docx", extras=True)
    project = tmp_path / "office"
    (project / "notices").mkdir(parents=True)
    assert import_into(project, [source], "sct/2026", "--format", "json") == 0
    remarks = json.loads(capsys.readouterr().out)["files"][0]["remarks"]
    assert sorted(r["code"] for r in remarks) == ["import_image", "import_table_layout"]
    merged = next(r for r in remarks if r["code"] == "import_table_layout")
    assert merged["text"] == "Đơn vị | Số lần kiểm tra | Công ty Điện lực | Đợt 1 | Đợt 2"  # row by row
    written = project / "notices" / "sct" / "2026" / "25-TB-SCT.yaml"
    checked = pipeline.check([written])
    assert not checked.problems.errors, [p.format() for p in checked.problems]
    notice = checked.checked[0].notice
    # the table at its place: after the conclusion whose items it followed, before the next one
    assert [e.kind for e in notice.content] == ["conclusion", "table", "conclusion"]
    table = notice.content[1].table
    assert (table.header, table.rows) == (("Đơn vị", "Kết quả"), (("Công ty Điện lực", "Đạt"),))
    rebuilt = paragraph_texts(build_docx([written], tmp_path / "rebuilt")[0])
    assert_in_order(["- Còn 02 đơn vị chưa lập hồ sơ.", "Đơn vị", "Kết quả", "Công ty Điện lực", "Đạt",
                     "2. Kiến nghị"], " | ".join(rebuilt))
    # the merged table as a comment above the closing sentence it stood before
    lines = written.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if "Đơn vị | Số lần kiểm tra" in line)
    assert next(i for i, line in enumerate(lines) if "Giao Phòng Kỹ thuật" in line) < at < lines.index(
        next(line for line in lines if line.startswith("closing:")))
