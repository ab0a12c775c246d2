"""Precision by type, the conflictual types (2026-11-26, docs/EVALUATION.md "Precision by type:
the conflictual types", branch prec22): a danger is no threat (يهدد الأمن القومي, تشكل تهديدا
للإنتاج, الذي يهدده الفشل; cue ``endangered_objects``), a refusal or a denial in service news
with no political counterpart is how the service is run (رفض المستشفى استقبالها, نفت الجامعة;
``SERVICE_TYPES``), and a coach's «مناورة» on the pitch is a drill (cue ``sports_senses``).

Sentences are written for these tests; each rule has a close control that must not change.
"""

import datetime as dt

import pytest
from _coding import event_types

D22 = dt.date(2015, 8, 10)


@pytest.mark.parametrize("text, event, kept", [
    # a danger to security, to a livelihood, to a programme: nobody threatens anybody
    ("وقال الوزير إن تهريب المخدرات يهدد الأمن القومي للبلاد.", "THREATEN", False),
    ("وقالت الهيئة إن الجراد يشكل تهديدا للإنتاج الزراعي في الوادي.", "THREATEN", False),
    ("وتعثر مشروع تدريب المقاتلين الذي يهدده الفشل منذ أشهر.", "THREATEN", False),
    ("وأكد المسؤول أن الأسلاك المكشوفة تهدد حياة السكان في الحي.", "THREATEN", False),
    # a threat with its content, or against a party, stays
    ("وهدد زعيم الجماعة الحكومة بالتصعيد العسكري.", "THREATEN", True),
    ("وهددت كوريا الشمالية بقصف مكبرات الصوت على الحدود.", "THREATEN", True),
    ("وتوعد قائد الجيش المتمردين بالملاحقة حتى معاقلهم.", "THREATEN", True),
    # a hospital's, a university's or an office's refusal or denial is the service's business
    ("وقال الأب إن المستشفى رفض استقبال ابنته رغم حالتها الصحية.", "REJECT", False),
    ("ونفت جامعة تبوك ما تداوله المغردون عن تأخير صرف مكافآت الطلاب.", "REJECT", False),
    ("ورفضت البلدية طلب المواطن ترخيص المحل التجاري.", "REJECT", False),
    # a state's or a group's refusal stays, in service news too
    ("ورفضت إيران مشروع القرار الأمريكي في مجلس الأمن.", "REJECT", True),
    ("ورفضت حركة حماس مقترح الهدنة الذي قدمته مصر.", "REJECT", True),
    ("ورفضت مصر طلب إسرائيل نقل المرضى عبر المعبر.", "REJECT", True),
    ("ورفضت المحكمة الإدارية دعوى المعلم ضد إدارة التعليم.", "REJECT", True),
    # members of parliament are political actors, whatever service they talk about (main,
    # session 11: political_context)
    ("رفض البرلمانيون زيادة أسعار الخدمات في المستشفيات والمدارس.", "REJECT", True),
    # a drill on the pitch is no manoeuvre; an army's manoeuvres stay
    ("وأجرى مدرب الفريق مناورة على كامل الملعب شارك فيها جميع اللاعبين.", "MOBILIZE", False),
    ("وأجرى الجيش المصري مناورة عسكرية بالذخيرة الحية قرب الحدود.", "MOBILIZE", True),
])
def test_conflictual_types(coder, text, event, kept):
    assert (event in event_types(coder, text, D22)) is kept
