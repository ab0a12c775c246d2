"""REJECT: PLOVER coding of news-style sentences written for these tests."""

import pytest
from _plover import Case, check, params

T = "REJECT"

CASES = {
    "reject_proposal": Case(
        "رفضت حركة حماس المقترح الإسرائيلي لوقف إطلاق النار.",
        actor=[("PSE", "REB")], recipient=[("ISR", None)], mode="yield"),
    "reject_dialogue": Case(
        "رفض الجيش السوداني الحوار مع قوات الدعم السريع.",
        actor=[("SDN", "MIL")], recipient=[("SDN", "REB")], mode="meet"),
    "negated_reject": Case(
        "لم ترفض الحكومة اللبنانية طلب صندوق النقد الدولي.",
        actor=[("LBN", "GOV")], recipient=[("IGOBUSIMF", None)], negated=True),
    "reported_rejection": Case(
        "قال مسؤولون إيرانيون إن طهران رفضت الشروط الأمريكية.",
        actor=[("IRN", "GOV")], recipient=[("USA", None)], attribution="official"),
    "veto": Case(
        "استخدمت روسيا حق النقض ضد مشروع قرار في مجلس الأمن.",
        actor=[("RUS", None)], recipient=[], mode="yield"),
    "coordinated_rejection": Case(
        "رفضت مصر والأردن تهجير الفلسطينيين من قطاع غزة.",
        actor=[("EGY", None), ("JOR", None)], recipient=[]),
    "future_refusal": Case(
        "سترفض الحكومة الإسرائيلية أي مبادرة لإقامة دولة فلسطينية.",
        actor=[("ISR", "GOV")], recipient=[], mode="meet", modality="future"),
    "reject_mediation": Case(
        "رفضت إثيوبيا الوساطة السودانية في نزاع الحدود.",
        actor=[("ETH", None)], recipient=[("SDN", None)], mode="meet"),
    "reject_reform_demands": Case(
        "رفض البرلمان الكويتي مطالب الإصلاح الاقتصادي.",
        actor=[("KWT", "LEG")], recipient=[], mode="change"),
    "refuse_cooperation": Case(
        "رفضت كوريا الشمالية التعاون مع الوكالة الدولية للطاقة الذرية.",
        actor=[("PRK", None)], recipient=[("IGOUNOIAE", None)], mode="assist"),
}

XFAIL = {
    "reject_proposal":
        "a nisba on a non-actor object noun (الهجوم الإسرائيلي) is not read as the recipient",
    "coordinated_rejection":
        "the object of the rejected act (تهجير الفلسطينيين) is taken as recipient",
    "reject_mediation":
        "a nisba on a non-actor object noun (الهجوم الإسرائيلي) is not read as the recipient",
}


@pytest.mark.parametrize("case", params(CASES, XFAIL))
def test_reject(coder, case):
    check(coder, T, case)
