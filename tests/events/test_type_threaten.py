"""THREATEN: PLOVER coding of news-style sentences written for these tests."""

import pytest
from _plover import Case, check, params

T = "THREATEN"

CASES = {
    "threaten_verb": Case(
        "هدد الحرس الثوري الإيراني إسرائيل برد قاس.",
        actor=[("IRN", "MIL")], recipient=[("ISR", None)]),
    "negated_threat": Case(
        "لم تهدد تركيا اليونان بعمل عسكري.",
        actor=[("TUR", None)], recipient=[("GRC", None)], mode="violence", negated=True),
    "vow": Case(
        "توعد زعيم حزب الله حسن نصر الله إسرائيل بالرد على اغتيال القيادي.",
        actor=[("LBN", "REB")], recipient=[("ISR", None)]),
    "threaten_sanctions": Case(
        "هدد الاتحاد الأوروبي بفرض عقوبات على بيلاروسيا.",
        actor=[("IGOEUREEC", None)], recipient=[("BLR", None)], mode="restrict"),
    "reported_threat": Case(
        "قال مسؤول أمريكي إن واشنطن هددت الحوثيين بضربات عسكرية.",
        actor=[("USA", "GOV")], recipient=[("YEM", "REB")], mode="violence",
        attribution="official", attribution_code="USA"),
    "threaten_relations": Case(
        "هددت الجزائر بقطع العلاقات مع فرنسا.",
        actor=[("DZA", None)], recipient=[("FRA", None)], mode="relations"),
    "ultimatum_coordinated": Case(
        "هددت روسيا وبيلاروسيا بولندا بعواقب وخيمة.",
        actor=[("RUS", None), ("BLR", None)], recipient=[("POL", None)]),
    "threaten_noun": Case(
        "وجه الجيش الإسرائيلي تهديدات لحركة حماس.",
        actor=[("ISR", "MIL")], recipient=[("PSE", "REB")]),
    "future_threat": Case(
        "سيهدد الرئيس الأمريكي الصين بفرض رسوم جمركية جديدة.",
        actor=[("USA", "GOV")], recipient=[("CHN", None)], mode="restrict", modality="future"),
    "media_threat": Case(
        "ذكرت صحيفة إسرائيلية أن نتنياهو هدد حزب الله بحرب شاملة.",
        actor=[("ISR", "GOV")], recipient=[("LBN", "REB")], mode="violence",
        attribution="media"),
}

XFAIL = {
}


@pytest.mark.parametrize("case", params(CASES, XFAIL))
def test_threaten(coder, case):
    check(coder, T, case)
