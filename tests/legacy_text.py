"""Unicode Vietnamese written the way the legacy encodings store it (TCVN3, VNI, Windows-1258): the inverse of
vanthu.encoding's converters, found by trying every one- and two-character code, so the tests can make legacy
text out of the real notices."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from vanthu.check import encoding

LATIN1 = [chr(code) for code in range(0xA0, 0x100)]


@lru_cache(maxsize=1)
def _tcvn3() -> dict[str, str]:
    table = {unicode: legacy for legacy, unicode in encoding._TCVN3.items()}
    # TCVN3 has codes for the lower-case accented letters only (capitals came from an upper-case font .VnTimeH).
    for letter in list(table):
        table.setdefault(letter.upper(), table[letter])
    return table


@lru_cache(maxsize=1)
def _vni() -> dict[str, str]:
    table = {}
    for base in "aeiouyAEIOUYôöÔÖ" + "ñÑæÆóÓòÒîÎ":
        # A mark of the letter's own case first: VNI typists wrote "Sôû", not "SôÛ".
        for mark in [""] + sorted(LATIN1, key=lambda m: m.islower() != base.islower()):
            code = base + mark
            meant = encoding.from_vni(code)
            if len(meant) == 1 and not meant.isascii() and meant not in table:
                table[meant] = code
    return table


def to_tcvn3(text: str) -> str:
    return "".join(_tcvn3().get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def to_vni(text: str) -> str:
    return "".join(_vni().get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def to_cp1258(text: str) -> bytes:
    """Windows-1258 holds the vowels' shapes (â, ơ, ư …) but most tones as separate combining marks."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            bare = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in bare if c not in encoding._TONE_MARKS))
            tones = "".join(c for c in bare if c in encoding._TONE_MARKS)
            out += (base + tones).encode("cp1258")
    return out
