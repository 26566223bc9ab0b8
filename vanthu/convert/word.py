"""Microsoft Word as the PDF engine, through docx2pdf (Windows and macOS where Word is installed)."""
from __future__ import annotations

import sys
from pathlib import Path

from vanthu.convert.verify import Result, check_space, pdf_problem


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
