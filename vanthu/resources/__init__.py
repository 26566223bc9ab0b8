"""What the toolkit ships beside its code: the schema, the default Word template, font metrics, catalogues.

In an installed wheel they lie in this package (`schema/`, `templates/`); in the toolkit's own checkout they are
the repository's `schema/` and `templates/` folders, the files its users know and edit. A project's own
`templates/` still wins over the default template (see `project.Project.template`).
"""
from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent
_CHECKOUT = _HERE.parent.parent  # the repository root, when this package is not installed from a wheel


def path(name: str) -> Path:
    """A shipped file by its path below the repository root, e.g. `schema/thong-bao.yaml`."""
    packaged = _HERE / name
    return packaged if packaged.exists() else _CHECKOUT / name


def schema_file() -> Path:
    return path("schema/thong-bao.yaml")


def default_template() -> Path:
    return path("templates/thong-bao.docx")
