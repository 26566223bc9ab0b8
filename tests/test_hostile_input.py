"""Hostile input that cannot live in the corpus of tests/bad/ (files that are pipes or links, files of 10,000 problems,
templates that try to run code) and the measurements of the legacy-encoding detector. Each case ends in a message
naming the file, within bounded time (a generous timeout catches a hang; nothing here is timed), with nothing
written for the bad notice and earlier outputs intact.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import legacy_text
from conftest import PROJECT, TESTS
from vanthu import resources
from vanthu.check import assets, encoding
from vanthu.engine import pipeline
from vanthu.notice import markup
from vanthu.render import render

MINIMAL = (TESTS / "fixtures" / "minimal.yaml").read_text(encoding="utf-8")
PNG = (PROJECT / "notices" / "vpcp" / "anh" / "chu-ky-mau.png").read_bytes()
HANG = 120  # seconds: far beyond what any case takes; only a hang reaches it


def run_cli(*args, cwd=PROJECT):
    return subprocess.run([sys.executable, str(PROJECT / "build.py"), *args], capture_output=True, text=True,
                          cwd=cwd, timeout=HANG)


def notice(project: Path, name: str = "05-TB-UBND.yaml", text: str = MINIMAL, folder: str = "2026") -> Path:
    file = project / "notices" / folder / name
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(text, encoding="utf-8")
    return file


# --- files that are not notices ----------------------------------------------------------------------------------

def test_a_named_pipe_is_refused_not_waited_on(project):
    pipe = project / "notices" / "2026" / "06-TB-UBND.yaml"
    os.mkfifo(pipe)
    result = run_cli("check", str(project / "notices"), "--lang", "en")
    assert result.returncode == 1
    assert re.search(r"06-TB-UBND\.yaml:1:1: error: This is not a regular file", result.stderr), result.stderr


def test_a_symlink_loop_is_refused_with_a_message(project):
    folder = project / "notices" / "2026"
    (folder / "07-TB-UBND.yaml").symlink_to("08-TB-UBND.yaml")
    (folder / "08-TB-UBND.yaml").symlink_to("07-TB-UBND.yaml")
    good = notice(project)
    result = run_cli("build", str(project / "notices"), "--out", str(project / "build"), "--converter", "none",
                     "--lang", "en")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    for name in ("07-TB-UBND.yaml", "08-TB-UBND.yaml"):
        assert f"{name}:1:1: error: The file is a symbolic link that loops" in result.stderr
    assert sorted(p.name for p in (project / "build").rglob("*.docx")) == [good.with_suffix(".docx").name]


def test_a_notice_linked_from_outside_the_project_is_not_built(project, tmp_path_factory):
    outside = tmp_path_factory.mktemp("elsewhere") / "05-TB-UBND.yaml"
    outside.write_text(MINIMAL, encoding="utf-8")
    link = project / "notices" / "2026" / "05-TB-UBND.yaml"
    link.symlink_to(outside)
    outcome = pipeline.build([link], project / "build", converter="none")
    assert [(p.code, p.file) for p in outcome.problems] == [("notice_outside_project", link)]
    assert str(outside) in outcome.problems[0].message("en")
    assert outcome.built == [] and not list((project / "build").rglob("*.docx"))
    assert not list(outside.parent.rglob("*.docx"))


# --- size: linear, so bounded -------------------------------------------------------------------------------------

def test_ten_thousand_problems_in_one_file_are_all_reported(project):
    mistakes = "".join(f"truong_{i}: x\n" for i in range(5000))  # unknown fields
    items = "".join(f"  - text: Việc {i}\n    deadline: 31/02/2026\n" for i in range(5000))  # dates that do not exist
    file = notice(project, text=MINIMAL.replace("content:\n  - Nội dung thứ nhất.\n", "content:\n" + items)
                  + mistakes)
    result = run_cli("check", str(file), "--lang", "en", "--format", "json")
    assert result.returncode == 1
    codes = [p["code"] for p in json.loads(result.stdout)]
    assert codes.count("unknown_field") == 5000 and codes.count("date_not_exist") == 5000


def test_a_paragraph_of_200000_characters_of_star_markup_is_built(project):
    text = "*nghiêng* và **đậm** " * 9524  # 200,004 characters, 19,048 bold or italic runs
    file = notice(project, text=MINIMAL.replace("Nội dung thứ nhất.", f"'{text}'"))
    result = run_cli("build", str(file), "--out", str(project / "build"), "--converter", "none")
    assert result.returncode == 0, result.stderr
    built = docx.Document(project / "build" / "2026" / "05-TB-UBND.docx")
    runs = [r for p in built.paragraphs for r in p.runs if r.text == "nghiêng"]
    assert len(runs) == 9524 and all(r.italic for r in runs)


# --- one number a year, across folders and builds -----------------------------------------------------------------

def test_the_same_number_in_two_sub_folders_of_one_agency_builds_neither(project):
    first = notice(project, folder="2026/van-phong")
    second = notice(project, folder="2026/noi-vu")
    outcome = pipeline.build([first, second], project / "build", converter="none")
    assert sorted((p.code, p.file.name, p.line) for p in outcome.problems) == [
        ("duplicate_number", "05-TB-UBND.yaml", 1)] * 2
    assert outcome.built == []


def test_a_new_notice_reusing_a_number_in_the_build_record_is_not_built(project):
    out = project / "build"
    first = notice(project, folder="2026/van-phong")
    assert pipeline.build([first], out, converter="none").built
    before = {p: p.read_bytes() for p in out.rglob("*.docx")}
    second = notice(project, folder="2026/noi-vu")
    outcome = pipeline.build([second], out, converter="none")  # only the new folder: the first is in the record
    assert [p.code for p in outcome.problems] == ["duplicate_number"]
    assert "van-phong/05-TB-UBND.yaml" in outcome.problems[0].message("en")
    assert outcome.built == [] and {p: p.read_bytes() for p in out.rglob("*.docx")} == before


# --- templates: they print values, they run no code ---------------------------------------------------------------

ATTACKS = {
    "mro": "{{ ''.__class__.__mro__ }}",
    "cycler": "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "lipsum": "{{ lipsum.__globals__['os'].popen('touch pwned').read() }}",
    "attr-filter": "{{ summary|attr('__class__') }}",
    "call": "{{ agency.name.append('x') }}",
}


def _template_with(project: Path, name: str, tag: str) -> Path:
    document = docx.Document(resources.default_template())
    document.add_paragraph(tag)
    path = project / "templates" / f"{name}.docx"
    path.parent.mkdir(exist_ok=True)
    document.save(path)
    return path


@pytest.mark.parametrize("attack", ATTACKS, ids=list(ATTACKS))
def test_a_template_that_reaches_for_python_is_refused_naming_it(project, attack):
    template = _template_with(project, attack, ATTACKS[attack])
    file = notice(project, text=f"template: templates/{template.name}\n" + MINIMAL)
    result = run_cli("build", str(file), "--out", str(project / "build"), "--converter", "none", "--lang", "en",
                     cwd=project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"05-TB-UBND.yaml:1:1: error [template]: The Word template «templates/{template.name}» holds" \
           in result.stderr, result.stderr
    assert not list((project / "build").rglob("*.docx")) and not (project / "pwned").exists()


def test_the_names_a_template_may_use_are_those_the_render_gives(project):
    checked = pipeline.check([notice(project)]).checked[0].notice
    template = render._Template(str(resources.default_template()))
    assert sorted(render.context(checked, template)) == sorted(assets.TEMPLATE_NAMES)


@pytest.mark.parametrize("attack", ["mro", "cycler", "lipsum"])
def test_the_render_itself_is_sandboxed(project, attack):
    """Past `check` (called directly), the sandbox still stops the template, and the message names it."""
    template = _template_with(project, attack, ATTACKS[attack])
    checked = pipeline.check([notice(project)]).checked[0].notice
    with pytest.raises(render.TemplateRefused) as refused:
        render.render(checked, template)
    assert refused.value.template == template.resolve()
    assert not (project / "pwned").exists()


def test_a_template_that_unpacks_to_gigabytes_is_refused(project):
    bomb = project / "templates" / "bom.docx"
    bomb.parent.mkdir()
    with zipfile.ZipFile(resources.default_template()) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as package:
        for item in source.infolist():
            package.writestr(item, source.read(item))
        with package.open("word/media/zeros.bin", "w") as zeros:  # 101 MB of zeros in about 100 KB
            for _ in range(101):
                zeros.write(bytes(1024 * 1024))
    outcome = pipeline.check([notice(project, text="template: templates/bom.docx\n" + MINIMAL)])
    assert [p.code for p in outcome.problems] == ["template_not_docx"]
    assert "it unpacks to 101 MB, over 100 MB" in outcome.problems[0].message("en")


def test_an_image_file_larger_than_any_signature_is_refused(project):
    (project / "anh").mkdir()
    (project / "anh" / "dau.png").write_bytes(PNG + bytes(21 * 2 ** 20))  # a PNG with 21 MB after its end
    text = MINIMAL + "agency:\n  seal:\n    image: anh/dau.png\n"
    outcome = pipeline.check([notice(project, text=text)])
    assert [(p.code, p.field) for p in outcome.problems] == [("image_file_too_large", "agency.seal.image")]


# --- the legacy-encoding detector, measured -----------------------------------------------------------------------

FOREIGN_NAMES = [line.strip() for line in (TESTS / "data" / "foreign-names.txt").read_text(encoding="utf-8")
                 .splitlines() if line.strip() and not line.startswith("#")]


def _vietnamese_lines() -> list[str]:
    """Every line of the published 149 notice and every text value of the example notices that is not ASCII."""
    lines = (TESTS / "reference" / "149-TB-UBND-2020.txt").read_text(encoding="utf-8").splitlines()

    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, (dict, list)):
            for item in value.values() if isinstance(value, dict) else value:
                yield from strings(item)

    for file in sorted((PROJECT / "notices").rglob("*.yaml")):
        lines.extend(strings(yaml.safe_load(file.read_text(encoding="utf-8"))))
    return [line.strip() for line in lines if not line.isascii()]


def test_foreign_names_are_never_taken_for_legacy_vietnamese():
    assert len(FOREIGN_NAMES) >= 200
    typed = [f"{title} {name}".strip() for name in FOREIGN_NAMES for title in ("Bà", "Ông", "")]
    assert [text for text in typed if encoding.detect(text)] == []
    assert [line for line in _vietnamese_lines() if encoding.detect(line)] == []  # nor real Unicode Vietnamese


def test_names_in_a_notice_are_taken_as_typed(project):
    text = MINIMAL.replace("Như trên", "Bà Zoë Núñez").replace("Nội dung thứ nhất.", "Ông Jürgen Müller dự họp.")
    assert pipeline.check([notice(project, text=text)]).problems == []


@pytest.mark.parametrize("name, convert", [("TCVN3", legacy_text.to_tcvn3), ("VNI", legacy_text.to_vni)])
def test_legacy_text_is_recognised_in_95_percent_of_lines(name, convert):
    """The README states the rate; the lines missed are abbreviations ("TTHĐNDTP") and words that read as
    Vietnamese both ways ("Số"). What the message says was meant is the original (TCVN3 has no capital "Ủ")."""
    lines = _vietnamese_lines()
    found = [line for line in lines if (d := encoding.detect(convert(line))) and d.encoding == name
             and d.meant.lower() == " ".join(line.split()[max(0, _first_non_ascii(line) - 1):][:8]).lower()]
    assert len(found) >= 0.95 * len(lines), (len(found), len(lines))


def _first_non_ascii(line: str) -> int:
    return next(i for i, word in enumerate(line.split()) if not word.isascii())


@pytest.mark.parametrize("name, encode", [
    ("TCVN3", lambda text: legacy_text.to_tcvn3(text).encode("latin-1", errors="replace")),  # "…" has no code
    ("VNI", lambda text: legacy_text.to_vni(text).encode("latin-1", errors="replace")),
    ("Windows-1258", legacy_text.to_cp1258),
    ("UTF-16", lambda text: text.encode("utf-16")),
])
def test_a_whole_notice_saved_in_another_encoding_is_named(project, name, encode):
    for example in sorted((PROJECT / "notices").rglob("[!_]*.yaml")):
        file = project / "notices" / "2026" / example.name
        file.write_bytes(encode(example.read_text(encoding="utf-8")))
        problems = pipeline.check([file]).problems
        assert [p.code for p in problems] in (["legacy_encoding_file"], ["other_encoding_file"]), example
        assert problems[0].params["encoding"] == name, example


# --- the linear markup reader is the regular expression's reading -------------------------------------------------

def _by_regex(text: str) -> list[markup.Run]:
    out: list[markup.Run] = []
    pos = 0
    for m in markup._TOKEN.finditer(text):
        markup._append(out, markup.Run(text[pos:m.start()]))
        markup._append(out, markup.Run("*") if m.group(0) == "\\*" else
                       markup.Run(m.group(1), bold=True) if m.group(1) is not None else
                       markup.Run(m.group(2), italic=True))
        pos = m.end()
    markup._append(out, markup.Run(text[pos:]))
    return out


@settings(max_examples=3000, deadline=None, database=None)
@given(st.text(alphabet="*\\ ab\n\t", max_size=40) | st.text(max_size=40))
def test_markup_reads_as_its_regular_expression_says(text):
    assert markup.runs(text) == _by_regex(text)


# --- whatever `check` accepts, `build` builds ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def accepting(tmp_path_factory) -> Path:
    """A project whose templates/ and images/ hold good and bad files for the property below to name."""
    root = tmp_path_factory.mktemp("accepts")
    (root / "notices" / "2026").mkdir(parents=True)
    (root / "notices" / "_agency.yaml").write_bytes((PROJECT / "notices" / "_agency.yaml").read_bytes())
    (root / "templates").mkdir()
    (root / "templates" / "good.docx").write_bytes(resources.default_template().read_bytes())
    (root / "templates" / "text.docx").write_text("không phải DOCX", encoding="utf-8")
    _template_with(root, "mro", ATTACKS["mro"])
    (root / "images").mkdir()
    (root / "images" / "good.png").write_bytes(PNG)
    (root / "images" / "text.png").write_text("PNG", encoding="utf-8")
    (root / "images" / "cut.png").write_bytes(PNG[:len(PNG) // 2])
    return root


def _yaml_text(value: str) -> str:
    """A double-quoted YAML string: any code point beyond printable ASCII, surrogates included, as an escape."""
    return '"' + "".join(ch if " " <= ch <= "~" and ch not in '"\\' else f"\\U{ord(ch):08X}" for ch in value) + '"'


ANY_CHARACTER = st.characters(codec=None, blacklist_categories=())  # surrogates and noncharacters too
PRINTABLE = st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Co", "Cn"))  # so that some notices pass
# The pieces that once passed `check` and broke `build`, among ordinary letters.
TRAPS = st.lists(st.sampled_from(["\ud800", "\udfff", "\ufffe", "\uffff", "\U0010fffe", "{_{", "}_}", "{%", "*",
                                  "**", "&", "<"]) | PRINTABLE, min_size=1, max_size=12).map("".join)


@settings(max_examples=200, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(["summary", "closing", "place", "content", "contact"]),
       value=st.text(ANY_CHARACTER, min_size=1, max_size=30) | st.text(PRINTABLE, min_size=1, max_size=30) | TRAPS,
       template=st.sampled_from([None, "good", "text", "mro"]),
       image=st.sampled_from([None, "good", "text", "cut"]))
def test_whatever_check_accepts_build_builds(accepting, field, value, template, image):
    lines = MINIMAL.replace("Nội dung thứ nhất.", "Nội dung.").splitlines()
    quoted = _yaml_text(value)
    if field == "content":
        lines = [f"  - {quoted}" if line == "  - Nội dung." else line for line in lines]
    elif field == "contact":
        lines.append(f"contact: {{address: {quoted}}}")
    else:
        lines = [line for line in lines if not line.startswith(f"{field}:")] + [f"{field}: {quoted}"]
    if template:
        lines.append(f"template: templates/{template}.docx")
    if image:
        lines += ["electronic: 'true'", "signature:", "  authority: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]",
                  "  name: Nguyễn Văn A", f"  image: images/{image}.png"]
        lines = [line for line in lines if line != "signature: chanh-van-phong"]
    file = accepting / "notices" / "2026" / "01-TB-UBND.yaml"
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    checked = pipeline.check([file])
    if checked.problems.errors:
        event(f"refused: {checked.problems.errors[0].code}")  # --hypothesis-show-statistics shows the mix
        return
    event("built")
    outcome = pipeline.build([file], accepting / "build", converter="none", force=True)
    assert outcome.problems.errors == [] and len(outcome.built) == 1
    docx.Document(outcome.built[0][0])  # every part, the footer of ô 13 among them, parses as XML
