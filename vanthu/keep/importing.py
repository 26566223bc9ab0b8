"""`vanthu import FILE.docx|FOLDER… [--out DIR]`: each DOCX read back (keep/importer.py) and written as a notice
YAML in the house style (keep/fmt.py), with the agency's `_agency.yaml` when none applies to the folder yet.

What the notice data cannot hold is written as a comment where it belongs and listed in the report, with the
DOCX paragraph it came from. Reading runs in parallel (a folder of a thousand DOCX); writing runs here, one file
after another, so two notices never race for one name or one `_agency.yaml`.
"""
from __future__ import annotations

import io
import json
import sys
import textwrap
from pathlib import Path

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from vanthu import defaults, project
from vanthu.check.loader import load
from vanthu.check.problems import Problems
from vanthu.check.settings import SETTINGS_NAME, settings_file
from vanthu.engine.progress import Progress
from vanthu.errors import Failure
from vanthu.files import create_new, shown_path
from vanthu.i18n import text
from vanthu.keep import fmt
from vanthu.keep.importer import Imported, Remark, read
from vanthu.notice import nd30
from vanthu.parallel import in_processes

ORDER = ("form", "number", "symbol", "date", "urgency", "confidentiality", "circulation", "agency", "place",
         "type_name", "type_abbreviation", "summary", "addressees", "legal_basis_place", "legal_basis_end",
         "legal_basis", "wording", "opening", "lead_in", "content", "closing", "recipients", "archive", "drafter", "contact",
         "signature", "appendices")
SHARED = ("agency", "place")  # what the _agency.yaml the import writes holds (a contact line stays per notice)
COMMENT_WIDTH = 110


def docx_files(paths: list[Path]) -> list[Path]:
    """The files given, and the .docx/.doc under the folders given (Word's "~$" lock files left out)."""
    found = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.suffix.lower() in (".docx", ".doc")
                            and p.is_file() and not p.name.startswith("~$"))
        else:
            found.append(path)
    return found


def _read_each(files: list[Path]) -> list[Imported]:
    return [_read_one(file) for file in files]


def _read_one(file: Path) -> Imported:
    """One file; a DOCX laid out in a way the reader trips on is reported by name, and the batch goes on."""
    try:
        return read(file)
    except Exception as exc:  # noqa: BLE001 - one odd file in a thousand must not stop the others
        return Imported(file, error=("import_failed", {"reason": f"{type(exc).__name__}: {exc}"}))


def target_name(imported: Imported) -> str:
    """"149-TB-UBND.yaml" from the number and symbol as printed; the DOCX's own name while the number is blank."""
    number = imported.data.get("number")
    if isinstance(number, int) and imported.symbol.strip("-"):
        name = nd30.number_and_symbol(number, imported.symbol).replace("/", "-")
        return "".join(c for c in name if c not in '\\:*?"<>|') + ".yaml"
    return imported.file.stem + ".yaml"


def comment(remark: Remark, lang: str = "vi") -> str:
    """The remark as the comment written into the YAML (in the clerk's language: Vietnamese by default)."""
    line = text(remark.code, lang, paragraph=remark.paragraph or "-", text=remark.text)
    return "\n".join(textwrap.wrap(line, COMMENT_WIDTH))


def to_yaml(data: dict, remarks: list[Remark], settings: dict) -> str:
    """The notice in the house style, without what the settings already say, each remark a comment in place."""
    document = CommentedMap()
    for key in ORDER:
        if key in data and not _given_by(settings, key, data[key]):
            document[key] = _commented(data[key])
    for remark in remarks:
        key = remark.key if remark.key in document else next(iter(document))
        value = document[key]
        if remark.code in ("import_blank_number", "import_blank_date"):
            document.yaml_add_eol_comment(text(remark.code + "_short", "vi"), key)
            document.yaml_set_comment_before_after_key(key, before=comment(remark))
        elif isinstance(value, CommentedSeq) and remark.index is not None and remark.index < len(value):
            _before_item(value, remark.index, comment(remark))
        else:
            _before_key(document, key, comment(remark))
    fmt.restyle(document)
    out = io.StringIO()
    fmt.house_yaml().dump(document, out)
    return out.getvalue()


def _before_key(document: CommentedMap, key: str, note: str) -> None:
    earlier = document.ca.items.get(key, [None, None, None, None])[1] or []
    before = "\n".join(t.value.strip().lstrip("# ").rstrip() for t in earlier if t is not None and t.value.strip())
    document.yaml_set_comment_before_after_key(key, before=f"{before}\n{note}" if before else note)


def _before_item(seq: CommentedSeq, index: int, note: str) -> None:
    seq.yaml_set_comment_before_after_key(index, before=note, indent=2)


def _given_by(settings: dict, key: str, value) -> bool:
    """The settings already say this (the agency: every line the document shows; its full name may add to it)."""
    given = settings.get(key)
    if isinstance(value, dict) and isinstance(given, dict):
        return all(given.get(k) == v for k, v in value.items())
    return given == value


def _commented(value):
    if isinstance(value, dict):
        out = CommentedMap()
        for k, v in value.items():
            out[k] = _table(v) if k == "table" else _commented(v)
        return out
    if isinstance(value, list):
        seq = CommentedSeq(_commented(v) for v in value)
        if value and all(isinstance(v, str) and len(v) < 30 for v in value) and len(value) <= 3:
            seq.fa.set_flow_style()  # [KSTT], [UBND TỈNH LÀO CAI]: short lists on one line
        return seq
    return value


def _table(table: dict) -> CommentedMap:
    """A table as the README writes one: the header, widths and alignment on a line each, then a line per row."""
    out = CommentedMap()
    for key in ("header", "widths", "align", "size", "rows"):
        if key not in table:
            continue
        value = table[key]
        if key == "rows":
            value = CommentedSeq(_flow(row) for row in value)
        elif isinstance(value, list):
            value = _flow(value)
        out[key] = value
    return out


def _flow(values: list) -> CommentedSeq:
    seq = CommentedSeq(values)
    seq.fa.set_flow_style()
    return seq


def settings_for(target: Path) -> tuple[Path | None, dict]:
    """The _agency.yaml that will apply to a notice written at `target`, and its data."""
    existing = next(p for p in (target.parent, *target.parent.parents) if p.exists())  # --out may be new
    found = project.find(existing)
    root = found.root if found else target.parent
    path = settings_file(target, root)
    return path, (load(path, Problems()).data if path else {})


def agency_settings(out: Path) -> Path:
    """Where the import writes the agency's settings: beside the year folders (notices/<agency>/), else `out`."""
    return (out.parent if out.name.isdigit() and len(out.name) == 4 else out) / SETTINGS_NAME


def write(imported: Imported, out: Path) -> dict:
    """Write one notice (and the settings when none apply); the record the report prints."""
    target = out / target_name(imported)
    record = {"file": str(imported.file), "output": None, "settings": None,
              "remarks": [{"code": r.code, "paragraph": r.paragraph, "text": r.text, "field": r.key}
                          for r in imported.remarks]}
    settings_path, settings = settings_for(target)
    if settings_path is None:
        settings_path = agency_settings(out)
        settings = {key: imported.data[key] for key in SHARED if key in imported.data}
        body = text("import_settings_header", "vi", file=imported.file.name) + "\n" + to_yaml(settings, [], {})
        create_new(settings_path, body.encode("utf-8"))
        record["settings"] = str(settings_path)
    header = text("import_header", "vi", file=imported.file.name) + "\n"
    try:
        create_new(target, (header + to_yaml(imported.data, imported.remarks, settings)).encode("utf-8"))
    except FileExistsError:
        record["error"] = {"code": "import_exists", "message": text("import_exists", "vi", file=shown_path(target))}
        return record
    record["output"] = str(target)
    return record


def default_out(year: str | None) -> Path:
    found = project.find()
    if found is None:
        raise Failure("no_project", folder=Path.cwd())
    return found.notices / year if year else found.notices


def run(paths: list[Path], out: Path | None, jobs: int | None, format: str, lang: str) -> int:
    """`vanthu import`: each DOCX as a notice YAML; exit 1 when any file could not be imported."""
    files = docx_files(paths)
    if not files:
        raise Failure("import_no_files", path=", ".join(map(str, paths)))
    progress = Progress(lang)
    progress.phase("importing", len(files))
    jobs = jobs or defaults.jobs()
    done = [one for chunk in in_processes(_read_each, files, jobs, progress) for one in chunk]
    progress.close()
    records = []
    for imported in done:
        if imported.error:
            code, params = imported.error
            records.append({"file": str(imported.file), "output": None, "remarks": [],
                            "error": {"code": code, "message": text(code, lang, file=imported.file, **params)}})
            continue
        where = out or default_out(imported.year)
        records.append(write(imported, where))
    failed = [r for r in records if r.get("error")]
    if format == "json":
        for record in records:
            for remark in record["remarks"]:
                remark["message"] = text(remark["code"], lang, paragraph=remark["paragraph"] or "-",
                                         text=remark["text"])
        print(json.dumps({"files": records, "summary": {"files": len(records), "written": len(records) - len(failed),
                                                        "failed": len(failed)}}, ensure_ascii=False, indent=2))
    else:
        for record in records:
            _print(record, lang)
        print(text("import_summary", lang, written=len(records) - len(failed), failed=len(failed)))
    return 1 if failed else 0




def _print(record: dict, lang: str) -> None:
    file = shown_path(Path(record["file"]))
    if record.get("error"):
        print(f"{file}: {record['error']['message']}", file=sys.stderr)
        return
    if record.get("settings"):
        print(text("import_settings_written", lang, file=shown_path(Path(record["settings"]))))
    print(text("import_written", lang, file=file, output=shown_path(Path(record["output"])),
               remarks=len(record["remarks"])))
    for remark in record["remarks"]:
        print("  " + text(remark["code"], lang, paragraph=remark["paragraph"] or "-", text=remark["text"]))

