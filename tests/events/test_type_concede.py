"""CONCEDE: PLOVER coding of news-style sentences written for these tests."""

import pytest
from _plover import Case, check, params

T = "CONCEDE"

CASES = {
    "pardon": Case(
        "أصدر الرئيس التونسي عفوا عن مئات السجناء.",
        actor=[("TUN", "GOV")], recipient=[("TUN", "CVL")]),
    "concessions": Case(
        "قدمت الحكومة الإثيوبية تنازلات لجبهة تحرير تيغراي.",
        actor=[("ETH", "GOV")], recipient=[("ETH", "REB")]),
    "negated_concession": Case(
        "لن تتنازل أوكرانيا عن أي جزء من أراضيها لروسيا.",
        actor=[("UKR", None)], recipient=[("RUS", None)], negated=True, modality="future"),
    "respond_to_demands": Case(
        "استجابت الحكومة الأردنية لمطالب المعلمين المضربين.",
        actor=[("JOR", "GOV")], recipient=[("JOR", "EDU")]),
    "ease_restrictions": Case(
        "خففت السلطات الصينية القيود على سفر المواطنين.",
        actor=[("CHN", "GOV")], recipient=[("CHN", "CVL")]),
    "reverse_decision": Case(
        "تراجعت الحكومة الفرنسية عن قرار رفع سن التقاعد.",
        actor=[("FRA", "GOV")], recipient=[]),
    "end_strike": Case(
        "أنهى عمال المناجم في تشيلي إضرابهم بعد اتفاق مع الحكومة.",
        actor=[("CHL", "LAB")], recipient=[("CHL", "GOV")]),
    "reported_pardon": Case(
        "ذكرت وكالة الأنباء الرسمية أن العاهل المغربي أصدر عفوا عن صحفيين معتقلين.",
        actor=[("MAR", "GOV")], recipient=[("MAR", "JRN")], attribution="media"),
    "coordinated_concede": Case(
        "تنازلت مصر والسعودية عن مطالبهما الحدودية.",
        actor=[("EGY", None), ("SAU", None)], recipient=[]),
    "passive_pardon": Case(
        "تم إصدار عفو رئاسي عن المعارض السوري.",
        actor=[], recipient=[("SYR", "OPP")]),
}

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, XFAIL))
def test_concede(coder, case):
    check(coder, T, case)
