"""Precision on unseen news, nineteenth audit (2026-11-26, docs/EVALUATION.md "Nineteenth
precision audit: hard negatives", branch prec20): sentences that look political and report no
event. A programme or a course that «targets» its public (cue ``audience_objects``), what a
kind of act or a group «targets» in the present (الوطن, أمن, استقرار, مقدرات), a rule's
condition (يشترط لـ) and a statute's penalty (غرامة لا تقل عن), and «عبر الهاتف» alone
(how a report or a briefing came, no call between parties).

Sentences are written for these tests; each rule has a close control that must not change.
"""

import datetime as dt

import pytest
from _coding import event_types

D19 = dt.date(2015, 8, 10)


@pytest.mark.parametrize("text, event, kept", [
    # a programme's public is no target of an attack; attacks on the same words stay
    ("ونظمت الجمعية خلال الصيف فعاليات تستهدف شرائح مختلفة من سكان الحي.", "ASSAULT", False),
    ("وأطلقت الإدارة دورات تدريبية تستهدف المشرفين التربويين في المدارس.", "ASSAULT", False),
    ("وقال المدير إن الهيئة تستهدف مع الشركاء تنشيط السياحة الشتوية.", "ASSAULT", False),
    ("وقتل خمسة في هجوم انتحاري استهدف المتدربين في معسكر للشرطة.", "ASSAULT", True),
    ("واستهدف مسلحون مجهولون المشرفين على المعبر بنيران أسلحتهم.", "ASSAULT", True),
    # what a kind of act or a group aims at, in the present; the past attack stays
    ("وحذر المتحدث من الأعمال المشبوهة التي تستهدف الوطن ومقدراته.", "ASSAULT", False),
    ("وأكد أن هذه الجماعات تستهدف أمن البلاد واستقرارها.", "ASSAULT", False),
    ("وأدان الوزير الجريمة الإرهابية التي استهدفت أمن المملكة واستقرارها.", "ASSAULT", True),
    ("واستهدفت طائرات التحالف مواقع المتمردين في المدينة.", "ASSAULT", True),
    # a rule's condition is no demand; a party's demand stays
    ("وأوضح المتحدث أنه يشترط لصرف الإعانة أن يكون المتقدم مقيما في المنطقة.",
     "REQUEST", False),
    ("ويشترط في المتقدم ألا يقل عمره عن عشرين عاما.", "REQUEST", False),
    ("واشترط المتمردون الإفراج عن قادتهم قبل أي تفاوض.", "REQUEST", True),
    # a statute's penalty is no fine imposed; a court's fine stays
    ("وتنص اللائحة على معاقبة المخالفين بغرامة لا تقل عن ألف ريال.", "SANCTION", False),
    ("ويعاقب المخالف بغرامة مالية تصل إلى عشرة آلاف ريال.", "SANCTION", False),
    ("والقانون الجديد يفرض عقوبة على المخالفين قدرها مئة دينار.", "SANCTION", False),
    ("وفرضت المحكمة على الشركة غرامة قدرها مليون دولار.", "SANCTION", True),
    # «عبر الهاتف» alone: a report or a briefing by phone; a talk by phone stays
    ("وقالت الشرطة إنها تلقت بلاغا عبر الهاتف من أحد المارة.", "CONSULT", False),
    ("وقال المسؤول الأممي للصحفيين في إفادة عبر الهاتف إن الوضع صعب.", "CONSULT", False),
    ("وبحث وزير الخارجية عبر الهاتف مع نظيره الأردني تطورات الأوضاع.", "CONSULT", True),
    ("وتحدث الرئيس هاتفيا مع رئيس الوزراء البريطاني.", "CONSULT", True),
    ("ومن المرجح عقد مؤتمر عبر الهاتف لوزراء مالية منطقة اليورو اليوم.", "CONSULT", True),
])
def test_hard_negatives(coder, text, event, kept):
    assert (event in event_types(coder, text, D19)) is kept
