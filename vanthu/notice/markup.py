"""The small inline markup of notice text: **bold**, *italic*, ***bold italic***, and \\* for a literal star.

Anything else is text: `<`, `&`, `{{ }}` stay exactly as typed (escaping is the renderer's job).
"""
from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(r"\\\*|\*\*(?=\S)(.+?)(?<=\S)\*\*|\*(?=[^\s*])(.+?)(?<=[^\s*])\*")
_ESCAPE_MASK = "\\\ue000"  # "\*" while looking for stray stars: not a star, and no delimiter


class Run(NamedTuple):
    text: str
    bold: bool = False
    italic: bool = False


def runs(text: str) -> list[Run]:
    """***bold italic*** spans first, then **bold** and *italic* in the text around them."""
    out: list[Run] = []
    for segment, both in _bold_italic(text):
        for run in [Run(segment, True, True)] if both else _runs(segment):
            _append(out, run)
    return out


def _bold_italic(text: str):
    """(segment, is bold italic) in order. Linear: each search goes forward, and an opening with no closing after
    it ends the search (no later one could close either)."""
    pos = start = 0
    while (opening := text.find("***", pos)) >= 0:
        inner = opening + 3
        if inner >= len(text) or text[inner] in "* \t\n" or text[opening - 1:opening] == "\\":
            pos = inner if inner < len(text) and text[inner] != "*" else opening + 1
            continue
        close = inner
        while (close := text.find("***", close + 1)) >= 0 and (text[close - 1].isspace()
                                                                or text[close + 3:close + 4] == "*"):
            pass
        if close < 0:
            break
        yield text[start:opening], False
        yield text[inner:close], True
        pos = start = close + 3
    yield text[start:], False


def _runs(text: str) -> list[Run]:
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


def stray_stars(text: str) -> tuple[int, str]:
    """How many "*" open or close nothing (an unclosed "**", a star typed for itself without "\\*") and would print
    as stars, and the printed words around the first, for the warning."""
    printed = plain_text(text.replace("\\*", _ESCAPE_MASK))
    first = printed.find("*")
    if first < 0:
        return 0, ""
    around = printed[max(first - 20, 0):first + 20].replace(_ESCAPE_MASK, "\\*")
    return printed.count("*"), around.strip()


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
