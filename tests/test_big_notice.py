"""The largest notice a clerk may write: 2,000 items and 500 recipients build, DOCX and PDF, with nothing lost."""
from __future__ import annotations

import pypdfium2

from conftest import docx_text
from engine_helpers import FIXTURE
from vanthu.engine import pipeline


def big_notice(items: int, recipients: int) -> str:
    """The minimal notice with `items` content items and `recipients` recipients (the largest accepted notice,
    also measured by bench/bench_big_notice.py)."""
    text = FIXTURE.read_text(encoding="utf-8")
    content = "".join(f"  - Nội dung thứ {i}, kiểm tra việc thực hiện nhiệm vụ số {i} của các sở, ngành.\n"
                      for i in range(1, items + 1))
    others = "".join(f"  - UBND xã số {i}\n" for i in range(1, recipients))
    return (text.replace("content:\n  - Nội dung thứ nhất.\n", "content:\n" + content)
            .replace("recipients:\n  - Như trên\n", "recipients:\n  - Như trên\n" + others))


def test_a_notice_of_2000_items_and_500_recipients_builds_whole(project):
    notice = project / "notices" / "2026" / "05-TB.yaml"
    notice.write_text(big_notice(2000, 500), encoding="utf-8")
    outcome = pipeline.build([notice], project / "build", "libreoffice")
    assert outcome.converter is not None, "no PDF converter: install LibreOffice (see README)"
    assert [p.code for p in outcome.problems] == [] and outcome.status[notice] == "built"
    docx, pdf = outcome.built[0]
    words = docx_text(docx)
    assert "Nội dung thứ 2000, kiểm tra" in words and "UBND xã số 499" in words
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        text = "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
        assert len(document) > 20
    finally:
        document.close()
    squeezed = " ".join(text.split())
    assert "nhiệm vụ số 2000" in squeezed and "UBND xã số 499" in squeezed
