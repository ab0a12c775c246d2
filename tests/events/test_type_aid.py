"""AID: PLOVER coding of news-style sentences written for these tests."""

import pytest
from _plover import Case, check, params

T = "AID"

CASES = {
    # aid delivered to a place goes to the place's country
    "delivered_to_a_port": Case(
        "وصلت سفينة محملة بالمساعدات الغذائية إلى ميناء الحديدة أمس.",
        actor=[], recipient=[("YEM", None)], mode="humanitarian"),
    "sent_to_an_airport": Case(
        "أرسلت الكويت طائرة محملة بالأدوية إلى مطار بنغازي.",
        actor=[("KWT", None)], recipient=[("LBY", None)], mode="humanitarian"),
    "humanitarian_aid": Case(
        "قدمت الإمارات مساعدات إنسانية إلى السودان.",
        actor=[("ARE", None)], recipient=[("SDN", None)], mode="humanitarian"),
    "military_aid": Case(
        "أرسلت الولايات المتحدة مساعدات عسكرية جديدة إلى أوكرانيا.",
        actor=[("USA", None)], recipient=[("UKR", None)], mode="military"),
    "economic_loan": Case(
        "منح صندوق النقد الدولي مصر قرضا بقيمة ثلاثة مليارات دولار.",
        actor=[("IGOBUSIMF", None)], recipient=[("EGY", None)], mode="economic"),
    "negated_aid": Case(
        "لم تقدم الدول الغربية أي مساعدات مالية لحكومة طالبان.",
        actor=[], recipient=[("AFG", "GOV")], mode="economic", negated=True),
    "coordinated_donors": Case(
        "قدمت السعودية والكويت مساعدات إنسانية لضحايا الزلزال في تركيا.",
        actor=[("SAU", None), ("KWT", None)], recipient=[("TUR", "CVL")],
        mode="humanitarian"),
    "passive_delivery": Case(
        "تم إرسال مساعدات طبية إلى المستشفيات الليبية في درنة.",
        actor=[], recipient=[("LBY", "MED")], mode="humanitarian"),
    "reported_aid": Case(
        "أعلن برنامج الأغذية العالمي أنه وزع مساعدات غذائية على النازحين في اليمن.",
        actor=[("IGOUNOWFP", None)], recipient=[("YEM", "REF")], mode="humanitarian",
        attribution="official"),
    "peacekeepers": Case(
        "نشرت الأمم المتحدة قوات حفظ سلام في جنوب السودان.",
        actor=[("IGOUNO", None)], recipient=[("SSD", None)], mode="peacekeeping"),
    "asylum": Case(
        "منحت السويد حق اللجوء لمعارض روسي.",
        actor=[("SWE", None)], recipient=[("RUS", "OPP")], mode="asylum"),
}

XFAIL = {
    "peacekeepers": "a country after في is the location, never a deployment's recipient",
}


@pytest.mark.parametrize("case", params(CASES, XFAIL))
def test_aid(coder, case):
    check(coder, T, case)
