"""The office's own wording (issue 11, points 4–6): numbering two levels deep, numbered headings, paragraphs that
belong to the item above, ***bold italic*** and markup mistakes, deadlines as data, the phrasing options."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
import yaml
from test_variants import words_of

from conftest import PROJECT, assert_in_order, pdf_text, pdf_words
from vanthu.engine import pipeline
from vanthu.keep.tasks import collect, outline
from vanthu.notice import markup, phrasing
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
    assert markup.stray_stars("***Lưu ý:*** **đậm** *nghiêng* \\* sao") == (0, "")
    assert markup.stray_stars("**chưa đóng") == (2, "**chưa đóng")
    assert markup.stray_stars("giá 5 * 3 \\* 2") == (1, "giá 5 * 3 \\* 2")
    assert markup.runs("***a** b*") == [Run("*a", bold=True), Run(" b*")]
    assert markup.stray_stars("***a** b*")[0] == 2  # the star printed inside the bold, and the last
    assert markup.runs("x *** y ***z***") == [Run("x *** y "), Run("z", bold=True, italic=True)]


def test_stray_stars_are_found_in_linear_time():
    """A hostile paragraph of stars and no closing: the bold-italic search goes forward only."""
    import time
    started = time.monotonic()
    assert markup.stray_stars("***a " * 20000)[0] > 0
    assert time.monotonic() - started < 5


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


MEETING = phrasing.Meeting(
    date=dt.date(2024, 10, 7), chair_title="Phó Thủ tướng Chính phủ", chair_name="Trần Hồng Hà",
    subject="phương án xử lý các dự án năng lượng tái tạo", place="trụ sở Chính phủ",
    attendees="lãnh đạo các Bộ: Công Thương, Tài chính, Tư pháp", reports=("Bộ Công Thương",))
PROVINCE = phrasing.Meeting(
    date=dt.date(2024, 10, 2), chair_title="Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh",
    chair_name="Nguyễn Tuấn Anh", subject="tiến độ giải phóng mặt bằng", reports=("Sở Tài chính", "Sở Xây dựng"))


def test_the_real_sentences_in_the_offices_own_wording():
    words = phrasing.Wording(dates="chữ", meeting="cuộc họp")
    assert phrasing.opening(MEETING, words) == (
        "Ngày 07 tháng 10 năm 2024, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ Trần Hồng Hà chủ trì cuộc họp về "
        "phương án xử lý các dự án năng lượng tái tạo. Tham dự cuộc họp có lãnh đạo các Bộ: Công Thương, Tài chính, "
        "Tư pháp.")
    comrade = phrasing.Wording(chair="đồng chí", opinions="ý kiến phát biểu", conclusion="kết luận")
    assert phrasing.lead_in(PROVINCE, comrade) == (
        "Sau khi nghe báo cáo của Sở Tài chính, Sở Xây dựng, ý kiến phát biểu của các đại biểu dự họp, đồng chí "
        "Nguyễn Tuấn Anh - Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh kết luận:")
    assert phrasing.opening(PROVINCE, comrade).startswith(
        "Ngày 02/10/2024, đồng chí Nguyễn Tuấn Anh - Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh chủ trì họp về")
    # The defaults are the forms of 149/TB-UBND (test_model checks them against the published text).
    assert phrasing.opening(MEETING) == (
        "Ngày 07/10/2024, tại trụ sở Chính phủ, Phó Thủ tướng Chính phủ Trần Hồng Hà chủ trì họp về phương án xử lý "
        "các dự án năng lượng tái tạo. Dự họp có lãnh đạo các Bộ: Công Thương, Tài chính, Tư pháp.")
    assert phrasing.lead_in(MEETING) == ("Sau khi nghe báo cáo của Bộ Công Thương; ý kiến của các đại biểu dự họp, "
                                          "Phó Thủ tướng Chính phủ kết luận như sau:")
    assert phrasing.lead_in(MEETING, phrasing.Wording(lead_in=False)) is None


MEETING_YAML = """meeting:
  date: 2026-02-27
  chair: {title: Chủ tịch Ủy ban nhân dân thành phố, name: Nguyễn Văn A}
  subject: công tác chuyển đổi số
content: [Nội dung.]
"""


def test_wording_is_set_for_the_agency_and_a_notice_may_change_one_choice(project):
    settings = project / "notices" / "_agency.yaml"
    settings.write_text(settings.read_text(encoding="utf-8") + "wording: {chair: đồng chí, paragraphs: 1}\n",
                        encoding="utf-8")
    notice, problems = checked(project, MEETING_YAML)
    assert not problems, [p.format() for p in problems]
    (paragraph,) = notice.opening_paragraphs
    assert paragraph == (
        "Ngày 27/02/2026, đồng chí Nguyễn Văn A - Chủ tịch Ủy ban nhân dân thành phố chủ trì họp về công tác chuyển "
        "đổi số. Sau khi nghe ý kiến của các đại biểu dự họp, đồng chí Nguyễn Văn A - Chủ tịch Ủy ban nhân dân thành "
        "phố kết luận như sau:")
    notice, _ = checked(project, MEETING_YAML + "wording: {lead_in: false}\n", "22-TB-UBND.yaml")
    assert notice.opening_paragraphs == [
        "Ngày 27/02/2026, đồng chí Nguyễn Văn A - Chủ tịch Ủy ban nhân dân thành phố chủ trì họp về công tác chuyển "
        "đổi số."]


def test_the_meeting_stays_data_when_the_opening_is_written_by_hand(project):
    by_hand = MEETING_YAML + "opening: Ngày 27 tháng 02 năm 2026, Chủ tịch chủ trì họp.\n"
    notice, problems = checked(project, by_hand)
    assert not problems and notice.meeting.date == dt.date(2026, 2, 27)
    assert notice.opening == "Ngày 27 tháng 02 năm 2026, Chủ tịch chủ trì họp."
    _, problems = checked(project, by_hand.replace("27 tháng 02", "26 tháng 02"), "23-TB-UBND.yaml")
    assert [(p.code, p.line, p.severity) for p in problems] == [("opening_meeting_date", 11, "warning")]


def test_a_wording_choice_outside_the_list_names_the_choices(project):
    notice, problems = checked(project, MEETING_YAML + "wording: {paragraphs: 3}\n")
    assert notice is None
    assert [p.code for p in problems] == ["not_allowed"] and "1, 2" in problems[0].message("vi")


EXAMPLE = "ubnd-tinh-lao-cai/2026/86-TB-UBND"


def test_the_example_reads_back_from_the_pdf_in_the_offices_wording(built_examples):
    pdf = built_examples[EXAMPLE]["pdf"]
    text = pdf_text(pdf)
    assert_in_order([
        "Ngày 07 tháng 10 năm 2026, tại trụ sở Ủy ban nhân dân tỉnh, đồng chí Hoàng Minh Tuấn - Phó Bí thư Tỉnh ủy, "
        "Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về tiến độ đầu tư hạ tầng Khu công nghiệp Tằng Loỏng mở rộng.",
        "Tham dự cuộc họp có lãnh đạo các sở: Công Thương, Tài chính, Xây dựng, Nông nghiệp và Môi trường;",
        "Sau khi nghe báo cáo của Ban Quản lý các khu kinh tế tỉnh, Sở Công Thương, ý kiến phát biểu của các đại "
        "biểu dự họp, đồng chí Hoàng Minh Tuấn - Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh kết luận:",
        "1. Ban Quản lý các khu kinh tế tỉnh",
        "trình Ủy ban nhân dân tỉnh quyết định trước ngày 20 tháng 10 năm 2026. Trong đó, làm rõ nguồn vốn",
        "Lưu ý: không để hồ sơ chậm", "2. Sở Công Thương",
        "2.1. Đôn đốc chủ đầu tư", "báo cáo Ủy ban nhân dân tỉnh kết quả trước ngày 16 tháng 11 năm 2026.",
        "2.2. Phối hợp với Ban Quản lý", "3. Các sở: Xây dựng", "- Lưu: VT, CT (2)NXT."], text)
    assert text.count("20 tháng 10 năm 2026") == 1  # the deadline written in the sentence is not printed again
    words = [w for page in pdf_words(pdf) for w in page]
    styled = lambda phrase: {w["fontname"].split("+")[-1] for w in words_of(words, phrase)}  # noqa: E731
    assert styled("1. Ban Quản lý các khu kinh tế tỉnh") == {"LiberationSerif-Bold"}  # a heading: number too
    assert styled("Lưu ý:") == {"LiberationSerif-BoldItalic"}
    assert styled("tháng 11 năm") == {"LiberationSerif"}  # the agency sets deadlines in plain type
    opening = next(p.text for p in docx.Document(built_examples[EXAMPLE]["docx"]).paragraphs
                   if p.text.startswith("Ngày 07 tháng 10"))
    assert opening.endswith("kết luận:")  # opening and lead-in in one paragraph


def test_the_tracker_names_a_paragraph_by_the_item_above_it():
    outcome = pipeline.check([PROJECT / "notices" / f"{EXAMPLE}.yaml"])
    tasks = collect([outcome.checked[0].notice])
    assert [(t.item, t.deadline.isoformat()) for t in tasks] == [("1. › ¶1", "2026-10-20"), ("2. › 2.1.", "2026-11-16")]


def test_the_guide_examples_print_what_the_guide_says(project):
    """Section 6b of docs/huong-dan.md: each YAML example over the notice of section 2."""
    guide = (PROJECT / "docs" / "huong-dan.md").read_text(encoding="utf-8")
    section = {part.split("\n", 1)[0]: part for part in guide.split("\n## ")}
    blocks = lambda title: [yaml.safe_load(b.split("```", 1)[0])  # noqa: E731
                            for b in section[title].split("```yaml\n")[1:]]
    (base,) = blocks("2. Viết nội dung")
    wording, content, archive = blocks("6b. Viết theo lối của cơ quan")
    shown = {}
    for i, extra in enumerate((wording, content, archive)):
        file = project / "notices" / "2026" / f"{160 + i}-TB-UBND.yaml"
        file.write_text(yaml.safe_dump({**base, **extra, "number": 160 + i}, allow_unicode=True), encoding="utf-8")
        outcome = pipeline.check([file])
        assert not outcome.problems, [p.format() for p in outcome.problems]
        shown[i] = outcome.checked[0].notice
    quoted = " ".join(section["6b. Viết theo lối của cơ quan"].split("công cụ in một đoạn: «", 1)[1]
                      .split("». ", 1)[0].split())
    assert shown[0].opening_paragraphs == [quoted]
    labels = [(label, e.assignment.printed_deadline) for label, e in outline(shown[1].content) if e.assignment]
    assert labels == [("1. › ¶1", None), ("2. › 2.1.", "trước ngày 20/12/2026")]
    assert shown[2].recipient_lines[-1] == "- Lưu: VT, KGVX (2)NXT."
