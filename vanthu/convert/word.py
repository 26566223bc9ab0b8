"""Microsoft Word as the PDF engine: Word's own COM automation on Windows, docx2pdf on macOS.

docx2pdf's `convert` starts Word and quits it for every call, which on a batch is slow and, worse, quits the
Word the clerk has open with their own documents. On Windows we therefore drive Word's COM object ourselves:
one Word for the whole batch, hidden, quit at the end only when this run started it; when the clerk's Word was
already running we only open and close our own documents in it.
"""
from __future__ import annotations

import queue
import sys
import threading
from pathlib import Path

from vanthu import defaults
from vanthu.convert.verify import Result, check_space, pdf_problem

WD_FORMAT_PDF = 17  # WdSaveFormat.wdFormatPDF
WD_DO_NOT_SAVE = 0  # WdSaveOptions.wdDoNotSaveChanges
WD_ALERTS_NONE = 0  # WdAlertLevel.wdAlertsNone: no dialog may wait for a click nobody gives


class Word:
    """Microsoft Word, on Windows and macOS where it is installed."""

    name = "word"

    def __init__(self, timeout: float = defaults.TIMEOUT):
        self.timeout = timeout

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
        if sys.platform == "win32":
            return self._convert_com(docx_files, out_dir, on_done)
        return self._convert_docx2pdf(docx_files, out_dir, on_done)

    def _convert_docx2pdf(self, docx_files, out_dir, on_done) -> Result:
        from docx2pdf import convert  # imported here: it needs Word to do anything

        result: Result = {}
        for docx in docx_files:
            pdf = out_dir / (docx.stem + ".pdf")
            try:
                convert(str(docx), str(pdf))
                problem = pdf_problem(pdf)
            except Exception as exc:  # docx2pdf surfaces Word's AppleScript errors as anything
                problem = f"Word failed: {exc}"
            _settle(result, docx, pdf, problem, out_dir, on_done)
        return result

    def _convert_com(self, docx_files, out_dir, on_done) -> Result:
        """All files through one Word, in a thread of its own: COM calls block, and a file Word hangs on must
        not hang the build. The thread owns the COM object (COM objects belong to the thread that made them)."""
        result: Result = {}
        todo: queue.Queue = queue.Queue()
        done: queue.Queue = queue.Queue()
        for docx in docx_files:
            todo.put(docx)
        todo.put(None)
        worker = threading.Thread(target=_com_worker, args=(todo, done, out_dir), daemon=True)
        worker.start()
        for docx in docx_files:
            try:
                settled, problem = done.get(timeout=self.timeout)
            except queue.Empty:
                # Word is stuck on this file; the rest cannot go through the same Word, so each is reported.
                for rest in docx_files[len(result):]:
                    _settle(result, rest, out_dir / (rest.stem + ".pdf"),
                            f"Word took more than {self.timeout:g} s" if rest == docx else "not converted: "
                            "Word stopped responding on an earlier file", out_dir, on_done)
                return result
            if settled is None:  # Word could not be started at all
                for rest in docx_files[len(result):]:
                    _settle(result, rest, out_dir / (rest.stem + ".pdf"), problem, out_dir, on_done)
                return result
            _settle(result, settled, out_dir / (settled.stem + ".pdf"), problem, out_dir, on_done)
        worker.join(self.timeout)
        return result


def _settle(result: Result, docx: Path, pdf: Path, problem: str | None, out_dir: Path, on_done) -> None:
    if problem is not None:
        check_space(out_dir)
    result[docx] = pdf if problem is None else problem
    if on_done:
        on_done(docx, result[docx])


def _com_worker(todo: queue.Queue, done: queue.Queue, out_dir: Path) -> None:
    import pythoncom  # pywin32, Windows only
    import win32com.client

    pythoncom.CoInitialize()
    word, started = None, False
    try:
        try:
            word, started = open_word(win32com.client)
        except Exception as exc:  # no Word, or Word refused automation (a licence dialog, a broken install)
            done.put((None, f"Word could not be started: {exc}"))
            return
        while (docx := todo.get()) is not None:
            pdf = out_dir / (docx.stem + ".pdf")
            done.put((docx, save_as_pdf(word, docx, pdf)))
    finally:
        if word is not None and started:
            try:
                word.Quit(WD_DO_NOT_SAVE)
            except Exception:  # already gone; nothing of the clerk's is at stake in a Word we started
                pass
        pythoncom.CoUninitialize()


def open_word(client) -> tuple[object, bool]:
    """(Word's application object, whether we started it). A running Word is the clerk's: we use it but never
    quit it. Otherwise a new, hidden Word that the caller quits when the batch is done."""
    try:
        return client.GetActiveObject("Word.Application"), False
    except Exception:  # pywintypes.com_error "Operation unavailable": no Word running
        pass
    word = client.DispatchEx("Word.Application")  # a new instance, not one the clerk may open later
    word.Visible = False
    word.DisplayAlerts = WD_ALERTS_NONE
    return word, True


def save_as_pdf(word, docx: Path, pdf: Path) -> str | None:
    """Convert one file in `word`; None when the PDF is good, else why not. Only our own document is closed."""
    try:
        document = word.Documents.Open(str(docx), ConfirmConversions=False, ReadOnly=True,
                                       AddToRecentFiles=False, Visible=False)
    except Exception as exc:
        return f"Word could not open the file: {_com_text(exc)}"
    try:
        document.SaveAs2(str(pdf), FileFormat=WD_FORMAT_PDF)
    except Exception as exc:
        return f"Word could not save the PDF: {_com_text(exc)}"
    finally:
        try:
            document.Close(WD_DO_NOT_SAVE)
        except Exception:  # the PDF is judged by its bytes below, whatever Close says
            pass
    return pdf_problem(pdf)


def _com_text(exc: Exception) -> str:
    """Word's own sentence from a com_error (its excepinfo), else the exception as text."""
    info = getattr(exc, "excepinfo", None)
    if info and len(info) > 2 and info[2]:
        return str(info[2]).strip()
    return str(exc)
