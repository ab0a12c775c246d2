"""Seventh KB growth round (branch kbgrow7): officials from `hadath kb suggest` on unseen 2015
news, spellings of known leaders, and «فاغنر» alone (in 2015 a composer or a
surname) as the Wagner Group only from 2017. Sentences written for these tests."""

import datetime as dt

import pytest
from _coding import codes, one

D = dt.date(2015, 8, 10)


@pytest.mark.parametrize(("text", "event", "code"), [
    ("انتقد توباياس إلوود الحكومة السورية بشدة.", "ACCUSE", ("GBR", "GOV")),  # FCO minister
    ("انتقد مبارك الخرينج الحكومة الإيرانية أمس.", "ACCUSE", ("KWT", "LEG")),  # deputy speaker
])
def test_officials_of_2015(coder, text, event, code):
    assert codes(one(coder, text, event, D).actor) == [code]


def test_spellings_of_known_leaders(coder):
    e = one(coder, "التقى عادل الجبير رؤوفين ريفيلين في القدس.", "CONSULT", D)
    assert codes(e.recipient) == [("ISR", "GOV")]
    e = one(coder, "التقى عادل الجبير فرانك شتاينماير في برلين.", "CONSULT", D)
    assert e.recipient[0].entity_text == "فرانك شتاينماير"
    e = one(coder, "التقى عادل الجبير محمد ظريف في مسقط.", "CONSULT", D)
    assert e.recipient[0].entity_text == "محمد ظريف"


def test_wagner_alone_is_no_militia_in_2015(coder):
    e = one(coder, "انتقد فاغنر الحكومة الألمانية في رسالة.", "ACCUSE", D)
    assert ("RUS", "PRM") not in codes(e.actor)
    e = one(coder, "انتقد فاغنر الحكومة الألمانية في رسالة.", "ACCUSE", dt.date(2022, 8, 10))
    assert codes(e.actor) == [("RUS", "PRM")]
    e = one(coder, "هاجمت مجموعة فاغنر قرية في مالي.", "ASSAULT", D)
    assert codes(e.actor) == [("RUS", "PRM")]
