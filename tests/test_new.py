"""`new`: the next notice of the year as a commented skeleton that `check` accepts once filled in."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

from conftest import TESTS
from vanthu import cli
from vanthu.engine import pipeline
from vanthu.keep import fmt


def _new(project: Path, *args: str) -> Path:
    before = set((project / "notices").rglob("*.yaml"))
    assert cli.main(["new", str(project / "notices"), *args]) == 0
    (created,) = set((project / "notices").rglob("*.yaml")) - before
    return created


def test_new_takes_the_next_number_of_the_year_and_the_date(project):
    for name in ("05-TB-UBND.yaml", "09-TB-UBND.yaml"):
        shutil.copy(TESTS / "keep" / "series" / name, project / "notices" / "2026")
    created = _new(project, "--date", "20/2/2026")
    assert created == project / "notices" / "2026" / "10-TB-UBND.yaml"
    text = created.read_text(encoding="utf-8")
    assert "\nnumber: 10  # số văn bản" in text and "\ndate: 20/02/2026  # ngày ban hành" in text
    assert "signature: chanh-van-phong" in text  # the agency's signer
    assert "lanh-dao-thanh-pho, so-nganh-dia-phuong" in text  # its recipient groups, named in a comment


def test_new_in_a_year_without_notices_starts_at_01(project):
    assert _new(project, "--date", "2/1/2027").name == "01-TB-UBND.yaml"


def test_unfilled_skeleton_names_each_place_to_fill(project):
    created = _new(project, "--date", "20/2/2026")
    outcome = pipeline.check([created])
    fields = {p.field for p in outcome.problems.errors}
    assert fields == {"meeting.date", "meeting.chair.title", "meeting.chair.name", "meeting.subject",
                      "content.0.text", "recipients.0.name"}
    lines = created.read_text(encoding="utf-8").splitlines()
    for problem in outcome.problems.errors:
        assert '""' in lines[problem.line - 1]  # each error points at its empty place


def test_filled_skeleton_checks_clean_and_is_in_style(project):
    created = _new(project, "--date", "20/2/2026")
    assert cli.main(["fmt", "--check", str(created)]) == 0
    yaml = fmt.house_yaml()  # fills it in as an editor would, keeping the comments
    data = yaml.load(created.read_text(encoding="utf-8"))
    data["meeting"]["date"] = "18/2/2026"
    data["meeting"]["chair"]["title"] = "Chủ tịch Ủy ban nhân dân thành phố"
    data["meeting"]["chair"]["name"] = "Nguyễn Văn An"
    data["meeting"]["subject"] = "công tác chuẩn bị mùa mưa bão năm 2026"
    data["content"][0]["text"] = "Các sở, ngành rà soát phương án phòng, chống thiên tai."
    data["recipients"][0] = "Các sở, ngành thành phố"
    out = io.StringIO()
    yaml.dump(data, out)
    created.write_text(out.getvalue(), encoding="utf-8")
    outcome = pipeline.check([created])
    assert not outcome.problems.errors, [p.format() for p in outcome.problems]
    notice = outcome.checked[0].notice
    assert notice.number_symbol == "01/TB-UBND" and notice.summary.startswith("Kết luận của Chủ tịch")
    assert "# nội dung khoản 1" in out.getvalue()  # the comments stay while the clerk fills it in
    assert cli.main(["fmt", "--check", str(created)]) == 0
