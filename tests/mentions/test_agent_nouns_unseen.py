"""Agent nouns found as uncoded subjects and objects on unseen news (branch `agents2`):
families, the wounded, the accused and suspects, perpetrators, putschists, the staff of a body,
the Saudi passports directorate and special emergency forces. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_actors import actors

from hadath.api import code


@pytest.mark.parametrize(("text", "want"), [
    ("وصل ذوو المفقودين إلى مبنى المحافظة صباحا", ("ذوو", None, "CVL")),
    ("وقدم الوزير تعازيه لذويهم في المنزل", ("ذويهم", None, "CVL")),
    ("زار المحافظ مصابي الانفجار في المستشفى", ("مصابي", None, "CVL")),
    ("أفرجت المحكمة أمس عن المتهمين في القضية", ("المتهمين", None, "CRM")),
    ("أوقفت الشرطة المشتبه بهم في السرقة", ("المشتبه", None, "CRM")),
    ("تمكنت الدورية من القبض على الجاني فجرا", ("الجاني", None, "CRM")),
    ("طالب النواب بمحاسبة مرتكبي التفجير", ("مرتكبي", None, "UAF")),
    ("وما زالت الشرطة تبحث عن منفذي الهجوم", ("منفذي", None, "UAF")),
    ("وزرع الانقلابيون الألغام في الطرقات", ("الانقلابيون", None, "REB")),
    ("ودعت الجوازات المسافرين إلى الحضور مبكرا", ("الجوازات", "SAU", "GOV")),
    ("وأصيب عدد من منسوبي قوة الطوارئ الخاصة", ("منسوبي قوة الطوارئ الخاصة", None, "COP")),
])
def test_agent_nouns_of_unseen_news(coder, text, want):
    assert want in actors(coder, text), actors(coder, text)


def test_staff_take_the_sector_of_their_body(coder):
    assert ("منسوبي الجامعة", None, "EDU") in actors(coder, "كرم المدير منسوبي الجامعة المتميزين")


@pytest.mark.parametrize("text", [
    "ارتفع منسوب المياه في السد",              # the singular is a level
    "جدد المواطن جوازات السفر لأبنائه",        # the documents, not the directorate
    "هاجموا الكاتب متهمين إياه بالخيانة",      # an indefinite participle, not the accused
])
def test_words_that_name_no_one_here(coder, text):
    got = actors(coder, text)
    assert not [a for a in got if a[2] in ("CRM", "GOV", "CVL") and
                any(w in a[0] for w in ("منسوب", "جوازات", "متهمين"))], got


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), [
    ("ألقت الشرطة القبض على المشتبه به أمس.", "COERCE", "COP", "CRM"),
    ("وقدم الأمير التعازي لذوي المفقودين في منازلهم.", "SUPPORT", "GOV", "CVL"),
    ("وأعرب ذوو المفقودين عن شكرهم للأمير على اهتمامه.", "SUPPORT", "CVL", "GOV"),
])
def test_the_new_agents_fill_an_empty_side(coder, text, event, actor, recipient):
    found = [e for e in code(text, "2015-08-10") if e.event == event]
    assert found, text
    assert [a.sector for a in found[0].actor] == [actor]
    assert [a.sector for a in found[0].recipient] == [recipient]
