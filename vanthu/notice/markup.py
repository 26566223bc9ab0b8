"""The small inline markup of notice text: **bold**, *italic*, ***bold italic***, and \\* for a literal star.

Anything else is text: `<`, `&`, `{{ }}` stay exactly as typed (escaping is the renderer's job).
"""
from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(r"\\\*|\*\*(?=\S)(.+?)(?<=\S)\*\*|\*(?=[^\s*])(.+?)(?<=[^\s*])\*")  # the rule; _runs() is its linear form
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
    """The runs `_TOKEN.finditer` finds, in linear time: the regular expression looks for a closing star from every
    opening one, to the end of the line when there is none (minutes for a paragraph of 200,000 stars). Here each
    opening finds its closing from a table of the next closing at each position, built once from the end."""
    n = len(text)
    next_bold, next_italic, next_newline = [n] * (n + 2), [n] * (n + 2), [n] * (n + 2)
    for j in range(n - 1, -1, -1):
        next_newline[j] = j if text[j] == "\n" else next_newline[j + 1]
        after_letter = j > 0 and not text[j - 1].isspace()
        next_bold[j] = j if after_letter and text.startswith("**", j) else next_bold[j + 1]
        next_italic[j] = j if after_letter and text[j] == "*" and text[j - 1] != "*" else next_italic[j + 1]
    out: list[Run] = []
    start = p = 0
    while p < n:
        found = None
        if text.startswith("\\*", p):
            found = (p + 2, Run("*"))
        elif text.startswith("**", p) and p + 2 < n and not text[p + 2].isspace():
            close = next_bold[p + 3] if p + 3 <= n else n
            if close < n and next_newline[p + 2] >= close:
                found = (close + 2, Run(text[p + 2:close], bold=True))
        if found is None and text[p] == "*" and p + 1 < n and not text[p + 1].isspace() and text[p + 1] != "*":
            close = next_italic[p + 2] if p + 2 <= n else n
            if close < n and next_newline[p + 1] >= close:
                found = (close + 1, Run(text[p + 1:close], italic=True))
        if found is None:
            p += 1
            continue
        _append(out, Run(text[start:p]))
        _append(out, found[1])
        start = p = found[0]
    _append(out, Run(text[start:]))
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
