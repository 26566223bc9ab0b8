"""`fmt`: the house YAML style. Rewriting never changes a rendered word nor loses a comment; `--check` fails on
a file not in style."""
from __future__ import annotations

import shutil
from pathlib import Path

from conftest import NOTICE_149, PROJECT, TESTS, docx_text
from vanthu import cli
from vanthu.engine import pipeline
from vanthu.keep import fmt
from vanthu.render import render

UNSTYLED = TESTS / "keep" / "unstyled.yaml"


def _rendered_text(file: Path, tmp_path: Path) -> str:
    outcome = pipeline.check([file])
    assert not outcome.problems.errors, [p.format() for p in outcome.problems]
    out = tmp_path / f"{file.stem}-{len(list(tmp_path.iterdir()))}.docx"
    out.write_bytes(render.render(outcome.checked[0].notice))
    return docx_text(out)


def _unstyled_copy(project: Path) -> Path:
    target = project / "notices" / "2026" / UNSTYLED.name
    shutil.copy(UNSTYLED, target)
    return target


def test_fmt_leaves_the_docx_text_identical(project, tmp_path):
    notice = _unstyled_copy(project)
    before_text, before_yaml = _rendered_text(notice, tmp_path), notice.read_text(encoding="utf-8")
    assert cli.main(["fmt", str(notice)]) == 0
    assert notice.read_text(encoding="utf-8") != before_yaml
    assert _rendered_text(notice, tmp_path) == before_text
    assert "Năm 2026, các sở, ngành" in before_text  # the comparison is of the real body


def test_fmt_keeps_every_comment(project):
    notice = _unstyled_copy(project)
    comments = fmt._comments(notice.read_text(encoding="utf-8"))
    assert len(comments) == 5
    cli.main(["fmt", str(notice)])
    after = notice.read_text(encoding="utf-8")
    assert sorted(fmt._comments(after)) == sorted(comments)
    assert "summary: >-  # trích yếu\n" in after  # an end-of-line comment moves onto the block's first line


def test_fmt_writes_one_sentence_or_clause_per_line(project):
    notice = _unstyled_copy(project)
    cli.main(["fmt", str(notice)])
    lines = [line.strip() for line in notice.read_text(encoding="utf-8").splitlines()]
    assert "Năm 2026, các sở, ngành đã chủ động triển khai kế hoạch phòng, chống thiên tai." in lines
    assert "Công tác trực ban được duy trì nghiêm túc;" in lines
    assert "lực lượng, phương tiện được chuẩn bị sẵn sàng." in lines
    assert all(len(line) <= fmt.WIDTH for line in lines if not line.startswith("#"))


def test_a_one_word_change_is_a_one_line_diff_after_fmt(project):
    notice = _unstyled_copy(project)
    cli.main(["fmt", str(notice)])
    before = notice.read_text(encoding="utf-8").splitlines()
    after = [line.replace("nghiêm túc", "chặt chẽ") for line in before]
    assert sum(a != b for a, b in zip(before, after)) == 1


def test_fmt_check_fails_on_a_file_not_in_style_and_changes_nothing(project, capsys):
    notice = _unstyled_copy(project)
    original = notice.read_bytes()
    assert cli.main(["fmt", "--check", str(notice)]) == 1
    assert notice.read_bytes() == original
    assert f"{notice.name}:4:" in capsys.readouterr().err  # the first line out of style
    cli.main(["fmt", str(notice)])
    assert cli.main(["fmt", "--check", str(notice)]) == 0


def test_fmt_is_idempotent(project):
    notice = _unstyled_copy(project)
    cli.main(["fmt", str(notice)])
    once = notice.read_bytes()
    cli.main(["fmt", str(notice)])
    assert notice.read_bytes() == once


def test_example_notice_and_settings_are_in_style():
    assert cli.main(["fmt", "--check", str(NOTICE_149), str(PROJECT / "notices" / "_agency.yaml")]) == 0


def test_fmt_reports_a_broken_file_with_its_line_and_leaves_it(tmp_path, capsys):
    broken = tmp_path / "tab.yaml"
    shutil.copy(TESTS / "bad" / "tab-indent.yaml", broken)
    original = broken.read_bytes()
    assert cli.main(["fmt", "--lang", "en", str(broken)]) == 1
    err = capsys.readouterr().err
    assert "tab.yaml:" in err and "tab" in err.lower() and "Traceback" not in err
    assert broken.read_bytes() == original


def test_abbreviations_and_lower_case_words_do_not_end_a_sentence():
    assert fmt.breaks("TL. ỦY BAN NHÂN DÂN xem xét, v.v. và các việc khác") == []
    assert fmt.breaks("ngày 23/4/2018 của Chính phủ. Giao Sở Nội vụ") == [len("ngày 23/4/2018 của Chính phủ.")]


def test_fmt_of_a_notice_with_an_impossible_date_says_so_and_changes_nothing(capsys):
    bad = TESTS / "bad" / "date-month-13.yaml"
    before = bad.read_bytes()
    assert cli.main(["fmt", "--check", str(bad), "--lang", "en"]) == 1
    assert "cannot be restyled yet" in capsys.readouterr().err
    assert bad.read_bytes() == before
