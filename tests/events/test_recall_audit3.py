"""Recall faults found by the third recall audit on unseen SaudiNewsNet days (2026-11-26,
docs/EVALUATION.md "Third recall audit").

1. Condolences and congratulations told in the set phrases of official statements were missed:
   «عبر/رفع … عن عزائه / خالص العزاء» (العزاء was no trigger word, and عبر, رفع no verbs of the
   pattern), «أحر/أصدق/خالص التهاني» far from its verb (a definite noun with no argument reads as
   a reference) and «نعزي …». Not عزى, يعزي, تعزي: with ى read as ي they are also عزا
   «attributed» and يُعزى.
2. Solidarity told as «أكد … وقوف X مع Y» (only «… إلى جانب» was listed).
3. Arrests told as «تم ضبط … مخالفين/مخالفا» or «أطاحت الشرطة بعصابة …»; not the generic
   «ضبط المخالفين» of a body's duties, nor «ضبط مخالفة» (a violation recorded).
4. A joint press conference, or one held with a counterpart, is a meeting; a press conference
   alone is not.

Sentences are written for these tests; each group has controls that must not change.
"""

import pytest
from _plover import events_of as _events


@pytest.mark.parametrize("text, event_type", [
    # 1. condolences and congratulations
    ("وعبر رئيس الوزراء المغربي في برقية بعث بها أمس عن عزائه لأسر ضحايا الحريق.", "SUPPORT"),
    ("ورفع أمير المنطقة خالص العزاء إلى ملك البحرين في ضحايا الانفجار.", "SUPPORT"),
    ("وأعرب الرئيس التونسي باسمه واسم حكومة وشعب تونس عن أحر التهاني وأطيب التمنيات بالصحة "
     "والسعادة للرئيس الجزائري.", "SUPPORT"),
    ("وقال رئيس البرلمان الأردني في بيان: نعزي الشعب المصري في ضحايا القطار.", "SUPPORT"),
    # 2. solidarity
    ("وأكد وزير الخارجية الكويتي وقوف بلاده مع الأردن في مواجهة الإرهاب.", "SUPPORT"),
    # 3. arrests
    ("وتم ضبط أربعين مخالفا لنظام الإقامة خلال حملة أمنية في جدة.", "COERCE"),
    ("وأطاحت شرطة الرياض بعصابة متخصصة في سرقة السيارات.", "COERCE"),
    # 4. a joint press conference
    ("وقال وزير الخارجية الأردني في مؤتمر صحفي مشترك مع نظيره التركي إن البلدين متفقان.",
     "CONSULT"),
])
def test_found(coder, text, event_type):
    assert _events(coder, text, event_type), text


@pytest.mark.parametrize("text, absent", [
    # 1. عزا «attributed»
    ("وعزى الخبراء ارتفاع الأسعار إلى زيادة الطلب على الإسمنت.", "SUPPORT"),
    ("ويعزى تراجع المبيعات إلى ارتفاع درجات الحرارة.", "SUPPORT"),
    # 3. a body's duties, and violations recorded
    ("وتعمل إدارة المرور على ضبط المخالفين وتسهيل حركة السير.", "COERCE"),
    ("وتم ضبط خمس عشرة مخالفة في المحلات التجارية بالحي.", "COERCE"),
    # 4. a press conference alone
    ("وعقد مدرب المنتخب مؤتمرا صحفيا في الفندق.", "CONSULT"),
])
def test_not_found(coder, text, absent):
    assert not _events(coder, text, absent), (text, _events(coder, text, absent))
