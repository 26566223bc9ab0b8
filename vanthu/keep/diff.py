"""What changed in a notice between two git revisions, field by field, as a reviewer would say it.

Both versions go through the whole pipeline (`check.notices`), so the comparison is between the notices as
printed: a change of wrapping or of comments is no change, and a field set in the agency settings counts too.
The working tree is compared against a revision by default; `--redline` writes the new version as a DOCX with
Word tracked changes (see redline.py).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import subprocess
import sys
import tempfile
from pathlib import Path

from vanthu.check import notices
from vanthu.check.settings import settings_file
from vanthu.errors import Failure
from vanthu.files import shown_path, write_atomically
from vanthu.i18n import text
from vanthu.keep.tasks import outline
from vanthu.notice import nd30
from vanthu.notice.model import Element, Notice
from vanthu.project import notices_root
from vanthu.render import render

CONTEXT_WORDS = 4  # words kept on each side of a change in a text


class GitError(Exception):
    """A revision or file git cannot give; the message is the catalogue's."""


def _git(folder: Path, *args: str) -> str:
    run = subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, encoding="utf-8")
    if run.returncode:
        raise GitError(run.stderr.strip().splitlines()[-1] if run.stderr.strip() else "git")
    return run.stdout


def _at_revision(file: Path, rev: str) -> bytes:
    """The file's bytes at a revision, by its path relative to the current folder of the work tree."""
    try:
        run = subprocess.run(["git", "show", f"{rev}:./{file.name}"], cwd=file.resolve().parent, capture_output=True)
    except OSError as exc:
        raise GitError(str(exc)) from None
    if run.returncode:
        raise GitError(run.stderr.decode("utf-8", "replace").strip().splitlines()[-1])
    return run.stdout


def notice_at(file: Path, rev: str | None, scratch: Path, lang: str) -> Notice | None:
    """The notice as it was at `rev` (None: the working tree), with its agency settings of that revision too."""
    if rev is None:
        files = [file]
    else:
        root = notices_root(file)
        copy = scratch / rev.replace("/", "_") / "notices"
        for original in filter(None, [settings_file(file, root), file]):
            target = copy / original.resolve().relative_to(root)
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                target.write_bytes(_at_revision(original, rev))
            except GitError as exc:
                if original == file:
                    print(text("diff_git_failed", lang, file=shown_path(file), rev=rev, reason=exc), file=sys.stderr)
                    return None
        files = [copy / file.resolve().relative_to(root)]
    checked, problems = notices.check(files)
    for problem in problems.errors:
        print(f"{rev or text('diff_working_tree', lang)}: {problem.format(lang)}", file=sys.stderr)
    return checked[0].notice


# The comparison.

def _shown(value) -> str:
    if isinstance(value, dt.date):
        return nd30.short_date(value)
    if isinstance(value, tuple):
        return "; ".join(_shown(v) for v in value)
    return "" if value is None else str(value)


def fields(obj, prefix: str = "") -> dict[str, object]:
    """The notice's fields as "name → value", nested records flattened ("meeting.date"); bodies of elements
    (`content`, an appendix's content) stay whole and are compared element by element."""
    out = {}
    for f in dataclasses.fields(obj):
        if f.name == "file":
            continue
        value, name = getattr(obj, f.name), prefix + f.name
        if dataclasses.is_dataclass(value):
            out.update(fields(value, name + "."))
        elif isinstance(value, tuple) and value and all(dataclasses.is_dataclass(v) for v in value) \
                and not isinstance(value[0], Element):
            for i, item in enumerate(value, 1):
                out.update(fields(item, f"{name}.{i}."))
        else:
            out[name] = value
    return out


def word_diff(old: str, new: str) -> str:
    """The changed words as [-removed-]{+added+}, with a few words of context ("…" for the rest)."""
    a, b = old.split(), new.split()
    pieces = []
    opcodes = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    for n, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            words = a[i1:i2]
            head = words[:CONTEXT_WORDS] if n else []
            tail = words[-CONTEXT_WORDS:] if n < len(opcodes) - 1 else []
            if len(words) > len(head) + len(tail):
                pieces.extend([*head, "…", *tail])
            else:
                pieces.extend(words)
            continue
        if i2 > i1:
            pieces.append("[-" + " ".join(a[i1:i2]) + "-]")
        if j2 > j1:
            pieces.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(pieces)


def _excerpt(value: str, words: int = 12) -> str:
    split = value.split()
    return " ".join(split[:words]) + (" …" if len(split) > words else "")


def _compare_value(name: str, old, new, lang: str) -> list[str]:
    if old == new:
        return []
    if old in (None, (), ""):
        return [text("diff_added", lang, field=name, value=_excerpt(_shown(new)))]
    if new in (None, (), ""):
        return [text("diff_removed", lang, field=name, value=_excerpt(_shown(old)))]
    if isinstance(old, tuple) and isinstance(new, tuple) and all(isinstance(v, str) for v in old + new):
        return ([text("diff_removed", lang, field=name, value=v) for v in old if v not in new]
                + [text("diff_added", lang, field=name, value=v) for v in new if v not in old]
                or [text("diff_changed", lang, field=name, old=_shown(old), new=_shown(new))])  # order only
    if isinstance(old, str) and isinstance(new, str) and len((old + new).split()) > 2 * CONTEXT_WORDS:
        return [text("diff_text", lang, field=name, words=word_diff(old, new))]
    return [text("diff_changed", lang, field=name, old=_shown(old), new=_shown(new))]


def _alike(old: str, new: str) -> bool:
    """Two versions of one text (most words kept), rather than two different texts."""
    return difflib.SequenceMatcher(None, old.split(), new.split(), autojunk=False).ratio() >= 0.5


def _assignment_fields(element: Element) -> dict[str, object]:
    a = element.assignment
    return {} if a is None else {"lead": a.lead, "coordinating": a.coordinating, "deadline": a.deadline_text}


def _compare_elements(name: str, old: tuple[Element, ...], new: tuple[Element, ...], lang: str) -> list[str]:
    """Elements are matched by their text, so inserting one does not make every later one "changed"."""
    a, b = list(outline(old)), list(outline(new))
    lines = []
    matcher = difflib.SequenceMatcher(None, [e.text for _, e in a], [e.text for _, e in b], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        pairs = list(zip(a[i1:i2], b[j1:j2]))
        if tag == "replace" and not all(_alike(before.text, after.text) for (_, before), (_, after) in pairs):
            pairs = []  # another element took its place: one removed, one added
        for (_, before), (label, after) in pairs:
            where = f"{name} {label}"
            lines += _compare_value(where, before.text, after.text, lang)
            was, now = _assignment_fields(before), _assignment_fields(after)
            for key in dict.fromkeys([*was, *now]):
                lines += _compare_value(f"{where} {key}", was.get(key), now.get(key), lang)
        for label, gone in a[i1 + len(pairs):i2]:
            lines.append(text("diff_removed", lang, field=f"{name} {label}", value=_excerpt(gone.text)))
        for label, added in b[j1 + len(pairs):j2]:
            lines.append(text("diff_added", lang, field=f"{name} {label}", value=_excerpt(added.text)))
    return lines


def changes(old: Notice, new: Notice, lang: str) -> list[str]:
    """One line per change, in the order of the notice's fields."""
    was, now = fields(old), fields(new)
    lines = []
    for name in dict.fromkeys([*was, *now]):
        before, after = was.get(name), now.get(name)
        if isinstance(before or after, tuple) and any(isinstance(v, Element) for v in (before or after)):
            lines += _compare_elements(name, before or (), after or (), lang)
        else:
            lines += _compare_value(name, before, after, lang)
    return lines


def run(path: Path, revisions: list[str], redline: Path | None, lang: str) -> int:
    """`vanthu diff`: the changes between two revisions of a notice, and optionally a redline DOCX."""
    if len(revisions) > 2:
        raise Failure("diff_too_many", status=2)
    old_rev, new_rev = ([*revisions, None, None][:2]) if revisions else ("HEAD", None)
    with tempfile.TemporaryDirectory(prefix="vanthu-diff-") as scratch:  # an old version's files live here
        old = notice_at(path, old_rev, Path(scratch), lang)
        new = notice_at(path, new_rev, Path(scratch), lang)
        if old is None or new is None:
            return 1
        print(text("diff_header", lang, file=shown_path(path), old=old_rev,
                   new=new_rev or text("diff_working_tree", lang)))
        for line in changes(old, new, lang) or [text("diff_none", lang)]:
            print(f"  {line}")
        if redline:
            from vanthu.keep.redline import tracked

            author = _author(path, new_rev)
            write_atomically(redline, tracked(render.render(old), render.render(new), author))
            print(text("diff_redline_written", lang, file=shown_path(redline)), file=sys.stderr)
    return 0


def _author(file: Path, rev: str | None) -> str:
    """Whose changes these are: the revision's author, else the person set up in git, else the toolkit."""
    try:
        if rev is not None:
            return _git(file.resolve().parent, "log", "-1", "--format=%an", rev).strip() or "vanthu"
        return _git(file.resolve().parent, "config", "user.name").strip() or "vanthu"
    except (GitError, OSError):
        return "vanthu"
