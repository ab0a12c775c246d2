"""Precision on unseen news, seventeenth audit (2026-11-26, docs/EVALUATION.md "Seventeenth
precision audit", branch prec18): more columns are told from their text: the footers of
الرياض («لمراسلة الكاتب») and عكاظ («للتواصل أرسل sms»), a writer's signature (an e-mail
address or a handle alone on one of the last lines) and the writer speaking of the column in
its body (في هذا المقال, في مقالة سابقة, عبر هذه الزاوية); a definite verbal noun of agreeing,
cooperating or investigating after the purpose «لـ» (للتوصل إلى اتفاق, للتنسيق مع, للتحقيق
في) is an aim, not an event.

Sentences are written for these tests; each rule has a close control that must not change.
"""

import datetime as dt

import pytest
from _coding import event_types

D17 = dt.date(2015, 8, 11)
GENERIC = "إن المتطرفين يفجرون دور العبادة ويقتلون الأبرياء بلا رحمة."
VISIT = "واستقبل الملك سلمان الرئيس المصري عبد الفتاح السيسي في الرياض."


def test_the_generic_sentence_is_an_event_outside_a_column(coder):
    assert "ASSAULT" in event_types(coder, GENERIC, D17)


@pytest.mark.parametrize("ending", [
    "\n لمراسلة الكاتب: writer@example.net \n",                      # الرياض's footer
    "\nللتواصل أرسل sms إلى 88000 تبدأ بالرمز 120 مسافة ثم الرسالة\n",  # عكاظ's footer
    "\n\nsome.writer@example.com\n",                                 # a signature: an e-mail
    "\nتويتر: @some_writer\n",                                       # a signature: a handle
])
def test_column_endings_drop_events_with_no_coded_party(coder, ending):
    assert "ASSAULT" not in event_types(coder, GENERIC + ending, D17)
    # a column keeps the events that name a coded party
    assert "CONSULT" in event_types(coder, VISIT + ending, D17)


@pytest.mark.parametrize("voice", [
    "وسأتناول في هذا المقال ما جرى.",
    "وكما بينت في مقالة سابقة فإن الأمر خطير.",
    "وقد قلت عبر هذه الزاوية إن الخطر قائم.",
])
def test_the_writer_on_the_column_makes_it_a_column(coder, voice):
    assert "ASSAULT" not in event_types(coder, voice + " " + GENERIC, D17)
    # nothing after the writer's words is a footer's title: a coded party's event stays
    assert "CONSULT" in event_types(coder, voice + " " + VISIT, D17)


def test_an_address_inside_a_sentence_is_no_signature(coder):
    text = GENERIC + "\nويمكن الاستفسار عبر البريد الإلكتروني info@example.org خلال الدوام.\n"
    assert "ASSAULT" in event_types(coder, text, D17)


@pytest.mark.parametrize("text, event, kept", [
    # a definite verbal noun with the purpose «لـ»: what is sought
    ("وتمنح هذه الخطوة الحكومة نفوذا أكبر للتوصل إلى اتفاق مع المعارضة.", "AGREE", False),
    ("وتوصل الطرفان إلى اتفاق سلام أمس في الدوحة.", "AGREE", True),
    ("وأرسلت الوزارة فريقا من الخبراء للتحقيق في الحادث.", "ACCUSE", False),
    ("وفتحت الشرطة تحقيقا في الحادث أمس.", "ACCUSE", True),
    ("ولم تعين الحكومة مبعوثا جديدا للتنسيق مع المعارضة.", "COOPERATE", False),
    # other types with «لـ» stay: criticised, thanks for a cooperation
    ("وتعرض الوزير للانتقاد من النواب.", "ACCUSE", True),
    ("وأعرب الوزير عن شكره للتعاون القائم بين البلدين.", "SUPPORT", True),
])
def test_aims(coder, text, event, kept):
    assert (event in event_types(coder, text, D17)) == kept
