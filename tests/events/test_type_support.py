"""SUPPORT: PLOVER coding of news-style sentences written for these tests."""

import pytest
from _plover import Case, check, params

T = "SUPPORT"

CASES = {
    "welcome": Case(
        "رحبت الجامعة العربية بالاتفاق بين السعودية وإيران.",
        actor=[("IGOMEAARL", None)], recipient=["SAU", "IRN"]),
    "praise": Case(
        "أشاد الرئيس الأمريكي جو بايدن بالدور القطري في الوساطة.",
        actor=[("USA", "GOV")], recipient=[("QAT", None)]),
    "express_support": Case(
        "أعربت تركيا عن دعمها الكامل لأذربيجان.",
        actor=[("TUR", None)], recipient=[("AZE", None)]),
    "negated_support": Case(
        "لم تؤيد الصين قرار مجلس الأمن بشأن أوكرانيا.",
        actor=[("CHN", None)], recipient=[("IGOUNO", None)], negated=True),
    "solidarity": Case(
        "تضامن البرلمان العربي مع الشعب الفلسطيني.",
        actor=[("IGOMEAARL", "LEG")], recipient=[("PSE", "CVL")]),
    "coordinated_congratulations": Case(
        "هنأت قطر والكويت الرئيس التركي رجب طيب أردوغان بفوزه في الانتخابات.",
        actor=[("QAT", None), ("KWT", None)], recipient=[("TUR", "GOV")]),
    "normalization": Case(
        "أعلنت البحرين تطبيع العلاقات مع إسرائيل.",
        actor=[("BHR", None)], recipient=[("ISR", None)]),
    "apology": Case(
        "اعتذر رئيس الوزراء الهولندي للشعب الإندونيسي.",
        actor=[("NLD", "GOV")], recipient=[("IDN", "CVL")]),
    "reported_support": Case(
        "قال المتحدث باسم الكرملين إن روسيا تؤيد جهود الوساطة المصرية.",
        actor=[("RUS", None)], recipient=[("EGY", None)], attribution="official",
        attribution_code="RUS"),
}

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, XFAIL))
def test_support(coder, case):
    check(coder, T, case)
