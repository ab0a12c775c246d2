from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.text import TextAnalyzer, normalize

_AN = TextAnalyzer()  # built once for the property tests; its cache is local to this object

_ARABICISH = st.text(
    alphabet=st.sampled_from(
        [*"وفبلكسالرئيسحكومةتهانيىةأإآٱـًٌٍَُِّْٰ٠١٢.؟!،,;؛ \n\"«»”“",
         "\u200f", "\ufeff", "\ufefb", "\ufe8d", "\ufdf2", "\ufe70"]
    ),
    max_size=60,
)


def _check(text: str) -> None:
    sents = _AN.analyse(text)
    prev_end = 0
    for s in sents:
        assert 0 <= prev_end <= s.start < s.end <= len(text)
        prev_end = s.end
        for t in s.tokens:
            assert s.start <= t.start < t.end <= s.end
            assert text[t.start:t.end] == t.text
            assert t.norm == normalize(t.text)
            segs = t.segments
            assert segs and segs[0].start == t.start and segs[-1].end == t.end
            for a, b in pairwise(segs):
                assert a.end == b.start and a.start < a.end
            assert sum(x.kind == "stem" for x in segs) == 1


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_any_unicode(text: str) -> None:
    _check(text)
    n = normalize(text)
    assert normalize(n) == n


@settings(max_examples=300, deadline=None)
@given(_ARABICISH)
def test_arabic_like(text: str) -> None:
    _check(text)
    n = normalize(text)
    assert normalize(n) == n
