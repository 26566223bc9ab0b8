#!/usr/bin/env python3
"""Build the notices: `python3 build.py` (all of notices/ into build/), `check`, `test`; `--help` for more.

This file only needs Python ≥ 3.11. Like Mozilla's `mach`, its first run sets everything up: it makes the virtual
environment .venv/ with the toolkit and its libraries, and on Debian/Ubuntu installs (as root, or after asking)
LibreOffice and the Liberation fonts that make PDFs. Later runs go straight to the command.
"""
import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

PROJECT = Path(__file__).resolve().parent
VENV = PROJECT / ".venv"
STAMP = VENV / ".vanthu-installed"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
SYSTEM_PACKAGES = ["libreoffice-writer-nogui", "fonts-liberation2"]


def say(message: str) -> None:
    print(f"[build.py] {message}", file=sys.stderr, flush=True)


def requirements_hash() -> str:
    return hashlib.sha256((PROJECT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_venv() -> None:
    """Create .venv and install the toolkit into it, again whenever pyproject.toml changes."""
    if STAMP.exists() and STAMP.read_text() == requirements_hash() and PYTHON.exists():
        return
    if not PYTHON.exists():
        say("Tạo môi trường Python .venv/ (lần đầu) — creating .venv/")
        try:
            venv.create(VENV, with_pip=True)
        except (subprocess.CalledProcessError, OSError) as exc:
            sys.exit(f"[build.py] Không tạo được .venv ({exc}). Trên Debian/Ubuntu: "
                     "sudo apt-get install python3-venv")
    say("Cài thư viện (docxtpl, cerberus, …) — installing libraries")
    pip = [str(PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "-e", f"{PROJECT}[test]"], check=True)
    STAMP.write_text(requirements_hash())


def has_pdf_tools() -> bool:
    return bool(shutil.which("soffice") or shutil.which("libreoffice")) and _has_liberation_serif()


def _has_liberation_serif() -> bool:
    if not shutil.which("fc-list"):
        return False
    fonts = subprocess.run(["fc-list", ":family=Liberation Serif"], capture_output=True, text=True).stdout
    return bool(fonts.strip())


def ensure_system_packages() -> None:
    """On Debian/Ubuntu, LibreOffice and the fonts metric-compatible with Times New Roman."""
    if os.environ.get("VANTHU_NO_SYSTEM_INSTALL") or not shutil.which("apt-get") or has_pdf_tools():
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", *SYSTEM_PACKAGES]
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if sys.stdin.isatty():
        answer = input(f"[build.py] Cài LibreOffice và phông chữ để tạo PDF ({' '.join(SYSTEM_PACKAGES)})? [C/k] ")
        if answer.strip().lower() not in ("", "c", "có", "y", "yes"):
            return
    elif not is_root:
        say("Để tạo PDF, hãy chạy: sudo " + " ".join(command))
        return
    prefix = [] if is_root else ["sudo"]
    say("Cài LibreOffice và phông chữ — installing LibreOffice and fonts: " + " ".join(command))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*prefix, "apt-get", "update", "-q"], env=env, check=False)
    subprocess.run([*prefix, *command, "-q"], env=env, check=False)


def in_venv() -> bool:
    return Path(sys.prefix).resolve() == VENV.resolve()


def run_in_venv() -> int:
    """This command again with .venv's Python. Ctrl+C reaches both processes: that one stops cleanly (it removes
    its temporary files and its LibreOffice), so this one waits for it instead of killing it."""
    child = subprocess.Popen([str(PYTHON), str(PROJECT / "build.py"), *sys.argv[1:]])
    try:
        return child.wait()
    except KeyboardInterrupt:
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if os.name != "nt":  # on Windows Ctrl+C reaches every process of the console anyway
            child.send_signal(signal.SIGINT)  # when only this process was told to stop
        return child.wait()


def main() -> int:
    for stream in (sys.stdout, sys.stderr):  # our messages are Vietnamese whatever the console's code page
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    if sys.version_info < (3, 11):
        sys.exit("[build.py] Cần Python 3.11 trở lên — Python 3.11 or newer is needed.")
    if not in_venv():
        ensure_venv()
        wants_help = any(a in ("-h", "--help") for a in sys.argv[1:])
        if not wants_help and (sys.argv[1:2] in ([], ["build"], ["test"]) or sys.argv[1].startswith("-")):
            ensure_system_packages()
        return run_in_venv()
    if sys.argv[1:2] == ["test"]:  # the toolkit's own tests: not a command of the installed toolkit
        import pytest

        args = sys.argv[2:]
        named = any(Path(a.split("::")[0]).exists() for a in args if not a.startswith("-"))
        return pytest.main(["-q", *args] if named else ["-q", str(PROJECT / "tests"), *args])
    sys.path.insert(0, str(PROJECT))
    try:
        from vanthu.cli import main as cli

        return cli()
    except KeyboardInterrupt:  # Ctrl+C before the command had begun (it handles its own): nothing to clean up
        return 130


if __name__ == "__main__":
    sys.exit(main())
