"""A name between a title and another title (branch `titles3`): the name the NER finds after a
title and its place (محافظ جدة X) is the title's holder, and a title after the name that carries
a preposition clitic (بالقنصل) is someone else. Sentences written for these tests."""

import datetime as dt

import pytest
from _coding import one

DAY = dt.date(2015, 8, 9)  # the persons named hold their 2015 offices


def _sides(e):
    return ([(a.code, a.entity_text) for a in e.actor],
            [(a.code, a.entity_text) for a in e.recipient])


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    # a governor, his town, his name; the consul behind ب is whom he met
    ("التقى محافظ جدة مازن بترجي بالقنصل الأمريكي.",
     ("SAU", "محافظ جدة مازن بترجي"), ("USA", "القنصل الأمريكي")),
    # a deputy governor of a region (two words of place), then the ambassador he received
    ("استقبل وكيل إمارة منطقة الباحة عبدالله الغامدي السفير الياباني.",
     ("SAU", "وكيل إمارة منطقة الباحة عبدالله الغامدي"), ("JPN", "السفير الياباني")),
    # a mayor whose region is named by its capital
    ("استقبل أمين منطقة الرياض خالد العتيبي السفير الفرنسي في مكتبه.",
     ("SAU", "أمين منطقة الرياض خالد العتيبي"), ("FRA", "السفير الفرنسي")),
    ("واستقبل محافظ الطائف فهد بن معمر القنصل البريطاني في مكتبه.",
     ("SAU", "محافظ الطائف فهد بن معمر"), ("GBR", "القنصل البريطاني")),
])
def test_the_name_after_a_title_and_its_place_is_the_titles(coder, text, actor, recipient):
    actors, recipients = _sides(one(coder, text, "CONSULT", DAY))
    assert actors == [actor]
    assert recipients == [recipient]


@pytest.mark.parametrize(("text", "name", "recipient"), [
    ("والتقى مازن بترجي بالقنصل الأمريكي أمس.", "مازن بترجي", "USA"),
    ("والتقى سعيد الحربي بوزير الخارجية الفرنسي.", "سعيد الحربي", "FRA"),
])
def test_a_title_behind_a_preposition_is_no_apposition_of_the_name(coder, text, name,
                                                                    recipient):
    e = one(coder, text, "CONSULT", DAY)
    assert [a.entity_text for a in e.actor] == [name]
    assert [a.code for a in e.recipient] == [recipient]


def test_a_name_after_a_preposition_and_a_place_is_not_the_titles(coder):
    # في جدة is where the minister was; the man after it is whom he received
    e = one(coder, "واستقبل وزير الخارجية في جدة سعيد الحربي.", "CONSULT", DAY)
    assert all("سعيد الحربي" not in a.entity_text for a in e.actor)


def test_a_name_in_apposition_to_the_title_after_it_still_takes_it(coder):
    e = one(coder, "التقى عبد اللطيف الزياني، الأمين العام لمجلس التعاون، وزير الخارجية "
            "البريطاني.", "CONSULT", DAY)
    assert [a.code for a in e.actor] == ["IGOPGSGCC"]


def test_an_ambassador_and_his_posting_before_his_name(coder):
    actors, recipients = _sides(one(
        coder, "والتقى سفير خادم الحرمين الشريفين لدى اليابان فيصل الغامدي وزير الخارجية "
        "الياباني.", "CONSULT", DAY))
    assert actors == [("SAU", "سفير خادم الحرمين الشريفين لدى اليابان فيصل الغامدي")]
    assert [code for code, _text in recipients] == ["JPN"]


def test_a_governor_in_his_office_is_not_the_name_after_it(coder):
    # في مكتبه is where he received; the man named after it is someone else
    e = one(coder, "واستقبل محافظ جدة في مكتبه مازن بترجي السفير الفرنسي.", "CONSULT", DAY)
    assert [(a.code, a.entity_text) for a in e.actor] == [("SAU", "محافظ جدة")]
