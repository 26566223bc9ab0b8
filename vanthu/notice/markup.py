"""The small inline markup of notice text: **bold**, *italic*, and \\* for a literal star.

Anything else is text: `<`, `&`, `{{ }}` stay exactly as typed (escaping is the renderer's job).
"""
from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(r"\\\*|\*\*(?=\S)(.+?)(?<=\S)\*\*|\*(?=[^\s*])(.+?)(?<=[^\s*])\*")


class Run(NamedTuple):
    text: str
    bold: bool = False
    italic: bool = False


def runs(text: str) -> list[Run]:
    out: list[Run] = []
    pos = 0
    for m in _TOKEN.finditer(text):
        _append(out, Run(text[pos:m.start()]))
        if m.group(0) == "\\*":
            _append(out, Run("*"))
        elif m.group(1) is not None:
            _append(out, Run(m.group(1), bold=True))
        else:
            _append(out, Run(m.group(2), italic=True))
        pos = m.end()
    _append(out, Run(text[pos:]))
    return out


def plain_text(text: str) -> str:
    """The text as it will read on paper, without the markup."""
    return "".join(r.text for r in runs(text))


def _append(out: list[Run], run: Run) -> None:
    if not run.text:
        return
    if out and out[-1][1:] == run[1:]:
        out[-1] = Run(out[-1].text + run.text, run.bold, run.italic)
    else:
        out.append(run)
