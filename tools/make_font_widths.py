"""Write vanthu/resources/serif-widths.json: advance widths of Liberation Serif, metric-compatible with Times New Roman.

Run once when the character set changes (needs fonts-liberation2 and fontTools):
    .venv/bin/python tools/make_font_widths.py
The table lets the renderer size the lines under the agency name and trích yếu without a font on the machine.
"""
import json
from pathlib import Path

from fontTools.ttLib import TTFont

FONTS = Path("/usr/share/fonts/truetype/liberation2")
OUT = Path(__file__).resolve().parent.parent / "vanthu" / "resources" / "serif-widths.json"
RANGES = [(0x20, 0x250), (0x1EA0, 0x1F00), (0x2010, 0x2030)]


def widths(style: str) -> dict:
    font = TTFont(FONTS / f"LiberationSerif-{style}.ttf")
    cmap, hmtx = font.getBestCmap(), font["hmtx"]
    return {chr(c): hmtx[cmap[c]][0] for lo, hi in RANGES for c in range(lo, hi) if c in cmap}


if __name__ == "__main__":
    font = TTFont(FONTS / "LiberationSerif-Regular.ttf")
    table = {"units_per_em": font["head"].unitsPerEm, "regular": widths("Regular"), "bold": widths("Bold")}
    OUT.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: {len(table['regular'])} + {len(table['bold'])} glyphs")
