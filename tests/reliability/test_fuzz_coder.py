"""Fuzzing ``Coder.code_article``: no input string crashes it, and every event meets the contract.

Budget: ``max_examples`` per test is small by default (CI); set ``HADATH_FUZZ_EXAMPLES`` for a
longer run, e.g. ``HADATH_FUZZ_EXAMPLES=5000 pytest tests/reliability/test_fuzz_coder.py``.
"""

from __future__ import annotations

import datetime as dt
import os

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from reliability_contract import check_event, fuzz_examples

from hadath.model import Article

# Words the knowledge base knows (triggers, actors, places, cues), so that random sentences do
# reach the event path, not only the tokenizer.
_WORDS = (
    "قصفت قصف طائرات حربية روسية الجيش التركي مواقع للمعارضة قرب مدينة الباب حلب "
    "التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي في موسكو أنقرة "
    "اتهمت إيران الولايات المتحدة بدعم الجماعات المسلحة أرسلت تركيا قافلة مساعدات إنسانية "
    "إلى شمال سوريا قال المتحدث باسم الحكومة إن المفاوضات ستستأنف الأسبوع المقبل "
    "تظاهر مئات الطلاب أمام البرلمان القاهرة احتجاجا على القرار لم ينف نفى وفقا لمصادر "
    "محلية أمس الخميس بوتين أردوغان مصر السعودية روسيا وتركيا وإيران والأمم المتحدة "
    "سيزور هدد بفرض عقوبات على اعتقلت الشرطة وللحكومة بالجيش فالرئيس"
).split()
_ODD = ["\u200f", "\u200d", "\ufeff", "\u0640", "\u064e", "\u0651", "\ufefb", "\ufe8d",
        "\ufdf2", "\u061c", "\u202e", "\u0000", "\ud800", "\udfff", "٣٫٥", "12.8.2023",
        "U.S.", "د.", "…", "\n", "\r\n", "\t", "«", "»", "(", ")", "<script>", "&amp;", "؟"]
_SEP = st.sampled_from([" ", " ", " ", "، ", ". ", "\n", " و", ", ", "؛ ", " - "])
_TOKEN = st.one_of(st.sampled_from(_WORDS), st.sampled_from(_WORDS),
                   st.sampled_from(_ODD), st.text(max_size=6))
ARABIC_TEXT = st.lists(st.tuples(_TOKEN, _SEP), max_size=40).map(
    lambda parts: "".join(w + s for w, s in parts))
# st.text() leaves out surrogates by default; a JSON "\ud800" escape or the Python API can give
# them, so the fuzzer includes them.
_SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, categories=["Cs"])
ANY_TEXT = st.one_of(
    st.text(max_size=200),
    st.text(alphabet=st.one_of(st.characters(), _SURROGATES), max_size=200),
    st.lists(st.one_of(st.text(max_size=8), st.sampled_from(_WORDS)), max_size=30).map(" ".join),
)
DATES = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1),
                                      max_value=dt.date(2100, 12, 31)))

# the CI run is repeatable; a long run (HADATH_FUZZ_EXAMPLES set) explores new inputs each time
_SETTINGS = dict(deadline=None, derandomize="HADATH_FUZZ_EXAMPLES" not in os.environ,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def _code_and_check(coder, text: str, date: dt.date | None, *, fuzzing: bool = True) -> None:
    events = coder.code_article(Article(id="fuzz", text=text, date=date))
    if fuzzing:
        event("coded events" if events else "no event")
    for ev in events:
        check_event(text, ev.to_json())


@settings(max_examples=fuzz_examples(150), **_SETTINGS)
@given(text=ANY_TEXT, date=DATES)
def test_code_article_any_unicode(coder, text: str, date: dt.date | None) -> None:
    _code_and_check(coder, text, date)


@settings(max_examples=fuzz_examples(150), **_SETTINGS)
@given(text=ARABIC_TEXT, date=DATES)
def test_code_article_arabic_biased(coder, text: str, date: dt.date | None) -> None:
    _code_and_check(coder, text, date)


def test_unpaired_surrogate_next_to_an_event(coder) -> None:
    """Found by this fuzzer: the NER model's C library could not encode a lone surrogate."""
    for text in ("قصفت طائرات روسية \ud800 مواقع.", "\udfffالتقى بوتين أردوغان في موسكو."):
        _code_and_check(coder, text, dt.date(2023, 8, 25), fuzzing=False)


def test_arabic_strategy_reaches_events(coder) -> None:
    """The Arabic-biased strategy is not vacuous: text built from its words does code events."""
    text = " ".join(_WORDS[:12]) + ". " + " ".join(_WORDS[12:22]) + "."
    assert coder.code_article(Article(id="x", text=text, date=dt.date(2023, 8, 25)))
