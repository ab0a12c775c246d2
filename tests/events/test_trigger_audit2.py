"""Second trigger audit on unseen SaudiNewsNet days (issues 4 and 9; 2026-11-25,
docs/EVALUATION.md "Trigger audit on unseen news", second audit).

Each group has sentences where the candidate must go (or change modality) and controls where
the same word reports an asserted event and must stay. Sentences are written for these tests.
"""

import pytest
from _coding import code, event_types


def _modality(coder, text, event):
    mods = [e.modality for e in code(coder, text) if e.event == event]
    assert mods, f"no {event} in {text!r}"
    return mods[0]


@pytest.mark.parametrize("text, absent", [
    # وفقا / وفق («according to») is no passive of وافق (agreed)
    ("ووفقا لوكالة الأنباء المحلية، شهدت المدينة أمطارا غزيرة أمس.", "AGREE"),
    ("وفقاً للتقرير السنوي، ارتفعت صادرات البلاد بنسبة عشرة في المئة.", "AGREE"),
    ("وسيتم التسجيل وفق الجدول الزمني المعلن.", "AGREE"),
    # احتل المرتبة / المركز: a ranking, not an occupation
    ("واحتلت الإمارات المرتبة الثانية في مؤشر التنافسية.", "COERCE"),
    ("وتحتل المملكة المركز الأول عربيا في عدد براءات الاختراع.", "COERCE"),
    ("واحتل قطاع البناء المركز الثالث بين القطاعات الأكثر نموا.", "COERCE"),
    # a festival, contest or exhibition run «in cooperation with» a society or company,
    # a fair visited, a singer hosted
    ("واختتمت مسابقة الشعر الشعبي التي نظمتها البلدية بالتعاون مع جمعية الثقافة.",
     "COOPERATE"),
    ("وينظم المهرجان بالتنسيق مع شركة سياحية رحلات يومية للزوار.", "COOPERATE"),
    ("وحظي المعرض بزيارة مئات الطلاب خلال يومه الأول.", "CONSULT"),
    ("واستضافت الأمسية الشعرية شاعرين من المنطقة.", "CONSULT"),
    # more inflected sense words of a club story (agreed to a transfer, demands of a club,
    # thanks to the board, friendly games)
    ("ووافقت إدارة النادي على انتقال المهاجم إلى فريق آخر قبل بداية الدوري.", "AGREE"),
    ("وتطالب إدارة النادي الاتحاد بتأجيل مباراة الفريق الأولى.", "REQUEST"),
    ("وتوجه رئيس النادي بالشكر إلى اللاعبين والجهاز الفني.", "SUPPORT"),
    ("وخاض المنتخب ثلاث لقاءات ودية خلال معسكره في النمسا.", "CONSULT"),
])
def test_no_event(coder, text, absent):
    assert absent not in event_types(coder, text)


@pytest.mark.parametrize("text, present", [
    # the verb and its other senses still code
    ("ووافق البرلمان على الاتفاقية الأمنية مع الأردن.", "AGREE"),
    ("واحتلت القوات الإسرائيلية أراضي في الضفة الغربية.", "COERCE"),
    ("واحتل المسلحون مبنى المركز الثقافي في المدينة.", "COERCE"),
    # بالتعاون مع outside a festival or a fair
    ("وأعلنت وزارة الدفاع أنها نفذت عمليات ضد المهربين بالتعاون مع الجيش الأردني.",
     "COOPERATE"),
    ("وزار وزير الخارجية الفرنسي القاهرة والتقى الرئيس المصري.", "CONSULT"),
])
def test_events_stay(coder, text, present):
    assert present in event_types(coder, text)


@pytest.mark.parametrize("text, event", [
    # قد + imperfect in ي: «may»
    ("وقال الوزير إن المجلس قد يدعو إلى اجتماع طارئ لبحث الأزمة.", "REQUEST"),
    # ربما, من المرجح / المحتمل, من شأنه: a possibility
    ("ومن المرجح التوصل إلى اتفاق بين الطرفين قبل نهاية الشهر.", "AGREE"),
    ("وقال شهود إن المسلحين ربما قتلوا عشرة مدنيين في القرية.", "ASSAULT"),
    ("وقال المحلل إن الخطوة من شأنها أن تشعل قتالا بين الفصائل.", "ASSAULT"),
    # a condition after a future event in the same clause
    ("وقال المسؤول إن واشنطن ستفرض عقوبات جديدة على طهران إذا انتهكت الاتفاق.", "SANCTION"),
    ("وأكد أن بلاده ستقطع العلاقات مع الجارة في حال استمرت التدخلات.", "SANCTION"),
])
def test_possible_and_conditional_events_are_hypothetical(coder, text, event):
    assert _modality(coder, text, event) == "hypothetical"


@pytest.mark.parametrize("text, event, modality", [
    # قد before a perfect stresses that it happened
    ("وقد اعتقلت الشرطة ثلاثة مشتبه بهم في الهجوم.", "COERCE", "asserted"),
    # a future event whose condition is a new clause after a comma stays future
    ("وستفرض الحكومة عقوبات على المخالفين، وإذا تكرر ذلك ستغلق المحلات.", "SANCTION",
     "future"),
    # a past event followed by إذا stays asserted: only future or proposed events take the
    # condition that follows them
    ("وفرضت الحكومة عقوبات على الشركات لتعرف إذا كانت ستلتزم بالقرار.", "SANCTION",
     "asserted"),
])
def test_modality_controls(coder, text, event, modality):
    assert _modality(coder, text, event) == modality
