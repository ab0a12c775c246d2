"""Punctuation marks, named once: quotation marks, brackets, commas, clause stops and dashes.

A punctuation token is one character (``analyzer._TOKEN_RE``), so a stage tests
``tok.text in SET``. The stages read different subsets of the quotation marks; each subset below
says why it differs. All are frozensets (or a read-only mapping) built at import: nothing here
changes at run time.
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = [
    "BRACKET_CLOSERS", "CLAUSE_BOUNDS", "CLAUSE_STOPS", "CLOSE_OF", "CLOSING_QUOTES", "COMMAS",
    "CONTENT_OPENERS", "CURLY_CLOSING", "CURLY_OPENING", "DASHES", "LINE_DASHES",
    "NAME_CLOSERS", "NAME_OPENERS", "OPENING_QUOTES", "QUOTES", "SEMICOLONS", "SENTENCE_CLOSERS",
    "SINGLE_CLOSING", "SINGLE_OPENING", "STRAIGHT_QUOTE", "WORD_NAME_CLOSING",
    "WORD_NAME_OPENING",
]

# -- the marks ------------------------------------------------------------------------------------
#: the straight (ASCII) double quote: one mark opens and closes, so a quote is told by parity
STRAIGHT_QUOTE = '"'
#: double quotes with a distinct opening and closing mark: «…» and “…”
CURLY_OPENING = frozenset("«“")
CURLY_CLOSING = frozenset("»”")
#: single quotes: ‘…’ and the straight ' (also an apostrophe in Latin script)
SINGLE_OPENING = frozenset("‘'")
SINGLE_CLOSING = frozenset("’'")
PAREN_OPEN, PAREN_CLOSE = "(", ")"
COMMAS = frozenset("،,")  # Arabic and Latin
SEMICOLONS = frozenset("؛;")
DASHES = frozenset("–—")  # en and em dash; the hyphen is named where it counts

#: each opening mark → its closing mark
CLOSE_OF = MappingProxyType({"«": "»", "“": "”", STRAIGHT_QUOTE: STRAIGHT_QUOTE,
                             "‘": "’", "'": "'", PAREN_OPEN: PAREN_CLOSE})

# -- quotation marks: the subsets the stages read --------------------------------------------------
#: the double quotes, which quote words, names and speech: «…», “…”, "…"
OPENING_QUOTES = CURLY_OPENING | {STRAIGHT_QUOTE}
CLOSING_QUOTES = CURLY_CLOSING | {STRAIGHT_QUOTE}
QUOTES = OPENING_QUOTES | CLOSING_QUOTES
#: a name in parentheses reads like a quoted one: attribution's subject right after a speech
#: verb (أعلنت (جبهة النصرة) أن …; each opener closed by its own closer, ``CLOSE_OF``), and
#: discourse's paper after a preposition (وقال لـ(الحياة) مصدر …)
NAME_OPENERS = OPENING_QUOTES | {PAREN_OPEN}
NAME_CLOSERS = CLOSING_QUOTES | {PAREN_CLOSE}
#: what may open a speech verb's content when no complementizer does: a colon or a quote
CONTENT_OPENERS = OPENING_QUOTES | {":"}
#: actors read a name that is also a common word (فتح, القاعدة) only when quoted, and news
#: quotes such a name in single quotes too (حركة 'فتح')
WORD_NAME_OPENING = OPENING_QUOTES | SINGLE_OPENING
WORD_NAME_CLOSING = CLOSING_QUOTES | SINGLE_CLOSING
#: the end of a quoted or bracketed name right before a speaker (وقال لـ«الحياة» المتحدث):
#: only marks that cannot open as well (a straight quote there may open the speaker's name)
BRACKET_CLOSERS = CURLY_CLOSING | {PAREN_CLOSE}

# -- clause and sentence bounds --------------------------------------------------------------------
#: the marks that stop a clause's words (commas, semicolons, colon, full stop), quotes not
#: included: a quoted name runs on (قافلة ” حملة الأمل ” إلى …)
CLAUSE_STOPS = COMMAS | SEMICOLONS | {":", "."}
#: every mark that bounds a clause inside a sentence: the stops but the full stop, brackets,
#: quotes and dashes
CLAUSE_BOUNDS = COMMAS | SEMICOLONS | {":"} | {PAREN_OPEN, PAREN_CLOSE} | QUOTES | DASHES | \
    {"[", "]"}
#: the marks after a dateline's place or at the start of a line (الرياض - واس, جدة: عكاظ)
LINE_DASHES = DASHES | {"-", ":"}
#: the marks that may follow a sentence's final stop and still belong to it
SENTENCE_CLOSERS = CLOSING_QUOTES | SINGLE_CLOSING | {PAREN_CLOSE, "]", "}", "›"}
