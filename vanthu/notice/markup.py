"""The small inline markup of notice text: **bold**, *italic*, ***bold italic***, and \\* for a literal star.

Anything else is text: `<`, `&`, `{{ }}` stay exactly as typed (escaping is the renderer's job).
"""
from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(r"\\\*|\*\*\*(?=[^\s*])(.+?)(?<=[^\s*])\*\*\*(?!\*)|\*\*(?=\S)(.+?)(?<=\S)\*\*"
                    r"|\*(?=[^\s*])(.+?)(?<=[^\s*])\*")


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
            _append(out, Run(m.group(1), bold=True, italic=True))
        elif m.group(2) is not None:
            _append(out, Run(m.group(2), bold=True))
        else:
            _append(out, Run(m.group(3), italic=True))
        pos = m.end()
    _append(out, Run(text[pos:]))
    return out


def stray_stars(text: str) -> list[int]:
    """Where a "*" opens or closes nothing (an unclosed "**", a star typed for itself without "\\*"): it would
    print as a star. Positions in `text`, for the warning that quotes the words around it."""
    used = set()
    for m in _TOKEN.finditer(text):
        inner = next((g for g in (1, 2, 3) if m.group(g) is not None), None)
        used.update(range(m.start(), m.end()) if inner is None else
                    [*range(m.start(), m.start(inner)), *range(m.end(inner), m.end())])
    return [i for i, ch in enumerate(text) if ch == "*" and i not in used]


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
