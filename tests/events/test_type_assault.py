"""ASSAULT: PLOVER coding of news-style sentences written for these tests."""

import pytest
from _plover import Case, check, params

T = "ASSAULT"

CASES = {
    "airstrike_vso": Case(
        "شنت طائرات حربية إسرائيلية غارات على مواقع لحركة حماس في قطاع غزة.",
        actor=[("ISR", "MIL")], recipient=[("PSE", "REB")], mode="aerial"),
    "negated_attack": Case(
        "لم تهاجم القوات الروسية مواقع الجيش الأوكراني قرب خاركيف أمس.",
        actor=[("RUS", "MIL")], recipient=[("UKR", "MIL")], negated=True),
    "reported_official": Case(
        "أعلنت وزارة الدفاع الروسية أن القوات الأوكرانية هاجمت مواقع للجيش الروسي في زابوريجيا.",
        actor=[("UKR", "MIL")], recipient=[("RUS", "MIL")], attribution="official",
        attribution_code="RUS"),
    "anonymous_assassination": Case(
        "قالت مصادر أمنية إن مسلحين مجهولين اغتالوا شرطيا في بغداد.",
        actor=[(None, "UAF")], recipient=[("IRQ", "COP")], mode="targeted",
        attribution="anonymous_source"),
    "passive_abduction": Case(
        "تم اختطاف ثلاثة صحفيين أتراك في شمال سوريا.",
        actor=[], recipient=[("TUR", "JRN")], mode="abduct"),
    "coordinated_states": Case(
        "شنت الولايات المتحدة وبريطانيا غارات جوية على مواقع للحوثيين في اليمن.",
        actor=[("USA", None), ("GBR", None)], recipient=[("YEM", "REB")], mode="aerial"),
    "future_offensive": Case(
        "ستشن القوات الروسية هجوما جديدا على مواقع الجيش الأوكراني في باخموت.",
        actor=[("RUS", "MIL")], recipient=[("UKR", "MIL")], modality="future"),
    "hypothetical_strike": Case(
        "في حال هاجمت إسرائيل المنشآت النووية الإيرانية فإن المنطقة ستشتعل.",
        actor=[("ISR", None)], recipient=[("IRN", None)], modality="hypothetical"),
    "media_report": Case(
        "ذكرت وكالة الأنباء السورية أن طائرات إسرائيلية شنت غارات على مواقع للجيش السوري قرب دمشق.",
        actor=[("ISR", "MIL")], recipient=[("SYR", "MIL")], mode="aerial", attribution="media"),
    "witness_shelling": Case(
        "قال شهود عيان إن الجيش السوداني قصف مواقع لقوات الدعم السريع في الخرطوم.",
        actor=[("SDN", "MIL")], recipient=[("SDN", "REB")], attribution="witness"),
    "suicide_attack": Case(
        "نفذت حركة الشباب هجوما انتحاريا على قاعدة للجيش الصومالي في مقديشو.",
        actor=[("SOM", "REB")], recipient=[("SOM", "MIL")], mode="suicide-attack"),
}

XFAIL = {
}


@pytest.mark.parametrize("case", params(CASES, XFAIL))
def test_assault(coder, case):
    check(coder, T, case)
