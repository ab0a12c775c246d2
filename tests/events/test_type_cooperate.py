"""COOPERATE: PLOVER coding of news-style sentences written for these tests."""

import pytest
from _plover import Case, check, params

T = "COOPERATE"

CASES = {
    "cooperate_with": Case(
        "تعاونت الشرطة المغربية مع الشرطة الإسبانية في تفكيك شبكة لتهريب المخدرات.",
        actor=[("MAR", "COP")], recipient=[("ESP", "COP")]),
    "joint_exercises": Case(
        "أجرى الجيش المصري مناورات مشتركة مع الجيش السعودي في البحر الأحمر.",
        actor=[("EGY", "MIL")], recipient=[("SAU", "MIL")]),
    "coordinated_joint_patrols": Case(
        "سيرت روسيا وتركيا دوريات مشتركة في ريف حلب.",
        actor=[("RUS", None), ("TUR", None)], recipient=[]),
    "negated_cooperation": Case(
        "لم تتعاون السلطات اللبنانية مع المحققين الفرنسيين.",
        actor=[("LBN", "GOV")], recipient=[("FRA", "JUD")], negated=True),
    "extradition": Case(
        "سلمت تركيا مطلوبين اثنين إلى السلطات العراقية.",
        actor=[("TUR", None)], recipient=[("IRQ", "GOV")]),
    "intelligence_sharing": Case(
        "تبادلت الأردن والعراق معلومات استخباراتية حول خلايا داعش.",
        actor=[("JOR", None), ("IRQ", None)], recipient=[]),
    "reported_cooperation": Case(
        "قال وزير الداخلية الإيطالي إن إيطاليا تتعاون مع ليبيا في مكافحة الهجرة غير الشرعية.",
        actor=[("ITA", None)], recipient=[("LBY", None)], attribution="official",
        attribution_code="ITA"),
    "economic_deal": Case(
        "أبرمت شركة أرامكو السعودية صفقة مع شركة صينية لبناء مصفاة.",
        actor=[("SAU", "BUS")], recipient=[("CHN", "BUS")]),
    "passive_coordination": Case(
        "تم التنسيق مع الجيش اللبناني لتأمين الانتخابات.",
        actor=[], recipient=[("LBN", "MIL")]),
}

XFAIL = {
    "intelligence_sharing": "an actor in a topic phrase (حول خلايا داعش) is taken as recipient",
}


@pytest.mark.parametrize("case", params(CASES, XFAIL))
def test_cooperate(coder, case):
    check(coder, T, case)
