"""The Cerberus schema (schema/thong-bao.yaml) and the translation of its errors into located problems."""
from __future__ import annotations

import datetime as dt
import difflib
import re
from functools import lru_cache

import cerberus

from vanthu.check.fields import _fields, _rules_at, label, schemas
from vanthu.check.loader import Source
from vanthu.check.problems import Problems
from vanthu.i18n import Ref
from vanthu.notice import nd30

# ASCII digits only: int() also reads "١٢" (Arabic-Indic) and "１２" (full-width), which no clerk means as a date.
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)
_VN_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})", re.ASCII)
DATE_PATTERN = rf"^\s*(?:{_ISO_DATE.pattern}|{_VN_DATE.pattern})\s*$"  # the same two forms, for `vanthu schema`


def parse_date(text: str) -> dt.date:
    """`2020-03-24` or `24/3/2020` (leading zeros optional); ValueError names the message code."""
    text = text.strip()
    if m := _ISO_DATE.fullmatch(text):
        year, month, day = map(int, m.groups())
    elif m := _VN_DATE.fullmatch(text):
        day, month, year = map(int, m.groups())
    else:
        raise ValueError("date_format")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError("date_not_exist") from None


class _ErrorsSortedOnce(cerberus.errors.ErrorList):
    """Cerberus sorts its whole error list after each error it adds: quadratic, 75 s for a file with 10,000
    mistakes. The problems are sorted once, at the end of checking (pipeline.check)."""

    def sort(self, *args, **kwargs):
        pass


class _NoTree:
    def add(self, error):
        pass


_NO_TREE = _NoTree()


class NoticeValidator(cerberus.Validator):
    """Coercers named in the schema. Values arrive as text (see loader); None passes through to `nullable`."""

    @property
    def _errors(self):
        return self.__dict__["_errors"]

    @_errors.setter
    def _errors(self, errors):
        self.__dict__["_errors"] = _ErrorsSortedOnce(errors)

    @property
    def schema_error_tree(self):
        """Unused here, and sorted the same way on every error (most errors share its root)."""
        return _NO_TREE

    @schema_error_tree.setter
    def schema_error_tree(self, tree):
        pass

    def _normalize_coerce_integer(self, value):
        if value is None or isinstance(value, int):
            return value
        if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
            return int(value.strip())
        raise ValueError("bad_integer")

    def _normalize_coerce_date(self, value):
        if value is None or isinstance(value, dt.date):
            return value
        if not isinstance(value, str):
            raise ValueError("date_format")
        return parse_date(value)

    def _normalize_coerce_boolean(self, value):
        """Only the words themselves: `yes`/`no`/`on` are not booleans here (see loader)."""
        if value is None or isinstance(value, bool):
            return value
        words = {"true": True, "false": False, "có": True, "không": False}
        if isinstance(value, str) and value.strip().lower() in words:
            return words[value.strip().lower()]
        raise ValueError("bad_boolean")

    def _normalize_coerce_node(self, value):
        return {"text": value} if isinstance(value, str) else value

    def _normalize_coerce_recipient(self, value):
        if isinstance(value, dict) and len(value) == 1:
            # `- Lưu: VT, KSTTHC.` reads in YAML as a mapping; it is the archive line typed by hand (see rules).
            (key, item), = value.items()
            if isinstance(key, str) and key.strip().lower() == "lưu" and isinstance(item, str):
                return {"name": f"{key}: {item}"}
        return {"name": value} if isinstance(value, str) else value

    def _normalize_coerce_archive_unit(self, value):
        """`units: [NN: 2]`: a unit with the copies it keeps, printed "NN (2)"."""
        if isinstance(value, dict) and len(value) == 1:
            (unit, copies), = value.items()
            if not (isinstance(copies, str) and copies.strip().isdigit() and int(copies) > 0):
                raise ValueError("archive_unit_copies")
            return nd30.archive_unit(str(unit), int(copies))
        return value

    def _normalize_coerce_signer(self, value):
        return {"signer": value} if isinstance(value, str) else value


@lru_cache(maxsize=1)
def validator() -> NoticeValidator:
    """One validator per process. Cerberus checks the schema itself when the validator is made, and again (hashing
    every rule) each time it copies that checked schema during normalisation, which cost more than validating the
    notice: after the one check, the plain rules stand in for it."""
    notice, node = schemas()
    registry = cerberus.schema_registry.__class__()
    registry.add("node", node)
    v = NoticeValidator(notice, schema_registry=registry)
    v._schema = v.schema.schema
    return v


def validate(source: Source, problems: Problems) -> dict | None:
    """The normalised document, or None when the schema found errors (all of them added to `problems`)."""
    v = validator()
    if v.validate(source.data):
        return v.document
    errors = list(_leaves(v._errors))
    coerced = {tuple(e.document_path) for e in errors if e.code == cerberus.errors.COERCION_FAILED.code}
    for error in errors:
        if error.code == cerberus.errors.BAD_TYPE.code and tuple(error.document_path) in coerced:
            continue  # a failed conversion already says what the value should be
        _report(error, source, problems)
    return None


def _leaves(errors):
    for error in errors:
        if error.is_group_error:
            yield from _leaves(error.child_errors)
        else:
            yield error


def _siblings(path: tuple) -> list[str]:
    return sorted(_fields(_rules_at(path[:-1])))


def _report(error, source: Source, problems: Problems) -> None:
    path = tuple(error.document_path)
    mark = source.mark(path)
    name = label(path)
    value = error.value
    code = error.code
    E = cerberus.errors
    if code == E.REQUIRED_FIELD.code:
        problems.add(mark, path, "required", field=path[-1], label=name)
    elif code == E.UNKNOWN_FIELD.code:
        close = difflib.get_close_matches(str(path[-1]), _siblings(path), n=1, cutoff=0.6)
        hint = Ref("did_you_mean", name=close[0]) if close else Ref("colon_hint") if " " in str(path[-1]) else ""
        problems.add(mark, path, "unknown_field", field=path[-1], hint=hint)
    elif code in (E.EMPTY_NOT_ALLOWED.code, E.NOT_NULLABLE.code):
        problems.add(mark, path, "empty", label=name)
    elif code == E.BAD_TYPE.code and error.constraint == "string" and isinstance(value, dict):
        problems.add(mark, path, "colon_in_text", label=name)
    elif code == E.BAD_TYPE.code:
        problems.add(mark, path, "bad_type", label=name, expected=Ref(f"type_{error.constraint}"))
    elif code == E.MIN_LENGTH.code:
        problems.add(mark, path, "min_length", label=name, limit=error.constraint)
    elif code == E.MAX_LENGTH.code:
        problems.add(mark, path, "max_length", label=name, limit=error.constraint, actual=len(value))
    elif code == E.REGEX_MISMATCH.code:
        problems.add(mark, path, "regex", label=name, value=value)
    elif code == E.MIN_VALUE.code:
        problems.add(mark, path, "min_value", label=name, limit=error.constraint)
    elif code == E.MAX_VALUE.code:
        problems.add(mark, path, "max_value", label=name, limit=error.constraint)
    elif code == E.UNALLOWED_VALUE.code:
        problems.add(mark, path, "not_allowed", label=name, value=value, allowed=", ".join(map(str, error.constraint)))
    elif code == E.COERCION_FAILED.code:
        reason = str(error.info[0]) if error.info else ""
        reason = reason if reason in ("bad_integer", "bad_boolean", "date_format", "date_not_exist",
                                      "archive_unit_copies") else "invalid"
        if isinstance(value, dict):  # `NN: hai` as the clerk typed it, not as Python prints a mapping
            value = ", ".join(f"{k}: {v}" for k, v in value.items())
        problems.add(mark, path, reason, label=name, value=value)
    else:
        problems.add(mark, path, "invalid", label=name)
