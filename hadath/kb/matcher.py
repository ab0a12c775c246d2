"""Phrase matching over clitic-segmented tokens.

Dictionary entries are sequences of normalised words; a token offers several keys (its full
normalised form, its stem, its stem with the article) so that وبموسكو, والرئيس الروسي and
للجيش التركي all match the entries موسكو, الرئيس + روسي, جيش + تركي. Patterns are bucketed by
the first word, so matching costs a dictionary lookup per token plus the few patterns that start
there: linear in text length. Words may end in ``*`` (stem prefix) and ``…`` allows a gap.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from hadath.model import Token
from hadath.text.normalize import DIACRITICS, TATWEEL

T = TypeVar("T")

GAP = "…"
MAX_GAP = 6

# A hyphen or dash token between two words (كيم جونغ-أون, كيم جونغ - أون) is no word boundary for
# matching: iter_keys gives it this key (no dictionary word has it) and a pattern's next word may
# be read one token further on. Dictionary phrases are split at such a hyphen and lose it.
JOIN = "\x00join"
HYPHENS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212")
_NAME_SPLIT = re.compile(
    "\\s+|(?<=[^\\W\\d_])[" + "".join(map(re.escape, sorted(HYPHENS))) + "](?=[^\\W\\d_])")


TRAILING_MARKS = "".join(sorted(DIACRITICS | {TATWEEL}))  # after a word's last letter


def token_keys(tok: Token) -> frozenset[str]:
    """Every normalised form a dictionary word may be compared with for this token."""
    # one pass over the segments (this runs for every token of every sentence)
    stem: str | None = None
    det = pron = False
    body: list[str] = []
    for s in tok.segments:
        kind = s.kind
        if kind == "stem":
            if stem is None:
                stem = s.norm
            body.append(s.norm)
        elif kind == "pron":
            pron = True
            body.append(s.norm)
        elif kind == "det":
            det = True
    st = tok.norm if stem is None else stem
    keys = {tok.norm, st, ("ال" + st) if det else st}
    # an article the segmenter left on a word mostly seen with it (الموريتانية: its stem is
    # rare in the corpus the segmenter learnt from): offer the form without it too
    if not det and len(st) >= 6 and st.startswith("ال"):
        keys.add(st[2:])
    # the word after و/ف alone: a name starting with ب/ل/ك the segmenter took for a
    # preposition (وبيلاروسيا is not و + ب + يلاروسيا)
    whole = tok.after_conjunction
    if whole:
        keys.add(whole)
    # Stem with its pronoun suffix still attached (a segmenter may split a name's last letter).
    pre = "".join(body)
    if pre:
        keys.add(pre)
    # accusative tanwin is written with a final alif: هجوما, مركزا → هجوم, مركز
    if len(st) >= 4 and st.endswith("ا") and not det:
        keys.add(st[:-1])
    # a possessive the segmenter left attached (نظيره, قواتها, حكومته): offer the bare noun too
    if not pron and len(st) >= 5:
        # a final ه normalised from ة is the feminine ending, not a pronoun: المالية is not مالي
        # (its vowel sign may follow: والاستجابةِ is no استجاب + ه)
        feminine = tok.text.rstrip(TRAILING_MARKS).endswith("ة")
        sufs = ("هما", "هم", "ها") if feminine else ("هما", "هم", "ها", "ه")
        for suf in sufs:
            if st.endswith(suf) and len(st) - len(suf) >= 3:
                bare = st[: -len(suf)]
                keys.add(bare)
                if bare.endswith("ت"):
                    keys.add(bare[:-1] + "ه")  # حكومته → حكومه
                break
    return frozenset(k for k in keys if k)


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    start: int  # token index
    end: int  # one past the last matched token
    payloads: tuple[T, ...]
    tokens: tuple[int, ...]  # the token indices that matched words (not gap tokens)

    @property
    def length(self) -> int:
        return len(self.tokens)


# One compiled step of a pattern after its first word: (after_gap, prefix, word). ``word`` is the
# normalised word, or the stem prefix without its ``*`` when ``prefix``; ``after_gap`` means up to
# MAX_GAP tokens may be skipped before it.
_Step = tuple[bool, bool, str]


@dataclass(slots=True)
class _Pattern(Generic[T]):
    words: tuple[str, ...]
    payload: T
    rest: tuple[_Step, ...] = ()  # words[1:] compiled (the first word is matched by its bucket)
    order: int = 0  # when it was added: ties between matches go by file order, never by hash


def _compile(words: tuple[str, ...]) -> tuple[_Step, ...]:
    steps: list[_Step] = []
    after_gap = False
    for w in words[1:]:
        if w == GAP and not after_gap:
            after_gap = True
            continue
        # a second GAP in a row is a word no token has (it never matches), as it always was
        pre = w.endswith("*") and w != GAP
        steps.append((after_gap, pre, w[:-1] if pre else w))
        after_gap = False
    if after_gap:
        raise ValueError(f"pattern must end with a word: {' '.join(words)!r}")
    return tuple(steps)


def _match_rest(rest: tuple[_Step, ...], keys: Sequence[frozenset[str]], i: int,
                stop: int) -> tuple[int, ...] | None:
    """Token indices matched by a pattern whose first word matched token i, or None."""
    matched = [i]
    pos = i + 1
    for after_gap, pre, word in rest:
        if after_gap:
            hi = min(stop, pos + MAX_GAP + 1)
            while pos < hi:
                ks = keys[pos]
                if (any(k.startswith(word) for k in ks) if pre else word in ks):
                    break
                pos += 1
            else:
                return None
        elif pos >= stop:
            return None
        else:
            ks = keys[pos]
            if not (any(k.startswith(word) for k in ks) if pre else word in ks):
                if JOIN not in ks or pos + 1 >= stop:
                    return None
                pos += 1  # over a hyphen between two words
                ks = keys[pos]
                if not (any(k.startswith(word) for k in ks) if pre else word in ks):
                    return None
        matched.append(pos)
        pos += 1
    return tuple(matched)


def _order(p: _Pattern[T]) -> int:
    return p.order


class PatternIndex(Generic[T]):
    """Patterns of normalised words → payloads; built once, then only read."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[_Pattern[T]]] = {}
        self._first_words: set[str] = set()  # the keys of _by_first, for one C-level test
        # patterns whose first word is a prefix (عقد*): bucketed by the prefix itself; a token
        # looks up each of its keys' prefixes of the lengths that occur
        self._prefix_first: dict[str, list[_Pattern[T]]] = {}
        self._prefix_len_set: set[int] = set()
        self._prefix_lens: tuple[int, ...] = ()  # the same, in the set's iteration order
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def first_words(self, keep: Callable[[T], bool]) -> frozenset[str]:
        """The first words of the patterns (not prefix patterns) with a payload ``keep`` accepts."""
        return frozenset(w for w, ps in self._by_first.items() if any(keep(p.payload) for p in ps))

    def add(self, words: Sequence[str], payload: T) -> None:
        words = tuple(w for w in words if w)
        if not words or words[0] == GAP:
            raise ValueError(f"pattern must start with a word: {' '.join(words)!r}")
        p = _Pattern(words, payload, _compile(words), self._size)
        first = words[0]
        if first.endswith("*"):
            self._prefix_first.setdefault(first[:-1], []).append(p)
            self._prefix_len_set.add(len(first) - 1)
            self._prefix_lens = tuple(self._prefix_len_set)
        else:
            self._by_first.setdefault(first, []).append(p)
            self._first_words.add(first)
        self._size += 1

    def find_all(self, keys: Sequence[frozenset[str]], stop: int | None = None
                 ) -> list[Match[T]]:
        """All matches at every position (overlapping), grouped by identical span."""
        n = len(keys) if stop is None else stop
        out: list[Match[T]] = []
        by_first = self._by_first
        first_words = self._first_words
        prefix_first = self._prefix_first
        plens = self._prefix_lens
        for i in range(n):
            ks = keys[i]
            cands: list[_Pattern[T]] = []
            buckets = 0
            if not first_words.isdisjoint(ks):  # most tokens start no pattern
                for k in ks:
                    b = by_first.get(k)
                    if b:
                        cands.extend(b)
                        buckets += 1
            if prefix_first:
                seen_pre: set[str] = set()
                for k in ks:
                    lk = len(k)
                    for plen in plens:
                        if plen <= lk:
                            pre = k[:plen]
                            b = prefix_first.get(pre)
                            if b and pre not in seen_pre:
                                seen_pre.add(pre)
                                cands.extend(b)
                                buckets += 1
            if not cands:
                continue
            if buckets > 1:  # the keys are a set: their order changes with PYTHONHASHSEED
                cands.sort(key=_order)  # (each bucket is already in file order)
            groups: dict[tuple[int, ...], list[T]] = {}
            for p in cands:
                rest = p.rest
                if rest:
                    gap1, prefix1, word1 = rest[0]
                    if not gap1:  # most candidates fail on the next token: test it here
                        if i + 1 >= n:
                            continue
                        ks1 = keys[i + 1]
                        if not (any(k.startswith(word1) for k in ks1) if prefix1
                                else word1 in ks1) and JOIN not in ks1:
                            continue
                    m = _match_rest(rest, keys, i, n)
                else:
                    m = (i,)
                if m is not None:
                    lst = groups.get(m)
                    if lst is None:
                        groups[m] = [p.payload]
                    elif p.payload not in lst:
                        lst.append(p.payload)
            for toks, pls in groups.items():
                out.append(Match(toks[0], toks[-1] + 1, tuple(pls), toks))
        return out

    def longest(self, keys: Sequence[frozenset[str]]) -> list[Match[T]]:
        """Leftmost-longest non-overlapping matches."""
        return non_overlapping(sorted(self.find_all(keys), key=lambda m: (-m.length, m.start)))


def non_overlapping(ranked: Iterable[Match[T]]) -> list[Match[T]]:
    """The matches, taken in rank order, that overlap none taken before them; in text order."""
    taken: set[int] = set()
    chosen: list[Match[T]] = []
    for m in ranked:
        span = range(m.start, m.end)
        if any(t in taken for t in span):
            continue
        taken.update(span)
        chosen.append(m)
    chosen.sort(key=lambda m: m.start)
    return chosen


def split_words(phrase: str, normalize: Callable[[str], str]) -> list[str]:
    """Normalise a dictionary phrase into match words, keeping ``*`` and ``…`` markers."""
    out: list[str] = []
    for w in name_words(phrase.replace("...", f" {GAP} ").replace(GAP, f" {GAP} ")):
        if w == GAP:
            out.append(GAP)
        elif w.endswith("*"):
            out.append(normalize(w[:-1]) + "*")
        else:
            out.append(normalize(w))
    return out


def name_words(phrase: str) -> list[str]:
    """The words of a dictionary phrase: split at spaces and at a hyphen between two letters
    (جونغ-أون is جونغ أون); a hyphen standing alone (بعلبك - الهرمل) is dropped. The matcher reads
    a hyphen between two words in the text as no boundary, so all spellings meet."""
    return [w for w in _NAME_SPLIT.split(phrase) if w and w not in HYPHENS]


def iter_keys(tokens: Iterable[Token]) -> list[frozenset[str]]:
    """The keys of each token (token_keys); a hyphen between two words also gets JOIN."""
    toks = tokens if isinstance(tokens, Sequence) else list(tokens)
    out = [token_keys(t) for t in toks]
    last = len(toks) - 1
    for i in [i for i, t in enumerate(toks) if t.text in HYPHENS]:  # rare: one pass in C
        if 0 < i < last and toks[i - 1].text[-1:].isalpha() and toks[i + 1].text[:1].isalpha():
            out[i] = out[i] | {JOIN}
    return out
