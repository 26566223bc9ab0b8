"""The schema's fields (schema/thong-bao.yaml): the rules at a path, and how messages name a field.

Apart from the validator (schema.py) so that a problem can name its field as a clerk counts it.
"""
from __future__ import annotations

from functools import lru_cache

import yaml

from vanthu import resources
from vanthu.i18n import Ref

SCHEMA_FILE = resources.schema_file()


def _strings_not_empty(rules):
    """Every string field refuses "" unless the schema says `empty: true`."""
    if isinstance(rules, dict):
        if rules.get("type") == "string":
            rules.setdefault("empty", False)
        for value in rules.values():
            _strings_not_empty(value)
    return rules


@lru_cache(maxsize=1)
def schemas() -> tuple[dict, dict]:
    raw = yaml.safe_load(SCHEMA_FILE.read_text(encoding="utf-8"))
    return _strings_not_empty(raw["notice"]), _strings_not_empty(raw["node"])


def _fields(rules: dict) -> dict:
    """The field mapping of a dict's rules, with the registry name "node" resolved."""
    fields = rules.get("schema", {})
    return schemas()[1] if fields == "node" else fields


def _rules_at(path: tuple) -> dict:
    """The schema rules of the field at `path`: list indexes step into the item rules, keys into the fields."""
    rules: dict = {"type": "dict", "schema": schemas()[0]}
    for part in path:
        if rules.get("type") == "list":
            rules = rules.get("schema", {})
        elif "valuesrules" in rules:
            rules = rules["valuesrules"]
        else:
            rules = _fields(rules).get(part, {})
    return rules


def label(path: tuple) -> Ref:
    """The field's name in messages: its Vietnamese name from the schema's `meta.vi`, its path in English."""
    return Ref("field_label", vi=_vietnamese_name(path), en=".".join(map(str, path)))


def _vietnamese_name(path: tuple) -> str:
    name = _rules_at(path).get("meta", {}).get("vi")
    if path and isinstance(path[-1], int):
        name = _counted(path)
    elif name is None and len(path) > 1 and isinstance(path[-2], int) and path[-1] in _SHORTHAND:
        name = _counted(path[:-1])
    return name or ".".join(map(str, path))


# Keys a clerk may never have typed: "- Sở Tài chính" stands for {name: …}, "- Nội dung." for {text: …}.
_SHORTHAND = ("name", "text")


def _counted(path: tuple) -> str:
    """An item of a list as a clerk counts it, from 1: "người nhận thứ 1" (the list's `meta.item`)."""
    meta = _rules_at(path[:-1]).get("meta", {})
    return f"{meta.get('item') or meta.get('vi') or path[-2]} thứ {path[-1] + 1}"


def where(field: str) -> str:
    """A problem's field for a Vietnamese message: keys as typed in the file, list items counted from 1
    ("content.2.items.0.deadline" → "mục thứ 3 › ý thứ 1 › deadline"); a path without lists stays as it is."""
    path = tuple(int(p) if p.isdigit() else p for p in field.split("."))
    if not any(isinstance(p, int) for p in path):
        return field
    shown = []
    for i, part in enumerate(path):
        if isinstance(part, int):
            shown[-1] = _counted(path[:i + 1])
        elif not (i and isinstance(path[i - 1], int) and part in _SHORTHAND and i == len(path) - 1):
            shown.append(str(part))
    return " › ".join(shown)
