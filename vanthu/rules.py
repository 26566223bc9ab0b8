"""Rules a schema cannot say, checked on the schema-valid document; all problems are collected."""
from __future__ import annotations

import unicodedata

from . import nd30
from .loader import Source
from .problems import WARNING, Problems
from .schema import label

_KINDS = ("text", "paragraph", "section")
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}


def check(doc: dict, source: Source, problems: Problems) -> None:
    _text_characters(doc, (), source, problems)
    _summary(doc, source, problems)
    for i, node in enumerate(doc["content"]):
        _node(node, ("content", i), 0, source, problems)
    _signature(doc, source, problems)
    _recipients(doc, source, problems)
    _dates(doc, source, problems)


def _text_characters(value, path, source, problems):
    if isinstance(value, dict):
        for key, item in value.items():
            _text_characters(item, path + (key,), source, problems)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _text_characters(item, path + (i,), source, problems)
    elif isinstance(value, str):
        for ch in value:
            if ch in _INVISIBLE or (unicodedata.category(ch) == "Cc" and ch not in "\n\t"):
                problems.add(source.mark(path), path, "control_character", label=label(path), codepoint=f"{ord(ch):04X}")
                break


def _summary(doc, source, problems):
    if "summary" not in doc and "meeting" not in doc:
        problems.add(source.mark(()), ("summary",), "summary_or_meeting")


def _node(node: dict, path: tuple, depth: int, source: Source, problems: Problems) -> None:
    """depth counts the numbered levels below a section: 0 = "1.", then "a)" / "-", then "+"."""
    kinds = [k for k in _KINDS if k in node]
    if len(kinds) != 1:
        problems.add(source.mark(path), path, "node_kind", found=", ".join(kinds) or "—")
        return
    if "section" in node:
        if len(path) > 2:
            problems.add(source.mark(path), path + ("section",), "section_nested")
        if "content" not in node:
            problems.add(source.mark(path), path + ("section",), "section_needs_content", title=node["section"])
        for i, child in enumerate(node.get("content", [])):
            _node(child, path + ("content", i), 0, source, problems)
        return
    if "content" in node:
        problems.add(source.mark(path + ("content",)), path + ("content",), "section_needs_content",
                     title=node.get("text") or node.get("paragraph"))
    for key in ("points", "items"):
        for i, child in enumerate(node.get(key, [])):
            if depth >= 3:
                problems.add(source.mark(path + (key, i)), path + (key, i), "too_deep")
                return
            _node(child, path + (key, i), depth + 1, source, problems)


def _signature(doc, source, problems):
    signature = doc["signature"]
    path = ("signature",)
    if "signer" in signature:
        known = doc.get("signers", {})
        if signature["signer"] not in known:
            problems.add(source.mark(path), path, "unknown_signer", name=signature["signer"],
                         known=", ".join(sorted(known)) or "—")
            return
        signature = known[signature["signer"]]
        path = ("signers", doc["signature"]["signer"])
    elif not ("authority" in signature and "name" in signature):
        problems.add(source.mark(path), path, "signature_incomplete")
        return
    lines = signature["authority"]
    for i, line in enumerate(lines):
        where = path + ("authority", i)
        if line != line.upper():
            problems.add(source.mark(where), where, "authority_case", line=line)
        prefix = nd30.authority_prefix(line)
        if prefix is None and _looks_like_prefix(line):
            problems.add(source.mark(where), where, "authority_prefix", line=line)
        if prefix and i == len(lines) - 1 and prefix != "TM.":
            problems.add(source.mark(where), where, "authority_needs_title", line=line)


def _looks_like_prefix(line: str) -> bool:
    """"T/M.", "K.T.", "TL:", "TM" …: an abbreviation standing where TM./KT./TL./TUQ./Q. should."""
    head = line.split(" ", 1)[0]
    bare = head.replace(".", "").replace("/", "").replace(":", "")
    return bare in {p.rstrip(".") for p in nd30.AUTHORITY_PREFIXES} or (len(head) <= 5 and bare != head)


def _recipients(doc, source, problems):
    groups = doc.get("recipient_groups", {})
    for i, recipient in enumerate(doc["recipients"]):
        path = ("recipients", i)
        kinds = [k for k in ("name", "group") if k in recipient]
        if len(kinds) != 1:
            problems.add(source.mark(path), path, "recipient_kind")
        elif "group" in recipient and recipient["group"] not in groups:
            problems.add(source.mark(path), path, "unknown_group", name=recipient["group"],
                         known=", ".join(sorted(groups)) or "—")


def _dates(doc, source, problems):
    issued = doc["date"]
    meeting = doc.get("meeting")
    if meeting and meeting["date"] > issued:
        path = ("meeting", "date")
        problems.add(source.mark(path), path, "meeting_after_issue",
                     meeting=nd30.short_date(meeting["date"]), issued=nd30.short_date(issued))
    for path, node in _walk(doc["content"], ("content",)):
        if "deadline" in node and node["deadline"] < issued:
            where = path + ("deadline",)
            problems.add(source.mark(where), where, "deadline_before_issue", severity=WARNING,
                         deadline=nd30.short_date(node["deadline"]), issued=nd30.short_date(issued))


def _walk(nodes, path):
    for i, node in enumerate(nodes):
        yield path + (i,), node
        for key in ("content", "points", "items"):
            yield from _walk(node.get(key, []), path + (i, key))
