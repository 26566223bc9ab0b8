"""Text widths in Times New Roman (by Liberation Serif's identical metrics), to size lines drawn under text."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_TABLE = Path(__file__).resolve().parent / "serif-widths.json"


@lru_cache(maxsize=1)
def _table() -> dict:
    return json.loads(_TABLE.read_text(encoding="utf-8"))


def width_pt(text: str, size_pt: float, bold: bool = False) -> float:
    """Width of `text` set on one line; a character outside the table counts as a capital M (an overestimate)."""
    table = _table()
    widths = table["bold" if bold else "regular"]
    em = widths["M"]
    return sum(widths.get(ch, em) for ch in text) * size_pt / table["units_per_em"]
