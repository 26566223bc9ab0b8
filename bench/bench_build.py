#!/usr/bin/env python3
"""Benchmark of the build: N synthetic two-page notices, measured in one run on this machine.

    .venv/bin/python bench/bench_build.py [--n 1000] [--jobs J] [--naive 20] [--quick] [--out bench/results.md]

Measures DOCX only (check + render), the full build (DOCX + PDF), the naive baseline (one `soffice --convert-to
pdf` process per file, on the first --naive of the same DOCX: at about a second each, all N would take long),
a no-op rebuild, and the peak memory of the build's own Python process. Prints a table and writes it to --out.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SOURCE = PROJECT / "notices" / "2020" / "149-TB-UBND.yaml"  # two pages, like a real notice

ONE_BUILD = """
import json, resource, sys, time
from pathlib import Path
from vanthu.check.notices import find_notices
from vanthu.engine import pipeline
notices, out, converter, jobs = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
started = time.monotonic()
outcome = pipeline.build(find_notices([notices]), out, converter, jobs=jobs)
seconds = time.monotonic() - started
assert not outcome.problems.errors, [p.format() for p in outcome.problems][:5]
statuses = list(outcome.status.values())
print(json.dumps({"seconds": seconds, "built": statuses.count("built"), "unchanged": statuses.count("unchanged"),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def make_notices(folder: Path, count: int) -> Path:
    notices = folder / "notices"
    (notices / "2025").mkdir(parents=True)
    shutil.copy(PROJECT / "notices" / "_agency.yaml", notices)
    text = SOURCE.read_text(encoding="utf-8")
    for number in range(1, count + 1):  # each its own number and a sentence of its own: no two are alike
        own = text.replace("number: 149", f"number: {number}").replace(
            "cải thiện môi trường đầu tư kinh doanh", f"cải thiện môi trường đầu tư kinh doanh (đợt {number})")
        (notices / "2025" / f"{number:04d}-TB-UBND.yaml").write_text(own, encoding="utf-8")
    return notices


def snapshot(folder: Path) -> Path:
    """A copy of the toolkit to measure, so edits to the work tree during the run do not change what is built."""
    for part in ("vanthu", "templates", "schema"):
        shutil.copytree(PROJECT / part, folder / part, ignore=shutil.ignore_patterns("__pycache__"))
    return folder


def timed_build(tree: Path, notices: Path, out: Path, converter: str, jobs: int) -> dict:
    run = subprocess.run([sys.executable, "-c", ONE_BUILD, str(notices), str(out), converter, str(jobs)],
                         capture_output=True, text=True, cwd=tree, check=True)
    return json.loads(run.stdout.strip().splitlines()[-1])


def naive(docx_files: list[Path], out: Path) -> float:
    """One LibreOffice process per file, as a shell loop over `soffice --convert-to pdf` would do."""
    from vanthu.convert.libreoffice import find_soffice

    program = find_soffice()
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as profile:
        for docx in docx_files:
            subprocess.run([program, "--headless", f"-env:UserInstallation={Path(profile).as_uri()}",
                            "--convert-to", "pdf", "--outdir", str(out), str(docx)],
                           capture_output=True, check=True)
    return (time.monotonic() - started) / len(docx_files)


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    office = subprocess.run(["soffice", "--version"], capture_output=True, text=True).stdout.split("(")[0].strip()
    return f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GiB, {platform.platform()}, Python " \
           f"{platform.python_version()}, {office}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--naive", type=int, default=20, help="files for the naive baseline")
    parser.add_argument("--quick", action="store_true", help="40 notices, naive on 5: under a minute")
    parser.add_argument("--out", type=Path, default=PROJECT / "bench" / "results.md")
    args = parser.parse_args()
    if args.quick:
        args.n, args.naive = 40, 5
    sys.path.insert(0, str(PROJECT))
    with tempfile.TemporaryDirectory(prefix="vanthu-bench-") as work:
        work = Path(work)
        tree = snapshot(work / "toolkit")
        notices = make_notices(work, args.n)
        docx_only = timed_build(tree, notices, work / "docx", "none", args.jobs)
        full = timed_build(tree, notices, work / "build", "libreoffice", args.jobs)
        noop = timed_build(tree, notices, work / "build", "libreoffice", args.jobs)
        assert full["built"] == args.n and noop["unchanged"] == args.n, (full, noop)
        sample = sorted((work / "docx").rglob("*.docx"))[:args.naive]
        naive_per = naive(sample, work / "naive")
    full_per = full["seconds"] / args.n
    rows = [
        ("DOCX only (check + render)", f"{docx_only['seconds']:.1f} s", f"{args.n / docx_only['seconds']:.1f} notices/s",
         "≥ 100 notices/s"),
        ("full build, DOCX + PDF", f"{full['seconds']:.1f} s", f"{full_per:.3f} s/notice",
         "1,000 in < 60 s" if args.n == 1000 else f"{args.n} in < {60 * args.n / 1000:.0f} s (pro rata)"),
        (f"naive: one soffice per file ({len(sample)} files)", f"{naive_per * len(sample):.1f} s",
         f"{naive_per:.3f} s/notice", ""),
        ("speed-up over naive", "", f"{naive_per / full_per:.1f}×", "≥ 15×"),
        ("no-op rebuild", f"{noop['seconds']:.2f} s", f"{args.n} unchanged", "1,000 in < 1 s"),
        ("peak memory of the build's Python process", "", f"{full['peak_mb']:.0f} MB", "< 300 MB"),
    ]
    table = [f"{args.n} notices (two pages each), --jobs {args.jobs}, on {machine()}", "",
             "| measure | time | rate | target |", "|---|---|---|---|",
             *(f"| {' | '.join(row)} |" for row in rows)]
    print("\n".join(table))
    args.out.write_text("\n".join(table) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
