"""Incremental builds: a notice is rebuilt only when something its outputs depend on changed.

These builds write DOCX only (`converter="none"`): what is rebuilt does not depend on the PDF engine, and the
PDF engine has tests of its own.
"""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import PROJECT
from engine_helpers import write_notices
from vanthu.check.notices import find_notices
from vanthu.engine import pipeline


def build(project, **options):
    return pipeline.build(find_notices([project / "notices"]), project / "build", "none", **options)


def test_unchanged_notices_are_not_rebuilt(project):
    write_notices(project, 3)
    first = build(project)
    assert sorted(first.status.values()) == ["built"] * 3
    docx = project / "build" / "2026" / "01-TB.docx"
    before = docx.stat().st_mtime_ns
    again = build(project)
    assert sorted(again.status.values()) == ["unchanged"] * 3 and again.built == []
    assert docx.stat().st_mtime_ns == before


def test_an_edited_notice_is_rebuilt_alone(project):
    files = write_notices(project, 3)
    build(project)
    files[1].write_text(files[1].read_text(encoding="utf-8").replace("Nội dung thứ nhất.", "Nội dung đã sửa."),
                        encoding="utf-8")
    again = build(project)
    assert again.status == {files[0]: "unchanged", files[1]: "built", files[2]: "unchanged"}


def test_editing_the_agency_settings_rebuilds_every_notice_under_them(project):
    write_notices(project, 2)
    build(project)
    settings = project / "notices" / "_agency.yaml"
    settings.write_text(settings.read_text(encoding="utf-8") + "\n# sửa\n", encoding="utf-8")
    assert sorted(build(project).status.values()) == ["built", "built"]


def test_force_rebuilds_every_notice(project):
    write_notices(project, 2)
    build(project)
    assert sorted(build(project, force=True).status.values()) == ["built", "built"]


def test_a_deleted_output_is_made_again(project):
    write_notices(project, 1)
    build(project)
    (project / "build" / "2026" / "01-TB.docx").unlink()
    assert list(build(project).status.values()) == ["built"]
    assert (project / "build" / "2026" / "01-TB.docx").is_file()


def test_outputs_of_a_deleted_notice_are_reported_then_pruned(project):
    files = write_notices(project, 2)
    build(project)
    files[1].unlink()
    orphan = project / "build" / "2026" / "02-TB.docx"
    reported = build(project)
    assert reported.orphans == [orphan] and orphan.is_file()
    pruned = build(project, prune=True)
    assert pruned.pruned == [orphan] and not orphan.exists()
    assert build(project).orphans == []


def test_a_notice_with_errors_keeps_being_checked_and_keeps_its_earlier_outputs(project):
    files = write_notices(project, 1)
    build(project)
    docx = project / "build" / "2026" / "01-TB.docx"
    earlier = docx.read_bytes()
    files[0].write_text(files[0].read_text(encoding="utf-8").replace("number: 1", "number: một"), encoding="utf-8")
    for _ in range(2):
        outcome = build(project)
        assert outcome.status == {files[0]: "invalid"} and outcome.problems.errors
    assert docx.read_bytes() == earlier


def test_build_json_gives_each_notice_its_status_and_outputs(project):
    write_notices(project, 2)
    command = [sys.executable, str(PROJECT / "build.py"), "build", str(project / "notices"), "--out",
               str(project / "build"), "--converter", "none", "--format", "json"]
    cwd = PROJECT
    first = json.loads(subprocess.run(command, capture_output=True, text=True, cwd=cwd, check=True).stdout)
    second = json.loads(subprocess.run(command, capture_output=True, text=True, cwd=cwd, check=True).stdout)
    assert [n["status"] for n in first["notices"]] == ["built", "built"]
    assert [n["status"] for n in second["notices"]] == ["unchanged", "unchanged"]
    assert second["summary"]["built"] == 0 and second["summary"]["unchanged"] == 2
    assert all(out.endswith(".docx") for n in second["notices"] for out in n["outputs"])


def test_a_new_notice_reusing_the_number_of_an_unchanged_one_is_held_back(project):
    files = write_notices(project, 2)
    build(project)
    twin = files[0].with_name("99-TB.yaml")
    twin.write_text(files[0].read_text(encoding="utf-8"), encoding="utf-8")  # the same number, year and symbol
    again = build(project)
    assert again.status[files[0]] == "unchanged" and again.status[twin] == "invalid"
    [problem] = again.problems.errors
    assert (problem.code, problem.file, problem.field) == ("duplicate_number", twin, "number")
    assert files[0].name in problem.message("en")
