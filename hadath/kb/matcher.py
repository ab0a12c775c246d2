"""Phrase matching over clitic-segmented tokens.

Dictionary entries are sequences of normalised words; a token offers several keys (its full
normalised form, its stem, its stem with the article) so that وبموسكو, والرئيس الروسي and
للجيش التركي all match the entries موسكو, الرئيس + روسي, جيش + تركي. Patterns are bucketed by
the first word, so matching costs a dictionary lookup per token plus the few patterns that start
there: linear in text length. Words may end in ``*`` (stem prefix) and ``…`` allows a gap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from hadath.model import Token

T = TypeVar("T")

GAP = "…"
MAX_GAP = 6


def token_keys(tok: Token) -> frozenset[str]:
    """Every normalised form a dictionary word may be compared with for this token."""
    keys = {tok.norm, tok.stem, tok.stem_with_article}
    # Stem with its pronoun suffix still attached (a segmenter may split a name's last letter).
    pre = "".join(s.norm for s in tok.segments if s.kind in ("stem", "pron"))
    if pre:
        keys.add(pre)
    # accusative tanwin is written with a final alif: هجوما, مركزا → هجوم, مركز
    st = tok.stem
    if len(st) >= 4 and st.endswith("ا") and not tok.has("det"):
        keys.add(st[:-1])
    # a possessive the segmenter left attached (نظيره, قواتها, حكومته): offer the bare noun too
    if not tok.has("pron") and len(st) >= 5:
        # a final ه normalised from ة is the feminine ending, not a pronoun: المالية is not مالي
        sufs = ("هما", "هم", "ها") if tok.text.rstrip().endswith("ة") else ("هما", "هم", "ها", "ه")
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


@dataclass(slots=True)
class _Pattern(Generic[T]):
    words: tuple[str, ...]
    payload: T


class PatternIndex(Generic[T]):
    """Patterns of normalised words → payloads; built once, then only read."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[_Pattern[T]]] = {}
        # patterns whose first word is a prefix (عقد*): bucketed by the prefix itself; a token
        # looks up each of its keys' prefixes of the lengths that occur
        self._prefix_first: dict[str, list[_Pattern[T]]] = {}
        self._prefix_lens: set[int] = set()
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def add(self, words: Sequence[str], payload: T) -> None:
        words = tuple(w for w in words if w)
        if not words or words[0] == GAP:
            raise ValueError(f"pattern must start with a word: {' '.join(words)!r}")
        p = _Pattern(words, payload)
        first = words[0]
        if first.endswith("*"):
            self._prefix_first.setdefault(first[:-1], []).append(p)
            self._prefix_lens.add(len(first) - 1)
        else:
            self._by_first.setdefault(first, []).append(p)
        self._size += 1

    @staticmethod
    def _word_ok(word: str, keys: frozenset[str]) -> bool:
        if word.endswith("*"):
            pre = word[:-1]
            return any(k.startswith(pre) for k in keys)
        return word in keys

    def _match_at(self, p: _Pattern[T], keys: Sequence[frozenset[str]], i: int,
                  stop: int) -> list[int] | None:
        """Token indices matched by pattern p starting at token i, or None."""
        matched: list[int] = []
        pos = i
        w = 0
        words = p.words
        while w < len(words):
            word = words[w]
            if word == GAP:
                nxt = words[w + 1]
                for j in range(pos, min(stop, pos + MAX_GAP + 1)):
                    if self._word_ok(nxt, keys[j]):
                        pos = j
                        break
                else:
                    return None
                w += 1
                continue
            if pos >= stop or not self._word_ok(word, keys[pos]):
                return None
            matched.append(pos)
            pos += 1
            w += 1
        return matched

    def find_all(self, keys: Sequence[frozenset[str]], stop: int | None = None
                 ) -> list[Match[T]]:
        """All matches at every position (overlapping), grouped by identical span."""
        n = len(keys) if stop is None else stop
        out: list[Match[T]] = []
        for i in range(n):
            cands: list[_Pattern[T]] = []
            for k in keys[i]:
                b = self._by_first.get(k)
                if b:
                    cands.extend(b)
            if self._prefix_first:
                seen_pre: set[str] = set()
                for k in keys[i]:
                    for plen in self._prefix_lens:
                        if plen <= len(k):
                            pre = k[:plen]
                            if pre not in seen_pre:
                                seen_pre.add(pre)
                                cands.extend(self._prefix_first.get(pre, ()))
            groups: dict[tuple[int, ...], list[T]] = {}
            for p in cands:
                m = self._match_at(p, keys, i, n)
                if m is not None:
                    lst = groups.setdefault(tuple(m), [])
                    if p.payload not in lst:
                        lst.append(p.payload)
            for toks, pls in groups.items():
                out.append(Match(toks[0], toks[-1] + 1, tuple(pls), toks))
        return out

    def longest(self, keys: Sequence[frozenset[str]]) -> list[Match[T]]:
        """Leftmost-longest non-overlapping matches."""
        allm = self.find_all(keys)
        allm.sort(key=lambda m: (-m.length, m.start))
        taken: set[int] = set()
        chosen: list[Match[T]] = []
        for m in allm:
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
    for w in phrase.replace("...", f" {GAP} ").replace(GAP, f" {GAP} ").split():
        if w == GAP:
            out.append(GAP)
        elif w.endswith("*"):
            out.append(normalize(w[:-1]) + "*")
        else:
            out.append(normalize(w))
    return out


def iter_keys(tokens: Iterable[Token]) -> list[frozenset[str]]:
    return [token_keys(t) for t in tokens]
