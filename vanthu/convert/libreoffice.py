"""LibreOffice workers: several soffice processes side by side, each converting a batch of DOCX in one process.

Starting LibreOffice costs about a second; converting one more file in a running process costs a tenth of that,
so each worker takes a batch. Each worker has a profile folder of its own (two processes sharing a profile
silently lose files). A worker that writes no PDF for `stall_timeout` seconds is killed; a worker that dies
(killed, crashed) is replaced, the file it was working on gets a strike and the rest of its batch goes back in
the queue. A file with two strikes is given up and reported by name; the rest of the build goes on.
"""
from __future__ import annotations

import math
import os
import shutil
import subprocess
import tempfile
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from vanthu import defaults
from vanthu.convert.verify import Result, check_space, pdf_problem
from vanthu.processes import kill_group, start_group

MAX_STRIKES = 2
POLL = 0.1  # seconds between looks at the running workers

# A filter option in LibreOffice's JSON form (7.4+): PDF/A-2b, the archival profile.
PDF_A_FILTER = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'
PDF_FILTER = "pdf:writer_pdf_Export"



def find_soffice() -> str | None:
    """LibreOffice's program: VANTHU_SOFFICE, else `soffice` on the PATH or in its usual place."""
    if program := os.environ.get("VANTHU_SOFFICE"):
        return program
    for candidate in ("soffice", "libreoffice"):
        if found := shutil.which(candidate):
            return found
    for path in ("/Applications/LibreOffice.app/Contents/MacOS/soffice",
                 r"C:\Program Files\LibreOffice\program\soffice.exe"):
        if Path(path).exists():
            return path
    return None


@dataclass
class _Worker:
    process: subprocess.Popen
    batch: list[Path]
    last_progress: float
    done: int = 0  # PDFs seen so far, in batch order


@dataclass
class Pool:
    name = "libreoffice"  # as the build reports it
    program: str
    jobs: int = 2
    batch_size: int = 200  # a restart costs about a second; a file done in a batch is kept if the batch dies
    stall_timeout: float = defaults.TIMEOUT  # no new PDF for this long: the worker is hung
    pdf_a: bool = False
    strikes: dict[Path, list[str]] = field(default_factory=dict)

    def convert(self, docx_files: list[Path], out_dir: Path,
                on_done: Callable[[Path, Path | str], None] | None = None) -> Result:
        """Convert every file into out_dir/<stem>.pdf; per file the PDF, or why it failed twice."""
        result: Result = {}
        queue: deque[list[Path]] = deque()
        size = max(1, min(self.batch_size, math.ceil(len(docx_files) / max(self.jobs, 1))))
        for i in range(0, len(docx_files), size):
            queue.append(docx_files[i:i + size])
        slots: list[_Worker | None] = [None] * max(self.jobs, 1)

        def finish(docx: Path, outcome: Path | str) -> None:
            result[docx] = outcome
            if on_done:
                on_done(docx, outcome)

        with tempfile.TemporaryDirectory(prefix="vanthu-lo-") as profiles:
            try:
                while queue or any(slots):
                    for n, worker in enumerate(slots):
                        if worker is None and queue:
                            slots[n] = self._start(queue.popleft(), out_dir, Path(profiles) / f"worker-{n}")
                        elif worker is not None:
                            retry = self._look(worker, out_dir, finish)
                            if retry is not None:
                                slots[n] = None
                                queue.extend(retry)
                    time.sleep(POLL)
            finally:
                for worker in slots:
                    if worker is not None:
                        kill_group(worker.process)
        return result

    def _start(self, batch: list[Path], out_dir: Path, profile: Path) -> _Worker:
        command = [
            self.program, "--headless", "--norestore", "--nolockcheck", "--nodefault",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to", PDF_A_FILTER if self.pdf_a else PDF_FILTER, "--outdir", str(out_dir),
            *map(str, batch),
        ]
        process = start_group(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
        now = time.monotonic()
        return _Worker(process, batch, now)

    def _look(self, worker: _Worker, out_dir: Path, finish) -> list[list[Path]] | None:
        """None while the worker runs; once it has ended (or been killed), the batches still to do."""
        now = time.monotonic()
        seen = worker.done
        while seen < len(worker.batch) and (out_dir / (worker.batch[seen].stem + ".pdf")).exists():
            seen += 1
        if seen > worker.done:
            worker.done, worker.last_progress = seen, now
        code = worker.process.poll()
        hung = code is None and now - worker.last_progress > self.stall_timeout
        if code is None and not hung:
            return None
        if hung:
            kill_group(worker.process)
        return self._settle(worker, out_dir, code, hung, finish)

    def _settle(self, worker: _Worker, out_dir: Path, code: int | None, hung: bool, finish) -> list[list[Path]]:
        """Keep the whole PDFs; strike the file the worker was on when it died; queue the others again."""
        pdfs = [out_dir / (docx.stem + ".pdf") for docx in worker.batch]
        problems = [pdf_problem(pdf) for pdf in pdfs]
        if any(problems):
            check_space(out_dir)
        clean_exit = code == 0
        first_missing = next((i for i, p in enumerate(problems) if p is not None), len(problems))
        if not clean_exit and not hung and first_missing > 0:
            # The last PDF written before a sudden death may be cut short yet still open: make it again. (After
            # a hang it had stall_timeout seconds to be finished.)
            problems[first_missing - 1] = "cut short"
            first_missing -= 1
            pdfs[first_missing].unlink(missing_ok=True)
        retry: list[list[Path]] = []
        rest: list[Path] = []
        for i, (docx, pdf, problem) in enumerate(zip(worker.batch, pdfs, problems)):
            if problem is None:
                finish(docx, pdf)
            elif problem == "cut short" or not clean_exit and i != first_missing:
                rest.append(docx)  # never tried, or not to be trusted: no strike
            else:  # a clean exit tried every file; a death stopped at this one
                why = (f"LibreOffice did not answer for {self.stall_timeout:.0f} s" if hung
                       else problem if clean_exit else f"LibreOffice stopped (exit status {code})")
                reasons = self.strikes.setdefault(docx, [])
                reasons.append(why)
                pdf.unlink(missing_ok=True)
                if len(reasons) >= MAX_STRIKES:
                    finish(docx, "; ".join(dict.fromkeys(reasons)))
                else:
                    retry.append([docx])  # alone, so a file that fails again holds up no other
        if rest:
            retry.insert(0, rest)
        return retry

