"""The notice model: markers computed from the tree, the usual phrasing from the meeting, settings merged."""
from pathlib import Path

from conftest import NOTICE_149, TESTS
from vanthu.engine import pipeline
from vanthu.notice import markup
from vanthu.notice.markup import Run
from vanthu.notice.nd30 import point_letter, roman


def _notice(path: Path):
    outcome = pipeline.check([path])
    assert not outcome.problems.errors, [p.format() for p in outcome.problems]
    return outcome.checked[0].notice


def test_149_phrasing_written_from_the_meeting_matches_the_published_text():
    notice = _notice(NOTICE_149)
    reference = (TESTS / "reference" / "149-TB-UBND-2020.txt").read_text(encoding="utf-8")
    published = " ".join(reference.split())
    for written in (notice.summary, notice.opening, notice.lead_in):
        assert f" {written} " in published


def test_149_comes_from_settings_and_notice():
    notice = _notice(NOTICE_149)
    assert notice.agency.name == ("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG")
    assert notice.number_symbol == "149/TB-UBND"
    assert notice.authority == ("TL. ỦY BAN NHÂN DÂN", "CHÁNH VĂN PHÒNG")
    assert notice.recipient_lines[0] == "- TTTU, TTHĐNDTP;"
    assert notice.recipient_lines[-1] == "- Lưu: VT."


def test_markers_follow_the_tree():
    notice = _notice(NOTICE_149)
    assert [e.marker for e in notice.content] == ["1.", "2.", "3."]
    items = notice.content[1].children
    assert [e.marker for e in items] == ["-", "-", "-", "-"]
    assert [e.marker for e in items[3].children] == ["+", "+", "+", "+"]


def test_assignments_are_data():
    notice = _notice(NOTICE_149)
    with_deadline = [(e.assignment.lead, e.assignment.deadline_text) for e in notice.assignments()
                     if e.assignment.deadline]
    assert with_deadline == [("Sở Nội vụ", "trước ngày 25/3/2020"), ("Sở Nội vụ", "trước ngày 31/3/2020"),
                             ("Văn phòng Ủy ban nhân dân thành phố", "trước ngày 25/3/2020"),
                             ("Sở Thông tin và Truyền thông", "trước ngày 31/3/2020")]


def test_sections_points_and_paragraphs(tmp_path):
    (tmp_path / "_agency.yaml").write_text((TESTS.parent / "notices" / "_agency.yaml").read_text(encoding="utf-8"),
                                           encoding="utf-8")
    notice = tmp_path / "n.yaml"
    notice.write_text("""
number: 7
date: 2026-04-09
summary: Kết luận
content:
  - section: Kết quả kiểm tra
    content:
      - paragraph: Đoạn mở đầu mục.
      - text: Thứ nhất
        points: [Điểm một, Điểm hai, Điểm ba, Điểm bốn, Điểm năm]
      - Thứ hai
  - section: Kiến nghị
    content: [Một kiến nghị]
recipients: [Như trên]
signature: chanh-van-phong
""", encoding="utf-8")
    first, second = _notice(notice).content
    assert (first.marker, first.text, second.marker) == ("I.", "KẾT QUẢ KIỂM TRA", "II.")
    assert [e.marker for e in first.children] == ["", "1.", "2."]
    assert [e.marker for e in first.children[1].children] == ["a)", "b)", "c)", "d)", "đ)"]


def test_roman_and_vietnamese_letters():
    assert [roman(n) for n in (1, 4, 9, 14)] == ["I", "IV", "IX", "XIV"]
    assert "".join(point_letter(i) for i in range(8)) == "abcdđegh"


def test_inline_markup():
    assert markup.runs("báo cáo **trước ngày 25/3/2020**.") == [
        Run("báo cáo "), Run("trước ngày 25/3/2020", bold=True), Run(".")]
    assert markup.runs("*Ghi chú*: x * y") == [Run("Ghi chú", italic=True), Run(": x * y")]
    assert markup.runs(r"\*không đậm\*") == [Run("*không đậm*")]


def test_the_guide_example_is_a_valid_notice(project):
    """The YAML examples in docs/huong-dan.md, checked as they stand."""
    guide = (TESTS.parent / "docs" / "huong-dan.md").read_text(encoding="utf-8")
    # The notice of section 2, with the fields section 6 shows added; a block headed "# Ví dụ riêng" is a notice
    # of its own (checked below). Section 6b's examples are tested in test_office_wording.
    sections = [part for part in guide.split("\n## ") if part.startswith(("2. ", "6. "))]
    blocks = [block.split("```", 1)[0] for part in sections for block in part.split("```yaml\n")[1:]]
    example = "".join(block for block in blocks if not block.startswith(OWN_EXAMPLE))
    notice = project / "notices" / "2026" / "152-TB-UBND.yaml"
    notice.write_text(example, encoding="utf-8")
    built = _notice(notice)
    assert built.number_symbol == "152/TB-UBND"
    assert built.summary == ("Kết luận của Chủ tịch Ủy ban nhân dân thành phố Nguyễn Văn A tại cuộc họp về "
                             "công tác chuyển đổi số năm 2026")


OWN_EXAMPLE = "# Ví dụ riêng"


def test_the_guide_examples_of_their_own_are_valid_notices(project):
    """The công văn, Kính gửi, căn cứ and table examples of docs/huong-dan.md, each a notice as it stands."""
    guide = (TESTS.parent / "docs" / "huong-dan.md").read_text(encoding="utf-8")
    blocks = [block.split("```", 1)[0] for block in guide.split("```yaml\n")[1:]]
    own = [block for block in blocks if block.startswith(OWN_EXAMPLE)]
    assert len(own) == 2
    notices = []
    for i, block in enumerate(own):
        path = project / "notices" / "2026" / f"example-{i}.yaml"
        path.write_text(block, encoding="utf-8")
        notices.append(_notice(path))
    letter, scheduled = notices
    assert letter.cong_van and letter.number_symbol == "153/UBND-CN"
    assert letter.addressees == ("Kính gửi:", "- Công ty cổ phần Xây dựng giao thông Yên Bái;",
                                 "- Công ty TNHH Hiệp Phú.")
    assert letter.legal_basis[-1] == "Căn cứ kết quả kiểm tra, Sở Công Thương thông báo như sau:"
    assert letter.recipient_lines[:2] == ["- Như trên;", "- Ban Giám đốc Sở;"]
    assert scheduled.addressees == ("Kính gửi: Công ty cổ phần Đầu tư xây dựng hạ tầng và giao thông",)
    assert scheduled.legal_basis == ("Căn cứ Kế hoạch số 85/KH-UBND ngày 15/5/2026 của Ủy ban nhân dân thành phố;",)
    table = scheduled.content[0].table
    assert table.header == ("STT", "Ngày", "Công trình", "Nội dung kiểm tra") and len(table.rows) == 2


def test_the_cong_van_form_chosen_in_the_agency_settings(project):
    settings = project / "notices" / "_agency.yaml"
    settings.write_text(settings.read_text(encoding="utf-8") + "form: cong-van\n", encoding="utf-8")
    notice = project / "notices" / "2026" / "21-UBND-VP.yaml"
    notice.write_text("""
number: 21
date: 2026-05-12
summary: triển khai kế hoạch chuyển đổi số
addressees: [Sở Tài chính]
content: [Nội dung]
recipients: [Chủ tịch UBND thành phố]
archive: {units: [VP]}
signature: chanh-van-phong
""", encoding="utf-8")
    built = _notice(notice)
    assert built.cong_van and built.number_symbol == "21/UBND-VP"
    assert built.addressees == ("Kính gửi: Sở Tài chính",)
    assert built.recipient_lines == ["- Như trên;", "- Chủ tịch UBND thành phố;", "- Lưu: VT, VP."]
