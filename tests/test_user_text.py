"""User text is data: characters that mean something to XML, Jinja or docxtpl print exactly as typed."""
import re
import zipfile

import docx
import pytest

from conftest import TESTS, docx_text, pdf_text
from vanthu.engine import pipeline

# "{_{ x }_}" and "{_% y %_}": docxtpl's own replacement (for templates that print braces) must not reach user text.
TRICKY = "A & B <w:p> {{ x }} {% if %} {_{ x }_} {_% y %_} \"C\" 'D' > E"


@pytest.fixture
def tricky_notice(project):
    notice = project / "notices" / "2026" / "09-TB-UBND.yaml"
    text = (TESTS / "fixtures" / "minimal.yaml").read_text(encoding="utf-8")
    yaml_value = TRICKY.replace("'", "''")
    text = re.sub(r"(?m)^summary: .*$", f"summary: '{yaml_value} Kết luận'", text)
    notice.write_text(text.replace("  - Nội dung thứ nhất.", f"  - '{yaml_value}'"), encoding="utf-8")
    outcome = pipeline.build([notice], project / "build")
    assert not outcome.problems.errors, [p.format() for p in outcome.problems]
    return outcome.built[0]


def test_tricky_text_prints_as_typed_in_docx_and_pdf(tricky_notice):
    docx_path, pdf_path = tricky_notice
    zipfile.ZipFile(docx_path).testzip()
    docx.Document(docx_path)  # the XML parses
    assert f"1. {TRICKY}" in docx_text(docx_path)
    assert f"{TRICKY} Kết luận" in docx_text(docx_path)
    assert f"1. {TRICKY}" in pdf_text(pdf_path)
