"""What may be read as a notice, before YAML builds anything from it.

A notice is a regular file inside its project (a named pipe would hang the read, a symlink loop cannot be resolved,
and a file linked in from elsewhere would be built into another folder), of bounded size, in UTF-8. Its YAML may
not use aliases (`*name` repeats a part: a few lines can stand for billions of values, or for themselves) nor nest
deeper than any notice does: both are refused from the parser's events, before any Python object is built, so the
time and memory of checking stay proportional to the file. Escapes may not make characters a document cannot hold.
"""
from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import yaml

from vanthu import project
from vanthu.check import encoding

MAX_BYTES = 4 * 1024 * 1024  # the longest notice in the examples is 12 KB
# The deepest notice (section → 1. → a) → - → +) nests 14 YAML levels; far below what recursion can take.
MAX_DEPTH = 40
# Surrogates (halves of a UTF-16 pair: no character on their own) and Unicode's noncharacters (U+FFFE, U+FDD0 …):
# YAML's "\uD800" escape makes them, and neither can be written into a DOCX.
NOT_CHARACTERS = re.compile("[\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
                            + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}"
                                      for plane in range(1, 17)) + "]")


class Refused(Exception):
    """The file cannot be taken as a notice: a catalogue code, its parameters and the 1-based line and column."""

    def __init__(self, code: str, line: int = 1, column: int = 1, **params):
        super().__init__(code)
        self.code, self.line, self.column, self.params = code, line, column, params


def admit(file: Path) -> None:
    """Refused unless `file` is a regular file inside the project its path stands in (else inside its own folder)."""
    path = Path(os.path.abspath(file))
    try:
        real = path.resolve(strict=True)
    except RuntimeError:  # Python 3.11 says "Symlink loop" this way
        raise Refused("symlink_loop") from None
    except OSError as exc:
        if exc.errno == 40:  # ELOOP
            raise Refused("symlink_loop") from None
        raise Refused("file_unreadable", reason=exc.strerror or str(exc)) from None
    found = project.find(path.parent)  # from the folder the path stands in, not from where a link leads
    home = found.root if found is not None else path.parent.resolve()
    if home not in real.parents:
        raise Refused("notice_outside_project", target=str(real), project=str(home))
    if not stat.S_ISREG(real.stat().st_mode):
        raise Refused("not_a_regular_file")


def read_bytes(file: Path) -> bytes:
    """The file's bytes; Refused when it is not a regular file or is larger than any notice."""
    try:
        # O_NONBLOCK: a named pipe opens at once instead of waiting for a writer, and is then refused below.
        fd = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        code = "symlink_loop" if exc.errno == 40 else "file_unreadable"
        raise Refused(code, reason=exc.strerror or str(exc)) from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise Refused("not_a_regular_file")
        if info.st_size > MAX_BYTES:
            raise Refused("file_too_large", size=info.st_size // 1024, limit=MAX_BYTES // 1024)
        return handle.read(MAX_BYTES + 1)


def decode(raw: bytes) -> str:
    """The text of a UTF-8 file (a byte-order mark is harmless); Refused naming the encoding found otherwise, or the
    first byte that is not UTF-8 with its line."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        found = encoding.detect_file(raw)
        if found is not None and found.encoding in ("TCVN3", "VNI"):
            raise Refused("legacy_encoding_file", encoding=found.encoding, sample=found.sample,
                          meant=found.meant) from None
        if found is not None:  # Windows-1258, UTF-16: the text is all there, saved the wrong way
            raise Refused("other_encoding_file", encoding=found.encoding, meant=found.meant) from None
        line, column = _line_column(raw, exc.start)
        raise Refused("not_utf8", line, column, offset=exc.start) from None
    if "\x00" in text:
        line, column = _line_column(text, text.index("\x00"))
        raise Refused("nul_character", line, column)
    return text


def _line_column(data, offset: int) -> tuple[int, int]:
    newline = b"\n" if isinstance(data, bytes) else "\n"
    return data.count(newline, 0, offset) + 1, offset - (data.rfind(newline, 0, offset) + 1) + 1


def scan(text: str, loader) -> None:
    """Refused at the first alias, or at a collection nesting deeper than MAX_DEPTH, from the parser's events;
    YAMLError when the text does not parse (the caller explains it)."""
    depth, anchors = 0, set()
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.AliasEvent):
            if event.anchor not in anchors:
                continue  # `*italic* text` reads as an unknown alias: the composer's error explains it
            mark = event.start_mark
            raise Refused("yaml_alias", mark.line + 1, mark.column + 1, name=event.anchor)
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                raise Refused("yaml_too_deep", mark.line + 1, mark.column + 1, limit=MAX_DEPTH)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
        if getattr(event, "anchor", None):
            anchors.add(event.anchor)
