"""Feedback while a build runs: a bar redrawn in place on a terminal, a plain line now and then otherwise.

The build tells each phase (checking, rendering, converting) and each file done; this shows the count, the rate
and the time left in the phase. Everything goes to stderr, so `--format json` on stdout stays clean.
"""
from __future__ import annotations

import sys
import time

from vanthu.i18n import text

PLAIN_EVERY = 10.0  # seconds between plain lines when stderr is not a terminal
WIDTH = 24
QUIET_BELOW = 10  # a phase of fewer files is over before a line would help


class Progress:
    def __init__(self, lang: str = "vi", stream=None):
        self.lang = lang
        self.stream = stream or sys.stderr
        self.terminal = self.stream.isatty()
        self.phase_name, self.total, self.done = "", 0, 0
        self.started = self.last_shown = time.monotonic()

    def phase(self, name: str, total: int) -> None:
        self._end_line()
        self.phase_name, self.total, self.done = name, total, 0
        self.started = self.last_shown = time.monotonic()

    def advance(self, count: int = 1) -> None:
        self.done += count
        now = time.monotonic()
        if self.terminal:
            self._show("\r\x1b[K" + self._bar() + " " + self._line(now), end="")
        elif now - self.last_shown >= PLAIN_EVERY or self.done == self.total:
            if self.total >= QUIET_BELOW:
                self._show(self._line(now))
            self.last_shown = now

    def close(self) -> None:
        self._end_line()

    def _line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-6)
        rate = self.done / elapsed
        seconds_left = (self.total - self.done) / rate if rate else 0
        left = time.strftime("%M:%S", time.gmtime(seconds_left))
        phase = text(f"phase_{self.phase_name}", self.lang)
        return text("progress", self.lang, phase=phase, done=self.done, total=self.total, rate=rate, left=left)

    def _bar(self) -> str:
        filled = WIDTH * self.done // max(self.total, 1)
        return "[" + "#" * filled + "." * (WIDTH - filled) + "]"

    def _end_line(self) -> None:
        if self.terminal and self.done:
            self._show("")

    def _show(self, line: str, end: str = "\n") -> None:
        print(line, end=end, file=self.stream, flush=True)
