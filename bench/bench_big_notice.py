"""Time and peak memory for a notice of 2,000 items and 500 recipients (217 KB; the size issue 14 asks to build,
far under the 4 MB a notice file may have) and smaller ones: `check`,
`build --converter none` (DOCX) and `build` with LibreOffice (DOCX and PDF); beside plain `yaml.safe_load` of
the same file in the same run (the baseline).

    .venv/bin/python bench/bench_big_notice.py [--toolkit DIR] [--timeout 300] [--converter libreoffice|none]

Each command runs in a fresh process, stopped after --timeout seconds; the notice is the one
tests/test_big_notice.py builds.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent / "tests")]
from bench_hostile import PROJECT, run  # noqa: E402  (same process measurement as the hostile-input bench)
from test_big_notice import big_notice  # noqa: E402

SIZES = ((250, 60), (500, 125), (1000, 250), (2000, 500))  # (items, recipients)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--toolkit", type=Path, default=PROJECT)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--converter", default="libreoffice")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="vanthu-big-") as tmp:
        notices = Path(tmp) / "notices"
        (notices / "2026").mkdir(parents=True)
        shutil.copy(PROJECT / "notices" / "_agency.yaml", notices / "_agency.yaml")
        out = Path(tmp) / "build"
        for items, recipients in SIZES:
            file = notices / "2026" / "05-TB.yaml"
            text = big_notice(items, recipients)
            file.write_text(text, encoding="utf-8")
            started = time.perf_counter()
            yaml.safe_load(text)
            baseline = time.perf_counter() - started
            converters = ["none"] + ([args.converter] if args.converter != "none" else [])
            commands = [("check", ["check", str(file)])] + [
                (f"build --converter {c}", ["build", str(file), "--out", str(out), "--converter", c, "--force"])
                for c in converters]
            for name, command in commands:
                status, took, memory = run(args.toolkit, command, args.timeout)
                rows.append((name, f"{items:,} / {recipients:,}", f"{len(text.encode()) // 1024:,} KB", status, took,
                             baseline, memory))
    print(f"toolkit {args.toolkit}, {os.cpu_count()} cores, Python {sys.version.split()[0]}, timeout {args.timeout:.0f} s\n")
    print("| command | items / recipients | file | result | time | yaml.safe_load of the file | peak memory |")
    print("|---|---|---|---|---|---|---|")
    for name, size, kb, status, took, baseline, memory in rows:
        print(f"| {name} | {size} | {kb} | {status} | {took:.2f} s | {baseline:.3f} s | {memory:.0f} MB |")


if __name__ == "__main__":
    main()
