"""Read a notice's YAML safely, keeping where each value stands.

Every scalar is read as text: YAML 1.1 would turn `no` into false, `08` into a string and `1:30` into 5400, and
a clerk never means that. The schema then gives each field the type it should have, or says why it cannot.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from vanthu.check import encoding, intake
from vanthu.check.problems import WARNING, Mark, Problems

# Tags a clerk may write by accident; anything else (e.g. !!python/object) is refused, never constructed.
_PLAIN_TAGS = {
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:merge",
}
_NULLS = {"", "~", "null", "Null", "NULL"}


@dataclass
class Source:
    """One YAML document: its data and, for each path of keys and indexes, the mark where it was written."""

    file: Path
    data: dict = field(default_factory=dict)
    marks: dict[tuple, Mark] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)  # the text as typed, to explain a slip YAML accepts

    def mark(self, path: tuple) -> Mark:
        """The mark of `path`, or of its nearest written ancestor (a missing field is reported at its parent)."""
        while path not in self.marks and path:
            path = path[:-1]
        return self.marks.get(path, Mark(self.file, 1, 1))


def load(file: Path, problems: Problems) -> Source:
    source = Source(file)
    source.marks[()] = Mark(file, 1, 1)
    try:
        text = intake.decode(intake.read_bytes(file))
        node = _compose(text)
    except intake.Refused as refused:
        problems.add(Mark(file, refused.line, refused.column), (), refused.code, **refused.params)
        return source
    except yaml.MarkedYAMLError as exc:
        if slip := _slip(exc, text):  # a slip PyYAML only notices lines later, or explains as something else
            line, code, params = slip
            problems.add(Mark(file, line + 1, 1), (), code, **params)
            return source
        code, mark = _syntax_code(exc, text)
        where = Mark(file, mark.line + 1, mark.column + 1) if mark else source.mark(())
        problems.add(where, (), code, detail=exc.problem or str(exc), char=_found_char(exc.problem or ""),
                     line=exc.context_mark.line + 1 if exc.context_mark else where.line)
        return source
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow anywhere (U+FFFE, most C1 controls)
        before = text[:exc.position]
        where = Mark(file, before.count("\n") + 1, len(before) - before.rfind("\n"))
        problems.add(where, (), "control_character_file", codepoint=f"{exc.character:04X}"
                     if isinstance(exc.character, int) else f"{ord(exc.character):04X}")
        return source
    except yaml.YAMLError as exc:
        problems.add(source.mark(()), (), "yaml_syntax", detail=str(exc))
        return source
    if node is None:
        problems.add(source.mark(()), (), "empty_file")
        return source
    if not isinstance(node, yaml.MappingNode):
        problems.add(_mark(file, node), (), "not_a_mapping")
        return source
    source.lines = text.splitlines()
    source.data = _value(node, (), source, problems)
    return source


def _compose(text: str) -> yaml.Node | None:
    """The node tree, by libyaml when PyYAML has it (ten times faster); a document libyaml refuses is read again
    by the pure-Python parser, whose error words and marks the explanations below are written for."""
    for loader in ((yaml.CSafeLoader,) if yaml.__with_libyaml__ else ()) + (yaml.SafeLoader,):
        try:
            intake.scan(text, loader)  # aliases and deep nesting refused before any node is built
            return yaml.compose(text, Loader=loader)
        except yaml.YAMLError:
            if loader is yaml.SafeLoader:
                raise


# PyYAML's words for the mistakes clerks make, and the catalogue's plain explanation of each.
_SYNTAX = (
    ("'\\t'", "yaml_tab"),
    ("end of stream", "yaml_unclosed_quote"),
    ("mapping values are not allowed", "yaml_colon_in_value"),
    ("but found another document", "yaml_two_documents"),
    ("escape", "yaml_escape"),
    ("alias", "yaml_star_start"),
    ("cannot start any token", "yaml_reserved_start"),
    ("expected a comment or a line break", "yaml_block_scalar"),
    ("expected <block end>", "yaml_indentation"),
    ("could not find expected ':'", "yaml_indentation"),
)
# Where the clerk should look is where the construct opened, not where PyYAML gave up.
_AT_OPENING = {"yaml_unclosed_quote", "yaml_flow"}


def _syntax_code(exc: yaml.MarkedYAMLError, text: str):
    """The message code for a syntax error, and the mark a clerk should look at."""
    problem, context = exc.problem or "", exc.context or ""
    code = next((c for words, c in _SYNTAX if words in f"{problem} | {context}"), "yaml_syntax")
    if "flow" in context and code in ("yaml_syntax", "yaml_colon_in_value"):
        code = "yaml_flow"  # "[a, b" never closed, or a colon inside it
    if code == "yaml_indentation" and _after_closing_quote(exc.problem_mark, text):
        code = "yaml_text_after_quote"
    mark = exc.context_mark if code in _AT_OPENING and exc.context_mark else exc.problem_mark
    return code, mark or exc.context_mark


# The slips, one line each. A field name is ASCII snake_case ("date", "deadline"), so "- Lúc:14h", valid text,
# is no slip; nor is a URL ("http://").
_NO_SPACE_AFTER_COLON = re.compile(r"^(\s*(?:- )?)([A-Za-z_][A-Za-z0-9_]*):(?![\s/:])(\S.*)$")
_NO_SPACE_AFTER_DASH = re.compile(r"^\s*-(?![\s-])(\S.*)$")
_BULLET = re.compile(r"^\s*([•◦▪●○■□➢➤►▶–—·])\s*(.*)$")  # Word's bullets and dashes, pasted
_KEY = re.compile(r"^( *)([\w-]+):(?:\s|$)")


def _slip(exc: yaml.MarkedYAMLError, text: str):
    """(line index, code, params) of the slip behind a syntax error, or None when none of them explains it.

    PyYAML reports where it gave up, which for these slips is a line or two later and in words about indentation;
    the clerk's mistake is on the first line, up to that point, that shows one of them."""
    if exc.problem_mark is None:
        return None
    lines = text.splitlines()
    last = min(exc.problem_mark.line, len(lines) - 1)
    for index in range(last + 1):
        line = lines[index]
        if line.lstrip().startswith("#"):
            continue
        if found := _NO_SPACE_AFTER_COLON.match(line):
            return index, "yaml_no_space_after_colon", {"key": found[2], "rest": found[3].strip()}
        if (found := _NO_SPACE_AFTER_DASH.match(line)) and not line.startswith("---"):
            return index, "yaml_no_space_after_dash", {"rest": found[1].strip()}
        if found := _BULLET.match(line):
            return index, "yaml_bullet", {"char": found[1], "rest": found[2].strip()}
    problem = exc.problem or ""
    if "mapping values are not allowed" in problem:
        # "summary: Kết luận" then " signature: …": the key one space in reads as the sentence going on.
        line = lines[exc.problem_mark.line] if exc.problem_mark.line < len(lines) else ""
        found = _KEY.match(line)
        if found and found[1] and exc.problem_mark.column == len(found[1]) + len(found[2]):
            above = next((_KEY.match(lines[i]) for i in range(exc.problem_mark.line - 1, -1, -1)
                          if _KEY.match(lines[i])), None)
            if above is not None and len(above[1]) < len(found[1]):
                return exc.problem_mark.line, "yaml_key_indented", {
                    "key": found[2], "spaces": len(found[1]) - len(above[1])}
    return None


def _after_closing_quote(mark, text: str) -> bool:
    """`summary: "Văn bản" tiếp theo`: more text after the quoted part of a value."""
    if mark is None:
        return False
    line = text.splitlines()[mark.line] if mark.line < len(text.splitlines()) else ""
    return line[:mark.column].rstrip().endswith(('"', "'"))


def _found_char(problem: str) -> str:
    """The character PyYAML names in "found character '@' that cannot start any token"."""
    start = problem.find("'")
    return problem[start + 1:problem.find("'", start + 1)] if start >= 0 else ""


def _dash_line_inside(node: yaml.ScalarNode, lines: list[str]) -> int | None:
    """The index of a "- …" line that a plain value swallowed: "summary: Kết luận" followed by "  - Nội dung."
    is one sentence to YAML ("Kết luận - Nội dung."), never what the clerk meant."""
    for index in range(node.start_mark.line + 1, min(node.end_mark.line + 1, len(lines))):
        if lines[index].lstrip().startswith("- "):
            return index
    return None


def _sentence_with_colon(item: yaml.Node) -> str:
    """"- Các nội dung sau:" is read as a field named "Các nội dung sau" with no value: the sentence, when so."""
    if not (isinstance(item, yaml.MappingNode) and len(item.value) == 1):
        return ""
    key, value = item.value[0]
    # Plain style is None from the pure-Python parser and "" from libyaml.
    if not (isinstance(key, yaml.ScalarNode) and not key.style and " " in key.value.strip()):
        return ""
    empty = isinstance(value, yaml.ScalarNode) and not value.style and value.value in _NULLS
    return key.value if empty else ""


def _mark(file: Path, node: yaml.Node) -> Mark:
    return Mark(file, node.start_mark.line + 1, node.start_mark.column + 1)


def _value(node: yaml.Node, path: tuple, source: Source, problems: Problems):
    source.marks.setdefault(path, _mark(source.file, node))
    if node.tag not in _PLAIN_TAGS:
        problems.add(_mark(source.file, node), path, "yaml_tag", tag=node.tag)
        return None
    if isinstance(node, yaml.MappingNode):
        result, seen = {}, {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key is None:
                problems.add(_mark(source.file, key_node), path, "yaml_complex_key")
                continue
            if found := intake.NOT_CHARACTERS.search(key):
                problems.add(_mark(source.file, key_node), path, "not_a_character",
                             codepoint=f"{ord(found.group()):04X}")
                continue
            key = unicodedata.normalize("NFC", key)
            if key in seen:
                problems.add(_mark(source.file, key_node), path + (key,), "duplicate_key",
                             key=key, first_line=seen[key])
                continue
            seen[key] = key_node.start_mark.line + 1
            source.marks[path + (key,)] = _mark(source.file, key_node)
            result[key] = _value(value_node, path + (key,), source, problems)
        return result
    if isinstance(node, yaml.SequenceNode):
        items = []
        for i, item in enumerate(node.value):
            if sentence := _sentence_with_colon(item):
                problems.add(_mark(source.file, item), path + (i,), "yaml_colon_at_end", sentence=sentence)
                items.append(None)
                continue
            items.append(_value(item, path + (i,), source, problems))
        return items
    if node.style is None and node.value in _NULLS:
        return None
    if not node.style and (line := _dash_line_inside(node, source.lines)) is not None:
        key = path[-1] if path and isinstance(path[-1], str) else ""
        problems.add(Mark(source.file, line + 1, 1), path, "yaml_list_under_text", key=key)
        return None
    if found := intake.NOT_CHARACTERS.search(node.value):
        problems.add(_mark(source.file, node), path, "not_a_character", codepoint=f"{ord(found.group()):04X}")
        return None
    text = unicodedata.normalize("NFC", node.value)
    if text != node.value:
        # Decomposed accents (NFD, from macOS or some PDFs) look the same but break search and sorting.
        problems.add(_mark(source.file, node), path, "normalized_nfc", severity=WARNING)
    if legacy := encoding.detect(text):
        problems.add(_mark(source.file, node), path, "legacy_encoding", encoding=legacy.encoding,
                     sample=legacy.sample, meant=legacy.meant)
    return text
