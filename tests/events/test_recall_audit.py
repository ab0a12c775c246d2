"""Recall faults found by the recall audit on unseen SaudiNewsNet days (2026-11-25,
docs/EVALUATION.md "Recall audit on unseen news").

1. A condemnation, rejection, denial or threat told as a circumstantial participle after the
   verb of saying (وقال … منددا/رافضا/نافيا/متوعدا …, the ḥāl construction) was no trigger:
   only the finite verbs were listed. Praise and calls (مشيدا, داعيا) are left out: on unseen
   news they were mostly said by speakers with no political role (festivals, job notices).
2. Security measures tightened or reinforced (تشديد/تعزيز الإجراءات الأمنية) raise the police
   alert (MOBILIZE police, CAMEO 151): only «تشديد أمني» and deployments were listed.
3. ضبط with a person as its object is an arrest in police news (ضبطت الشرطة المتهمين, تم
   ضبطهم); alone it is also control (ضبط النفس, ضبط الأسعار) or a seizure of goods.

Sentences are written for these tests; each group has controls that must not change.
"""

import pytest
from _plover import events_of as _events


@pytest.mark.parametrize("text, event_type, actor", [
    ("وتحدث الرئيس الفرنسي أمس منددا بالاعتداء على الكنيسة.", "ACCUSE", "FRA"),
    ("وعلقت الخارجية الكويتية على الحادث منددة باستهداف المصلين.", "ACCUSE", "KWT"),
    ("وقال الرئيس السوداني نافيا الاتهامات الموجهة إلى حكومته.", "REJECT", "SDN"),
    ("وأصدرت الحكومة الليبية بيانا نافية وجود قوات أجنبية على أراضيها.", "REJECT", "LBY"),
    ("وتحدث رئيس الوزراء اللبناني رافضا أي تدخل في شؤون بلاده.", "REJECT", "LBN"),
    ("وقال الرئيس اليمني متوعدا المتمردين بالهزيمة.", "THREATEN", "YEM"),
])
def test_circumstantial_participle_is_the_speech_act(coder, text, event_type, actor):
    evs = _events(coder, text, event_type)
    assert evs, text
    assert any(a.code == actor for e in evs for a in e.actor), [e.actor for e in evs]


@pytest.mark.parametrize("text, event_type", [
    # 2. security measures tightened or reinforced
    ("وتم تشديد الإجراءات الأمنية في محيط المطار بعد التهديدات.", "MOBILIZE"),
    ("وعززت الشرطة الفرنسية التدابير الأمنية حول المعابد اليهودية.", "MOBILIZE"),
    ("وأمرت وزارة الداخلية الكويتية بتعزيز الإجراءات الأمنية في المساجد.", "MOBILIZE"),
    # 3. ضبط of persons
    ("وتمكنت شرطة دبي من ضبط المتهمين بسرقة المصرف خلال ساعات.", "COERCE"),
    ("وضبطت الشرطة المغربية عصابة لتهريب المهاجرين قرب طنجة.", "COERCE"),
    ("وأحبط حرس الحدود الأردني محاولة تسلل عشرة أشخاص وتم ضبطهم قرب الحدود.", "COERCE"),
])
def test_found(coder, text, event_type):
    assert _events(coder, text, event_type), text


@pytest.mark.parametrize("text, absent", [
    # 1. the participles left out
    ("وقال مدير المهرجان مشيدا بالفقرات المتنوعة إن الحضور كان كبيرا.", "SUPPORT"),
    ("وكتب المستخدم كلمة «مرحبا» في التطبيق.", "SUPPORT"),
    ("وقال مدير الشؤون الإدارية داعيا المرشحين إلى مراجعة الموقع الإلكتروني.", "REQUEST"),
    ("ولو كانت الدولة شخصا مدينا لأعلنت إفلاسها.", "ACCUSE"),
    # 2. security measures only named
    ("وناقش المجلس الإجراءات الأمنية المتبعة في المطارات منذ سنوات.", "MOBILIZE"),
    ("وتشمل الخطة تبسيط الإجراءات الإدارية في الموانئ.", "MOBILIZE"),
    # 3. ضبط without a person
    ("ودعا الوزير الأردني الأطراف إلى ضبط النفس.", "COERCE"),
    ("وقررت الحكومة المصرية ضبط أسعار السلع الأساسية.", "COERCE"),
    ("وتم ضبط كميات كبيرة من الأغذية الفاسدة في أحد المستودعات.", "COERCE"),
])
def test_left_alone(coder, text, absent):
    assert not _events(coder, text, absent)
