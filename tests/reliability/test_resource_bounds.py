"""Pathological sentences finish: long sentences are coded in windows of at most
MAX_SENTENCE_TOKENS tokens, so the per-sentence steps (every trigger against every mention) stay
linear in the article. Asserts on the work done, not on seconds; SIGALRM is only a hang guard."""

from __future__ import annotations

import datetime as dt
import signal
from collections.abc import Iterator

import pytest
from reliability_contract import check_event

from hadath.model import Article
from hadath.text.analyzer import MAX_SENTENCE_TOKENS, window_sentences

NAMES = ["روسيا", "تركيا", "إيران", "مصر", "السعودية"]
WORDS = ("قصفت طائرات حربية روسية مواقع المعارضة قرب مدينة الباب وقال الرئيس إن الحكومة "
         "ستواصل العمل").split()


@pytest.fixture(autouse=True)
def hang_guard() -> Iterator[None]:
    def stalled(*_a: object) -> None:
        raise TimeoutError("coding a pathological input stalled (>120 s)")

    old = signal.signal(signal.SIGALRM, stalled)
    signal.alarm(120)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _code(coder, text: str) -> None:
    art = Article(id="p", text=text, date=dt.date(2023, 8, 25))
    an = coder.analyse(art)
    assert an.sentences and all(len(sa.sentence.tokens) <= MAX_SENTENCE_TOKENS
                                for sa in an.sentences)
    for ev in an.events:
        check_event(text, ev.to_json())


def test_five_thousand_coordinated_names(coder) -> None:
    text = "التقى " + " و".join(NAMES[i % 5] for i in range(5000)) + " في موسكو."
    _code(coder, text)


def test_hundred_thousand_tokens_without_punctuation(coder) -> None:
    text = " ".join(WORDS[i % len(WORDS)] for i in range(100_000))
    sents = coder.analyzer.analyse(text)
    assert len(sents) == 1 and len(sents[0].tokens) == 100_000
    _code(coder, text)


def test_windows_partition_the_sentence(coder) -> None:
    text = "، ".join(WORDS * 60) + ". " + " ".join(WORDS[:5]) + "."
    sents = coder.analyzer.analyse(text)
    wins = window_sentences(sents, 50)
    assert [w.index for w in wins] == list(range(len(wins)))
    assert [t for w in wins for t in w.tokens] == [t for s in sents for t in s.tokens]
    assert all(len(w.tokens) <= 50 and w.start == w.tokens[0].start for w in wins)
    assert all(w.tokens[-1].text in "،." for w in wins)  # cut after a comma when there is one
    assert window_sentences(sents[1:], 50) == sents[1:]  # short sentences: unchanged
