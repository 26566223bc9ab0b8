"""`python3 build.py check` on 1,000 notices, beside plain `yaml.safe_load` of the same files in the same run.

    .venv/bin/python bench/bench_check.py [--notices 1000]

The notices are generated into a temporary folder: copies of the published 149/TB-UBND (8.5 KB, two pages: a long
notice) and of the guide's short example shape (tests/fixtures/minimal.yaml), half each, each with its own number.
Timed: the command itself (a fresh process, as a clerk or CI runs it), and the baselines in this process.
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


def make_notices(folder: Path, count: int) -> list[Path]:
    notices = folder / "notices"
    (notices / "2020").mkdir(parents=True)
    shutil.copy(PROJECT / "notices" / "_agency.yaml", notices / "_agency.yaml")
    long = (PROJECT / "notices" / "2020" / "149-TB-UBND.yaml").read_text(encoding="utf-8")
    short = (PROJECT / "tests" / "fixtures" / "minimal.yaml").read_text(encoding="utf-8")
    short = short.replace("date: 2026-01-09", "date: 2020-01-09")
    files = []
    for number in range(1, count + 1):
        text = long.replace("number: 149", f"number: {number}") if number % 2 else \
            short.replace("number: 5", f"number: {number}")
        file = notices / "2020" / f"{number:04d}.yaml"
        file.write_text(text, encoding="utf-8")
        files.append(file)
    return files


def seconds(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notices", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="vanthu-bench-") as tmp:
        files = make_notices(Path(tmp), args.notices)
        size = sum(f.stat().st_size for f in files) / len(files)
        command = [sys.executable, str(PROJECT / "build.py"), "check", str(Path(tmp) / "notices")]
        env = {**os.environ, "LANG": "C.UTF-8"}
        check = seconds(lambda: subprocess.run(command, check=True, capture_output=True, env=env))
        pure = seconds(lambda: [yaml.load(f.read_text(encoding="utf-8"), Loader=yaml.SafeLoader) for f in files])
        libyaml = seconds(lambda: [yaml.load(f.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) for f in files])
    print(f"{args.notices} notices, {size / 1024:.1f} KB each on average, {os.cpu_count()} cores")
    print(f"  build.py check (whole command)     {check:6.2f} s")
    print(f"  baseline yaml.safe_load (PyYAML)   {pure:6.2f} s")
    print(f"  baseline yaml.load (libyaml)       {libyaml:6.2f} s")


if __name__ == "__main__":
    main()
