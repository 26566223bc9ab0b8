"""The office's own wording (issue 11, points 4–6): numbering two levels deep, numbered headings, paragraphs that
belong to the item above, ***bold italic*** and markup mistakes, deadlines as data, the phrasing options."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import TESTS
from vanthu.engine import pipeline
from vanthu.keep.tasks import outline
from vanthu.notice import markup
from vanthu.notice.markup import Run
from vanthu.render import render

HEAD = """number: 21
date: 2026-03-02
summary: Kết luận
recipients: [Như trên]
signature: chanh-van-phong
"""


def checked(project: Path, body: str, name: str = "21-TB-UBND.yaml"):
    """A notice of `body` under the project's agency settings: (its model or None, its problems)."""
    file = project / "notices" / "2026" / name
    file.write_text(HEAD + body, encoding="utf-8")
    outcome = pipeline.check([file])
    return outcome.checked[0].notice, outcome.problems


def test_bold_italic_and_the_stars_that_pair_with_nothing():
    assert markup.runs("***Lưu ý:*** nộp **trước** *ngày*") == [
        Run("Lưu ý:", bold=True, italic=True), Run(" nộp "), Run("trước", bold=True), Run(" "),
        Run("ngày", italic=True)]
    assert markup.stray_stars("***Lưu ý:*** **đậm** *nghiêng* \\* sao") == []
    assert markup.stray_stars("**chưa đóng") == [0, 1]
    assert markup.stray_stars("5 * 3") == [2]
    assert markup.stray_stars("***a** b*") == [2, 8]  # "*a" would print bold, its star included


@pytest.mark.parametrize("text, stars", [("**Về tổ chức: giao Sở Nội vụ", 2), ("Điểm * của kế hoạch", 1)])
def test_every_markup_mistake_is_a_warning_at_its_line(project, text, stars):
    notice, problems = checked(project, f'content:\n  - Nội dung thứ nhất.\n  - "{text}"\n')
    assert notice is not None
    assert [(p.code, p.line, p.field, p.severity) for p in problems] == [
        ("markup_stray_star", 8, "content.1.text", "warning")]
    assert f"có {stars} dấu «*» không thành cặp" in problems[0].message("vi")


def test_two_level_numbers_a_bold_heading_and_the_paragraphs_that_belong_to_it(project):
    notice, problems = checked(project, """content:
  - text: Sở Công Thương
    heading: true
    numbered:
      - Rà soát quy hoạch.
      - text: Báo cáo Ủy ban nhân dân tỉnh.
        lead: Sở Công Thương
        deadline: 2026-04-01
  - text: Sở Tài chính
    heading: true
  - paragraph: Bố trí kinh phí cho kế hoạch.
  - paragraph: Tham mưu phân bổ vốn năm 2026.
    lead: Sở Tài chính
    deadline: 2026-05-01
""")
    assert not problems, [p.format() for p in problems]
    first, second, *paragraphs = notice.content
    assert [c.marker for c in first.children] == ["1.1.", "1.2."]
    assert first.heading and second.heading and not paragraphs[0].heading
    heading = render.rich(*render.element_text(first), bold=True).xml
    assert heading.count("<w:r>") == heading.count("<w:b/>") and "1. Sở Công Thương" in heading  # all bold
    labels = {element.text: label for label, element in outline(notice.content)}
    assert labels["Báo cáo Ủy ban nhân dân tỉnh."] == "1. › 1.2."
    assert labels["Tham mưu phân bổ vốn năm 2026."] == "2. › ¶2"


def test_numbered_stands_only_under_a_numbered_item(project):
    notice, problems = checked(project, """content:
  - text: Các phường
    points:
      - text: Rà soát.
        numbered: [Một.]
""")
    assert notice is None
    assert [(p.code, p.field) for p in problems] == [("numbered_not_here", "content.0.points.0.numbered")]


def test_a_deadline_in_the_middle_of_a_sentence_is_recorded_and_printed_only_as_written(project):
    notice, problems = checked(project, """content:
  - text: >-
      Giao Sở Tài chính thẩm định, trình Ủy ban nhân dân tỉnh quyết định trước ngày 20 tháng 4 năm 2026.
      Trong đó, ưu tiên các dự án chuyển tiếp.
    lead: Sở Tài chính
    deadline: 2026-04-20
    deadline_in_text: true
""")
    assert not problems, [p.format() for p in problems]
    (element,) = notice.content
    assert element.assignment.deadline.isoformat() == "2026-04-20"  # the tracker has it
    assert render.element_text(element) == (
        "1. Giao Sở Tài chính thẩm định, trình Ủy ban nhân dân tỉnh quyết định trước ngày 20 tháng 4 năm 2026. "
        "Trong đó, ưu tiên các dự án chuyển tiếp.", [])


@pytest.mark.parametrize("text, in_text, code", [
    ("Báo cáo kết quả.", "true", "deadline_not_in_text"),
    ("Báo cáo kết quả trước ngày 20/4/2026.", "false", "deadline_twice"),
    ("Báo cáo kết quả chậm nhất ngày 20-04-2026.", "false", "deadline_twice"),
])
def test_a_recorded_deadline_stands_on_paper_once(project, text, in_text, code):
    notice, problems = checked(project, f"""content:
  - text: {text}
    deadline: 2026-04-20
    deadline_in_text: {in_text}
""")
    assert notice is None
    assert [(p.code, p.line, p.field) for p in problems] == [(code, 8, "content.0.deadline")]


def test_the_agency_sets_deadlines_in_words_and_in_plain_type(project):
    settings = project / "notices" / "_agency.yaml"
    settings.write_text(settings.read_text(encoding="utf-8") + "wording: {dates: chữ, deadline_bold: false}\n",
                        encoding="utf-8")
    notice, problems = checked(project, """content:
  - text: Sở Xây dựng báo cáo kết quả.
    deadline: 2026-04-05
""")
    assert not problems, [p.format() for p in problems]
    text, tail = render.element_text(notice.content[0])
    assert text + "".join(r.text for r in tail) == "1. Sở Xây dựng báo cáo kết quả trước ngày 05 tháng 4 năm 2026."
    assert not any(r.bold for r in tail)
