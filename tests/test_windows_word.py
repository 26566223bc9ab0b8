"""The Windows branch of the Word converter and of installing outputs, run on Linux with the platform forced.

These tests drive our logic with a stand-in for Word's COM application object: one Word per batch, hidden, quit
only when we started it, the clerk's documents left alone, a timeout per file. They cannot show that Word itself
converts a notice; only a run on Windows with Word can.
"""
from __future__ import annotations

import sys
import threading
import types
from pathlib import Path

import pypdfium2
import pytest

from engine_helpers import write_notices
from vanthu import processes
from vanthu.convert import word as word_module
from vanthu.convert.word import Word
from vanthu.engine import pipeline
from vanthu.errors import Failure


class FakeDocument:
    def __init__(self, app, path: str):
        self.app, self.path, self.closed = app, path, False

    def SaveAs2(self, target: str, FileFormat: int):
        assert FileFormat == word_module.WD_FORMAT_PDF
        if Path(self.path).stem in self.app.hang_on:
            self.app.release.wait(10)  # Word stuck on a dialog nobody sees
        if Path(self.path).stem in self.app.refuse:
            raise RuntimeError("Word refused")
        pdf = pypdfium2.PdfDocument.new()
        pdf.new_page(595, 842)
        pdf.save(target)
        pdf.close()

    def Close(self, option):
        self.closed = True


class FakeDocuments(list):
    def __init__(self, app):
        super().__init__()
        self.app = app

    def Open(self, path, **options):
        assert options.get("Visible") is False and options.get("ReadOnly") is True
        document = FakeDocument(self.app, path)
        self.append(document)
        return document


class FakeWord:
    def __init__(self):
        self.Visible, self.DisplayAlerts, self.quits = True, -1, 0
        self.Documents = FakeDocuments(self)
        self.hang_on, self.refuse, self.release = set(), set(), threading.Event()

    def Quit(self, option=None):
        self.quits += 1


class FakeClient:
    """win32com.client: GetActiveObject finds the clerk's Word when one runs, DispatchEx starts a new one."""

    def __init__(self, running: FakeWord | None = None, broken: bool = False):
        self.running, self.broken, self.started = running, broken, []

    def GetActiveObject(self, name):
        assert name == "Word.Application"
        if self.running is None:
            raise OSError("Operation unavailable")
        return self.running

    def DispatchEx(self, name):
        assert name == "Word.Application"
        if self.broken:
            raise OSError("Class not registered")
        self.started.append(FakeWord())
        return self.started[-1]


@pytest.fixture
def windows(monkeypatch):
    """sys.platform forced to win32, and pythoncom/win32com.client replaced by the stand-in (pywin32 is Windows-only)."""
    client = FakeClient()
    win32com = types.ModuleType("win32com")
    win32com.client = client
    pythoncom = types.SimpleNamespace(CoInitialize=lambda: None, CoUninitialize=lambda: None)
    monkeypatch.setitem(sys.modules, "win32com", win32com)
    monkeypatch.setitem(sys.modules, "win32com.client", client)
    monkeypatch.setitem(sys.modules, "pythoncom", pythoncom)
    monkeypatch.setattr(sys, "platform", "win32")
    return client


def docx_files(tmp_path: Path, count: int) -> list[Path]:
    files = []
    for i in range(count):
        files.append(tmp_path / f"{i:05d}.docx")
        files[-1].write_bytes(b"PK stand-in")  # the stand-in never reads it
    return files


def test_one_hidden_word_converts_the_whole_batch_and_is_quit_because_we_started_it(windows, tmp_path):
    files = docx_files(tmp_path, 4)
    settled = []
    result = Word(timeout=5).convert(files, tmp_path, on_done=lambda d, r: settled.append(d))
    assert len(windows.started) == 1
    word = windows.started[0]
    assert word.Visible is False and word.DisplayAlerts == word_module.WD_ALERTS_NONE
    assert word.quits == 1
    assert all(isinstance(result[f], Path) and result[f].is_file() for f in files)
    assert settled == files and all(d.closed for d in word.Documents)


def test_the_clerks_open_word_is_used_but_never_quit_and_their_documents_stay_open(windows, tmp_path):
    clerk = FakeWord()
    clerk.Documents.Open("C:\\Users\\clerk\\bao-cao.docx", Visible=False, ReadOnly=True)
    clerk.Documents[0].closed = False
    windows.running = clerk
    files = docx_files(tmp_path, 2)
    result = Word(timeout=5).convert(files, tmp_path)
    assert windows.started == [] and clerk.quits == 0
    assert not clerk.Documents[0].closed and all(d.closed for d in clerk.Documents[1:])
    assert all(isinstance(result[f], Path) for f in files)


def test_a_file_word_hangs_on_times_out_and_the_build_goes_on(windows, tmp_path):
    files = docx_files(tmp_path, 3)
    windows.DispatchEx("Word.Application")  # the Word the converter will get: told to hang on the second file
    hanging = windows.started.pop()
    hanging.hang_on = {files[1].stem}
    windows.DispatchEx = lambda name: hanging
    try:
        result = Word(timeout=0.5).convert(files, tmp_path)
    finally:
        hanging.release.set()
    assert isinstance(result[files[0]], Path)
    assert result[files[1]] == "Word took more than 0.5 s"
    assert "earlier file" in result[files[2]]


def test_a_file_word_refuses_is_reported_and_the_others_are_converted(windows, tmp_path):
    files = docx_files(tmp_path, 3)
    windows.DispatchEx("Word.Application")
    word = windows.started[0]
    word.refuse = {files[1].stem}
    windows.DispatchEx = lambda name: word
    result = Word(timeout=5).convert(files, tmp_path)
    assert result[files[1]] == "Word could not save the PDF: Word refused"
    assert isinstance(result[files[0]], Path) and isinstance(result[files[2]], Path) and word.quits == 1


def test_word_that_cannot_start_is_reported_for_each_file(tmp_path, windows):
    windows.broken = True
    files = docx_files(tmp_path, 2)
    result = Word(timeout=5).convert(files, tmp_path)
    assert all(result[f] == "Word could not be started: Class not registered" for f in files)


def locked(monkeypatch, name: str):
    """Replacing `name` fails as Windows fails it while Word holds the file open (WinError 32)."""
    install = pipeline._install

    def refusing(staged: Path, target: Path) -> Path:
        if target.name == name and target.exists():
            raise PermissionError(13, "The process cannot access the file because it is being used by another "
                                      "process", str(target))
        return install(staged, target)

    monkeypatch.setattr(pipeline, "_install", refusing)


def test_a_docx_open_in_word_is_reported_as_open_and_the_other_notices_are_built(project, monkeypatch):
    files = write_notices(project, 3)
    out = project / "build"
    pipeline.build(files, out, "none")
    kept = (out / "2026" / "02-TB.docx").read_bytes()
    monkeypatch.setattr(processes, "windows", lambda: True)
    locked(monkeypatch, "02-TB.docx")
    outcome = pipeline.build(files, out, "none", force=True)
    problems = [p for p in outcome.problems if p.code == "output_open_elsewhere"]
    assert [p.file.name for p in problems] == ["02-TB.yaml"]
    assert "02-TB.docx: đang mở trong Word: hãy đóng tệp rồi chạy lại" in problems[0].message("vi")
    assert "it is open in Word: close the file and run again" in problems[0].message("en")
    assert outcome.status[files[0]] == "built" and outcome.status[files[2]] == "built"
    assert outcome.status[files[1]] == "failed"
    assert (out / "2026" / "02-TB.docx").read_bytes() == kept


def test_off_windows_a_refused_replace_is_still_the_unwritable_folder(project, monkeypatch):
    files = write_notices(project, 2)
    out = project / "build"
    pipeline.build(files, out, "none")
    monkeypatch.setattr(processes, "windows", lambda: False)
    locked(monkeypatch, "02-TB.docx")
    with pytest.raises(Failure) as failure:
        pipeline.build(files, out, "none", force=True)
    assert failure.value.code == "build_unwritable"
