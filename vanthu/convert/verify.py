"""What every engine's output must pass: a PDF counts only when it exists, opens and has pages (an exit code is
not enough)."""
from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pypdfium2

Result = dict[Path, "Path | str"]  # docx → pdf written, or why not


def pdf_problem(pdf: Path) -> str | None:
    """None when `pdf` is a PDF with at least one page; otherwise what is wrong with it."""
    if not pdf.is_file() or pdf.stat().st_size == 0:
        return "no PDF was written"
    # pdfium (Chrome's PDF engine) reads a page count in a fifth of a millisecond; pdfminer took 4 ms, which on
    # 1,000 notices was CPU taken from the LibreOffice workers.
    try:
        document = pypdfium2.PdfDocument(str(pdf))
    except pypdfium2.PdfiumError as exc:
        return f"the PDF does not open ({exc})"
    try:
        return None if len(document) > 0 else "the PDF has no pages"
    finally:
        document.close()


LOW_SPACE = 1 << 20  # bytes: less room than one notice's PDF and its temporary copy


def check_space(folder: Path) -> None:
    """After a converter failed: the disk-full error when the folder's disk is (almost) full.

    A converter in another process reports no errno, only a missing PDF; with less than LOW_SPACE left, no room
    is the likely reason, and retrying each file would only fail again, slowly."""
    if shutil.disk_usage(folder).free < LOW_SPACE:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(folder))
