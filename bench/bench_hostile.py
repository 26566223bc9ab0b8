"""Time against size for hostile input: `check` of one file holding N problems, `build` (DOCX only) of one paragraph
of N characters full of `*` markup, and `check` of a YAML alias bomb; beside plain `yaml.safe_load` of the same
files in the same run (the baseline, linear by nature).

    .venv/bin/python bench/bench_hostile.py [--toolkit DIR] [--timeout 120]

Linear means the time per unit (per 1,000 problems, per 10,000 characters) stays about the same as N grows.
`--toolkit DIR` measures another checkout's `vanthu` (e.g. an older commit unpacked with `git archive`), for
before/after figures; each command runs in a fresh process, stopped after --timeout seconds, with its peak memory.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parent.parent
MINIMAL = (PROJECT / "tests" / "fixtures" / "minimal.yaml").read_text(encoding="utf-8")


def problems_file(n: int) -> str:
    """n problems: half unknown fields, half deadlines that do not exist."""
    items = "".join(f"  - text: Việc {i}\n    deadline: 31/02/2026\n" for i in range(n // 2))
    return MINIMAL.replace("content:\n  - Nội dung thứ nhất.\n", "content:\n" + items) + "".join(
        f"truong_{i}: x\n" for i in range(n - n // 2))


def markup_file(n: int) -> str:
    pattern = "*nghiêng* và **đậm** "
    return MINIMAL.replace("Nội dung thứ nhất.", "'" + pattern * (n // len(pattern)) + "'")


def alias_bomb() -> str:
    lines = ['lol0: &a0 "ha"'] + [f"lol{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    return MINIMAL + "\n".join(lines) + "\n"


def run(toolkit: Path, args: list[str], timeout: float) -> tuple[str, float, float]:
    """Status ('ok', 'refused' for exit 1, 'timeout'), wall seconds and peak memory (MB) of one command."""
    code = f"import sys; sys.path.insert(0, {str(toolkit)!r}); from vanthu.cli import main; sys.exit(main())"
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env={**os.environ, "LANG": "C.UTF-8"})
    deadline = started + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            process.kill()
            pid, status, usage = os.wait4(process.pid, 0)
            return "timeout", time.perf_counter() - started, usage.ru_maxrss / 1024
        time.sleep(0.02)
    code = os.waitstatus_to_exitcode(status)
    return ("ok" if code == 0 else "refused" if code == 1 else f"exit {code}"), \
        time.perf_counter() - started, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--toolkit", type=Path, default=PROJECT)
    parser.add_argument("--timeout", type=float, default=120)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="vanthu-hostile-") as tmp:
        notices = Path(tmp) / "notices"
        (notices / "2026").mkdir(parents=True)
        shutil.copy(PROJECT / "notices" / "_agency.yaml", notices / "_agency.yaml")
        out = Path(tmp) / "build"

        def case(name, text, size, unit, command, expands=False):
            file = notices / "2026" / "05-TB-UBND.yaml"
            file.write_text(text, encoding="utf-8")
            started = time.perf_counter()
            if not expands:  # safe_load would build the bomb's 10^9 values
                yaml.safe_load(text)
            baseline = time.perf_counter() - started
            cmd = [command, str(file)] + (["--out", str(out), "--converter", "none", "--force"]
                                          if command == "build" else [])
            status, took, memory = run(args.toolkit, cmd, args.timeout)
            rows.append((name, f"{size:,}", status, took, took / (size / unit) if size else 0, baseline, memory))

        for n in (1000, 2000, 5000, 10000):
            case("check: problems in one file", problems_file(n), n, 1000, "check")
        for n in (25000, 50000, 100000, 200000):
            case("build: characters of `*` markup", markup_file(n), n, 10000, "build")
        case("check: alias bomb (10^9 values)", alias_bomb(), 0, 1, "check", expands=True)
    print(f"toolkit {args.toolkit}, {os.cpu_count()} cores, Python {sys.version.split()[0]}, timeout {args.timeout:.0f} s\n")
    print("| case | N | result | time | per 1,000 problems / 10,000 chars | yaml.safe_load of the file | peak memory |")
    print("|---|---|---|---|---|---|---|")
    for name, size, status, took, per, baseline, memory in rows:
        per_unit = f"{per:.3f} s" if per else ""
        base = f"{baseline:.3f} s" if baseline > 1e-4 else "(not loaded)"
        print(f"| {name} | {size} | {status} | {took:.2f} s | {per_unit} | {base} | {memory:.0f} MB |")


if __name__ == "__main__":
    main()
