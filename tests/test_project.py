"""An office's own repository: found from any sub-folder, started by `init`, and the command line around it."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from conftest import EXAMPLES, NOTICE_149, PROJECT, TESTS
from vanthu import cli, project
from vanthu.check import loader
from vanthu.check.jsonschema import document
from vanthu.check.problems import Problems
from vanthu.check.settings import load_with_settings, settings_file
from vanthu.keep import init

VANTHU = [sys.executable, "-m", "vanthu"]


def vanthu(*args, cwd: Path, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([*VANTHU, *map(str, args)], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, **(env or {})}, timeout=300)


def office(tmp_path: Path) -> Path:
    """A repository made by `vanthu init`, holding the Hải Phòng agency's settings and its notice 149."""
    root = tmp_path / "office"
    assert vanthu("init", root, cwd=tmp_path).returncode == 0
    shutil.copy(PROJECT / "notices" / "_agency.yaml", root / "notices" / "_agency.yaml")
    (root / "notices" / "2020").mkdir()
    shutil.copy(NOTICE_149, root / "notices" / "2020")
    return root


# Finding the project

def test_the_root_is_the_nearest_folder_with_notices(tmp_path):
    (tmp_path / "notices" / "2026").mkdir(parents=True)
    found = project.find(tmp_path / "notices" / "2026")
    assert found == project.Project(tmp_path.resolve(), tmp_path.resolve() / "notices", tmp_path.resolve() / "build")


def test_a_tool_vanthu_table_names_the_folders(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.vanthu]\nnotices = "van-ban"\nbuild = "ket-qua"\n')
    (tmp_path / "van-ban" / "2026").mkdir(parents=True)
    found = project.find(tmp_path / "van-ban" / "2026")
    assert (found.notices, found.build) == (tmp_path.resolve() / "van-ban", tmp_path.resolve() / "ket-qua")


def test_outside_any_project_a_command_says_so(tmp_path):
    result = vanthu("check", cwd=tmp_path, env={"LANG": "C.UTF-8"})
    assert result.returncode == 1
    assert "Không tìm thấy dự án" in result.stderr and "vanthu init" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_from_a_sub_folder_names_files_from_the_root(tmp_path):
    root = office(tmp_path)
    notice = root / "notices" / "2020" / "149-TB-UBND.yaml"
    notice.write_text(notice.read_text(encoding="utf-8").replace("date: 24/3/2020", "date: 31/2/2020"),
                      encoding="utf-8")
    result = vanthu("check", cwd=root / "notices" / "2020")
    assert result.returncode == 1
    assert "notices/2020/149-TB-UBND.yaml:4:1: lỗi [date]" in result.stderr


def test_build_from_a_sub_folder_writes_into_the_projects_build_folder(tmp_path):
    root = office(tmp_path)
    result = vanthu("build", "--converter", "none", cwd=root / "notices" / "2020")
    assert result.returncode == 0, result.stderr
    assert (root / "build" / "2020" / "149-TB-UBND.docx").is_file()
    assert not (root / "notices" / "2020" / "build").exists()


def test_a_projects_own_template_wins_over_the_toolkits(tmp_path):
    root = office(tmp_path)
    assert project.template_for(root / "notices" / "2020" / "149-TB-UBND.yaml") == \
        root.resolve() / "templates" / "thong-bao.docx"
    (root / "templates" / "thong-bao.docx").unlink()
    assert project.template_for(root / "notices" / "2020" / "149-TB-UBND.yaml").parent.name == "templates"
    assert project.template_for(root / "notices" / "2020" / "149-TB-UBND.yaml") != \
        root.resolve() / "templates" / "thong-bao.docx"


# init

def test_init_writes_an_office_repository(tmp_path):
    root = tmp_path / "office"
    result = vanthu("init", root, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    written = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    assert written == sorted(init.files())
    assert (root / "templates" / "thong-bao.docx").read_bytes() == \
        (PROJECT / "templates" / "thong-bao.docx").read_bytes()
    assert "/build/" in (root / ".gitignore").read_text()
    assert "*.docx diff=docx" in (root / ".gitattributes").read_text()
    agency = (root / "notices" / "_agency.yaml").read_text(encoding="utf-8")
    assert agency.startswith("# yaml-language-server: $schema=../thong-bao.schema.json\n")
    assert "# tên cơ quan ban hành" in agency


def test_an_unfilled_agency_file_names_each_place_to_fill(tmp_path):
    root = tmp_path / "office"
    vanthu("init", root, cwd=tmp_path)
    (root / "notices" / "2026").mkdir()
    shutil.copy(TESTS / "fixtures" / "minimal.yaml", root / "notices" / "2026" / "05-TB.yaml")
    result = vanthu("check", "--lang", "en", cwd=root)
    assert result.returncode == 1
    assert "notices/_agency.yaml:7:" in result.stderr and "[agency.name.0]" in result.stderr


def test_init_refuses_to_overwrite_and_writes_nothing(tmp_path):
    root = tmp_path / "office"
    (root / "notices").mkdir(parents=True)
    (root / "README.md").write_text("our own")
    result = vanthu("init", root, "--lang", "en", cwd=tmp_path)
    assert result.returncode == 1
    assert "README.md exist already" in result.stderr
    assert (root / "README.md").read_text() == "our own"
    assert sorted(p.name for p in root.rglob("*")) == ["README.md", "notices"]


def test_new_in_an_office_repository_points_the_editor_at_the_schema(tmp_path):
    root = office(tmp_path)
    assert vanthu("new", "--date", "2/3/2026", cwd=root / "notices").returncode == 0
    (created,) = (root / "notices" / "2026").glob("*.yaml")
    assert created.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=../../thong-bao.schema.json\n")


# The JSON Schema for editors

def _data(file: Path):
    return loader.load(file, Problems()).data


def test_the_json_schema_is_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(document())


def test_every_example_notice_and_settings_file_validates():
    validator = jsonschema.Draft202012Validator(document())
    settings = {settings_file(file, PROJECT / "notices") for file in EXAMPLES}
    for file in [*EXAMPLES, *settings, TESTS / "fixtures" / "minimal.yaml"]:
        errors = [e.message for e in validator.iter_errors(_data(file))]
        assert errors == [], file


SCHEMA_MISTAKES = ("unknown_field", "bad_type", "required", "bad_integer", "not_allowed", "min_length", "regex")


def _schema_mistakes() -> list[Path]:
    found = []
    for file in sorted((TESTS / "bad").glob("*.yaml")):
        head = file.read_bytes().split(b"\n", 1)[0].decode("utf-8", "replace")
        if head.startswith("# expect: ") and head.split()[2] in SCHEMA_MISTAKES:
            found.append(file)
    return found


@pytest.mark.parametrize("file", _schema_mistakes(), ids=lambda f: f.name)
def test_a_schema_mistake_of_the_corpus_fails_the_json_schema_too(file):
    """As the build sees it: the notice over its settings."""
    merged, _ = load_with_settings(file, TESTS / "bad", Problems(), {})
    assert list(jsonschema.Draft202012Validator(document(merged=True)).iter_errors(merged.data))


def test_vanthu_schema_prints_the_schema():
    result = vanthu("schema", cwd=PROJECT)
    assert result.returncode == 0
    assert json.loads(result.stdout) == document()


# The command line

def test_version_and_python_m():
    from vanthu import __version__

    assert vanthu("--version", cwd=PROJECT).stdout.strip() == f"vanthu {__version__}"


@pytest.mark.parametrize("name", sorted(cli.COMMANDS))
def test_every_command_has_help_in_vietnamese_and_english_with_an_example(name):
    vi = vanthu(name, "--help", cwd=PROJECT)
    en = vanthu("--lang", "en", name, "--help", cwd=PROJECT)
    assert vi.returncode == en.returncode == 0
    assert vi.stdout.startswith(f"Cách dùng: vanthu {name}") and "Ví dụ:" in vi.stdout
    assert en.stdout.startswith(f"usage: vanthu {name}") and "Example:" in en.stdout
    assert cli.COMMANDS[name].help[0] in vi.stdout and cli.COMMANDS[name].help[1] in en.stdout
    assert f"vanthu {name}" in vi.stdout.split("Ví dụ:")[1]


def test_global_options_stand_before_or_after_the_command():
    bad = TESTS / "bad" / "date-31-february.yaml"
    before = vanthu("--lang", "en", "--format", "json", "check", bad, cwd=PROJECT)
    after = vanthu("check", bad, "--format", "json", "--lang", "en", cwd=PROJECT)
    assert before.returncode == after.returncode == 1
    assert json.loads(before.stdout) == json.loads(after.stdout)
    assert json.loads(before.stdout)[0]["message"].startswith("«date»")


def test_an_option_between_positional_arguments_is_taken(monkeypatch):
    name, rest, _ = cli.split(["diff", "notices/x.yaml", "--lang", "en", "HEAD~1"])
    args = cli.command_parser(cli.COMMANDS[name], "en").parse_intermixed_args(rest)
    assert (args.path, args.revisions, args.lang) == (Path("notices/x.yaml"), ["HEAD~1"], "en")
