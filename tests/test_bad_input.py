"""Broken notices: each file in tests/bad/ holds one mistake and says on its first line what it must produce
(`# expect: <code> <line> <field>`; a warning code for a mistake that is only warned about). `# expect: ok` marks
input that looks wrong but is taken as typed: its `# typed: <field> = <value>` lines say what the notice must hold.
The corpus is checked together, as `build.py check` does: a broken notice writes nothing, earlier outputs stay.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from conftest import PROJECT, TESTS
from vanthu.check import rules, schema
from vanthu.check.problems import WARNING, Mark, Problems
from vanthu.check.settings import load_with_settings
from vanthu.engine import pipeline

BAD = sorted(p for p in (TESTS / "bad").glob("*.yaml") if not p.name.startswith("_"))
OK = [p for p in BAD if p.name.startswith("ok-")]
MISTAKES = [p for p in BAD if p not in OK]


def expectation(file: Path) -> tuple[str, int, str]:
    raw = file.read_bytes()
    text = raw.decode("utf-16") if raw[:2] == b"\xff\xfe" else raw.decode("utf-8-sig", errors="replace")
    words = text.splitlines()[0].split()
    assert words[:2] == ["#", "expect:"], f"{file.name} must start with '# expect: code line field'"
    if words[2:] == ["ok"]:
        return "ok", 0, ""
    code, line, field = (words[2:] + [""])[:3]
    return code, int(line), field


def typed(file: Path) -> dict[str, str]:
    text = file.read_text(encoding="utf-8-sig")
    return dict(re.findall(r"(?m)^# typed: (\S+) = (.*?)\r?$", text))


@pytest.fixture(scope="module")
def corpus():
    return pipeline.check(BAD)


def test_the_corpus_holds_at_least_40_mistakes():
    assert len(MISTAKES) >= 40
    assert all(expectation(p)[0] != "ok" for p in MISTAKES) and all(expectation(p)[0] == "ok" for p in OK)


@pytest.mark.parametrize("file", MISTAKES, ids=[p.stem for p in MISTAKES])
def test_each_mistake_is_reported_where_it_is(file, corpus):
    code, line, field = expectation(file)
    mine = [p for p in corpus.problems if p.file == file]
    found = {(p.code, p.line, p.field): p for p in mine}
    assert (code, line, field) in found, [(p.code, p.line, p.field) for p in mine]
    notice = next(c.notice for c in corpus.checked if c.file == file)
    if found[(code, line, field)].severity == WARNING:
        assert notice is not None and not [p for p in mine if p.severity != WARNING]
    else:
        assert notice is None
        # One mistake, one message: no knock-on errors a clerk would have to puzzle out.
        assert [(p.code, p.line, p.field) for p in mine if p.severity != WARNING] == [(code, line, field)]


@pytest.mark.parametrize("file", MISTAKES, ids=[p.stem for p in MISTAKES])
def test_each_message_reads_in_vietnamese_and_english(file, corpus):
    for problem in (p for p in corpus.problems if p.file == file):
        vi, en = problem.message("vi"), problem.message("en")
        assert vi and en and vi != en and not re.search(r"\{[a-z_]+\}", vi + en)


@pytest.mark.parametrize("file", OK, ids=[p.stem for p in OK])
def test_what_looks_wrong_but_is_fine_is_taken_exactly_as_typed(file, corpus):
    assert [p for p in corpus.problems if p.file == file] == []
    source, _ = load_with_settings(file, file.parent, Problems(), {})
    doc = schema.validate(source, Problems())
    for field, value in typed(file).items():
        held = doc
        for part in field.split("."):
            held = held[int(part)] if part.isdigit() else held[part]
        held = held["text"] if isinstance(held, dict) and "text" in held else held
        held = held["name"] if isinstance(held, dict) and "name" in held else held
        assert str(held) == value, field


def test_a_broken_notice_writes_nothing_and_the_good_ones_are_built(tmp_path):
    outcome = pipeline.build(BAD, tmp_path, converter="none")
    written = sorted(p.stem for p in tmp_path.rglob("*.docx")) + sorted(p.stem for p in tmp_path.rglob("*.pdf"))
    good = {c.file.stem for c in outcome.checked if c.notice is not None}
    assert sorted(written) == sorted(good)
    assert good == {p.stem for p in BAD if p in OK or expectation(p)[0] in _warning_codes(outcome)}


def _warning_codes(outcome) -> set[str]:
    return {p.code for p in outcome.problems.warnings}


def test_the_notices_yaml_is_never_rewritten(tmp_path):
    """Checking and building only read a notice: not even NFC normalisation or a BOM is written back."""
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in BAD}
    pipeline.check(BAD)
    pipeline.build(BAD, tmp_path, converter="none")
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in BAD} == before


def test_duplicate_number_names_the_other_file(corpus):
    clash = [p for p in corpus.problems if p.code == "duplicate_number"]
    assert {p.file.name for p in clash} == {"duplicate-number-a.yaml", "duplicate-number-b.yaml"}
    first = next(p for p in clash if p.file.name == "duplicate-number-a.yaml")
    assert "duplicate-number-b.yaml" in first.message("vi") and "77/TB-UBND" in first.message("vi")


def test_legacy_encodings_say_what_the_text_meant(corpus):
    messages = {p.file.name: p.message("vi") for p in corpus.problems if p.code.startswith("legacy_encoding")}
    assert "«KÕt luËn cña Chñ tÞch vÒ Së tµi» có lẽ là «Kết luận của Chủ tịch về Sở tài»" in messages["tcvn3-text.yaml"]
    assert "có lẽ là «Giao Sở Tài nguyên và Môi trường báo»" in messages["vni-text.yaml"]
    assert "TCVN3" in messages["tcvn3-file.yaml"] and "«summary: Kết luận của Chủ tịch" in messages["tcvn3-file.yaml"]


def test_invisible_characters_are_every_control_and_format_character():
    """The listed ranges hold every Cc and Cf character this Python knows (tab and line feed aside), and nothing
    else but unassigned code points (a later Unicode may assign them as format characters)."""
    for code in range(0x110000):
        ch = chr(code)
        category = unicodedata.category(ch)
        listed = rules._INVISIBLE.match(ch) is not None
        if category in ("Cc", "Cf") and ch not in "\t\n":
            assert listed, f"U+{code:04X}"
        elif listed:
            assert category == "Cn", f"U+{code:04X}"


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
    assert {f"tests/bad/{p.name}" for p in MISTAKES} <= reported


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
    assert sorted(p.name for p in out.rglob("[!.]*")) == ["05-TB-UBND.docx", "05-TB-UBND.pdf", "2026"]


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
    assert sorted(p.name for p in out.rglob("[!.]*.*")) == ["05-TB-UBND.docx"]
    assert "apt-get install libreoffice-writer-nogui fonts-liberation2" in result.stderr


def test_a_notice_that_now_has_errors_reports_its_earlier_outputs_as_out_of_date(project):
    notice = project / "notices" / "2026" / "05-TB-UBND.yaml"
    notice.write_text((TESTS / "fixtures" / "minimal.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    out = project / "build"
    assert run_cli("build", str(notice), "--out", str(out), "--converter", "none").returncode == 0
    notice.write_text(notice.read_text(encoding="utf-8").replace("2026-01-09", "2026-02-30"), encoding="utf-8")
    result = run_cli("build", str(notice), "--out", str(out), "--converter", "none", "--lang", "en")
    assert result.returncode == 1
    # Named relative to the project's root, wherever the command was run from.
    assert "build/2026/05-TB-UBND.docx are the earlier output, kept as they were but out of date" in result.stderr


def _font_charset(font: str) -> set[int]:
    """The code points a font draws, as fontconfig reads its character map."""
    ranges = subprocess.run(["fc-query", "--format=%{charset}", font], capture_output=True, text=True,
                            check=True).stdout.split()
    drawn = set()
    for part in ranges:
        first, _, last = part.partition("-")
        drawn.update(range(int(first, 16), int(last or first, 16) + 1))
    return drawn


def test_what_check_refuses_as_unprintable_the_font_cannot_draw_and_every_emoji_is_refused():
    font = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"
    if not Path(font).is_file():
        pytest.skip("Liberation Serif is not installed")
    drawn = _font_charset(font)
    refused = [c for c in range(0x110000) if rules.UNPRINTABLE.match(chr(c))]
    assert not drawn.intersection(refused)
    assert drawn.issuperset(map(ord, "♥♦♠♣☺→€“”«»–—…•"))  # symbols the font has stay allowed
    for emoji in "👍😀🎉✅❌⭐☀☎⚠✔✈❤🇻🇳":
        assert rules.UNPRINTABLE.search(emoji), emoji


def test_vietnamese_messages_count_list_items_from_1_and_english_keeps_the_path():
    bad = TESTS / "bad" / "recipient-word-bullet.yaml"
    vi = run_cli("check", str(bad), "--lang", "vi").stdout.splitlines()  # warnings only: the report is output
    assert vi[1].startswith("tests/bad/recipient-word-bullet.yaml:8:5: cảnh báo [người nhận thứ 2]: Nơi nhận")
    assert "recipients.1" not in "\n".join(vi)
    assert "warning [recipients.1]:" in run_cli("check", str(bad), "--lang", "en").stdout
    deep = Problems()
    deep.add(Mark(bad, 3, 1), ("content", 2, "items", 0, "deadline"), "deadline_before_issue",
             severity=WARNING, deadline="01/01/2026", issued="09/01/2026")
    assert "[mục thứ 3 › ý thứ 1 › deadline]" in deep[0].format("vi")


def test_a_pasted_bullet_is_left_out_of_the_printed_line_and_a_dash_inside_a_name_stays():
    from vanthu.notice import nd30
    assert nd30.recipient_lines(["• Sở Tài chính", "- Sở Xây dựng;", "Ban Quản lý dự án - Khu vực 1"], [], None) == [
        "- Sở Tài chính;", "- Sở Xây dựng;", "- Ban Quản lý dự án - Khu vực 1;", "- Lưu: VT."]
