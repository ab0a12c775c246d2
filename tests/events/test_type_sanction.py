"""SANCTION: PLOVER coding of news-style sentences written for these tests."""

import pytest
from _plover import Case, check, params

T = "SANCTION"

CASES = {
    "sanctions_on_companies": Case(
        "فرضت الولايات المتحدة عقوبات جديدة على شركات صينية.",
        actor=[("USA", None)], recipient=[("CHN", "BUS")], mode="discontinue"),
    "negated_sanctions": Case(
        "لم تفرض الصين أي عقوبات على روسيا.",
        actor=[("CHN", None)], recipient=[("RUS", None)], mode="discontinue", negated=True),
    "future_package": Case(
        "سيفرض الاتحاد الأوروبي حزمة عقوبات جديدة على روسيا الشهر المقبل.",
        actor=[("IGOEUREEC", None)], recipient=[("RUS", None)], mode="discontinue",
        modality="future"),
    "reported_future": Case(
        "أعلن البيت الأبيض أن الولايات المتحدة ستفرض عقوبات على الحرس الثوري الإيراني.",
        actor=[("USA", None)], recipient=[("IRN", "MIL")], mode="discontinue",
        modality="future", attribution="official", attribution_code="USA"),
    "cut_relations": Case(
        "قطع المغرب علاقاته الدبلوماسية مع إيران.",
        actor=[("MAR", None)], recipient=["IRN"], mode="withdraw"),
    "expel_diplomats": Case(
        "طردت الحكومة الألمانية أربعة دبلوماسيين روس.",
        actor=[("DEU", "GOV")], recipient=[("RUS", "GOV")], mode="expel"),
    "court_sentence": Case(
        "أصدرت محكمة مصرية حكما بالسجن المؤبد على صحفي مصري.",
        actor=[("EGY", "JUD")], recipient=[("EGY", "JRN")], mode="convict"),
    "coordinated_actors": Case(
        "فرضت بريطانيا وكندا عقوبات على مسؤولين إيرانيين.",
        actor=[("GBR", None), ("CAN", None)], recipient=[("IRN", "GOV")], mode="discontinue"),
    "passive_suspension": Case(
        "تم تعليق عضوية روسيا في مجلس حقوق الإنسان.",
        actor=[], recipient=[("RUS", None)], mode="expel"),
    "hypothetical_capitals": Case(
        "في حال فرضت واشنطن عقوبات على بكين فإن الصين سترد.",
        actor=[("USA", "GOV")], recipient=[("CHN", "GOV")], mode="discontinue",
        modality="hypothetical"),
    "aid_suspension": Case(
        "أوقفت الحكومة الهولندية مساعداتها للسلطة الفلسطينية.",
        actor=[("NLD", "GOV")], recipient=[("PSE", "GOV")], mode="discontinue"),
}

XFAIL = {
    "expel_diplomats": "the pattern طرد … دبلوماسي* swallows the recipient agent",
}


@pytest.mark.parametrize("case", params(CASES, XFAIL))
def test_sanction(coder, case):
    check(coder, T, case)
