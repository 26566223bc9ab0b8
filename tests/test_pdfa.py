"""--pdf-a writes PDF/A-2b: the claim is read back from the PDF's own XMP metadata."""
from __future__ import annotations

import re

import pdfplumber

from engine_helpers import write_notices
from vanthu.engine import pipeline


def pdfa_claim(pdf) -> tuple[str, str] | None:
    """(part, conformance) as the PDF's XMP metadata states them, or None."""
    with pdfplumber.open(pdf) as document:
        stream = document.doc.catalog.get("Metadata")
        xmp = stream.resolve().get_data().decode("utf-8", "replace") if stream else ""
    part = re.search(r"pdfaid:part(?:>|=\")(\d)", xmp)
    conformance = re.search(r"pdfaid:conformance(?:>|=\")([ABU])", xmp)
    return (part.group(1), conformance.group(1)) if part and conformance else None


def test_pdf_a_build_writes_pdf_a_2b_and_an_ordinary_build_does_not(project):
    files = write_notices(project, 1)
    pdf = project / "build" / "2026" / "01-TB.pdf"
    pipeline.build(files, project / "build", "libreoffice")
    assert pdfa_claim(pdf) is None
    outcome = pipeline.build(files, project / "build", "libreoffice", pdf_a=True)
    assert outcome.status == {files[0]: "built"}  # asking for PDF/A is a change: the notice is built again
    assert pdfa_claim(pdf) == ("2", "B")
