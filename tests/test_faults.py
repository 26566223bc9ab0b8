"""Faults during a build: each ends with whole files and a clear report, and the rest of the build completes."""
from __future__ import annotations

import contextlib
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import docx as python_docx
import pytest

from conftest import PROJECT, docx_text, pdf_text
from engine_helpers import libreoffice_for, soffice_for, started_for, unoserver_program, write_notices
from vanthu import processes
from vanthu.convert import libreoffice, unoserver, verify
from vanthu.engine import manifest, pipeline
from vanthu.files import shown_path
from vanthu.i18n import text
from vanthu.render import render

LINUX = sys.platform.startswith("linux")
linux_only = pytest.mark.skipif(not LINUX, reason="reads /proc and relies on Linux's parent-death signal")
as_root = pytest.mark.skipif(not LINUX or os.geteuid() != 0,
                             reason="mounting a small tmpfs needs root on Linux (CI runs as root)")


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
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()
        return self

    def _accept(self):
        while True:
            try:
                self.held.append(self.socket.accept()[0])
            except OSError:
                return

    def __exit__(self, *_):
        self.socket.shutdown(socket.SHUT_RDWR)  # wakes the accept() under way (close alone does not, on Linux)
        self.thread.join()
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


def start_build(*args, python: str = sys.executable) -> subprocess.Popen:
    """A build in a process group of its own: a test signals it, or its group, and nothing else."""
    return subprocess.Popen([python, str(PROJECT / "build.py"), "build", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=PROJECT,
                            start_new_session=True)


@contextlib.contextmanager
def stopped_at_the_end(build: subprocess.Popen):
    """The build is killed, whole group, if the test fails before it ends."""
    try:
        yield build
    finally:
        if build.poll() is None:
            os.killpg(build.pid, signal.SIGKILL)
            build.wait()


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def assert_whole(out: Path, count: int | None = None) -> None:
    """Every DOCX in out (staging folders aside) opens in python-docx, every PDF has pages; `count` pairs."""
    outputs = [p for p in out.rglob("*") if p.suffix in (".docx", ".pdf")
               and not any(part.startswith(".staging-") for part in p.relative_to(out).parts)]
    for output in outputs:
        if output.suffix == ".pdf":
            assert verify.pdf_problem(output) is None, output
        else:
            python_docx.Document(output)
    if count is not None:
        assert len(outputs) == 2 * count, sorted(outputs)


def only_the_records_are_hidden_in(out: Path) -> bool:
    """No staging folder and no temporary file: the hidden names are the build's lock and records only."""
    hidden = {p.name for p in out.iterdir() if p.name.startswith(".")}
    return hidden <= {manifest.NAME, manifest.LOCK, manifest.OWNER, manifest.JOURNAL}


@linux_only
def test_a_build_killed_at_random_moments_leaves_whole_files_and_no_libreoffice_and_the_next_cleans_up(project):
    # One LibreOffice worker with 40 files converts for about four seconds: long enough that a worker left
    # running after the kill would still be there a second later.
    write_notices(project, 40)
    out = project / "build"
    started = time.monotonic()
    assert run_build(project / "notices", "--out", out, "--jobs", "1").returncode == 0
    moments = [random.Random(15 + n).uniform(0.3, time.monotonic() - started) for n in range(10)]
    killed_converting, left_over = 0, set()
    for moment in moments:
        with stopped_at_the_end(start_build(project / "notices", "--out", out, "--force", "--jobs", "1")) as build:
            time.sleep(moment)
            killed_converting += bool(libreoffice_for(out))
            build.kill()  # kill -9 of the build alone: what it started must go by itself
            build.communicate()
        assert wait_for(lambda: not started_for(out), 1), f"still running after a kill {moment:.1f} s in: " + \
            ", ".join(Path(f"/proc/{pid}/cmdline").read_bytes()[:80].decode(errors="replace")
                      for pid in started_for(out))
        assert_whole(out)
        left_over |= set(out.glob(".staging-*"))
    assert killed_converting >= 3, "too few kills came while LibreOffice worked to show that it dies with the build"
    assert left_over, "no kill left a staging folder: the clean-up would not be shown"
    after = run_build(project / "notices", "--out", out, "--jobs", "1")
    assert after.returncode == 0, after.stderr
    assert only_the_records_are_hidden_in(out)
    assert_whole(out, 40)


# Run as `build.py build …`, but killed (SIGKILL, from inside) right after the DOCX is renamed into place and before
# the PDF is: the one moment a kill can catch the pair half replaced.
KILLED_BETWEEN_THE_RENAMES = """
import os, signal, sys
sys.path.insert(0, sys.argv.pop(1))
from vanthu import cli
from vanthu.engine import pipeline
install = pipeline._install
def install_then_die(staged, target):
    install(staged, target)
    if target.suffix == ".docx":
        os.kill(os.getpid(), signal.SIGKILL)
pipeline._install = install_then_die
sys.exit(cli.main(sys.argv[1:]))
"""


def test_a_build_killed_between_the_docx_and_the_pdf_rename_is_noticed_and_built_again(project):
    notice = write_notices(project, 1)[0]
    out = project / "build"
    docx, pdf = out / "2026" / "01-TB.docx", out / "2026" / "01-TB.pdf"
    assert run_build(project / "notices", "--out", out).returncode == 0
    first = notice.read_text(encoding="utf-8")
    notice.write_text(first.replace("Nội dung thứ nhất.", "Nội dung đã sửa."), encoding="utf-8")
    killed = subprocess.run([sys.executable, "-c", KILLED_BETWEEN_THE_RENAMES, str(PROJECT), "build",
                             project / "notices", "--out", out], capture_output=True, text=True, timeout=300)
    assert killed.returncode == -signal.SIGKILL
    assert "Nội dung đã sửa" in docx_text(docx) and "Nội dung thứ nhất" in pdf_text(pdf)  # the pair disagrees
    assert (out / manifest.JOURNAL).read_text(encoding="utf-8") == "+2026/01-TB\n"  # and the record says so
    # The clerk takes the edit back: the notice is again what the record says its outputs were made from, so
    # only the mark of the interrupted install can tell that the PDF and the DOCX disagree.
    notice.write_text(first, encoding="utf-8")
    again = run_build(project / "notices", "--out", out, "--lang", "en")
    assert again.returncode == 0, again.stderr
    assert (f"The last build stopped while replacing {shown_path(docx)}, {shown_path(pdf)}, so the two may disagree"
            in again.stderr)
    assert "Nội dung thứ nhất" in docx_text(docx) and "Nội dung thứ nhất" in pdf_text(pdf)
    assert not (out / manifest.JOURNAL).exists()
    assert "unchanged 1" in run_build(project / "notices", "--out", out, "--lang", "en").stdout


@linux_only
@pytest.mark.parametrize("to, python", [
    pytest.param("process", sys.executable, id="process"), pytest.param("group", sys.executable, id="group"),
    # as a clerk types it: build.py under the system's Python, which runs the build with .venv's
    pytest.param("group", getattr(sys, "_base_executable", sys.executable), id="group-through-bootstrap")])
def test_ctrl_c_stops_the_build_with_one_line_no_staging_files_and_no_libreoffice(project, to, python):
    write_notices(project, 6)
    out = project / "build"
    with stopped_at_the_end(start_build(project / "notices", "--out", out, "--jobs", "2", "--lang", "vi",
                                        python=python)) as build:
        assert wait_for(lambda: libreoffice_for(out), 120), "LibreOffice never started"
        (os.killpg if to == "group" else os.kill)(build.pid, signal.SIGINT)  # Ctrl+C reaches the group
        _, stderr = build.communicate(timeout=60)
    assert build.returncode == 130
    assert stderr.strip().splitlines() == [text("interrupted", "vi")]
    assert not started_for(out) and only_the_records_are_hidden_in(out)
    assert_whole(out)


@linux_only
def test_two_builds_of_one_folder_exclude_each_other(project):
    write_notices(project, 6)
    out = project / "build"
    with stopped_at_the_end(start_build(project / "notices", "--out", out, "--jobs", "2")) as first:
        assert wait_for(lambda: libreoffice_for(out), 120), "the first build never reached LibreOffice"
        second = run_build(project / "notices", "--out", out, "--force", "--lang", "en")
        _, stderr = first.communicate(timeout=240)
    assert second.returncode == 1
    assert f"is being built by another run (process {first.pid})" in second.stderr
    assert first.returncode == 0, stderr
    assert_whole(out, 6)


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "300k"):
    folder.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


# The 300 KB disk fills while LibreOffice or unoserver convert, or (DOCX only, 30 notices) while rendering.
@as_root
@pytest.mark.parametrize("converter, count", [("libreoffice", 8), ("unoserver", 8), ("none", 30)])
def test_a_full_disk_stops_the_build_with_a_message_naming_the_folder_and_keeps_earlier_outputs(project, converter,
                                                                                              count):
    files = write_notices(project, count)
    with contextlib.ExitStack() as stack:
        if converter == "unoserver":
            converter = unoserver.SCHEME + stack.enter_context(unoserver.LocalServer(unoserver_program())).address
        disk = stack.enter_context(small_disk(project / "disk"))
        out = disk / "build"
        assert run_build(files[0], "--out", out, "--converter", converter).returncode == 0
        earlier = {path: path.read_bytes() for path in (out / "2026").iterdir()}
        full = run_build(project / "notices", "--out", out, "--converter", converter, "--lang", "vi")
        assert full.returncode == 1
        assert text("disk_full", "vi", folder=out) in full.stderr.splitlines()
        assert "Traceback" not in full.stderr and "Errno" not in full.stderr
        assert {path: path.read_bytes() for path in earlier} == earlier
        assert only_the_records_are_hidden_in(out)
        assert_whole(out)


def test_messages_are_printed_in_utf8_even_when_the_console_says_cp1252(project):
    notice = write_notices(project, 1)[0]
    cp1252 = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    command = [sys.executable, str(PROJECT / "build.py")]
    built = subprocess.run([*command, "build", project / "notices", "--out", project / "build", "--converter",
                            "none", "--lang", "vi"], capture_output=True, env=cp1252, timeout=300)
    assert built.returncode == 0, built.stderr.decode("utf-8", "replace")
    assert "Đã tạo " in built.stdout.decode("utf-8")
    notice.write_text(notice.read_text(encoding="utf-8").replace("signature: chanh-van-phong\n", ""),
                      encoding="utf-8")
    checked = subprocess.run([*command, "check", notice, "--lang", "vi"], capture_output=True, env=cp1252,
                             timeout=300)
    stderr = checked.stderr.decode("utf-8")
    assert checked.returncode == 1 and "Traceback" not in stderr
    assert "1 lỗi" in stderr and "chữ ký" in stderr.lower()


def test_on_windows_helpers_are_started_and_stopped_without_posix_calls(monkeypatch):
    def posix_only(*args, **kwargs):
        raise AssertionError("a POSIX-only call on Windows")

    started, ran = [], []

    class Popen:
        def __init__(self, command, **options):
            started.append(options)
            self.pid = 4321

        def wait(self):
            return 0

    monkeypatch.setattr(sys, "platform", "win32")
    for name in ("killpg", "setsid", "getpgid"):
        monkeypatch.setattr(os, name, posix_only, raising=False)
    monkeypatch.setattr(subprocess, "Popen", Popen)
    monkeypatch.setattr(subprocess, "run", lambda command, **options: ran.append(command))
    process = processes.start_group(["soffice.exe", "--headless"])
    processes.kill_group(process)
    processes.die_with_parent(signal.SIGTERM)
    assert "start_new_session" not in started[0] and "preexec_fn" not in started[0] and started[0]["creationflags"]
    assert ran == [["taskkill", "/F", "/T", "/PID", "4321"]]
