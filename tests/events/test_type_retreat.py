"""RETREAT: PLOVER coding of news-style sentences written for these tests."""

import pytest
from _plover import Case, check, params

T = "RETREAT"

CASES = {
    # a withdrawal pattern's forces noun with its nisba is the subject, and the troops
    # withdrawn are no recipient
    "forces_withdraw_their_soldiers": Case(
        "سحبت القوات التركية جنودها من شمال العراق.",
        actor=[("TUR", "MIL")], recipient=[], mode="withdraw"),
    "release_prisoners": Case(
        "أفرجت السلطات الإسرائيلية عن عشرين أسيرا فلسطينيا.",
        actor=[("ISR", "GOV")], recipient=[("PSE", "CVL")], mode="release"),
    "withdraw_troops": Case(
        "انسحب الجيش الروسي من مدينة خيرسون.",
        actor=[("RUS", "MIL")], recipient=[], mode="withdraw"),
    "negated_withdrawal": Case(
        "لن تنسحب القوات الأمريكية من سوريا.",
        actor=[("USA", "MIL")], recipient=["SYR"], mode="withdraw", negated=True,
        modality="future"),
    "resign": Case(
        "استقال رئيس الوزراء الباكستاني من منصبه.",
        actor=[("PAK", "GOV")], recipient=[], mode="resign"),
    "ceasefire_coordinated": Case(
        "أوقف الجيش السوداني وقوات الدعم السريع القصف المتبادل.",
        actor=[("SDN", "MIL"), ("SDN", "REB")], recipient=[], mode="ceasefire"),
    "passive_release": Case(
        "تم الإفراج عن الصحفي الأمريكي في موسكو.",
        actor=[], recipient=[("USA", "JRN")], mode="release"),
    "reported_withdrawal": Case(
        "قالت مصادر مطلعة إن الميليشيات الإيرانية انسحبت من مدينة البوكمال.",
        actor=[("IRN", "REB")], recipient=[], mode="withdraw",
        attribution="anonymous_source"),
    "future_pullout": Case(
        "ستسحب فرنسا قواتها من النيجر بحلول نهاية العام.",
        actor=[("FRA", None)], recipient=[("NER", None)], mode="withdraw",
        modality="future"),
    "lift_siege": Case(
        "رفع الجيش السوري الحصار عن مدينة درعا البلد.",
        actor=[("SYR", "MIL")], recipient=[], mode="withdraw"),
    "open_corridor": Case(
        "سمحت إسرائيل بدخول المساعدات الإنسانية إلى قطاع غزة.",  # the Strip is Palestine
        actor=[("ISR", None)], recipient=["PSE"], mode="access"),
    "surrender": Case(
        "استسلم عشرات من مسلحي داعش للقوات العراقية في الموصل.",
        actor=[("IMGMUSISI", None)], recipient=[("IRQ", "MIL")], mode="disarm"),
}

XFAIL = {
}


@pytest.mark.parametrize("case", params(CASES, XFAIL))
def test_retreat(coder, case):
    check(coder, T, case)
