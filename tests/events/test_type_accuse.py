"""ACCUSE: PLOVER coding of news-style sentences written for these tests."""

import datetime as dt

import pytest
from _coding import code
from _plover import Case, check, params

T = "ACCUSE"

CASES = {
    "condemn": Case(
        "أدانت وزارة الخارجية السعودية الهجوم الإسرائيلي على مخيم جنين.",
        actor=[("SAU", "GOV")], recipient=[("ISR", None)], mode="disapprove"),
    "accuse_verb": Case(
        "اتهمت إيران الولايات المتحدة بزعزعة استقرار المنطقة.",
        actor=[("IRN", None)], recipient=[("USA", None)], mode="allege"),
    "negated_accusation": Case(
        "لم تتهم الحكومة العراقية أي جهة بالوقوف وراء التفجير.",
        actor=[("IRQ", "GOV")], recipient=[], mode="allege", negated=True),
    "criticize": Case(
        "انتقد الرئيس الفرنسي إيمانويل ماكرون الحكومة الإسرائيلية.",
        actor=[("FRA", "GOV")], recipient=[("ISR", "GOV")], mode="disapprove"),
    "coordinated_condemnation": Case(
        "أدانت مصر والأردن اقتحام المسجد الأقصى.",
        actor=[("EGY", None), ("JOR", None)], recipient=[], mode="disapprove"),
    "investigate": Case(
        "فتحت النيابة العامة المصرية تحقيقا في وفاة الطالب.",
        actor=[("EGY", "JUD")], recipient=[], mode="investigate"),
    "reported_accusation": Case(
        "قال المتحدث باسم الجيش الأوكراني إن روسيا تتهم كييف زورا بقصف المدنيين.",
        actor=[("RUS", None)], recipient=[("UKR", "GOV")], mode="allege",
        attribution="official", attribution_code="UKR"),
    "concern": Case(
        "أعربت الأمم المتحدة عن قلقها البالغ إزاء التصعيد في السودان.",
        actor=[("IGOUNO", None)], recipient=[], mode="disapprove"),
    "lawsuit": Case(
        "رفعت جنوب أفريقيا دعوى قضائية ضد إسرائيل أمام محكمة العدل الدولية.",
        actor=[("ZAF", None)], recipient=[("ISR", None)], mode="allege"),
    "passive_charges": Case(
        "تم توجيه اتهامات بالفساد إلى وزير الزراعة اللبناني.",
        actor=[], recipient=[("LBN", "GOV")], mode="allege"),
    "ngo_report": Case(
        "اتهمت منظمة العفو الدولية قوات الأمن الإيرانية بتعذيب المعتقلين.",
        actor=[("NGOHRIAMN", None)], recipient=[("IRN", "COP")], mode="allege"),
    # «attack» between officials, clerics or states is criticism (CAMEO 111), not force
    "verbal_attack_noun": Case(
        "شن رجل الدين الشيعي البارز هجوما حادا على الحكومة العراقية.",
        actor=[(None, "REL")], recipient=[("IRQ", "GOV")], mode="disapprove"),
    "verbal_attack_verb": Case(
        "هاجم وزير الخارجية الإيراني الولايات المتحدة في مؤتمر صحفي.",
        actor=[("IRN", "GOV")], recipient=[("USA", None)], mode="disapprove"),
}

XFAIL = {
    "coordinated_condemnation":
        "a place noun in the object (اقتحام المسجد) is taken as the recipient",
    "investigate": "the في complement of an investigation (في وفاة الطالب) is taken as its target",
}


@pytest.mark.parametrize("case", params(CASES, XFAIL))
def test_accuse(coder, case):
    check(coder, T, case)


@pytest.mark.parametrize("text", [
    "هاجم مسلحون مجهولون مسؤولا حكوميا في الموصل.",  # armed actor: force
    "شن الجيش التركي هجوما على مواقع حزب العمال الكردستاني.",
    "هاجمت الشرطة المتظاهرين في القاهرة.",
])
def test_attacks_by_armed_actors_stay_assault(coder, text):
    types = [e.event for e in code(coder, text, dt.date(2023, 8, 25))]
    assert types == ["ASSAULT"]
