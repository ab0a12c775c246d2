"""Normalisation of Arabic text for matching.

``normalize`` never changes what offsets point at: it is applied to copies of spans (tokens,
segments, dictionary entries) so that spelling variants compare equal. Every mapping is a
per-character mapping (one character to zero, one or several characters), which is what lets the
segmenter map positions in a normalised word back to positions in the original text.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["DIACRITICS", "TATWEEL", "is_one_to_one", "normalize", "normalize_char"]

TATWEEL = "\u0640"

# Harakat, shadda, sukun, maddah/hamza above/below as combining marks, superscript alef and the
# Quranic annotation signs.
DIACRITICS = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)]
    + [chr(0x0670)]
    + [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x06D6, 0x06DD)]
    + [chr(c) for c in range(0x06DF, 0x06E9)]
    + [chr(c) for c in range(0x06EA, 0x06EE)]
)

_CONTROLS = frozenset(
    [chr(c) for c in range(0x200B, 0x2010)]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\uFEFF", "\u061C"]
)

_BASIC: dict[str, str] = {
    "\u0623": "\u0627",  # أ
    "\u0625": "\u0627",  # إ
    "\u0622": "\u0627",  # آ
    "\u0671": "\u0627",  # ٱ
    "\u0672": "\u0627",  # ٲ
    "\u0673": "\u0627",  # ٳ
    "\u0649": "\u064A",  # ى → ي
    "\u0629": "\u0647",  # ة → ه
    # Persian letters an Arabic text typed on a Persian keyboard carries (إلی, کان)
    "\u06CC": "\u064A",  # ی → ي
    "\u06A9": "\u0643",  # ک → ك
    TATWEEL: "",
}
for _c in DIACRITICS | _CONTROLS:
    _BASIC[_c] = ""
for _i in range(10):
    _BASIC[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _BASIC[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian/Urdu) digits


def _basic(s: str) -> str:
    return "".join(_BASIC.get(ch, ch) for ch in s)


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {ord(k): v for k, v in _BASIC.items()}
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
        ch = chr(cp)
        if ch in _BASIC:
            continue
        nf = unicodedata.normalize("NFKC", ch)
        if nf == ch:
            continue
        out = _basic(nf)
        if not out.strip():  # isolated forms of harakat decompose to space + mark
            out = ""
        table[cp] = out
    return table


# Immutable after construction (a translation table); not a cache.
_TABLE: dict[int, str] = _build_table()


def normalize(s: str) -> str:
    """Normalise Arabic text for matching (idempotent, see module docs)."""
    return s.translate(_TABLE)


def normalize_char(ch: str) -> str:
    """Normalised form of one character (possibly empty or several characters)."""
    return ch.translate(_TABLE)


# the characters normalisation deletes or expands (diacritics, tatweel, controls, ligatures)
_NOT_ONE_TO_ONE = re.compile(
    "[" + "".join(re.escape(chr(k)) for k, v in sorted(_TABLE.items()) if len(v) != 1) + "]")


def is_one_to_one(s: str) -> bool:
    """True when ``normalize(s)`` has one character for each character of ``s`` (then a
    position in the normalised text is the same position in ``s``)."""
    return _NOT_ONE_TO_ONE.search(s) is None
