"""Read a notice's YAML safely, keeping where each value stands.

Every scalar is read as text: YAML 1.1 would turn `no` into false, `08` into a string and `1:30` into 5400, and
a clerk never means that. The schema then gives each field the type it should have, or says why it cannot.
"""
from __future__ import annotations

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
        return [_value(item, path + (i,), source, problems) for i, item in enumerate(node.value)]
    if node.style is None and node.value in _NULLS:
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
