"""More text-layer properties: any code point (surrogates included), long-sentence windows."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_properties import _ARABICISH, _check

from hadath.text import TextAnalyzer, normalize
from hadath.text.analyzer import window_sentences

_AN = TextAnalyzer()
# st.text() never yields surrogates; a JSON "\ud800" escape or the Python API can
_ANY = st.text(alphabet=st.one_of(
    st.characters(), st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF,
                                   categories=["Cs"])), max_size=80)


@settings(max_examples=200, deadline=None)
@given(_ANY)
def test_any_code_point(text: str) -> None:
    _check(text)
    n = normalize(text)
    assert normalize(n) == n


@settings(max_examples=200, deadline=None)
@given(st.lists(_ARABICISH, max_size=6).map(" ، ".join), st.integers(1, 12))
def test_windows_keep_tokens_and_offsets(text: str, cap: int) -> None:
    sents = _AN.analyse(text)
    wins = window_sentences(sents, cap)
    assert [t for w in wins for t in w.tokens] == [t for s in sents for t in s.tokens]
    assert [w.index for w in wins] == list(range(len(wins)))
    prev = 0
    for w in wins:
        assert len(w.tokens) <= cap and 0 <= prev <= w.start < w.end <= len(text)
        assert all(w.start <= t.start < t.end <= w.end for t in w.tokens)
        prev = w.end
