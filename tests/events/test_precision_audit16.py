"""Precision on unseen news, sixteenth audit (2026-11-26, docs/EVALUATION.md "Sixteenth
precision audit", branch prec17): a column (its footer: «مقالات أخرى للكاتب», «للتواصل مع
الكاتب») keeps only the events that name a coded party, and none of the titles in its
footer; an event noun after «all» or «every kind of» (وجميع الأعمال الإرهابية) is acts of
that kind in general; an abstraction (الإرهاب, المؤامرات) as the doer of a present verb is a
habit, not an event; «دعونا» + a first-person verb is «let us»; set phrases (الملتقى الدعوي,
النشاط الدعوي, ترامب بارك, اغتيال الأمل); «يحل … ضيفا على» names a fixture.

Sentences are written for these tests; each rule has a close control that must not change.
"""

import datetime as dt

import pytest
from _coding import event_types

D16 = dt.date(2015, 8, 10)
FOOTER = "\nللتواصل مع الكاتب ارسل رسالة SMS إلى الرقم"
GENERIC = "إن الإرهابيين يقتلون الأبرياء في كل مكان ولا يرحمون أحدا."


def test_column_drops_events_with_no_coded_party(coder):
    assert "ASSAULT" not in event_types(coder, GENERIC + FOOTER, D16)
    # control: the same sentence with no column footer (a short article keeps its events)
    assert "ASSAULT" in event_types(coder, GENERIC, D16)


def test_column_keeps_events_with_a_coded_party(coder):
    text = "واستقبل الملك سلمان الرئيس المصري عبد الفتاح السيسي في الرياض." + FOOTER
    assert "CONSULT" in event_types(coder, text, D16)


def test_titles_in_a_columns_footer_are_no_events(coder):
    footer = "تحية لرجال الأمن.\nمقالات أخرى للكاتبقراءة في زيارة الملك سلمان لمصرعن الصيف"
    assert event_types(coder, footer, D16) == []
    # control: the same titles with no footer's head before them
    assert "CONSULT" in event_types(coder, footer.replace("مقالات أخرى للكاتب", ""), D16)


@pytest.mark.parametrize("text, event, kept", [
    # «all» or «every kind of» before an event noun: acts of that kind in general
    ("وأدان الوزير هذا العمل الإجرامي وجميع الأعمال الإرهابية بكل صورها.", "ASSAULT", False),
    ("وتواصل الحكومة جهودها لمكافحة كافة أشكال التعاون مع العدو.", "COOPERATE", False),
    ("وأدان الوزير الأعمال الإرهابية التي شهدتها العاصمة أمس.", "ASSAULT", True),
    ("وأدان الوزير هذا العمل الإجرامي وجميع الأعمال الإرهابية بكل صورها.", "ACCUSE", True),
    # an abstraction as the doer of a present verb: a habit
    ("ويبقى الإرهاب والمؤامرات التي تستهدف الوطن عاجزة عن النيل منه.", "ASSAULT", False),
    ("وأكد المسؤول أن الحكومة تكافح الإرهاب الذي يهدد المنطقة.", "THREATEN", False),
    ("وقال الشيخ إن الإرهاب الذي استهدف المصلين في المسجد أمس جريمة نكراء.", "ASSAULT", True),
    # «let us»
    ("ولكن دعونا ننظر إلى الأمر من زاوية أخرى ونتحاور بهدوء.", "REQUEST", False),
    ("وقال الوزير: دعونا جميع الأطراف إلى الحوار في جنيف.", "REQUEST", True),
    # set phrases: preaching, a building, a metaphor
    ("ويدعم المركز النشاط الدعوي بين الجاليات.", "ACCUSE", False),
    ("ورفض القاضي الدعوى التي أقامها التاجر ضد البلدية.", "REJECT", True),
    ("ونزل الوفد في فندق ترامب بارك في مانهاتن.", "SUPPORT", False),
    ("وحاولت الجماعات المتطرفة اغتيال الأمل في نفوس الشباب.", "ASSAULT", False),
    ("وحاول مسلحون اغتيال الوزير في العاصمة.", "ASSAULT", True),
    # a fixture: يحل … ضيفا على
    ("ويحل فريق الفيصلي ضيفا على الوحدة مساء الخميس في المرحلة الثالثة.", "CONSULT", False),
    ("ويلتقي وزير الخارجية نظيره الروسي مساء الخميس في موسكو.", "CONSULT", True),
])
def test_generic_and_senses(coder, text, event, kept):
    assert (event in event_types(coder, text, D16)) == kept
