"""The house YAML style of a notice, and `fmt`, which rewrites a file into it without changing what it says.

The style exists so that a reviewer reading `git diff` sees a one-word change as a one-line change:

- two spaces of indentation; a list's "- " indented two spaces under its key (as ruamel.yaml writes it);
- text longer than `WIDTH` characters is a folded block (`>-`);
- in a folded block, one sentence or clause per line: a line ends after ".", ";", "!" or "?" when more text
  follows, and a line longer than `WIDTH` is broken at a comma, else at a space. YAML folds the lines back into
  one paragraph with single spaces, so the wrapping never changes the notice;
- line breaks the author chose inside a block are kept; shorter text stays as written, quotes and all.

Comments are kept (ruamel.yaml's round trip). Before a file is replaced, the result is read back with the
project's own loader and must hold exactly the same data and the same comments; otherwise it is left alone.
"""
from __future__ import annotations

import io
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString

from vanthu.check import loader
from vanthu.check.notices import find_notices
from vanthu.check.problems import Mark, Problems
from vanthu.check.settings import SETTINGS_NAME
from vanthu.files import write_atomically

WIDTH = 120  # characters of text on one line, indentation not counted

# A clause ends at ";", a sentence at ".", "!" or "?" before a word that is not lower case ("v.v. và" goes on) and
# not after an upper-case abbreviation or a single letter ("TL.", "TP.", "Q."). Only a single space is a break
# point: folding turns the line break back into exactly that space.
_CLAUSE_END = re.compile(r"(?:;|(?<=\w\w)(?<![A-ZĐ]{2})[.!?])(?= \S)")


def _clause_ends(text: str) -> list[int]:
    """The index of each space after a clause or sentence end that has more text after it."""
    return [m.end() for m in _CLAUSE_END.finditer(text)
            if m.group() == ";" or not text[m.end() + 1].islower()]


def house_yaml() -> YAML:
    y = YAML()  # round trip: comments, key order, quotes and blank lines survive
    y.preserve_quotes = True
    y.width = 1 << 20  # ruamel never wraps text on its own; the style decides every break
    y.indent(mapping=2, sequence=4, offset=2)
    return y


def breaks(text: str, kept: list[int] = ()) -> list[int]:
    """Where a folded block of `text` breaks its lines: the author's breaks `kept`, one clause per line, no line
    longer than WIDTH. Each break is the index of a single space, which folding turns back into that space."""
    at = sorted({i for i in kept if _single_space(text, i)} | set(_clause_ends(text)))
    out, start = [], 0
    for end in [*at, len(text)]:
        while end - start > WIDTH and (cut := _wrap_point(text, start, start + WIDTH)) is not None:
            out.append(cut)
            start = cut + 1
        if end < len(text):
            out.append(end)
        start = end + 1
    return out


def _single_space(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i] == " " and text[i - 1] != " " and text[i + 1] != " "


def _wrap_point(text: str, start: int, limit: int) -> int | None:
    """The space after the last comma before `limit`, else the last space, else the first space after it."""
    window = text[start:limit + 1]
    for pattern in (", ", " "):
        i = window.rfind(pattern)
        while i > 0:
            cut = start + i + len(pattern) - 1
            if _single_space(text, cut):
                return cut
            i = window.rfind(pattern, 0, i)
    after = next((i for i in range(limit, len(text)) if _single_space(text, i)), None)
    return after


def _foldable(text: str) -> bool:
    """Text a folded block holds exactly: one line, no white space at either end, nothing YAML would escape."""
    return bool(text) and "\n" not in text and text == text.strip() and text.isprintable()


def _needs_block(text: str) -> bool:
    return len(text) > WIDTH


def restyle(node) -> None:
    """Put every long string of the document in a folded block, and every block in one clause per line."""
    if isinstance(node, CommentedMap):
        keys = list(node)
    elif isinstance(node, CommentedSeq):
        keys = range(len(node))
    else:
        return
    if node.fa.flow_style():
        return  # [a, b] holds no block scalars
    for key in keys:
        value = node[key]
        if isinstance(value, (CommentedMap, CommentedSeq)):
            restyle(value)
            continue
        if not isinstance(value, str) or isinstance(value, LiteralScalarString) or _anchored(value):
            continue
        text = str(value)
        folded = isinstance(value, FoldedScalarString)
        if not _foldable(text) or not folded and not _needs_block(text):
            continue
        block = FoldedScalarString(text)
        kept = getattr(value, "fold_pos", []) if folded else []
        block.fold_pos = breaks(text, kept)
        if folded and block.fold_pos == sorted(kept):
            continue
        if not folded:
            _move_end_comment(node, key)
        node[key] = block


def _anchored(value) -> bool:
    anchor = getattr(value, "anchor", None)
    return bool(anchor and anchor.value)


def _move_end_comment(node, key) -> None:
    """A comment at the end of a value's line moves onto the block's first line (a mapping) or above it (a list):
    ruamel.yaml would otherwise write it below the block, or drop it."""
    slots = node.ca.items.get(key)
    if not slots:
        return
    token = slots[2] if isinstance(node, CommentedMap) else slots[0]
    if token is None:
        return
    comment = token.value.strip()
    if isinstance(node, CommentedMap):
        slots[2] = None
        slots[3] = [f"  {comment}"]
    else:
        del node.ca.items[key]
        node.yaml_set_comment_before_after_key(key, before=comment.lstrip("# "), indent=node.lc.col)


@dataclass
class Result:
    file: Path
    changed: bool
    first_line: int = 0  # the first line that is not in style (1-based), when changed


def styled(file: Path, problems: Problems) -> tuple[str, str] | None:
    """The file's text and the same text in the house style; None (with problems added) when it cannot be read."""
    own = Problems()
    before = loader.load(file, own)
    problems.extend(own.errors)
    if own.errors:
        return None
    text = file.read_bytes().decode("utf-8-sig")
    y = house_yaml()
    try:
        document = y.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problems.add(Mark(file, mark.line + 1, mark.column + 1) if mark else before.mark(()), (), "yaml_syntax",
                     detail=exc.problem or str(exc))
        return None
    except ValueError:  # ruamel reads 2026-13-01 as a date and fails; `check` says what is wrong with it
        problems.add(before.mark(()), (), "fmt_not_a_notice_yet")
        return None
    restyle(document)
    out = io.StringIO()
    y.dump(document, out)
    return text, out.getvalue()


def format_file(file: Path, problems: Problems, check_only: bool) -> Result | None:
    """Rewrite one file into the house style (or only say whether it is in it); None when it cannot be done."""
    result = styled(file, problems)
    if result is None:
        return None
    text, new = result
    if new == text:
        return Result(file, False)
    first = next(i for i, (a, b) in enumerate(zip([*text.splitlines(), ""], [*new.splitlines(), ""])) if a != b) + 1
    with tempfile.TemporaryDirectory(prefix="vanthu-fmt-") as scratch:  # the loader reads files
        restyled = Path(scratch) / file.name
        restyled.write_text(new, encoding="utf-8", newline="")
        if not _same_meaning(file, restyled, text, new, problems):
            return None
    if not check_only:
        write_atomically(file, new.encode("utf-8"))
    return Result(file, True, first)


def _same_meaning(file: Path, temp: Path, text: str, new: str, problems: Problems) -> bool:
    """The restyled file must load to the very same data and keep every comment, or it is not written."""
    ignored = Problems()
    if loader.load(file, ignored).data != loader.load(temp, ignored).data:
        problems.add(Mark(file, 1, 1), (), "fmt_unsafe")
        return False
    lost = _comments(text)
    for comment in _comments(new):
        if comment in lost:
            lost.remove(comment)
    if lost:
        line = next(i for i, row in enumerate(text.splitlines(), 1) if lost[0] in row)
        problems.add(Mark(file, line, 1), (), "fmt_comment", comment=lost[0])
        return False
    return True


def _comments(text: str) -> list[str]:
    """Every comment of a YAML text: a "#" that begins a line or follows a space, outside any scalar."""
    spans = []
    for token in yaml.scan(text, Loader=yaml.SafeLoader):
        if isinstance(token, yaml.ScalarToken):
            start = token.start_mark.index
            if token.style in (">", "|"):  # a comment may follow the block's header: ">-  # …"
                start = text.find("\n", start)
            spans.append((start, token.end_mark.index))
    found, offset = [], 0
    for row in text.splitlines(keepends=True):
        for match in re.finditer(r"(?:^|(?<=\s))#", row):
            at = offset + match.start()
            if not any(start <= at < end for start, end in spans):
                found.append(row[match.start():].rstrip())
                break
        offset += len(row)
    return found


def files_to_format(paths: list[Path]) -> list[Path]:
    """The notices under the paths, and the agency settings files in the folders given: they share the style."""
    found = find_notices(paths)
    for path in paths:
        if path.is_dir():
            found.extend(sorted(path.rglob(SETTINGS_NAME)))
    return sorted(set(found))


def run(paths: list[Path], check: bool, lang: str) -> int:
    """`vanthu fmt [--check]`: rewrite the notices into the house style, or (check) say which are not in it."""
    from vanthu.files import shown_path
    from vanthu.i18n import text

    files = files_to_format(paths)
    problems = Problems()
    results = [r for r in (format_file(f, problems, check) for f in files) if r is not None]
    for problem in problems:
        print(problem.format(lang), file=sys.stderr)
    changed = [r for r in results if r.changed]
    for result in changed:
        if check:
            print(text("fmt_not_in_style", lang, file=shown_path(result.file), line=result.first_line),
                  file=sys.stderr)
        else:
            print(text("fmt_restyled", lang, file=shown_path(result.file)))
    if not changed and not problems:
        print(text("fmt_all_in_style", lang, files=len(results)))
    return 1 if problems.errors or check and changed else 0
