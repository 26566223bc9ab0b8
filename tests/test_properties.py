"""Any text a clerk can type, in every printed string field: the build succeeds with exactly that text in the DOCX
(and the PDF), or it fails with catalogue messages; never a traceback, never an invalid DOCX.

Settings, chosen to stay affordable on 2 cores: the DOCX properties run 150 examples each (about 30 s); the PDF
property runs 2 examples of 6 notices, each example one real LibreOffice batch (about 20 s). No example database
is kept in the tree; a failure prints the example and the seed to reproduce it.

"Exactly that text" means after what the toolkit documents it does to text: runs of white space become one space
(`model.plain`), `**`/`*` markup becomes bold/italic (`markup.plain_text`), and a recipient loses its trailing
" ;." (Nơi nhận punctuation is added). The PDF is compared with all white space removed (LibreOffice breaks long
words anywhere) and NFKC applied to both sides (ligatures); its random text is drawn from the characters
Liberation Serif has (`vanthu/resources/serif-widths.json`), since others print as a fallback font's or a box.
"""
from __future__ import annotations

import copy
import io
import json
import unicodedata
import zipfile
from pathlib import Path

import docx
import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from conftest import PROJECT, TESTS, docx_text, norm, pdf_text
from vanthu import i18n
from vanthu.engine import pipeline
from vanthu.notice import markup
from vanthu.notice.model import plain
from vanthu.render import render

MINIMAL = yaml.safe_load((TESTS / "fixtures" / "minimal.yaml").read_text(encoding="utf-8"))
SERIF = sorted(ch for ch in json.loads((PROJECT / "vanthu" / "resources" / "serif-widths.json").read_text(
    encoding="utf-8"))["regular"] if ch.isprintable() and not ch.isspace())

DOCX_SETTINGS = settings(max_examples=150, deadline=None, database=None,
                         suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
PDF_SETTINGS = settings(max_examples=2, deadline=None, database=None,
                        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def _with(field: str, value: str) -> dict:
    """The minimal notice with `value` in one printed string field."""
    notice = copy.deepcopy(MINIMAL)
    if field == "content":
        notice["content"] = [value]
    elif field == "recipient":
        notice["recipients"] = [value]
    elif field == "signer":
        notice["signature"] = {"authority": ["TL. ỦY BAN NHÂN DÂN", "CHÁNH VĂN PHÒNG"], "name": value}
    else:
        notice[field] = value
    return notice


def printed(field: str, value: str) -> str:
    """What the paper must show of `value` (see the module's note)."""
    text = plain(value)
    if field in ("summary", "content", "closing"):
        text = markup.plain_text(text)
    if field in ("recipient", "closing"):
        text = text.rstrip(" ;.")
    return norm(text)


FIELDS = ("summary", "content", "closing", "recipient", "signer", "place")


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    notices = tmp_path_factory.mktemp("props") / "notices"
    (notices / "2026").mkdir(parents=True)
    (notices / "_agency.yaml").write_bytes((PROJECT / "notices" / "_agency.yaml").read_bytes())
    return notices / "2026"


def assert_failed_with_catalogue_messages(outcome) -> None:
    assert outcome.checked[0].notice is None
    event(f"refused: {outcome.problems.errors[0].code}")  # --hypothesis-show-statistics shows the mix
    for problem in outcome.problems:
        assert problem.code in i18n.catalogue()
        assert problem.message("vi") and problem.message("en")


def assert_valid_docx_showing(data: bytes, expected: str) -> None:
    event("built")
    assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None
    docx.Document(io.BytesIO(data))  # every part parses as XML
    if expected:
        assert expected in docx_text(io.BytesIO(data))


@DOCX_SETTINGS
@given(field=st.sampled_from(FIELDS), value=st.text(min_size=1, max_size=80))
def test_any_text_in_a_string_field_prints_as_typed_or_fails_with_a_message(folder, field, value):
    file = folder / "01-TB-UBND.yaml"
    file.write_text(yaml.safe_dump(_with(field, value), allow_unicode=True), encoding="utf-8")
    outcome = pipeline.check([file])
    if outcome.problems.errors:
        assert_failed_with_catalogue_messages(outcome)
        return
    assert_valid_docx_showing(render.render(outcome.checked[0].notice), printed(field, value))


@DOCX_SETTINGS
@given(value=st.text(min_size=1, max_size=60))
def test_any_text_typed_raw_after_a_field_name_is_read_or_explained(folder, value):
    """The same text written straight after `summary: ` with no quoting, as a clerk types: a YAML mistake is
    explained, never a traceback."""
    file = folder / "02-TB-UBND.yaml"
    text = (TESTS / "fixtures" / "minimal.yaml").read_text(encoding="utf-8")
    lines = [f"summary: {value}" if line.startswith("summary:") else line for line in text.splitlines()]
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outcome = pipeline.check([file])
    if outcome.problems.errors:
        assert_failed_with_catalogue_messages(outcome)
    else:
        assert_valid_docx_showing(render.render(outcome.checked[0].notice), "")


@PDF_SETTINGS
@given(values=st.lists(st.text(alphabet=SERIF, min_size=1, max_size=60), min_size=6, max_size=6))
def test_any_printable_text_reaches_the_pdf_as_typed(tmp_path_factory, values):
    notices = tmp_path_factory.mktemp("props-pdf") / "notices"
    (notices / "2026").mkdir(parents=True)
    (notices / "_agency.yaml").write_bytes((PROJECT / "notices" / "_agency.yaml").read_bytes())
    files = []
    for number, value in enumerate(values, start=1):
        file = notices / "2026" / f"{number:02d}-TB-UBND.yaml"
        file.write_text(yaml.safe_dump({**_with("content", value), "number": number}, allow_unicode=True),
                        encoding="utf-8")
        files.append(file)
    outcome = pipeline.build(files, notices.parent / "build")
    assert outcome.converter is not None, "no PDF converter: install LibreOffice (see README)"
    built = {Path(paths[0]).stem: paths for paths in outcome.built}
    for file, value in zip(files, values):
        item = next(c for c in outcome.checked if c.file == file)
        if item.notice is None:
            assert_failed_with_catalogue_messages(pipeline.check([file]))
            continue
        docx_path, pdf_path = sorted(built[file.stem], key=lambda p: p.suffix)
        expected = printed("content", value)
        assert_valid_docx_showing(docx_path.read_bytes(), expected)
        squeeze = lambda s: "".join(unicodedata.normalize("NFKC", s).split())  # noqa: E731
        assert squeeze(expected) in squeeze(pdf_text(pdf_path))
