"""MOBILIZE: PLOVER coding of news-style sentences written for these tests."""

import pytest
from _plover import Case, check, params

T = "MOBILIZE"

CASES = {
    "troops_to_border": Case(
        "حشد الجيش التركي تعزيزات عسكرية على الحدود مع سوريا.",
        actor=[("TUR", "MIL")], recipient=[("SYR", None)], mode="troops"),
    "negated_deployment": Case(
        "لم تنشر روسيا قوات إضافية قرب الحدود الفنلندية.",
        actor=[("RUS", None)], recipient=[("FIN", None)], mode="troops", negated=True),
    "alert": Case(
        "رفع الجيش الإسرائيلي حالة التأهب على الحدود الشمالية.",
        actor=[("ISR", "MIL")], recipient=[], mode="troops"),
    "missile_test": Case(
        "أجرت كوريا الشمالية تجربة صاروخية جديدة.",
        actor=[("PRK", None)], recipient=[], mode="weapons"),
    "security_deployment": Case(
        "نشرت الشرطة المصرية تعزيزات أمنية في ميدان التحرير.",
        actor=[("EGY", "COP")], recipient=[], mode="police"),
    "recruit_fighters": Case(
        "جندت حركة الشباب مئات المقاتلين في جنوب الصومال.",
        actor=[("SOM", "REB")], recipient=[], mode="militia"),
    "reported_anonymous": Case(
        "قالت مصادر عسكرية إن الجيش الجزائري نشر قوات إضافية على الحدود مع مالي.",
        actor=[("DZA", "MIL")], recipient=[("MLI", None)], mode="troops",
        attribution="anonymous_source"),
    "future_deployment": Case(
        "ستنشر الولايات المتحدة ألفي جندي إضافي في بولندا.",
        actor=[("USA", None)], recipient=[], mode="troops", modality="future"),
    "coordinated_exercises": Case(
        "أجرت روسيا والصين مناورات عسكرية في بحر اليابان.",
        actor=[("RUS", None), ("CHN", None)], recipient=[], mode="troops"),
    "passive_reinforcements": Case(
        "تم إرسال تعزيزات عسكرية سورية إلى ريف إدلب.",
        actor=[("SYR", "MIL")], recipient=[], mode="troops"),
    "media_reinforcements": Case(
        "ذكرت وكالة الأنباء العراقية أن الجيش العراقي أرسل تعزيزات عسكرية إلى كركوك.",
        actor=[("IRQ", "MIL")], recipient=[], mode="troops", attribution="media"),
}

XFAIL = {
    "negated_deployment":
        "a nisba on a place noun (الحدود الفنلندية) is not read as the recipient",
    "recruit_fighters": "the mobilised fighters (the object) are taken as the recipient",
    "passive_reinforcements":
        "a nisba after a pattern trigger (إرسال تعزيزات سورية) is not its actor",
}


@pytest.mark.parametrize("case", params(CASES, XFAIL))
def test_mobilize(coder, case):
    check(coder, T, case)
