"""The code's layout: imports run one way (no circle), and the message catalogue matches the code that uses it."""
from __future__ import annotations

import ast
from pathlib import Path

from conftest import PROJECT
from vanthu import i18n

PACKAGE = PROJECT / "vanthu"


def _module(path: Path) -> str:
    parts = path.relative_to(PROJECT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module(path): path for path in PACKAGE.rglob("*.py")}


def import_graph() -> dict[str, set[str]]:
    """Each module of the toolkit and the toolkit modules it imports, at any depth of its code."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        edges = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    target = f"{node.module}.{alias.name}"
                    edges.add(target if target in modules else node.module)
            elif isinstance(node, ast.Import):
                edges.update(alias.name for alias in node.names)
            assert not (isinstance(node, ast.ImportFrom) and node.level), f"{name}: a relative import"
        graph[name] = {e for e in edges if e in modules and e != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    found, state = [], {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = "open"
        for target in sorted(graph[node]):
            if state.get(target) == "open":
                found.append(trail[trail.index(target):] + [target])
            elif target not in state:
                visit(target, trail + [target])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return found


def test_imports_run_one_way():
    graph = import_graph()
    assert len(graph) > 30 and graph["vanthu.cli"]
    assert cycles(graph) == []


def test_a_circle_is_found():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]


def test_the_lower_stages_do_not_import_the_higher_ones():
    """The typed model and the checks know nothing of rendering, converting, the engine or the commands."""
    higher = ("vanthu.render", "vanthu.convert", "vanthu.engine", "vanthu.keep", "vanthu.cli")
    for name, targets in import_graph().items():
        if name.startswith(("vanthu.notice", "vanthu.check")) and name != "vanthu.check.jsonschema":
            assert not [t for t in targets if t.startswith(higher)], name


# The catalogue

def _string_constants() -> set[str]:
    found = set()
    for path in PACKAGE.rglob("*.py"):
        if path.name == "messages.py":  # the catalogues themselves
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


def _codes_passed() -> set[tuple[str, str]]:
    """Literal codes given to the functions that take one: text(code), Failure(code), Ref(code), ValueError(code),
    and problems.add(mark, path, code)."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            position = {"text": 0, "Failure": 0, "Ref": 0, "add": 2}.get(name)
            if position is not None and len(node.args) > position:
                arg = node.args[position]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add((path.relative_to(PROJECT).as_posix(), arg.value))
    return found


def test_every_code_the_code_uses_is_in_the_catalogue():
    missing = sorted((where, code) for where, code in _codes_passed() if code not in i18n.catalogue())
    assert missing == []


# Codes made from parts at run time (the lint's rule and status labels, YAML's own error kinds).
BUILT_FROM_PARTS = ("lint_el_", "lint_prop_", "lint_", "yaml_", "legacy_")


def test_every_code_in_the_catalogue_is_used():
    constants = _string_constants()
    unused = [code for code in i18n.catalogue() if code not in constants and not code.startswith(BUILT_FROM_PARTS)]
    assert unused == []


def test_each_area_keeps_its_own_codes_and_no_code_is_in_two_catalogues():
    import importlib

    seen = dict.fromkeys(i18n._COMMON, "vanthu.i18n")
    for area in i18n.AREAS:
        module = f"vanthu.{area}.messages"
        for code in importlib.import_module(module).CATALOGUE:
            assert code not in seen, f"{code}: in {seen[code]} and {module}"
            seen[code] = module
    assert set(seen) == set(i18n.catalogue())


def test_every_message_has_both_languages_with_the_same_placeholders():
    import string

    for code, (vi, en) in i18n.catalogue().items():
        if code == "field_label":  # each language is given its own name of the field
            continue
        fields = [{f for _, f, _, _ in string.Formatter().parse(t) if f} for t in (vi, en)]
        assert vi and en and fields[0] == fields[1], code
