"""DOCX → PDF: one interface, several engines (LibreOffice headless; Microsoft Word: its COM object on Windows, docx2pdf on macOS).

Every engine converts a batch and returns, per DOCX, either the PDF it wrote or the reason it failed, and tells
`on_done` as each file is settled. A PDF counts only when it exists, opens and has pages: a converter's exit code
is not enough (`verify`). The engines: LibreOffice workers (`libreoffice`), a pool of unoserver instances
(`unoserver`), and Microsoft Word through docx2pdf (`word`).
"""
from __future__ import annotations

from vanthu import defaults
from vanthu.convert import libreoffice, unoserver
from vanthu.convert.word import Word


def choose(name: str = "auto", jobs: int | None = None, timeout: float = defaults.TIMEOUT, pdf_a: bool = False):
    """The converter asked for, or the first available: LibreOffice, then Word; None when there is none.

    `name` is auto, libreoffice, word or unoserver://host:port[,host:port…] (ValueError names a bad address).
    `timeout`: seconds a converter may take over one file before it counts as hung. Word cannot write PDF/A.
    """
    if name.startswith(unoserver.SCHEME):
        return unoserver.UnoserverPool(unoserver.parse(name), timeout, pdf_a)
    if name in ("auto", "libreoffice"):
        if program := libreoffice.find_soffice():
            return libreoffice.Pool(program, defaults.jobs(jobs), stall_timeout=timeout, pdf_a=pdf_a)
        if name == "libreoffice":
            return None
    if name in ("auto", "word") and not pdf_a and Word.find():
        return Word(timeout)
    return None
