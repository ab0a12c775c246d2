"""PROTEST: PLOVER coding of news-style sentences written for these tests."""

import pytest
from _plover import Case, check, params

T = "PROTEST"

CASES = {
    # with no preposition of its own, a protest is against the actor after a target word
    "hostile_banners": Case(
        "ورفع المتظاهرون في طهران لافتات معادية للولايات المتحدة.",
        actor=[(None, "CVL")], recipient=[("USA", None)], mode="demo"),
    "demanding_departure": Case(
        "وتجمع المحتجون في وسط بغداد مطالبين برحيل الحكومة العراقية.",
        actor=[(None, "CVL")], recipient=[("IRQ", "GOV")], mode="demo"),
    "demo_before_government": Case(
        "تظاهر آلاف العمال العراقيين أمام مقر الحكومة في بغداد للمطالبة برفع الأجور.",
        actor=[("IRQ", "LAB")], recipient=[("IRQ", "GOV")], mode="demo"),
    "negated_demo": Case(
        "لم يتظاهر طلاب الجامعات الإيرانية اليوم.",
        actor=[("IRN", "EDU")], recipient=[], mode="demo", negated=True),
    "strike_verb": Case(
        "أضرب الأطباء اللبنانيون عن العمل احتجاجا على تدني الرواتب.",
        actor=[("LBN", "MED")], recipient=[], mode="strike"),
    "media_report": Case(
        "ذكرت وسائل إعلام محلية أن مئات المتظاهرين الكينيين احتجوا أمام البرلمان في نيروبي.",
        actor=[("KEN", "CVL")], recipient=[("KEN", "LEG")], mode="demo", attribution="media"),
    "passive_vigil": Case(
        "تم تنظيم وقفة احتجاجية أمام السفارة الفرنسية في الرباط.",
        actor=[], recipient=[("FRA", "GOV")], mode="demo"),
    "coordinated_shared_nisba": Case(
        "تظاهر المعلمون والأطباء الأردنيون أمام مجلس النواب في عمان.",
        actor=[("JOR", "EDU"), ("JOR", "MED")], recipient=[("JOR", "LEG")], mode="demo"),
    "future_general_strike": Case(
        "سينفذ عمال الموانئ الفرنسيون إضرابا عاما الأسبوع المقبل.",
        actor=[("FRA", "LAB")], recipient=[], mode="strike", modality="future"),
    "hypothetical_demo": Case(
        "إذا تظاهر المعارضون الروس في موسكو فإن الشرطة ستعتقلهم.",
        actor=[("RUS", "OPP")], recipient=[], mode="demo", modality="hypothetical"),
    "boycott_session": Case(
        "قاطع نواب المعارضة التركية جلسة البرلمان التركي.",
        actor=[("TUR", "LEG")], recipient=[("TUR", "LEG")], mode="boycott"),
    "location_country_for_civilians": Case(
        "تظاهر آلاف الطلاب في طهران ضد الحكومة الإيرانية.",
        actor=[("IRN", "EDU")], recipient=[("IRN", "GOV")], mode="demo"),
    "hunger_strike": Case(
        "أعلن معتقلون سياسيون مصريون إضرابا عن الطعام في سجن طرة.",
        actor=[("EGY", "CVL")], recipient=[], mode="hunger"),
}

XFAIL = {
    "location_country_for_civilians":
        "civilian sectors do not take the sentence's country (only state institutions do)",
}


@pytest.mark.parametrize("case", params(CASES, XFAIL))
def test_protest(coder, case):
    check(coder, T, case)
