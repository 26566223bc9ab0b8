"""The toolkit as an office gets it: a wheel installed into an empty virtual environment, used in a repository of
the office's own, with the pre-commit hooks run by the real pre-commit.

Slow (pip installs the libraries into a new environment), so the environment is made once for the module.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import jsonschema
import pytest

from conftest import EXAMPLES, NOTICE_149, PROJECT
from vanthu.check import loader
from vanthu.check.problems import Problems


def run(*args, cwd: Path, env=None, timeout=600) -> subprocess.CompletedProcess:
    return subprocess.run([*map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=timeout,
                          env={**os.environ, **(env or {})})


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The `vanthu` program of a wheel built from the checkout's tracked files, in a virtual environment of its own."""
    scratch = tmp_path_factory.mktemp("wheel")
    source = scratch / "source"
    tracked = run("git", "ls-files", "-z", cwd=PROJECT).stdout.split("\0")
    for name in filter(None, tracked):
        if (PROJECT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(PROJECT / name, source / name)
    wheels = scratch / "wheels"
    built = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", wheels, source, cwd=scratch)
    assert built.returncode == 0, built.stderr
    (wheel,) = wheels.glob("vanthu-*.whl")
    environment = scratch / "env"
    venv.create(environment, with_pip=True)
    bin_dir = environment / ("Scripts" if os.name == "nt" else "bin")
    pip = run(bin_dir / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel, cwd=scratch)
    assert pip.returncode == 0, pip.stderr
    return bin_dir


def test_the_wheel_carries_the_schema_template_and_font_metrics(installed):
    listing = run(installed / "python", "-c", "import vanthu.resources as r; print(r.schema_file()); "
                  "print(r.default_template()); print(r.path('serif-widths.json'))", cwd=installed)
    for line in listing.stdout.split():
        assert "site-packages" in line and Path(line).is_file(), line


def test_an_office_repository_builds_from_a_sub_folder(installed, tmp_path):
    vanthu = installed / "vanthu"
    office = tmp_path / "office"
    assert run(vanthu, "init", office, cwd=tmp_path).returncode == 0
    shutil.copy(PROJECT / "notices" / "_agency.yaml", office / "notices")
    (office / "notices" / "2020").mkdir()
    shutil.copy(NOTICE_149, office / "notices" / "2020")
    result = run(vanthu, "build", cwd=office / "notices" / "2020")
    assert result.returncode == 0, result.stderr
    assert (office / "build" / "2020" / "149-TB-UBND.docx").is_file()
    assert (office / "build" / "2020" / "149-TB-UBND.pdf").read_bytes().startswith(b"%PDF")
    assert run(vanthu, "check", cwd=office / "templates").returncode == 0


def test_the_installed_schema_validates_every_example(installed, tmp_path):
    printed = run(installed / "vanthu", "schema", cwd=tmp_path)
    validator = jsonschema.Draft202012Validator(json.loads(printed.stdout))
    for file in EXAMPLES:
        assert not list(validator.iter_errors(loader.load(file, Problems()).data)), file


def _office_in_git(installed: Path, tmp_path: Path) -> tuple[Path, dict]:
    office = tmp_path / "office"
    env = {"PATH": f"{installed}{os.pathsep}{os.environ['PATH']}", "PRE_COMMIT_HOME": str(tmp_path / "cache"),
           "GIT_AUTHOR_NAME": "Văn thư", "GIT_AUTHOR_EMAIL": "vt@example.invalid",
           "GIT_COMMITTER_NAME": "Văn thư", "GIT_COMMITTER_EMAIL": "vt@example.invalid"}
    assert run(installed / "vanthu", "init", office, cwd=tmp_path).returncode == 0
    shutil.copy(PROJECT / "notices" / "_agency.yaml", office / "notices")
    (office / "notices" / "2020").mkdir()
    shutil.copy(NOTICE_149, office / "notices" / "2020")
    run("git", "init", "-q", cwd=office)
    run("git", "add", "-A", cwd=office)
    return office, env


def _break(office: Path) -> None:
    notice = office / "notices" / "2020" / "149-TB-UBND.yaml"
    notice.write_text(notice.read_text(encoding="utf-8").replace("date: 24/3/2020", "date: 31/2/2020"),
                      encoding="utf-8")
    run("git", "add", "-A", cwd=office)


def test_the_hooks_init_writes_pass_a_good_notice_and_name_a_broken_one(installed, tmp_path):
    office, env = _office_in_git(installed, tmp_path)
    pre_commit = [sys.executable, "-m", "pre_commit"]
    good = run(*pre_commit, "run", "--all-files", cwd=office, env=env)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "vanthu check" in good.stdout and "Passed" in good.stdout
    _break(office)
    bad = run(*pre_commit, "run", "--all-files", cwd=office, env=env)
    assert bad.returncode == 1
    assert "notices/2020/149-TB-UBND.yaml:4:1: lỗi [date]" in bad.stdout


def test_the_hooks_of_this_checkout_run_in_another_repository(installed, tmp_path):
    """`pre-commit try-repo` installs the toolkit from this checkout's last commit, as another repository would."""
    office, env = _office_in_git(installed, tmp_path)
    pre_commit = [sys.executable, "-m", "pre_commit", "try-repo", PROJECT, "vanthu-check", "--all-files"]
    good = run(*pre_commit, cwd=office, env=env, timeout=900)
    assert good.returncode == 0, good.stdout + good.stderr
    _break(office)
    bad = run(*pre_commit, cwd=office, env=env, timeout=900)
    assert bad.returncode == 1
    assert "notices/2020/149-TB-UBND.yaml:4:1: lỗi [date]" in bad.stdout
