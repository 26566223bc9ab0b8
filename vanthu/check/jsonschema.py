"""`vanthu schema`: the notice schema as JSON Schema (draft 2020-12), for editors that know the format.

Generated from the Cerberus schema in schema/thong-bao.yaml, the one source: VS Code's YAML extension reads it
(through the `# yaml-language-server: $schema=…` line or `.vscode/settings.json` that `init` and `new` write) and
offers completion, each field's Vietnamese name on hover, and the allowed values, offline.

A notice stands over its agency settings, so no top-level field is required here (the settings may give it); the
values that the toolkit converts from text (numbers, dates, yes/no words) are accepted as text too.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from vanthu.check.fields import schemas
from vanthu.check.schema import DATE_PATTERN

DIALECT = "https://json-schema.org/draft/2020-12/schema"

# How each converted type may be typed, and an example for the editor.
COERCED = {
    "integer": ({"anyOf": [{"type": "integer", "minimum": 0}, {"type": "string", "pattern": r"^\s*[0-9]+\s*$"}]},
                [149]),
    "date": ({"anyOf": [{"type": "string", "pattern": DATE_PATTERN}]}, ["24/3/2020", "2020-03-24"]),
    "boolean": ({"anyOf": [{"type": "boolean"}, {"type": "string", "enum": ["true", "false", "có", "không"]}]},
                [True]),
    "node": ({"anyOf": [{"type": "string"}, {"$ref": "#/$defs/node"}]}, ["Giao Sở Nội vụ chủ trì, …"]),
    "recipient": ({"anyOf": [{"type": "string"}, {"type": "object", "additionalProperties": False, "properties": {
        "name": {"type": "string", "title": "nơi nhận"}, "group": {"type": "string", "title": "nhóm nơi nhận"}}}]},
                  ["Sở Nội vụ", {"group": "lanh-dao-thanh-pho"}]),
    "archive_unit": ({"anyOf": [{"type": "string"}, {"type": "object", "minProperties": 1, "maxProperties": 1,
                                                    "additionalProperties": {"type": ["integer", "string"]}}]},
                     ["TH", {"NN": 2}]),
}


def document(merged: bool = False) -> dict:
    """The schema of one YAML file; `merged`: of a notice merged over its settings, as the build checks it."""
    notice, node = schemas()
    out = {
        "$schema": DIALECT,
        "title": "Thông báo (Nghị định 30/2020/NĐ-CP)",
        "description": "Một thông báo, hoặc thiết lập chung của cơ quan (_agency.yaml).",
        "type": "object",
        "additionalProperties": False,
        "properties": {key: _field(key, rules) for key, rules in notice.items()},
        "$defs": {"node": _mapping(node, required=True)},
    }
    if merged:
        out["required"] = [key for key, rules in notice.items() if rules.get("required")]
    return out


def _mapping(fields: dict, required: bool) -> dict:
    out = {"type": "object", "additionalProperties": False,
           "properties": {key: _field(key, rules) for key, rules in fields.items()}}
    needed = [key for key, rules in fields.items() if rules.get("required")]
    if required and needed:
        out["required"] = needed
    return out


def _field(key: str, rules: dict) -> dict:
    kind, coerce = rules.get("type"), rules.get("coerce")
    if coerce in COERCED:
        shape, examples = COERCED[coerce]
        out = json.loads(json.dumps(shape))
        out["examples"] = examples
        if coerce == "integer" and "max" in rules:
            out["anyOf"][0]["maximum"] = rules["max"]
    elif kind == "string":
        out = {"type": "string"}
        if not rules.get("empty", True):
            out["minLength"] = 1
        if "maxlength" in rules:
            out["maxLength"] = rules["maxlength"]
        if "regex" in rules:
            out["pattern"] = f"^(?:{rules['regex']})$"  # Cerberus matches the whole value
        if "allowed" in rules:
            out["enum"] = rules["allowed"]
    elif kind == "list":
        out = {"type": "array", "items": _field(key, rules.get("schema", {}))}
        for cerberus_rule, json_rule in (("minlength", "minItems"), ("maxlength", "maxItems")):
            if cerberus_rule in rules:
                out[json_rule] = rules[cerberus_rule]
    elif kind == "dict" or "schema" in rules or "valuesrules" in rules:
        if "valuesrules" in rules:
            out = {"type": "object", "additionalProperties": _field(key, rules["valuesrules"])}
        else:
            out = _mapping(rules.get("schema", {}), required=True)
        if coerce == "signer":
            out = {"anyOf": [{"type": "string", "description": "tên một người ký trong «signers»"}, out]}
    else:
        out = {}
    name = (rules.get("meta") or {}).get("vi")
    if name:
        out["title"] = name
        out["description"] = f"{name} ({key})" + ("; mặc định: " + str(rules["default"]) if "default" in rules
                                                 else "")
    return out


def run(out: Path | None, lang: str) -> int:
    """Print the JSON Schema, or write it to `out`."""
    from vanthu.files import shown_path, write_atomically
    from vanthu.i18n import text

    data = json.dumps(document(), ensure_ascii=False, indent=1) + "\n"
    if out is None:
        sys.stdout.write(data)
        return 0
    write_atomically(out, data.encode("utf-8"))
    print(text("written", lang, file=shown_path(out)), file=sys.stderr)
    return 0
