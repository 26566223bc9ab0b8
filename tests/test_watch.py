"""`build.py watch` rebuilds a notice when it is saved, with the converter kept running between saves."""
from __future__ import annotations

import subprocess
import sys
import time

from conftest import PROJECT, docx_text
from engine_helpers import unoserver_program, write_notices
from vanthu.convert import verify


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def test_saving_a_notice_in_watch_mode_rebuilds_it(project):
    unoserver_program()  # watch keeps a unoserver warm; without it, it starts LibreOffice per save
    notice = write_notices(project, 1)[0]
    docx = project / "build" / "2026" / "01-TB.docx"
    pdf = docx.with_suffix(".pdf")
    watcher = subprocess.Popen([sys.executable, str(PROJECT / "build.py"), "watch", str(project / "notices"),
                                "--out", str(project / "build"), "--lang", "en"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=PROJECT)
    try:
        assert wait_for(pdf.exists, 120), "the first build did not happen"
        notice.write_text(notice.read_text(encoding="utf-8").replace("Nội dung thứ nhất.", "Nội dung vừa lưu."),
                          encoding="utf-8")
        assert wait_for(lambda: "Nội dung vừa lưu." in docx_text(docx), 60), "the saved notice was not rebuilt"
        assert wait_for(lambda: verify.pdf_problem(pdf) is None, 30)
    finally:
        watcher.terminate()
        _, err = watcher.communicate(timeout=30)
    assert "Keeping a PDF converter warm: unoserver://127.0.0.1:" in err
