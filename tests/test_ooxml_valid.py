"""Every DOCX the toolkit writes opens clean in Microsoft Word.

Word answers a file that breaks the ECMA-376 schema with "Word found unreadable content … Do you want to recover?"
or drops what it cannot place. Word is not on this machine, so the files are checked with `openxml-audit`, a
pure-Python port of the Open XML SDK's validator (the schemas and semantic rules Word's own SDK checks: element
order and count, attribute values, styles and relationships that resolve, content types), for Office 2016, plus
two package checks it leaves out (a part stored twice in the ZIP, a drawing id used twice). The office's own Word
file must show no finding, and a file broken on purpose must show one.

Also here: the settings a Word user expects (Word 2013+ layout, vi-VN, fonts declared, File → Info filled in), no
field but PAGE, and the template safe to re-save in LibreOffice and to restyle.
"""
from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree
from openxml_audit import FileFormat, OpenXmlValidator

from conftest import EXAMPLES as EXAMPLE_FILES
from conftest import NOTICE_149, PROJECT, committed, docx_text
from vanthu import cli, resources
from vanthu.convert.libreoffice import find_soffice
from vanthu.engine import pipeline
from vanthu.keep.redline import tracked
from vanthu.lint import lint
from vanthu.notice import markup
from vanthu.render import render
from vanthu.render.styles import STYLE_NAMES

REFERENCE_DOCX = PROJECT.parent / "shared" / "reference" / "TB-1894-SCT-2026.docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
NOTICES = PROJECT / "notices"
EXAMPLES = sorted(p.relative_to(NOTICES).with_suffix("").as_posix() for p in EXAMPLE_FILES)
VPCP = NOTICES / "vpcp" / "2026" / "1205-TB-VPCP.yaml"
VALIDATOR = OpenXmlValidator(file_format=FileFormat.OFFICE_2016, max_errors=0)


def findings(path: Path) -> list[str]:
    """Everything Word would object to in the file; empty when it opens clean."""
    found = [str(error) for error in VALIDATOR.validate(path).errors]
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        found += [f"[package] {name} stored {count} times" for name, count in collections.Counter(names).items()
                  if count > 1]
        for name in names:
            if name.startswith("word/") and name.endswith(".xml"):
                ids = collections.Counter(e.get("id") for e in _xml(package, name).iter(WP + "docPr"))
                found += [f"[drawing] {name}: wp:docPr id {i} used {n} times" for i, n in ids.items() if n > 1]
    return found


def _xml(package: zipfile.ZipFile, name: str):
    return etree.fromstring(package.read(name))


def _notice(path: Path = NOTICE_149):
    checked = pipeline.check([path])
    assert not checked.problems.errors, [p.format() for p in checked.problems]
    return checked.checked[0].notice


def _rewrite(source: Path, target: Path, part: str, change, extra: str | None = None) -> Path:
    """A copy of the DOCX with one XML part changed by `change(root)` (and `extra`, a part, stored a second time)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == part:
                root = etree.fromstring(data)
                change(root)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            new.writestr(item, data)
        if extra:
            with pytest.warns(UserWarning, match="Duplicate name"):
                new.writestr(extra, old.read(extra))
    return target


def _style(root, style_id: str):
    return next(s for s in root.iter(W + "style") if s.get(W + "styleId") == style_id)


# — the validator itself —

@pytest.mark.skipif(not REFERENCE_DOCX.exists(), reason="../shared/reference is not beside the clone")
def test_the_office_s_own_word_file_has_no_finding():
    assert findings(REFERENCE_DOCX) == []


def _border_after_alignment(root):
    """The bug this module was written for: the line under the text (w:pBdr) after w:spacing and w:jc."""
    ppr = _style(root, "DuongKe").find(W + "pPr")
    ppr.append(ppr.find(W + "pBdr"))


def _layout_twice(root):
    tbl_pr = next(root.iter(W + "tblPr"))
    tbl_pr.append(etree.fromstring(f'<w:tblLayout xmlns:w="{W[1:-1]}" w:type="fixed"/>'))


def _link_to_nothing(root):
    _style(root, "Header").find(W + "link").set(W + "val", "KhongCo")


@pytest.mark.parametrize("part, change, expected", [
    ("word/styles.xml", _border_after_alignment, "'pBdr'"),
    ("word/document.xml", _layout_twice, "'tblLayout'"),
    ("word/styles.xml", _link_to_nothing, "'KhongCo'"),
], ids=["pBdr-after-jc", "tblLayout-twice", "link-to-missing-style"])
def test_breaking_the_schema_on_purpose_is_found(tmp_path, part, change, expected):
    good = tmp_path / "good.docx"
    good.write_bytes(render.render(_notice()))
    assert findings(good) == []
    broken = _rewrite(good, tmp_path / "broken.docx", part, change)
    found = findings(broken)
    assert found and all(expected in f for f in found), found


def test_a_part_stored_twice_and_a_drawing_id_used_twice_are_found(tmp_path):
    good = tmp_path / "good.docx"
    good.write_bytes(render.render(_notice(VPCP)))  # the signature and the seal: two drawings
    assert findings(good) == []
    twice = _rewrite(good, tmp_path / "twice.docx", "word/document.xml",
                     lambda root: [d.set("id", "1") for d in root.iter(WP + "docPr")], extra="docProps/core.xml")
    assert sorted(f.split(" ")[0] for f in findings(twice)) == ["[drawing]", "[package]"]


# — every DOCX the toolkit writes —

def test_the_styles_the_code_names_carry_those_names_in_the_template():
    """tools/make_template.py and vanthu/render/styles.py name the same styles: found by name, they are the ids expected."""
    assert render._style_facts(resources.default_template()).ids == {sid: sid for sid in STYLE_NAMES}


def test_the_template_is_valid():
    assert findings(resources.default_template()) == []


@pytest.mark.parametrize("stem", EXAMPLES)
def test_every_example_notice_is_valid(built_examples, stem):
    assert findings(built_examples[stem]["docx"]) == []


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    """A git repository holding a copy of notices/ (with the sample images), committed once; the current folder."""
    repo = tmp_path / "repo"
    shutil.copytree(NOTICES, repo / "notices")
    committed(repo, "notices")
    monkeypatch.chdir(repo)
    return repo


def _edit(path: Path, *replacements: tuple[str, str]) -> None:
    text = path.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")


def test_a_redline_is_valid(repo):
    notice = Path("notices/2020/149-TB-UBND.yaml")
    _edit(notice, ("number: 149", "number: 150"), ("xác định cụ thể đơn vị", "xác định rõ đơn vị"),
          ("\n        deadline: 25/3/2020", "\n        deadline: 27/3/2020"),
          ("  - Trung tâm TT-TH\n", "  - Trung tâm TT-TH\n  - Sở Y tế\n"))
    redline = repo / "149-redline.docx"
    assert cli.main(["diff", str(notice), "--redline", str(redline)]) == 0
    root = _xml(zipfile.ZipFile(redline), "word/document.xml")
    assert next(root.iter(W + "ins"), None) is not None and next(root.iter(W + "del"), None) is not None
    assert findings(redline) == []


def test_a_redline_that_takes_the_signature_and_seal_pictures_out_is_valid(tmp_path):
    """The deleted picture paragraph is copied from the old document: its pictures come along with it. (Made
    with redline.tracked from the two renderings: `diff` at a git revision does not yet bring the images.)"""
    old = _notice(VPCP)
    new = dataclasses.replace(old, number=1206, electronic=False, signature_image=None, seal=None)
    redline = tmp_path / "1206-redline.docx"
    redline.write_bytes(tracked(render.render(old), render.render(new), "Chuyên viên A"))
    with zipfile.ZipFile(redline) as package:
        deleted = [d for d in _xml(package, "word/document.xml").iter(W + "del")
                   if d.find(f".//{W}drawing") is not None]
    assert len(deleted) == 2, "the signature and the seal shown deleted"
    assert findings(redline) == []


# — what a Word user expects to find —

def _parts(path: Path) -> dict[str, etree._Element]:
    with zipfile.ZipFile(path) as package:
        return {name: _xml(package, name) for name in package.namelist() if name.endswith(".xml")}


def _settings_facts(path: Path) -> dict:
    parts = _parts(path)
    settings, styles = parts["word/settings.xml"], parts["word/styles.xml"]
    modes = [s.get(W + "val") for s in settings.iter(W + "compatSetting") if s.get(W + "name") == "compatibilityMode"]
    default_lang = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    used = {font for name, root in parts.items() if name.startswith("word/") and "fontTable" not in name
            for fonts in root.iter(W + "rFonts")
            for attribute in ("ascii", "hAnsi", "cs", "eastAsia") if (font := fonts.get(W + attribute))}
    declared = {font.get(W + "name") for font in parts["word/fontTable.xml"].iter(W + "font")}
    return {
        "compatibilityMode": modes,
        "language": default_lang is not None and default_lang.get(W + "val"),
        "spelling marked checked": settings.find(W + "proofState") is not None,
        "fields updated on open": settings.find(W + "updateFields") is not None,
        "fonts not declared": used - declared,
        "Times New Roman declared": "Times New Roman" in declared,
    }


@pytest.mark.parametrize("which", ["template", *EXAMPLES])
def test_word_layout_language_and_fonts(built_examples, which):
    path = resources.default_template() if which == "template" else built_examples[which]["docx"]
    assert _settings_facts(path) == {
        "compatibilityMode": ["15"],  # Word 2013 and later; below it Word says "[Compatibility Mode]"
        "language": "vi-VN",  # Word's spelling checker and hyphenation
        "spelling marked checked": False,
        "fields updated on open": False,
        "fonts not declared": set(),
        "Times New Roman declared": True,
    }


@pytest.mark.parametrize("stem", EXAMPLES)
def test_file_info_shows_the_summary_the_agency_and_the_issue_date(built_examples, stem):
    notice = _notice(NOTICES / f"{stem}.yaml")
    properties = docx.Document(built_examples[stem]["docx"]).core_properties
    assert properties.title == markup.plain_text(notice.summary)
    assert properties.author == notice.agency.full_name
    assert properties.created == properties.modified == dt.datetime.combine(notice.date, dt.time(), dt.timezone.utc)
    assert properties.language == "vi-VN"
    assert properties.comments == ""  # not python-docx's "generated by python-docx"


@pytest.mark.parametrize("stem", EXAMPLES)
def test_number_date_and_place_are_text_and_the_only_field_is_the_page_number(built_examples, stem):
    notice = _notice(NOTICES / f"{stem}.yaml")
    parts = _parts(built_examples[stem]["docx"])
    instructions = [i for root in parts.values() for i in
                    [f.get(W + "instr") for f in root.iter(W + "fldSimple")]
                    + ["".join(t.text or "" for t in root.iter(W + "instrText"))] if i]
    assert instructions and {i.split()[0] for i in instructions} == {"PAGE"}
    assert not any(root.find(f".//{W}sdt") is not None for root in parts.values()), "no content controls"
    paragraphs = ["".join(t.text or "" for t in p.iter(W + "t")) for p in parts["word/document.xml"].iter(W + "p")]
    assert f"Số: {notice.number_symbol}" in paragraphs
    assert notice.place_date in paragraphs


# — the template in a clerk's hands —

@pytest.fixture(scope="module")
def resaved_by_libreoffice(tmp_path_factory) -> Path:
    """templates/thong-bao.docx opened and saved again as DOCX by LibreOffice, as a clerk would."""
    soffice = find_soffice()
    assert soffice, "LibreOffice is needed (see README)"
    folder = tmp_path_factory.mktemp("libreoffice")
    source = folder / "in" / "thong-bao.docx"
    source.parent.mkdir()
    shutil.copy(resources.default_template(), source)
    subprocess.run([soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(folder / "out"), str(source)],
                   check=True, capture_output=True, timeout=180)
    saved = folder / "out" / "thong-bao.docx"
    assert saved.exists()
    return saved


def _build_through(template: Path, out: Path) -> Path:
    out.write_bytes(render.render(_notice(), template))
    return out


def test_the_template_resaved_by_libreoffice_builds_the_seed_notice(resaved_by_libreoffice, tmp_path):
    """LibreOffice renames the styles' ids after their names ("Nội dung" → "Nidung"); the build finds them by name."""
    built = _build_through(resaved_by_libreoffice, tmp_path / "149.docx")
    usual = _build_through(resources.default_template(), tmp_path / "149-usual.docx")
    assert docx_text(built) == docx_text(usual)
    linted = lint(built)
    assert linted.error is None and not linted.violations, linted.violations
    assert findings(built) == []


def test_libreoffice_s_other_name_for_the_core_properties_makes_no_second_copy(resaved_by_libreoffice, tmp_path):
    """LibreOffice 24 relates docProps/core.xml under ".../officedocument/2006/relationships/metadata/
    core-properties"; python-docx did not see it and docxtpl wrote a second docProps/core.xml into the package."""
    standard = b"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    spelt = b"http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/core-properties"
    template = tmp_path / "lo24.docx"
    with zipfile.ZipFile(resaved_by_libreoffice) as old, zipfile.ZipFile(template, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            new.writestr(item, data.replace(standard, spelt) if item.filename == "_rels/.rels" else data)
    assert spelt in zipfile.ZipFile(template).read("_rels/.rels")
    built = _build_through(template, tmp_path / "149.docx")
    assert zipfile.ZipFile(built).namelist().count("docProps/core.xml") == 1
    assert docx.Document(built).core_properties.title.startswith("Kết luận của Phó Chủ tịch")
    assert findings(built) == []


def _body_at_13_pt(root) -> None:
    """What Word writes when a clerk sets the style "Nội dung" to 13 pt (Home → Styles → Modify)."""
    size = _style(root, "NoiDung").find(f"{W}rPr/{W}sz")
    size.set(W + "val", "26")


def test_a_clerk_s_restyle_changes_that_style_and_nothing_else(tmp_path):
    restyled = _rewrite(resources.default_template(), tmp_path / "uy-ban.docx", "word/styles.xml", _body_at_13_pt)
    before = _parts(_build_through(resources.default_template(), tmp_path / "before.docx"))
    after_path = _build_through(restyled, tmp_path / "after.docx")
    after = _parts(after_path)
    assert before.keys() == after.keys()
    changed = [name for name in before if etree.tostring(before[name]) != etree.tostring(after[name])]
    assert changed == ["word/styles.xml"]
    _body_at_13_pt(before["word/styles.xml"])
    assert etree.tostring(before["word/styles.xml"], method="c14n") == etree.tostring(after["word/styles.xml"],
                                                                                        method="c14n")
    assert findings(after_path) == []
    linted = lint(after_path)
    assert linted.error is None and not linted.violations, linted.violations
