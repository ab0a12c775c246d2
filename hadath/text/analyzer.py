"""Sentence splitting, tokenisation and clitic segmentation: text → ``list[Sentence]``.

All offsets are into the text exactly as given. Normalised forms (``Token.norm``,
``Segment.norm``) are for matching only.
"""

from __future__ import annotations

import re
from pathlib import Path

from hadath.model import Segment, Sentence, Token
from hadath.text.lexicon import Lexicon
from hadath.text.normalize import normalize
from hadath.text.punctuation import COMMAS, LINE_DASHES, SEMICOLONS, SENTENCE_CLOSERS
from hadath.text.segment import RelSegment, Segmenter

__all__ = ["MAX_SENTENCE_TOKENS", "TextAnalyzer", "default_analyzer", "window_sentences"]

#: Longest sentence (in tokens) the coder looks at in one piece. Longer ones (run-on text with
#: no punctuation, a list of thousands of names) are cut into windows: the per-sentence steps
#: compare every trigger with every mention, so one unbounded sentence would cost quadratic
#: time. News sentences stay far below it (SaudiNewsNet sample: 99.9 % ≤ 185 tokens, max 282).
MAX_SENTENCE_TOKENS = 300
_WINDOW_CUTS = COMMAS | SEMICOLONS | LINE_DASHES

_AR_LETTER = (
    "\u0621-\u063A\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF"
    "\uFB50-\uFDFF\uFE70-\uFEFC"
)
_AR_MARK = "\u064B-\u065F\u0670\u0610-\u061A\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED"
_TATWEEL = "\u0640"
_CONTROL = "\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C"

_TOKEN_RE = re.compile(
    # Arabic word: letters with marks; tatweel only between letters/marks
    f"(?P<ar>[{_AR_LETTER}](?:[{_AR_LETTER}{_AR_MARK}]|{_TATWEEL}+(?=[{_AR_LETTER}{_AR_MARK}]))*)"
    # number with decimal / thousands / date separators: 3.5  1,000  12.8.2023  ٣٫٥
    r"|(?P<num>\d+(?:[.,\u066B\u066C/:]\d+)*)"
    # other scripts' words
    r"|(?P<w>[^\W\d_]+)"
    # ellipsis
    r"|(?P<ell>\.{2,}|…)"
    # anything else that is visible: one punctuation token per character
    f"|(?P<p>[^\\s{_CONTROL}])"
)

_TERMINATORS = frozenset("؟!.؛?;")
_BREAK_RE = re.compile("[؟!.؛?;\n\r\u2028\u2029]")
_SPACE_OR_CONTROL = re.compile(f"[\\s{_CONTROL}]")
_AR_LETTER_RE = re.compile(f"[{_AR_LETTER}]")
_LATIN_UPPER_RE = re.compile(r"[A-Z]")


class TextAnalyzer:
    """Splits text into sentences, tokens and clitic segments.

    Holds the lexicon and a per-word-form segmentation cache: build one and keep it.
    """

    def __init__(self, lexicon: Lexicon | str | Path | None = None,
                 names: frozenset[str] = frozenset()) -> None:
        """``names``: normalised first words of known names (``KnowledgeBase.name_words``),
        read as a stem after ب/ل that the lexicon's counts never saw (بأدواني → ب + أدواني)."""
        if lexicon is None or isinstance(lexicon, str | Path):
            lexicon = Lexicon.load(lexicon)
        self.lexicon = lexicon
        self.segmenter = Segmenter(lexicon, names)
        self._tok_cache: dict[str, tuple[str, tuple[RelSegment, ...]]] = {}

    # -- sentences ------------------------------------------------------------------------------
    def split_sentences(self, text: str) -> list[tuple[int, int]]:
        """Sentence spans ``[start, end)`` without surrounding whitespace."""
        spans: list[tuple[int, int]] = []
        n = len(text)
        start = 0
        pos = 0
        for m in _BREAK_RE.finditer(text):
            i = m.start()
            if i < pos:
                continue
            ch = text[i]
            if ch in _TERMINATORS:
                if not self._is_boundary(text, i):
                    continue
                j = i + 1
                while j < n and (text[j] in _TERMINATORS or text[j] in SENTENCE_CLOSERS):
                    j += 1
                self._add_span(text, start, j, spans)
                start = pos = j
            else:  # line break
                self._add_span(text, start, i, spans)
                start = pos = i + 1
        self._add_span(text, start, n, spans)
        return spans

    @staticmethod
    def _is_boundary(text: str, i: int) -> bool:
        ch = text[i]
        if ch != ".":
            return True
        n = len(text)
        prev = text[i - 1] if i > 0 else ""
        nxt = text[i + 1] if i + 1 < n else ""
        if nxt == "." or prev == ".":
            return False  # ellipsis: the sentence goes on
        if prev.isdigit() and nxt.isdigit():
            return False  # 3.5, 12.8.2023
        # abbreviation: a single letter before the period (د. م. أ. ش.م. U.S.)
        j = i - 1
        while j >= 0 and _is_mark(text[j]):
            j -= 1
        if j >= 0 and (_AR_LETTER_RE.match(text[j]) or _LATIN_UPPER_RE.match(text[j])):
            k = j - 1
            while k >= 0 and _is_mark(text[k]):
                k -= 1
            if k < 0 or not (text[k].isalpha() or text[k] == "\u0640"):
                return False
        return True

    @staticmethod
    def _add_span(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
        while s < e and _SPACE_OR_CONTROL.match(text[s]):
            s += 1
        while e > s and _SPACE_OR_CONTROL.match(text[e - 1]):
            e -= 1
        if e > s:
            spans.append((s, e))

    # -- tokens ---------------------------------------------------------------------------------
    def tokenize(self, text: str, start: int = 0, end: int | None = None) -> list[Token]:
        """Tokens of ``text[start:end]`` with their segments; offsets are into ``text``."""
        if end is None:
            end = len(text)
        toks: list[Token] = []
        cache = self._tok_cache
        seg = self.segmenter.segment_uncached  # this cache is the only one
        for m in _TOKEN_RE.finditer(text, start, end):
            s, e = m.span()
            surf = m.group()
            hit = cache.get(surf)
            if hit is None:
                # equal strings share one object: a cached word costs about a third less memory
                norm = normalize(surf)
                if norm == surf:
                    norm = surf
                if m.lastgroup == "ar":
                    rel = seg(surf)
                    if len(rel) == 1 and rel[0].norm == norm:
                        rel = (rel[0]._replace(norm=norm),)
                else:
                    rel = (RelSegment("stem", 0, len(surf), norm),)
                hit = (norm, rel)
                if len(cache) >= 100_000:  # bounded: memory stays flat on any corpus size
                    cache.clear()
                cache[surf] = hit
            norm, rel = hit
            if len(rel) == 1:  # most tokens: no generator
                k, a, b, sn = rel[0]
                segments: tuple[Segment, ...] = (Segment(k, s + a, s + b, sn),)
            else:
                segments = tuple(Segment(k, s + a, s + b, sn) for k, a, b, sn in rel)
            toks.append(Token(surf, s, e, norm, segments))
        return toks

    # -- everything -----------------------------------------------------------------------------
    def analyse(self, text: str) -> list[Sentence]:
        return [
            Sentence(idx, s, e, tuple(self.tokenize(text, s, e)))
            for idx, (s, e) in enumerate(self.split_sentences(text))
        ]

    analyze = analyse


def window_sentences(sentences: list[Sentence], max_tokens: int = MAX_SENTENCE_TOKENS
                     ) -> list[Sentence]:
    """The sentences with every one longer than ``max_tokens`` tokens cut into windows of at most
    ``max_tokens`` (after a comma or semicolon in the window's second half when there is one),
    renumbered in order. Offsets and tokens are unchanged; a window is a ``Sentence``."""
    if all(len(s.tokens) <= max_tokens for s in sentences):
        return sentences
    out: list[Sentence] = []
    for s in sentences:
        toks = s.tokens
        if len(toks) <= max_tokens:
            out.append(Sentence(len(out), s.start, s.end, toks))
            continue
        i = 0
        while i < len(toks):
            j = min(i + max_tokens, len(toks))
            if j < len(toks):
                for k in range(j - 1, i + max_tokens // 2, -1):
                    if toks[k].text in _WINDOW_CUTS:
                        j = k + 1
                        break
            w = toks[i:j]
            out.append(Sentence(len(out), s.start if i == 0 else w[0].start,
                                s.end if j == len(toks) else w[-1].end, w))
            i = j
    return out


def _is_mark(ch: str) -> bool:
    o = ord(ch)
    return 0x064B <= o <= 0x065F or o == 0x0670 or o == 0x0640


def default_analyzer() -> TextAnalyzer:
    """A new analyser with the shipped lexicon (callers keep it; nothing is cached globally)."""
    return TextAnalyzer()
