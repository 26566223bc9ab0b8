"""Broken notices: each file in tests/bad/ holds one mistake and says on its first line what it must produce
(`# expect: <code> <line> <field>`). A broken notice writes nothing and leaves earlier outputs as they were."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PROJECT, TESTS
from vanthu import pipeline

BAD = sorted(p for p in (TESTS / "bad").glob("*.yaml") if not p.name.startswith("_"))


def expectation(file: Path) -> tuple[str, int, str]:
    words = file.read_text(encoding="utf-8", errors="replace").splitlines()[0].split()
    assert words[:2] == ["#", "expect:"], f"{file.name} must start with '# expect: code line field'"
    code, line, field = (words[2:] + [""])[:3]
    return code, int(line), field


@pytest.mark.parametrize("file", BAD, ids=[p.stem for p in BAD])
def test_each_mistake_is_reported_where_it_is(file):
    code, line, field = expectation(file)
    outcome = pipeline.check([file])
    found = [(p.code, p.line, p.field) for p in outcome.problems.errors]
    assert (code, line, field) in found
    assert outcome.checked[0].notice is None


@pytest.mark.parametrize("file", BAD, ids=[p.stem for p in BAD])
def test_a_broken_notice_writes_nothing(file, tmp_path):
    outcome = pipeline.build([file], tmp_path)
    assert outcome.built == []
    assert list(tmp_path.rglob("*")) == []


def run_cli(*args, env=None):
    return subprocess.run([sys.executable, str(PROJECT / "build.py"), *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, cwd=PROJECT)


def test_check_names_file_line_column_and_field_in_vietnamese():
    bad = TESTS / "bad" / "date-31-february.yaml"
    result = run_cli("check", str(bad), "--lang", "vi")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0] == "1 lỗi, 0 cảnh báo trong 1 tệp."
    assert lines[1] == ("tests/bad/date-31-february.yaml:3:1: lỗi [date]: "
                        "«ngày ban hành»: ngày «31/02/2026» không có trong lịch.")


def test_check_in_english_and_as_json():
    bad = TESTS / "bad" / "misspelt-field.yaml"
    english = run_cli("check", str(bad), "--lang", "en")
    assert "The field «sumary» is not part of a notice. Did you mean «summary»?" in english.stderr
    from_env = run_cli("check", str(bad), env={"LANG": "en_US.UTF-8", "LANGUAGE": ""})
    assert "Did you mean «summary»?" in from_env.stderr
    as_json = json.loads(run_cli("check", str(bad), "--format", "json").stdout)
    assert as_json == [{"file": str(bad), "line": 4, "column": 1, "field": "sumary", "code": "unknown_field",
                        "severity": "error",
                        "message": "Trường «sumary» không có trong mẫu thông báo. Có phải là «summary»?"}]


def test_all_problems_of_all_files_at_once():
    result = run_cli("check", str(TESTS / "bad"))
    assert result.returncode == 1
    reported = {line.split(":")[0] for line in result.stderr.splitlines()[1:]}
    assert {f"tests/bad/{p.name}" for p in BAD} <= reported


def test_a_failed_build_keeps_the_earlier_good_outputs(project):
    notice = project / "notices" / "2026" / "05-TB-UBND.yaml"
    notice.write_text((TESTS / "fixtures" / "minimal.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    out = project / "build"
    first = pipeline.build([notice], out)
    assert not first.problems.errors and len(first.built) == 1
    before = {p: p.read_bytes() for p in first.built[0]}
    assert {p.suffix for p in before} == {".docx", ".pdf"}

    notice.write_text(notice.read_text(encoding="utf-8").replace("2026-01-09", "2026-02-30"), encoding="utf-8")
    second = pipeline.build([notice], out)
    assert [p.code for p in second.problems.errors] == ["date_not_exist"]
    assert second.built == []
    assert {p: p.read_bytes() for p in before} == before
    assert sorted(p.name for p in out.rglob("*")) == ["05-TB-UBND.docx", "05-TB-UBND.pdf", "2026"]


def test_a_warning_does_not_stop_the_build(project):
    notice = project / "notices" / "2026" / "06-TB-UBND.yaml"
    text = (TESTS / "fixtures" / "minimal.yaml").read_text(encoding="utf-8")
    notice.write_text(text.replace("  - Nội dung thứ nhất.", "  - text: Báo cáo kết quả\n    deadline: 2026-01-02"),
                      encoding="utf-8")
    outcome = pipeline.build([notice], project / "build", converter="none")
    assert [p.code for p in outcome.problems.warnings] == ["deadline_before_issue"]
    assert len(outcome.built) == 1


def test_without_a_converter_the_docx_is_still_built_and_the_message_says_how_to_get_pdf(project):
    notice = project / "notices" / "2026" / "05-TB-UBND.yaml"
    notice.write_text((TESTS / "fixtures" / "minimal.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    out = project / "build"
    result = run_cli("build", str(notice), "--out", str(out), "--lang", "en",
                     env={"PATH": str(project), "VANTHU_SOFFICE": ""})
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.rglob("*.*")) == ["05-TB-UBND.docx"]
    assert "apt-get install libreoffice-writer-nogui fonts-liberation2" in result.stderr
