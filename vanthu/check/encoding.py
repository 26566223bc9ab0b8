"""Vietnamese text typed in the legacy TCVN3 (ABC) or VNI font encodings, recognised by its mojibake.

Before Unicode, Vietnamese offices typed with fonts such as .VnTime (TCVN3) or VNI-Times, which draw Vietnamese
letters in place of Latin-1 characters. Text copied out of such a document reads "Së tµi nguyªn vµ m«i tr­êng"
in any Unicode font: it would print as that. This module tells such text apart from real Vietnamese and shows
what it was meant to say, so the clerk knows to convert it (e.g. with Unikey's converter) rather than retype it.
"""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

# TCVN3 (TCVN 5712:1993, font encoding "ABC"): one Latin-1 character per Vietnamese letter.
_TCVN3 = dict(zip(
    "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\xadõøö÷ùúýûüþ¡¢§£¤¥¦",
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ",
))

# VNI: a base letter followed by a Latin-1 character for its mark(s); a few letters are one character.
_VNI_MARKS = {"ø": "\u0300", "ù": "\u0301", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_VOWEL_SHAPES = {  # the mark that changes the vowel's shape, with the tone (if any) it carries
    "â": ("\u0302", ""), "à": ("\u0302", "\u0300"), "á": ("\u0302", "\u0301"), "å": ("\u0302", "\u0309"),
    "ã": ("\u0302", "\u0303"), "ä": ("\u0302", "\u0323"),
    "ê": ("\u0306", ""), "è": ("\u0306", "\u0300"), "é": ("\u0306", "\u0301"), "ú": ("\u0306", "\u0309"),
    "ü": ("\u0306", "\u0303"), "ë": ("\u0306", "\u0323"),
}
# The same marks on capitals: "VIEÄT NAM".
_VNI_MARKS.update({k.upper(): v for k, v in _VNI_MARKS.items()})
_VNI_VOWEL_SHAPES.update({k.upper(): v for k, v in _VNI_VOWEL_SHAPES.items()})
_VNI_SINGLE = {"ñ": "đ", "Ñ": "Đ", "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "æ": "ỉ", "Æ": "Ỉ", "ó": "ĩ",
               "Ó": "Ĩ", "ò": "ị", "Ò": "Ị", "î": "ỵ", "Î": "Ỵ"}

# What gives each encoding away. In TCVN3, signs that are not letters in Unicode ("µ" for "à", "­" for "ư")
# stand glued to letters; guillemets count only inside a word, since «quotes» are real punctuation. Latin-1
# letters Vietnamese never uses ("ë" for "ở") count too, but one alone may be a name (Müller). In VNI, a vowel is
# followed by a mark character that no Unicode Vietnamese word has after a vowel ("aø" for "à"); pairs such as
# "oà" are left out, since "Hoà" is good Unicode.
_LETTER = r"[^\W\d_]"
_TCVN3_GLUED = re.compile(f"(?<={_LETTER})[µ¶·¸¹¼½¾¡¢£¤¥¦§¨ª¬\xad×÷]|[µ¶·¸¹¼½¾¡¢£¤¥¦§¨©ª¬\xad®×÷](?={_LETTER})"
                          f"|(?<={_LETTER})[«»](?={_LETTER})")  # "®" ends no syllable ("đ"), but "Sony®"
_TCVN3_LETTERS = re.compile("[ÆÇËÎÏÑÖØÜÞßäåæçëîïñöøûüþ]")
_VNI_PAIR = re.compile("[aeiouyAEIOUY][øûïåäëüØÛÏÅÄËÜ]|[ôöÔÖ][øùûõïØÙÛÕÏ]")
# Letters only Unicode Vietnamese has (ă, đ, ĩ, ũ, ơ, ư and the Latin Extended Additional block): their presence
# means the text is already Unicode.
_UNICODE_VIETNAMESE = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0"
                                 "\u1ea0-\u1ef9]")


class Legacy(NamedTuple):
    encoding: str  # "TCVN3" or "VNI"
    sample: str  # the first words as typed
    meant: str  # the same words converted to Unicode


def detect(text: str) -> Legacy | None:
    """The legacy encoding `text` was typed in, or None when it reads as Unicode Vietnamese (or anything else)."""
    if text.isascii() or _UNICODE_VIETNAMESE.search(text):
        return None
    tcvn3 = 2 * len(_TCVN3_GLUED.findall(text)) + len(_TCVN3_LETTERS.findall(text))
    vni = 2 * len(_VNI_PAIR.findall(text))
    if max(tcvn3, vni) < 2:
        return None
    encoding, convert = ("TCVN3", from_tcvn3) if tcvn3 >= vni else ("VNI", from_vni)
    words = text.split()
    start = max(next(i for i, word in enumerate(words) if not word.isascii()) - 1, 0)
    sample = " ".join(words[start:start + 8])  # from the first word that shows the encoding
    return Legacy(encoding, sample, convert(sample))


def from_tcvn3(text: str) -> str:
    return "".join(_TCVN3.get(ch, ch) for ch in text)


_VNI_LETTER = re.compile(r"([aeiouyAEIOUYôöÔÖ])([øùûõïâàáåãäêèéúüëØÙÛÕÏÂÀÁÅÃÄÊÈÉÚÜË])?|[ñÑæÆóÓòÒîÎ]")


def from_vni(text: str) -> str:
    def letter(m: re.Match) -> str:
        base, mark = m.group(1), m.group(2)
        if base is None:
            return _VNI_SINGLE[m.group(0)]
        base = _VNI_SINGLE.get(base, base)
        if mark is None:
            return base
        if mark in _VNI_MARKS:
            return unicodedata.normalize("NFC", base + _VNI_MARKS[mark])
        shape, tone = _VNI_VOWEL_SHAPES[mark]
        if base not in ("aA" if shape == "\u0306" else "aeoAEO"):  # only a takes the breve; a, e, o the hat
            return m.group(0)
        return unicodedata.normalize("NFC", base + shape + tone)

    return _VNI_LETTER.sub(letter, text)
