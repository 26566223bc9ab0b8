"""Helpers shared by the build-engine tests: a folder of small notices, and the unoserver instances."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from vanthu.convert import unoserver

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "minimal.yaml"


def write_notices(project: Path, count: int, folder: str = "2026") -> list[Path]:
    """`count` copies of the minimal notice, numbered 1…count, under project/notices/<folder>/."""
    text = FIXTURE.read_text(encoding="utf-8")
    files = []
    for number in range(1, count + 1):
        file = project / "notices" / folder / f"{number:02d}-TB.yaml"
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text.replace("number: 5", f"number: {number}"), encoding="utf-8")
        files.append(file)
    return files


def unoserver_program() -> str:
    """The unoserver program; in CI (where .ci/run installs it) its absence fails the test instead of skipping."""
    program = unoserver.find_server()
    if program is None:
        if os.environ.get("CI"):
            pytest.fail("unoserver is not installed: .ci/run installs it into /opt/vanthu-unoserver")
        pytest.skip("unoserver is not installed (see README, 'A pool of converters')")
    return program


def soffice_for(out_dir: Path) -> list[int]:
    """Process ids of the LibreOffice programs converting into out_dir."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                args = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if str(out_dir).encode() in args and any(b"soffice" in a for a in args[:1]):
                found.append(int(entry.name))
    return found


def started_for(out_dir: Path) -> list[int]:
    """Process ids of everything a build into out_dir runs: the build's own processes, LibreOffice and its guard
    (each names the build folder, or a staging folder in it, on its command line)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                args = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if str(out_dir).encode() in args:
                found.append(int(entry.name))
    return found


def libreoffice_for(out_dir: Path) -> list[int]:
    """Of those, the LibreOffice processes (converting into a staging folder of out_dir)."""
    found = []
    for pid in started_for(out_dir):
        try:
            program = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[0]
        except OSError:
            continue
        if b"soffice" in program or b"oosplash" in program:
            found.append(pid)
    return found
