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
# Weaker signs, also in good Unicode ("Hoà", "Núñez"): counted, but the conversion must then read as Vietnamese.
_VNI_ANY_MARK = re.compile("[aeiouyAEIOUY][ùõâàáãêèéúÙÕÂÀÁÃÊÈÉÚ]|[ñÑ]")
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
    vni = 2 * len(_VNI_PAIR.findall(text)) + len(_VNI_ANY_MARK.findall(text))
    # Each encoding whose signs the text shows, the stronger first, taken when its conversion reads as Vietnamese:
    # "Zoë Núñez", "Jürgen Müller" show the same signs, but converted they are no Vietnamese words.
    found = sorted([(tcvn3, "TCVN3", from_tcvn3), (vni, "VNI", from_vni)], key=lambda c: -c[0])
    encoding, convert = next(((name, convert) for score, name, convert in found
                              if score and _reads_as_vietnamese(text, convert)), (None, None))
    if encoding is None:
        return None
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


# A Vietnamese syllable: onset, vowels, final consonant, at most one tone mark. Legacy text converted gives such
# syllables; a foreign name with the same Latin-1 letters ("Müller" → "Mữller") does not.
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_SYLLABLE = re.compile(
    "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    "(?:uyê|uya|uyu|oai|oay|oeo|uây|uôi|ươi|ươu|iêu|yêu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|ua|uâ|"
    "uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|[aăâeêioôơuưy])(?:ch|ng|nh|[cmnpt])?")
_WORD_EDGES = re.compile(r"^\W+|\W+$")


def is_syllable(word: str) -> bool:
    """`word` (punctuation around it aside) spells one Vietnamese syllable."""
    decomposed = unicodedata.normalize("NFD", _WORD_EDGES.sub("", word).lower())
    if sum(decomposed.count(mark) for mark in _TONE_MARKS) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    return _SYLLABLE.fullmatch(bare) is not None


def vietnamese_share(text: str) -> tuple[int, int]:
    """Of the words of `text` that hold a letter beyond ASCII: how many are Vietnamese syllables, and how many."""
    words = [word for word in text.split() if not word.isascii() and not any(ch.isdigit() for ch in word)]
    return sum(map(is_syllable, words)), len(words)


def _reads_as_vietnamese(text: str, convert) -> bool:
    """Converted, the text's words beyond ASCII are (nearly all) Vietnamese syllables, and at least one of them was
    not one before: "Ông" converts to a syllable too, but was one already."""
    pairs = [(before, after) for before, after in zip(text.split(), convert(text).split())
             if not after.isascii() and not any(ch.isdigit() for ch in after)]
    fixed = sum(1 for before, after in pairs if before != after and is_syllable(after) and not is_syllable(before))
    good = sum(1 for _, after in pairs if is_syllable(after))
    return fixed >= 1 and good >= 0.8 * len(pairs)


def detect_file(raw: bytes) -> Legacy | None:
    """A whole file that is not UTF-8: UTF-16 (Notepad's "Unicode"), Windows-1258 (Vietnamese with separate tone
    marks), or TCVN3/VNI text read as Latin-1; None when it reads as none of them."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            return None
        return Legacy("UTF-16", "", " ".join(text.split()[:8]))
    candidates = []
    if b"\x00" not in raw:
        latin = raw.decode("latin-1")
        if (legacy := detect(latin)) is not None:
            convert = from_tcvn3 if legacy.encoding == "TCVN3" else from_vni
            candidates.append((vietnamese_share(convert(latin))[0], legacy))
        try:
            text = unicodedata.normalize("NFC", raw.decode("cp1258"))
        except UnicodeDecodeError:
            text = None
        if text is not None:
            good, total = vietnamese_share(text)
            if good and 2 * good >= total:
                words = text.split()
                start = max(next(i for i, word in enumerate(words) if not word.isascii()) - 1, 0)
                candidates.append((good, Legacy("Windows-1258", "", " ".join(words[start:start + 8]))))
    return max(candidates, key=lambda c: c[0])[1] if candidates else None
