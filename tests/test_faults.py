"""Faults during a build: each ends with whole files and a clear report, and the rest of the build completes."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time

from pathlib import Path

from conftest import PROJECT
from engine_helpers import soffice_for, unoserver_program, write_notices
from vanthu.convert import verify
from vanthu.engine import pipeline
from vanthu.render import render
from vanthu.convert import unoserver
from vanthu.convert import libreoffice


def run_build(*args, **kwargs):
    return subprocess.run([sys.executable, str(PROJECT / "build.py"), "build", *map(str, args)],
                          capture_output=True, text=True, cwd=PROJECT, timeout=300, **kwargs)


def built_once(project) -> tuple:
    """One notice built DOCX-only into project/build: the build folder, the DOCX and its bytes."""
    write_notices(project, 1)
    out = project / "build"
    assert run_build(project / "notices", "--out", out, "--converter", "none").returncode == 0
    docx = out / "2026" / "01-TB.docx"
    return out, docx, docx.read_bytes()


def staged_docx(project, count):
    """`count` DOCX rendered from the minimal notice into project/staging, as the build stages them."""
    staging = project / "staging"
    staging.mkdir()
    outcome = pipeline.check(write_notices(project, count))
    paths = []
    for i, item in enumerate(outcome.checked):
        paths.append(staging / f"{i:05d}.docx")
        paths[-1].write_bytes(render.render(item.notice))
    return staging, paths


def test_a_libreoffice_worker_killed_mid_batch_loses_no_file(project):
    staging, docx = staged_docx(project, 6)
    pool = libreoffice.Pool(libreoffice.find_soffice(), jobs=1, stall_timeout=60)
    killed = []

    def kill_after_first_pdf():
        deadline = time.monotonic() + 120
        while not (staging / "00000.pdf").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        for pid in soffice_for(staging):
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    killer = threading.Thread(target=kill_after_first_pdf)
    killer.start()
    result = pool.convert(docx, staging)
    killer.join()
    assert killed, "no LibreOffice worker was running to kill"
    assert [verify.pdf_problem(result[d]) if not isinstance(result[d], str) else result[d] for d in docx] \
        == [None] * 6


class NeverAnswers:
    """A converter on a loopback port that accepts connections and never says a word."""

    def __enter__(self):
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.address = "127.0.0.1:%d" % self.socket.getsockname()[1]
        self.held = []
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def _accept(self):
        while True:
            try:
                self.held.append(self.socket.accept()[0])
            except OSError:
                return

    def __exit__(self, *_):
        self.socket.close()
        for connection in self.held:
            connection.close()


def test_a_converter_that_never_answers_is_dropped_and_its_file_built_elsewhere(project):
    files = write_notices(project, 3)
    with unoserver.LocalServer(unoserver_program()) as real, NeverAnswers() as hung:
        outcome = pipeline.build(files, project / "build", f"unoserver://{hung.address},{real.address}",
                                 timeout=5)
    assert not outcome.problems.errors, [p.format() for p in outcome.problems]
    assert sorted(outcome.status.values()) == ["built"] * 3


def test_when_no_converter_answers_each_file_is_reported_by_name(project):
    write_notices(project, 2)
    earlier = project / "build" / "2026" / "01-TB.docx"
    with NeverAnswers() as hung:
        result = run_build(project / "notices", "--out", project / "build", "--converter",
                           f"unoserver://{hung.address}", "--timeout", "3", "--lang", "en")
    assert result.returncode == 1
    assert "Could not convert 01-TB.docx to PDF" in result.stderr and "02-TB.docx" in result.stderr
    assert "no answer in time" in result.stderr
    assert not earlier.exists() and not list((project / "build").rglob("*.pdf"))
    assert not list((project / "build").glob(".staging-*"))


def test_a_second_build_of_the_same_folder_is_refused_and_changes_nothing(project):
    out, docx, before = built_once(project)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from vanthu.engine import manifest\n"
        "with manifest.locked(Path(sys.argv[1])):\n print('held', flush=True); time.sleep(60)"), str(out)],
        stdout=subprocess.PIPE, text=True, cwd=PROJECT)
    try:
        assert holder.stdout.readline().strip() == "held"
        second = run_build(project / "notices", "--out", out, "--converter", "none", "--force", "--lang", "en")
    finally:
        holder.kill()
        holder.wait()
    assert second.returncode == 1
    assert f"is being built by another run (process {holder.pid})" in second.stderr
    assert "Traceback" not in second.stderr
    assert docx.read_bytes() == before
    assert run_build(project / "notices", "--out", out, "--converter", "none", "--force").returncode == 0


def test_a_file_name_with_spaces_vietnamese_quotes_and_a_leading_dash_builds(project):
    notice = write_notices(project, 1)[0]
    awkward = notice.with_name("-Thông báo 'số' \"1\" của Sở.yaml")
    notice.rename(awkward)
    result = run_build("--out", project / "build", "--", awkward)
    assert result.returncode == 0, result.stderr
    stem = project / "build" / "2026" / awkward.stem
    assert verify.pdf_problem(stem.with_suffix(".pdf")) is None and stem.with_suffix(".docx").is_file()


def test_a_read_only_build_folder_is_refused_clearly_and_its_files_are_kept(project):
    out, docx, before = built_once(project)
    os.chmod(out, 0o555)
    as_user, opened = {}, {}
    if os.geteuid() == 0:  # root writes through any mode bits: run the build as an ordinary user
        as_user = {"user": 65534, "group": 65534, "extra_groups": [], "env": {**os.environ, "HOME": "/tmp"}}
        # That user must reach the project, the checkout and its interpreter, wherever CI cloned them (a
        # mktemp folder is private): open each folder on the way for traversal, and put it back afterwards.
        places = [project / "notices", PROJECT, Path(sys.executable).parent, Path(sys.executable).resolve().parent]
        folders = {f for place in places for f in [place, *place.parents]}
        folders |= {Path(root) for root, _, _ in os.walk(project / "notices")}
        for folder in folders:
            mode = os.stat(folder).st_mode
            if mode & 0o005 != 0o005:
                opened[folder] = mode
                os.chmod(folder, mode | 0o005)
        for root, _, names in os.walk(project / "notices"):
            for name in names:
                os.chmod(os.path.join(root, name), os.stat(os.path.join(root, name)).st_mode | 0o004)
    try:
        result = run_build(project / "notices", "--out", out, "--converter", "none", "--force", "--lang", "en",
                           **as_user)
    finally:
        os.chmod(out, 0o755)
        for folder, mode in opened.items():
            os.chmod(folder, mode)
    assert result.returncode == 1
    assert f"Cannot write to {out}" in result.stderr and "Traceback" not in result.stderr
    assert docx.read_bytes() == before
