"""Rules a schema cannot say, checked on the schema-valid document; all problems are collected."""
from __future__ import annotations

import re

from vanthu.check import assets
from vanthu.check.fields import label
from vanthu.check.loader import Source
from vanthu.check.problems import WARNING, Problems
from vanthu.notice import markup, nd30
from vanthu.project import project_folder

_KINDS = ("text", "paragraph", "section", "table")
# Học hàm, học vị do not stand before the signer's name (PL I §II.7.c).
# Control (Cc) and format (Cf) characters of Unicode 14, but tab and line feed: invisible or unprintable on paper
# (zero-width space, soft hyphen, direction marks …). Listed, not computed: scanning Unicode costs 0.5 s a start;
# a test checks the list against unicodedata.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
                        "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd"
                        "\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
                        "\U000e0020-\U000e007f]")
# Pictographs (emoji, dingbats, symbols beyond the fonts' WGL4 set) and everything past U+FFFF: neither Times New
# Roman nor Liberation Serif draws them, so they would vanish from the PDF. A test holds the list against the font.
UNPRINTABLE = re.compile("[\u231a\u231b\u2328\u23cf\u23e9-\u23fa\u2600-\u2639\u263d-\u263f\u2641"
                         "\u2643-\u265f\u2661\u2662\u2664\u2667\u2668\u266d\u266e\u2670-\u27bf\u2b00-\u2bff"
                         "\ufe0e\ufe0f\U00010000-\U0010ffff]")


def check(doc: dict, source: Source, problems: Problems) -> None:
    _text_characters(doc, (), source, problems)
    _summary(doc, source, problems)
    _markup(doc, (), source, problems)
    for i, node in enumerate(doc["content"]):
        _node(node, ("content", i), 0, source, problems)
    _signature(doc, source, problems)
    _recipients(doc, source, problems)
    _dates(doc, source, problems)
    _project_files(doc, source, problems)
    _summary_case(doc, source, problems)
    _archive_among_recipients(doc, source, problems)
    _tables(doc, source, problems)
    _cong_van(doc, source, problems)
    _legal_basis_punctuation(doc, source, problems)
    if doc.get("appendices") and not doc["agency"].get("full_name"):
        problems.add(source.mark(("appendices",)), ("agency", "full_name"), "appendix_needs_full_name")


def _text_characters(value, path, source, problems):
    if isinstance(value, dict):
        for key, item in value.items():
            _text_characters(item, path + (key,), source, problems)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _text_characters(item, path + (i,), source, problems)
    elif isinstance(value, str) and (found := _INVISIBLE.search(value)):
        problems.add(source.mark(path), path, "control_character", label=label(path),
                     codepoint=f"{ord(found.group()):04X}")
    elif isinstance(value, str) and (found := UNPRINTABLE.search(value)):
        problems.add(source.mark(path), path, "unprintable_character", label=label(path), char=found.group(),
                     codepoint=f"{ord(found.group()):04X}")
    elif isinstance(value, str) and value.count("“") != value.count("”"):
        problems.add(source.mark(path), path, "unpaired_quote", severity=WARNING, label=label(path),
                     opening=value.count("“"), closing=value.count("”"))


# Where text is read as markup (**bold**, *italic*): the body's sentences and what the sentences are written from.
_MARKUP_FIELDS = ("summary", "opening", "lead_in", "closing", "legal_basis", "content", "appendices", "meeting")
_NODE_TEXT = ("text", "paragraph", "section")


def _markup(value, path, source, problems):
    """A "*" that opens or closes nothing would print as a star: a warning at its value's line."""
    if isinstance(value, dict):
        for key, item in value.items():
            if path or key in _MARKUP_FIELDS:
                _markup(item, path + (key,), source, problems)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _markup(item, path + (i,), source, problems)
    elif isinstance(value, str) and (path[0] in ("meeting", "legal_basis") or len(path) == 1
                                     or path[-1] in _NODE_TEXT):
        count, excerpt = markup.stray_stars(value)
        if count:
            problems.add(source.mark(path), path, "markup_stray_star", severity=WARNING, label=label(path),
                         excerpt=excerpt, count=count)


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
    if "numbered" in node and (depth > 0 or "text" not in node):  # "1.1." stands only under a "1."
        problems.add(source.mark(path + ("numbered",)), path + ("numbered",), "numbered_not_here")
        return
    for key in ("numbered", "points", "items"):
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
    if nd30.has_academic_title(signature["name"]):
        where = path + ("name",)
        problems.add(source.mark(where), where, "name_has_title", name=signature["name"])
    lines = signature["authority"]
    for i, line in enumerate(lines):
        where = path + ("authority", i)
        if line != line.upper():
            problems.add(source.mark(where), where, "authority_case", line=line)
        prefix = nd30.authority_prefix(line)
        glued = next((p for p in nd30.AUTHORITY_PREFIXES if line.startswith(p) and line[len(p):][:1].isalpha()), None)
        if prefix is None and glued:  # "KT.GIÁM ĐỐC": the prefix stands, but without its space
            problems.add(source.mark(where), where, "authority_prefix_space", line=line,
                         fixed=f"{glued} {line[len(glued):]}")
        elif prefix is None and _looks_like_prefix(line):
            problems.add(source.mark(where), where, "authority_prefix", line=line)
        if prefix and i == len(lines) - 1 and prefix != "Q.":  # "Q. CHỦ TỊCH" is itself the title
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
    if meeting and doc.get("opening") and not nd30.written_in(markup.plain_text(doc["opening"]), meeting["date"]):
        # The opening written by hand and the meeting kept as data must tell the same day.
        problems.add(source.mark(("opening",)), ("opening",), "opening_meeting_date", severity=WARNING,
                     date=nd30.short_date(meeting["date"]))
    if meeting and meeting["date"] > issued:
        path = ("meeting", "date")
        problems.add(source.mark(path), path, "meeting_after_issue",
                     meeting=nd30.short_date(meeting["date"]), issued=nd30.short_date(issued))
    for path, node in _walk(doc["content"], ("content",)):
        if "deadline" in node and node["deadline"] < issued:
            where = path + ("deadline",)
            problems.add(source.mark(where), where, "deadline_before_issue", severity=WARNING,
                         deadline=nd30.short_date(node["deadline"]), issued=nd30.short_date(issued))
        if "deadline" in node:
            _deadline_once(node, path, source, problems)


def _deadline_once(node, path, source, problems):
    """A recorded deadline stands on paper once: in the text as the office wrote it (`deadline_in_text`), or
    printed after it by the toolkit; the date is compared, in digits or in words."""
    written = nd30.written_in(markup.plain_text(node.get("text") or node.get("paragraph") or ""), node["deadline"])
    where = path + ("deadline",)
    if node.get("deadline_in_text") and not written:
        problems.add(source.mark(where), where, "deadline_not_in_text", deadline=nd30.short_date(node["deadline"]))
    elif not node.get("deadline_in_text") and written:
        problems.add(source.mark(where), where, "deadline_twice", deadline=nd30.short_date(node["deadline"]),
                     phrase=node.get("deadline_phrase", "trước ngày"))


def _walk(nodes, path):
    for i, node in enumerate(nodes):
        yield path + (i,), node
        for key in ("content", "numbered", "points", "items"):
            yield from _walk(node.get(key, []), path + (i, key))


def _project_files(doc, source, problems):
    """The template and the images are files inside the project folder: a path may not lead out of it."""
    root = project_folder(source.file).resolve()
    signature = doc["signature"]
    places = [("template",), ("agency", "seal", "image")]
    if "signer" in signature and signature["signer"] in doc.get("signers", {}):
        places.append(("signers", signature["signer"], "image"))
    else:
        places.append(("signature", "image"))
    for path in places:
        value = doc
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        if value is None:
            continue
        target = (root / value).resolve()
        if root not in target.parents:
            problems.add(source.mark(path), path, "path_outside_project", file_path=value)
        elif path == ("template",) and root / "templates" not in target.parents:
            # Templates live in templates/, whose files the build record watches for changes.
            problems.add(source.mark(path), path, "template_not_in_templates", file_path=value)
        elif not target.is_file():
            problems.add(source.mark(path), path, "file_missing", file_path=value)
        elif found := (assets.check_template if path == ("template",) else assets.check_png)(target):
            code, params = found  # what the file holds: a DOCX that only prints values, a PNG of sane size
            problems.add(source.mark(path), path, code, file_path=value, **params)


def _summary_case(doc, source, problems):
    """The trích yếu is bold lower case (PL I §II.5.a); typed all in capitals it would print so."""
    for path in (("summary",), ("meeting", "subject")):
        value = doc.get(path[0]) if len(path) == 1 else (doc.get("meeting") or {}).get(path[1])
        letters = [ch for ch in value or "" if ch.isalpha()]
        if len(letters) >= 10 and all(ch.isupper() for ch in letters):
            problems.add(source.mark(path), path, "summary_upper_case", value=value)


def _archive_among_recipients(doc, source, problems):
    """"- Lưu: VT, …." is always written last from `archive`: typed as a recipient, it would print twice."""
    lines = [(("recipients", i), r["name"]) for i, r in enumerate(doc["recipients"]) if "name" in r]
    for group, members in doc.get("recipient_groups", {}).items():
        lines += [(("recipient_groups", group, i), line) for i, line in enumerate(members)]
    for path, line in lines:
        if re.match(r"[-–•\s]*lưu\b", line, re.IGNORECASE):
            problems.add(source.mark(path), path, "recipient_archive_line", line=line.strip())
        elif bullet := nd30.PASTED_BULLET.match(line):
            problems.add(source.mark(path), path, "recipient_bullet", severity=WARNING, bullet=bullet.group(1),
                         line=line.strip(), printed=nd30.recipient_lines([line], [], None)[0])


def _cong_van(doc, source, problems):
    """A công văn (Mẫu 1.5) is sent to someone (Kính gửi, PL I §II.9.b), and its ký hiệu names the drafting unit
    (<agency>-<unit>, PL I §II.3.b): typed as `symbol`, or the first unit of the Lưu line."""
    if doc["form"] != "cong-van":
        return
    if not doc.get("addressees"):
        problems.add(source.mark(("form",)), ("addressees",), "cong_van_needs_addressees")
    if not doc.get("symbol") and not (doc.get("archive") or {}).get("units"):
        problems.add(source.mark(("form",)), ("symbol",), "cong_van_needs_symbol",
                     agency=doc["agency"]["abbreviation"])


def _legal_basis_punctuation(doc, source, problems):
    """Each căn cứ is printed ending ";" and the last "." (or as the office ends it: `legal_basis_end`); a mark the
    clerk typed that the printed line replaces is said, with its line, never changed silently."""
    lines = doc.get("legal_basis") or []
    if lines and doc["legal_basis_end"] != "full-stop" and doc["legal_basis_place"] == "summary":
        # Under the trích yếu they are the decree's căn cứ ban hành, whose last ends "." (lint says so too).
        problems.add(source.mark(("legal_basis_end",)), ("legal_basis_end",), "legal_basis_end_under_summary",
                     severity=WARNING, end=doc["legal_basis_end"])
    printed = nd30.legal_basis_lines([" ".join(line.split()) for line in lines], doc["legal_basis_end"])
    for i, (typed, shown) in enumerate(zip(lines, printed)):
        mark = nd30.punctuation_replaced(typed, shown)
        if mark:
            path = ("legal_basis", i)
            problems.add(source.mark(path), path, "legal_basis_punctuation", severity=WARNING, n=i + 1, typed=mark,
                         printed=shown[-1], end=shown[-40:])


def _tables(doc, source, problems):
    """Every row of a table has a cell per column of its header row, and so do `widths` and `align`."""
    bodies = [(("content",), doc["content"])] + [(("appendices", i, "content"), a["content"])
                                                 for i, a in enumerate(doc.get("appendices", ()))]
    for start, nodes in bodies:
        for path, node in _walk(nodes, start):
            table = node.get("table")
            if not table:
                continue
            columns = len(table["header"])
            for r, row in enumerate(table["rows"]):
                if len(row) != columns:
                    where = path + ("table", "rows", r)
                    problems.add(source.mark(where), where, "table_ragged", row=r + 1, cells=len(row),
                                 columns=columns)
            for key in ("widths", "align"):
                if key in table and len(table[key]) != columns:
                    where = path + ("table", key)
                    problems.add(source.mark(where), where, "table_columns", key=key, given=len(table[key]),
                                 columns=columns)
