"""One failure type for a command that cannot go on, turned into a message and an exit status in one place (cli).

A problem inside a notice is not a Failure: it is collected with its file, line and field (check/problems.py) and
the command goes on. A Failure is for what stops a command: no project here, a build folder that is busy, a file
that exists already.
"""
from __future__ import annotations

from vanthu.i18n import text


class Failure(Exception):
    def __init__(self, code: str, status: int = 1, **params):
        super().__init__(code)
        self.code, self.status, self.params = code, status, params

    def message(self, lang: str) -> str:
        return text(self.code, lang, **self.params)
