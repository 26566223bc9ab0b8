"""DOCX → PDF: one interface, several engines (LibreOffice headless; Microsoft Word through docx2pdf).

Every engine converts a batch and returns, per DOCX, either the PDF it wrote or the reason it failed. A PDF
counts only when it exists, opens and has pages: a converter's exit code is not enough.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pdfplumber

Result = dict[Path, "Path | str"]  # docx → pdf written, or why not


def pdf_problem(pdf: Path) -> str | None:
    """None when `pdf` is a PDF with at least one page; otherwise what is wrong with it."""
    if not pdf.is_file() or pdf.stat().st_size == 0:
        return "no PDF was written"
    try:
        with pdfplumber.open(pdf) as document:
            return None if len(document.pages) > 0 else "the PDF has no pages"
    except Exception as exc:  # pdfminer raises many kinds for a broken file; all mean "not a PDF"
        return f"the PDF does not open ({type(exc).__name__})"


class LibreOffice:
    name = "libreoffice"

    def __init__(self, program: str, timeout_per_file: float = 30.0):
        self.program = program
        self.timeout_per_file = timeout_per_file

    @staticmethod
    def find() -> str | None:
        for candidate in ("soffice", "libreoffice"):
            if found := shutil.which(candidate):
                return found
        for path in ("/Applications/LibreOffice.app/Contents/MacOS/soffice",
                     r"C:\Program Files\LibreOffice\program\soffice.exe"):
            if Path(path).exists():
                return path
        return None

    def convert(self, docx_files: list[Path], out_dir: Path) -> Result:
        """One LibreOffice process for the whole batch, with a profile folder of its own (two processes sharing
        a profile lose files) and a timeout that grows with the batch."""
        if not docx_files:
            return {}
        with tempfile.TemporaryDirectory(prefix="vanthu-lo-") as profile:
            command = [
                self.program, "--headless", "--norestore", "--nolockcheck", "--nodefault",
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(out_dir), *map(str, docx_files),
            ]
            timeout = 60 + self.timeout_per_file * len(docx_files)
            try:
                run = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                                     stdin=subprocess.DEVNULL)
                detail = (run.stderr or run.stdout).strip().splitlines()[-1:] if run.returncode else []
            except subprocess.TimeoutExpired:
                detail = [f"LibreOffice did not finish within {timeout:.0f} s"]
            except OSError as exc:
                detail = [f"LibreOffice could not start: {exc}"]
        result: Result = {}
        for docx in docx_files:
            pdf = out_dir / (docx.stem + ".pdf")
            problem = pdf_problem(pdf)
            result[docx] = pdf if problem is None else "; ".join([problem, *detail])
        return result


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

    def convert(self, docx_files: list[Path], out_dir: Path) -> Result:
        from docx2pdf import convert  # imported here: it needs Word to do anything

        result: Result = {}
        for docx in docx_files:
            pdf = out_dir / (docx.stem + ".pdf")
            try:
                convert(str(docx), str(pdf))
                problem = pdf_problem(pdf)
            except Exception as exc:  # docx2pdf surfaces Word's COM/AppleScript errors as anything
                problem = f"Word failed: {exc}"
            result[docx] = pdf if problem is None else problem
        return result


def choose(name: str = "auto"):
    """The converter asked for, or the first available: LibreOffice, then Word; None when there is none."""
    if name in ("auto", "libreoffice"):
        program = os.environ.get("VANTHU_SOFFICE") or LibreOffice.find()
        if program:
            return LibreOffice(program)
        if name == "libreoffice":
            return None
    if name in ("auto", "word") and Word.find():
        return Word()
    return None
