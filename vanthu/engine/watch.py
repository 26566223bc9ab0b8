"""`build.py watch`: rebuild a notice within a couple of seconds of it being saved.

The folder is polled twice a second (no extra library, and it works the same on every system and on network
folders). A save triggers an ordinary incremental build, so only what changed is rebuilt, with the same checks,
messages and atomic installs. A unoserver is kept running for the whole session when one is installed, so a single
notice does not pay LibreOffice's start-up; otherwise each rebuild starts LibreOffice.
"""
from __future__ import annotations

import contextlib
import signal
import sys
import time
from pathlib import Path

from vanthu import defaults
from vanthu.check.notices import find_notices
from vanthu.convert import unoserver
from vanthu.engine import pipeline
from vanthu.engine.report import report
from vanthu.errors import Failure
from vanthu.i18n import text

POLL = 0.5


def snapshot(paths: list[Path]) -> dict[Path, tuple[int, int]]:
    """Every YAML file under the paths (notices and settings) with its modification time and size."""
    found = {}
    for path in paths:
        for file in path.rglob("*.yaml") if path.is_dir() else [path]:
            with contextlib.suppress(OSError):
                stat = file.stat()
                found[file] = (stat.st_mtime_ns, stat.st_size)
    return found


def run(paths: list[Path], out: Path, lang: str, jobs: int | None = None, pdf_a: bool = False,
        timeout: float = defaults.TIMEOUT, rounds: int | None = None) -> int:
    """Watch until Ctrl+C (or `rounds` polls, for tests); each change is built as `build.py build` would."""
    signal.signal(signal.SIGTERM, _stop)  # a polite stop also stops the converter this session started
    with contextlib.ExitStack() as stack:
        converter = "auto"
        if program := unoserver.find_server():
            try:
                server = stack.enter_context(unoserver.LocalServer(program))
                converter = unoserver.SCHEME + server.address
            except OSError:
                pass  # LibreOffice started per rebuild still works, only slower
        print(text("watch_start", lang, path=", ".join(map(str, paths))), file=sys.stderr, flush=True)
        print(text("watch_converter", lang, converter=converter), file=sys.stderr, flush=True)
        seen: dict = {}
        count = 0
        try:
            while rounds is None or count < rounds:
                now = snapshot(paths)
                if now != seen:
                    seen = now
                    files = find_notices(paths)
                    try:
                        outcome = pipeline.build(files, out, converter, jobs=jobs, pdf_a=pdf_a,
                                                 timeout=timeout)
                        if outcome.status and set(outcome.status.values()) != {"unchanged"}:
                            report(outcome, lang, "text", len(files), True)
                    except Failure as failure:
                        print(failure.message(lang), file=sys.stderr, flush=True)
                    sys.stdout.flush()
                count += 1
                time.sleep(POLL)
        except KeyboardInterrupt:
            pass
    return 0


def _stop(signum, frame):
    raise KeyboardInterrupt
