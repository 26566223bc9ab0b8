"""DOCX → PDF: one interface, several engines (LibreOffice headless; Microsoft Word through docx2pdf).

Every engine converts a batch and returns, per DOCX, either the PDF it wrote or the reason it failed, and tells
`on_done` as each file is settled. A PDF counts only when it exists, opens and has pages: a converter's exit code
is not enough. The engines: LibreOffice workers (`workers`), a pool of unoserver instances (`unoserver_pool`), and
Microsoft Word through docx2pdf (here).
"""
from __future__ import annotations

import errno
import os
import shutil
import sys
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


class Word:
    """Microsoft Word through docx2pdf, on Windows and macOS where Word is installed."""

    name = "word"

    @staticmethod
    def find() -> bool:
        if sys.platform == "darwin":
            return Path("/Applications/Microsoft Word.app").exists()
        if sys.platform == "win32":
            try:
                import winreg

                winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, r"Word.Application")
                return True
            except OSError:
                return False
        return False

    def convert(self, docx_files: list[Path], out_dir: Path, on_done=None) -> Result:
        from docx2pdf import convert  # imported here: it needs Word to do anything

        result: Result = {}
        for docx in docx_files:
            pdf = out_dir / (docx.stem + ".pdf")
            try:
                convert(str(docx), str(pdf))
                problem = pdf_problem(pdf)
            except Exception as exc:  # docx2pdf surfaces Word's COM/AppleScript errors as anything
                problem = f"Word failed: {exc}"
            if problem is not None:
                check_space(out_dir)
            result[docx] = pdf if problem is None else problem
            if on_done:
                on_done(docx, result[docx])
        return result


def choose(name: str = "auto", jobs: int | None = None, timeout: float = 120.0, pdf_a: bool = False):
    """The converter asked for, or the first available: LibreOffice, then Word; None when there is none.

    `name` is auto, libreoffice, word or unoserver://host:port[,host:port…] (ValueError names a bad address).
    `timeout`: seconds a converter may take over one file before it counts as hung. Word cannot write PDF/A.
    """
    from . import unoserver_pool, workers  # here: both use this module's pdf_problem

    if name.startswith(unoserver_pool.SCHEME):
        return unoserver_pool.UnoserverPool(unoserver_pool.parse(name), timeout, pdf_a)
    if name in ("auto", "libreoffice"):
        if program := find_soffice():
            return workers.Pool(program, jobs or os.cpu_count() or 1, stall_timeout=timeout, pdf_a=pdf_a)
        if name == "libreoffice":
            return None
    if name in ("auto", "word") and not pdf_a and Word.find():
        return Word()
    return None
