"""Precision by type on unseen news, the cooperative types (2026-11-26, docs/EVALUATION.md
"Precision by type: the cooperative types", branch prec21): God answering a prayer is no
CONCEDE, «تركيزي منصب على» (my focus is on) is no resignation, a referee disallowing a goal
cancels no ruling, «ينسحب الأمر على» (the same applies to)
withdraws nothing, and a pipeline named is no COOPERATE.

Sentences are written for these tests; each rule has a close control that must not change.
"""

import datetime as dt

import pytest
from _coding import event_types

D21 = dt.date(2015, 8, 10)


@pytest.mark.parametrize("text, event, kept", [
    # God answered the prayers; a government answering demands stays
    ("وقال الشيخ إن الله استجاب لدعاء أهل المدينة بعد سنوات من الحصار.", "CONCEDE", False),
    ("وأضاف المواطن: استجاب الله دعاءنا ونزل المطر.", "CONCEDE", False),
    ("واستجابت الحكومة لمطالب المحتجين في العاصمة.", "CONCEDE", True),
    # «تركيزي منصب على» is the focus; leaving a post stays
    ("وقال المهاجم: تركيزي منصب على المباراة المقبلة مع الفريق.", "RETREAT", False),
    ("وكان التركيز منصبا على ملف الانتخابات في الاجتماع.", "RETREAT", False),
    ("وترك الوزير منصبه بعد أشهر من الاحتجاجات.", "RETREAT", True),
    # a referee disallowing a goal; a court cancelling a ruling stays
    ("وألغى الحكم هدفا للفريق الضيف بداعي التسلل.", "CONCEDE", False),
    ("وألغت المحكمة العليا الحكم الصادر بحق المعارض.", "CONCEDE", True),
    # «ينسحب الأمر على» applies; troops withdrawing stay
    ("وتمنع اللائحة الاتحاد من المشاركة، وينسحب الأمر أيضا على الأندية.", "RETREAT", False),
    ("وانسحبت القوات الحكومية من المدينة بعد المعارك.", "RETREAT", True),
    # a pipeline is a thing; a pipeline deal stays a cooperation
    ("وأغلق مسلحون خط الأنابيب الذي ينقل النفط إلى الميناء.", "COOPERATE", False),
    ("ويمتد خط أنابيب الغاز من الحقل إلى الساحل.", "COOPERATE", False),
    ("ووقعت روسيا وتركيا صفقة لمد خط أنابيب للغاز.", "COOPERATE", True),
])
def test_cooperative_type_senses(coder, text, event, kept):
    assert (event in event_types(coder, text, D21)) is kept, event_types(coder, text, D21)
