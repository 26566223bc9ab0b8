"""`diff`: what changed in a notice between git revisions, by field, and the redline DOCX with tracked changes."""
from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from conftest import NOTICE_149, PROJECT, committed, docx_text, git, norm, pdf_text
from vanthu import cli, convert
from vanthu.engine import pipeline
from vanthu.render import render

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Path:
    """A git repository holding the 149 notice and its settings, committed once; the current folder."""
    repo = tmp_path / "repo"
    (repo / "notices" / "2020").mkdir(parents=True)
    shutil.copy(PROJECT / "notices" / "_agency.yaml", repo / "notices")
    shutil.copy(NOTICE_149, repo / "notices" / "2020")
    committed(repo, "149")
    monkeypatch.chdir(repo)
    return repo


NOTICE = Path("notices/2020/149-TB-UBND.yaml")


def _edit(*replacements: tuple[str, str]) -> None:
    text = NOTICE.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new)
    NOTICE.write_text(text, encoding="utf-8")


REVIEWED = (("number: 149", "number: 150"),
            ("xác định cụ thể đơn vị", "xác định rõ đơn vị"),
            ("\n        deadline: 25/3/2020", "\n        deadline: 27/3/2020"),
            ("  - Trung tâm TT-TH\n", "  - Trung tâm TT-TH\n  - Sở Y tế\n"))


def test_diff_names_each_changed_field(repo, capsys):
    _edit(*REVIEWED)
    assert cli.main(["diff", str(NOTICE)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "notices/2020/149-TB-UBND.yaml: HEAD → bản đang sửa"
    assert "  number: 149 → 150" in out
    assert any(line.startswith("  content 2. › -1: ") and "[-cụ thể-] {+rõ+}" in line for line in out)
    assert "  content 2. › -1 deadline: trước ngày 25/3/2020 → trước ngày 27/3/2020" in out
    assert "  recipients: thêm «Sở Y tế»" in out
    assert len(out) == 5  # nothing else is reported


def test_rewrapping_a_block_is_no_change(repo, capsys):
    _edit(("Trong những năm qua, công tác cải cách hành chính luôn được Thành ủy,\n    Ủy ban",
           "Trong những năm qua,\n    công tác cải cách hành chính luôn được Thành ủy, Ủy ban"))
    assert cli.main(["diff", "--lang", "en", str(NOTICE)]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "  No change to what the notice says."


def test_diff_between_two_commits_reports_an_added_and_a_removed_conclusion(repo, capsys):
    _edit(("  - text: >-\n      Ủy ban nhân dân thành phố ghi nhận", "  - text: >-\n      Ủy ban nhân dân thành phố "
           "ghi nhận"), ("recipients:", "closing: Văn phòng thông báo để các cơ quan biết, thực hiện\n\nrecipients:"))
    text = NOTICE.read_text(encoding="utf-8")
    start = text.index("  - text: >-\n      Ủy ban nhân dân thành phố ghi nhận")
    end = text.index("closing:")
    NOTICE.write_text(text[:start] + "  - Các cơ quan báo cáo kết quả trước ngày 30/6/2020.\n\n" + text[end:],
                      encoding="utf-8")
    git(repo, "commit", "-qam", "thay khoản 3")
    assert cli.main(["diff", "--lang", "en", str(NOTICE), "HEAD~1", "HEAD"]) == 0
    out = capsys.readouterr().out
    assert "notices/2020/149-TB-UBND.yaml: HEAD~1 → HEAD" in out
    assert "content 3.: removed «Ủy ban nhân dân thành phố ghi nhận, biểu dương" in out
    assert "content 3.: added «Các cơ quan báo cáo kết quả trước ngày 30/6/2020.»" in out
    assert "closing: Văn phòng [-Ủy ban nhân dân thành phố-] thông báo" in out and "{+biết,+} thực hiện" in out


def test_diff_at_an_unknown_revision_says_so(repo, capsys):
    assert cli.main(["diff", str(NOTICE), "no-such-revision"]) == 1
    err = capsys.readouterr().err
    assert "no-such-revision" in err and "Traceback" not in err


def _texts(docx_file: Path) -> tuple[str, str, etree._Element]:
    """The text with every change accepted, and with every change rejected, read from the document XML."""
    root = etree.fromstring(zipfile.ZipFile(docx_file).read("word/document.xml"))
    accepted, rejected = [], []
    for paragraph in root.iter(W + "p"):
        marks = paragraph.find(f"{W}pPr/{W}rPr")
        inserted = marks is not None and marks.find(W + "ins") is not None
        deleted = marks is not None and marks.find(W + "del") is not None
        words_new = "".join(t.text or "" for t in paragraph.iter(W + "t"))
        words_old = "".join(t.text or "" for t in paragraph.iter(W + "t", W + "delText")
                            if not any(a.tag == W + "ins" for a in t.iterancestors()))
        if not deleted:
            accepted.append(words_new)
        if not inserted:
            rejected.append(words_old)
    return norm(" ".join(accepted)), norm(" ".join(rejected)), root


def test_redline_holds_tracked_insertions_and_deletions(repo, tmp_path):
    old_docx = tmp_path / "old.docx"
    old_docx.write_bytes(render.render(pipeline.check([NOTICE]).checked[0].notice))
    _edit(*REVIEWED)
    new_docx = tmp_path / "new.docx"
    new_docx.write_bytes(render.render(pipeline.check([NOTICE]).checked[0].notice))
    redline = tmp_path / "redline.docx"
    assert cli.main(["diff", str(NOTICE), "--redline", str(redline)]) == 0
    accepted, rejected, root = _texts(redline)
    inserted = ["".join(t.text for t in e.iter(W + "t")) for e in root.iter(W + "ins")]
    deleted = ["".join(t.text for t in e.iter(W + "delText")) for e in root.iter(W + "del")]
    assert "150/TB-UBND" in inserted and "149/TB-UBND" in deleted
    assert "rõ " in inserted and "cụ thể " in deleted
    assert "27/3/2020" in inserted and "25/3/2020" in deleted
    assert {e.get(W + "author") for e in root.iter(W + "ins", W + "del")} == {"Chuyên viên A"}
    assert accepted == docx_text(new_docx)  # accept every change: the new notice
    assert rejected == docx_text(old_docx)  # reject every change: the old one


def test_redline_opens_in_libreoffice_showing_both_versions(repo, tmp_path):
    _edit(*REVIEWED)
    redline = tmp_path / "redline.docx"
    assert cli.main(["diff", str(NOTICE), "--redline", str(redline)]) == 0
    engine = convert.choose("libreoffice")
    result = engine.convert([redline], tmp_path)
    assert isinstance(result[redline], Path), result
    text = pdf_text(result[redline])
    assert "Số: 149/TB-UBND150/TB" in text  # LibreOffice shows the deleted and the inserted number


def test_git_diff_of_a_docx_shows_its_text_through_the_textconv_driver(repo, tmp_path):
    """The driver set up as docs/git.md says, with the repository's .gitattributes."""
    shutil.copy(PROJECT / ".gitattributes", repo)
    git(repo, "config", "diff.docx.textconv", f"{sys.executable} -m vanthu.keep.redline")
    built = repo / "149.docx"
    built.write_bytes(render.render(pipeline.check([NOTICE]).checked[0].notice))
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "docx")
    _edit(("xác định cụ thể đơn vị", "xác định rõ đơn vị"))
    built.write_bytes(render.render(pipeline.check([NOTICE]).checked[0].notice))
    shown = subprocess.run(["git", "diff", "--word-diff", "149.docx"], cwd=repo, capture_output=True, text=True,
                           check=True).stdout
    assert "Binary files" not in shown
    assert "[-cụ thể-]{+rõ+}" in shown
