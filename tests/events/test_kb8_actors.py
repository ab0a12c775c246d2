"""Eighth KB round (branch kb8): officials, an NGO head and institutions the unseen 2015 news
names that the knowledge base did not know (Arab League and Arab Parliament officers, US
spokesmen, Lebanese and Egyptian ministers, the ICRC's president, al-Azhar, Cumhuriyet).
Sentences written for these tests."""

import datetime as dt

import pytest
from _coding import codes, one

D = dt.date(2015, 8, 10)


@pytest.mark.parametrize(("text", "event", "code"), [
    ("انتقد مارك تونر الحكومة السورية بشدة.", "ACCUSE", ("USA", "GOV")),
    ("انتقد جون كيربي الحكومة الروسية أمس.", "ACCUSE", ("USA", "GOV")),
    ("انتقدت سامانثا باور الحكومة السورية أمس.", "ACCUSE", ("USA", "GOV")),
    ("انتقد أحمد الجروان الحكومة الإيرانية أمس.", "ACCUSE", ("IGOMEAARL", "LEG")),
    ("انتقد أحمد بن حلي الحكومة الإسرائيلية أمس.", "ACCUSE", ("IGOMEAARL", "GOV")),
    ("انتقد نهاد المشنوق الحكومة السورية أمس.", "ACCUSE", ("LBN", "GOV")),
    ("انتقد وائل أبو فاعور الحكومة السورية أمس.", "ACCUSE", ("LBN", "GOV")),
    ("انتقد مجدي عبد الغفار جماعة الإخوان أمس.", "ACCUSE", ("EGY", "GOV")),
    ("انتقد علي عواض عسيري الحكومة السورية أمس.", "ACCUSE", ("SAU", "GOV")),
])
def test_officials_of_2015(coder, text, event, code):
    assert codes(one(coder, text, event, D).actor) == [code]


def test_ngo_head_takes_the_ngo_code_without_a_sector(coder):
    e = one(coder, "والتقى بيتر مورير مسؤولين يمنيين في صنعاء.", "CONSULT", D)
    assert codes(e.actor) == [("NGOHLHIRC", None)]


def test_roles_are_dated(coder):
    # Ashraf Rifi: police chief until 2013, justice minister 2014-2016, no office in 2018
    text = "انتقد أشرف ريفي الحكومة السورية أمس."
    assert codes(one(coder, text, "ACCUSE", dt.date(2010, 5, 1)).actor) == [("LBN", "COP")]
    assert codes(one(coder, text, "ACCUSE", D).actor) == [("LBN", "GOV")]
    assert codes(one(coder, text, "ACCUSE", dt.date(2018, 5, 1)).actor) == [("LBN", "ELI")]


def test_al_azhar_is_egyptian(coder):
    e = one(coder, "واستنكر الأزهر الشريف الهجوم على المسجد.", "ACCUSE", D)
    assert codes(e.actor) == [("EGY", "REL")]


def test_cumhuriyet_is_a_turkish_paper(coder):
    e = one(coder, "انتقدت صحيفة جمهورييت الحكومة التركية أمس.", "ACCUSE", D)
    assert ("TUR", "JRN") in codes(e.actor)
