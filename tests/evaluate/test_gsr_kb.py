"""The GSR evaluator's KB figure read in the sentence: the gold phrase located in the sentence
(its words as a bag, quotes and stops aside), read with the sentence's actors, its lone state
adjectives and the one country the coder gives its bare state agents. Sentences written for
these tests."""

import datetime as dt

from hadath.evaluate.gsr import _kb_resolves, _kb_resolves_in_context, _phrase_window
from hadath.model import Article

D = dt.date(2007, 1, 6)


def _analyse(coder, text):
    return coder.analyse(Article(id="t", text=text, date=D))


def test_phrase_keeps_its_quotes_and_stop(coder):
    text = "وخرج المتظاهرون إلى الشوارع مرددين هتافات منها «يسقط بوش»."
    an = _analyse(coder, text)
    window = _phrase_window("بوش».", an.sentences[0])
    assert window is not None and text[window[0]:window[1]] == "بوش"
    assert _kb_resolves_in_context("بوش».", ("USA", "GOV"), an)


def test_lone_state_adjective_resolves_in_the_sentence(coder):
    text = "ورفع المتظاهرون لافتات تندد بالسياسات الأميركية في المنطقة."
    an = _analyse(coder, text)
    assert [n.code for n in an.sentences[0].nisbas] == ["USA"]
    assert _kb_resolves("الأميركية", ("USA", None), coder, D)
    assert _kb_resolves_in_context("الأميركية", ("USA", None), an)


def test_state_adjective_gives_the_sentence_its_country(coder):
    an = _analyse(coder, "وقالت الحكومة اليمنية إن الشرطة اعتقلت خمسة أشخاص في الحديدة.")
    assert an.sentences[0].country == "YEM"
    assert _kb_resolves_in_context("الشرطة", ("YEM", "COP"), an)


def test_two_countries_give_none(coder):
    an = _analyse(coder, "واتهمت الحكومة اليمنية القوات الإيرانية بتهريب السلاح.")
    assert an.sentences[0].country is None
