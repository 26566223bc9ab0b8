"""Shared fixtures: real builds (real LibreOffice) into temporary folders, and readers for what they produce."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pdfplumber
import pytest
from hypothesis import settings as hypothesis_settings

from vanthu.engine import pipeline

TESTS = Path(__file__).resolve().parent
PROJECT = TESTS.parent
NOTICE_149 = PROJECT / "notices" / "2020" / "149-TB-UBND.yaml"
# The example notices the tests (and the golden page images) are about, named, so that notices an office adds
# under notices/ change nothing in the test suite.
EXAMPLES = (NOTICE_149, *(PROJECT / "notices" / name for name in (
    "phuong-hoan-kiem/2026/08-TB-UBND.yaml", "phuong-hoan-kiem/2026/11-TB-UBND.yaml",
    "so-cong-thuong-lao-cai/2026/1931-TB-SCT.yaml", "so-cong-thuong-lao-cai/2026/1960-TB-SCT.yaml",
    "ubnd-tinh-ninh-binh/2026/215-TB-UBND.yaml", "vpcp/2026/1205-TB-VPCP.yaml",
    "so-cong-thuong-lao-cai/2026/2015-SCT-CN.yaml", "ubnd-phuong-cam-duong/2026/152-TB-UBND.yaml",
    "ubnd-tinh-lao-cai/2026/86-TB-UBND.yaml")))
MM = 72 / 25.4  # PDF points per millimetre

# In CI the property tests try the same examples every run, so a run is reproducible; elsewhere they explore.
hypothesis_settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")


def norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="session")
def built_149(tmp_path_factory) -> dict[str, Path]:
    """The 149 notice built for real, DOCX and PDF, once per test session."""
    out = tmp_path_factory.mktemp("build")
    outcome = pipeline.build([NOTICE_149], out)
    assert not outcome.problems.errors, [p.format() for p in outcome.problems]
    assert outcome.converter is not None, "no PDF converter: install LibreOffice (see README)"
    docx_path, pdf_path = outcome.built[0]
    return {"docx": docx_path, "pdf": pdf_path}


@pytest.fixture
def project(tmp_path) -> Path:
    """An empty project folder with notices/ holding a copy of the real agency settings."""
    notices = tmp_path / "notices"
    (notices / "2026").mkdir(parents=True)
    shutil.copy(PROJECT / "notices" / "_agency.yaml", notices / "_agency.yaml")
    return tmp_path


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def committed(repo: Path, message: str) -> Path:
    """`repo` made a git repository with its files committed once, by a clerk."""
    git(repo, "init", "-q")
    git(repo, "config", "user.name", "Chuyên viên A")
    git(repo, "config", "user.email", "a@example.org")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", message)
    return repo


def pdf_words(pdf: Path) -> list[list[dict]]:
    """Per page, its words with font name and size."""
    with pdfplumber.open(pdf) as document:
        return [page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False)
                for page in document.pages]


def pdf_text(pdf: Path, below_top_margin: bool = True) -> str:
    """The PDF's text, page after page, without the page numbers in the top margin."""
    with pdfplumber.open(pdf) as document:
        pages = []
        for page in document.pages:
            if below_top_margin:
                page = page.crop((0, 20 * MM - 2, page.width, page.height))
            pages.append(page.extract_text() or "")
    return norm(" ".join(pages))


def docx_text(path: Path) -> str:
    """All paragraph text of a DOCX, tables included, in document order."""
    document = docx.Document(path)
    body = document.element.body
    return norm(" ".join("".join(t.text or "" for t in p.iter(docx.oxml.ns.qn("w:t")))
                         for p in body.iter(docx.oxml.ns.qn("w:p"))))


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.:;])\s+", norm(text)) if s]


def assert_in_order(needles: list[str], haystack: str) -> None:
    position = 0
    for needle in needles:
        found = haystack.find(needle, position)
        assert found >= 0, f"not found after position {position}: {needle!r}\n…{haystack[position:position + 300]}…"
        position = found + len(needle)


@pytest.fixture(scope="session")
def built_examples(tmp_path_factory) -> dict[str, dict[str, Path]]:
    """The example notices built for real, once per session: {"vpcp/2026/1205-TB-VPCP": {"docx", "pdf"}}."""
    out = tmp_path_factory.mktemp("examples")
    files = list(EXAMPLES)
    outcome = pipeline.build(files, out)
    assert not outcome.problems.errors, [p.format() for p in outcome.problems]
    built = {}
    for written in outcome.built:
        docx_path, pdf_path = sorted(written)  # .docx before .pdf
        stem = docx_path.relative_to(out).with_suffix("").as_posix()
        built[stem] = {"docx": docx_path, "pdf": pdf_path}
    assert len(built) == len(files)
    return built


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite the golden page images under tests/golden/ from this build")
