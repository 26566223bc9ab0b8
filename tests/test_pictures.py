"""Picture tests: page 1 and the last page of every example notice, against golden images in tests/golden/.

The comparison is by region: the page is cut into a grid, and a region fails when more of its pixels changed
clearly than anti-aliasing noise can change; a moved or longer line or a changed weight changes far more. After an intended layout change,
regenerate the images with:  python3 build.py test tests/test_pictures.py --update-golden
"""
from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from PIL import Image, ImageChops

from conftest import TESTS

GOLDEN = TESTS / "golden"
DPI = 72
GRID = (8, 12)  # columns, rows: regions of about 26 × 25 mm
CLEAR_CHANGE = 48  # grey levels (0–255): more than anti-aliasing moves a pixel between two renders
TOLERANCE = 8  # clearly changed pixels a region may have (a 1 mm line is about 3 pixels)


def page_image(pdf: Path, index: int) -> Image.Image:
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        page = document[index if index >= 0 else len(document) + index]
        return page.render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()


def regions_that_differ(expected: Image.Image, actual: Image.Image) -> list[str]:
    if expected.size != actual.size:
        return [f"page size {actual.size} instead of {expected.size}"]
    diff = ImageChops.difference(expected, actual)
    width, height = diff.size
    columns, rows = GRID
    found = []
    for row in range(rows):
        for column in range(columns):
            box = (column * width // columns, row * height // rows,
                   (column + 1) * width // columns, (row + 1) * height // rows)
            changed = sum(diff.crop(box).point(lambda v: 255 if v > CLEAR_CHANGE else 0).histogram()[255:])
            if changed > TOLERANCE:
                mm = [round(v * 25.4 / DPI) for v in box]
                found.append(f"region x {mm[0]}–{mm[2]} mm, y {mm[1]}–{mm[3]} mm: {changed} pixels changed")
    return found


def _cases():
    notices = TESTS.parent / "notices"
    stems = sorted(p.relative_to(notices).with_suffix("").as_posix()
                   for p in notices.rglob("*.yaml") if not p.name.startswith("_"))
    return [(stem, page) for stem in stems for page in ("first", "last")]


@pytest.mark.parametrize("stem, page", _cases(), ids=[f"{s}-{p}" for s, p in _cases()])
def test_page_matches_its_golden_image(built_examples, request, stem, page):
    actual = page_image(built_examples[stem]["pdf"], 0 if page == "first" else -1)
    golden = GOLDEN / f"{stem.replace('/', '__')}-{page}.png"
    if request.config.getoption("--update-golden"):
        golden.parent.mkdir(exist_ok=True)
        actual.save(golden, optimize=True)
        return
    assert golden.exists(), f"no golden image {golden.name}: run with --update-golden once the layout is right"
    differences = regions_that_differ(Image.open(golden).convert("L"), actual)
    assert not differences, f"{stem}, {page} page differs from {golden.name}:\n" + "\n".join(differences)


def test_the_comparison_sees_a_moved_line_but_not_noise():
    blank = Image.new("L", (595, 842), 255)
    line = blank.copy()
    line.paste(0, (100, 200, 300, 201))
    moved = blank.copy()
    moved.paste(0, (100, 203, 300, 204))
    noise = line.copy()
    for x in (150, 151, 152):
        noise.putpixel((x, 201), 200)  # anti-aliased pixels
    noise.putpixel((150, 200), 40)
    assert regions_that_differ(line, noise) == []
    assert regions_that_differ(line, moved)
