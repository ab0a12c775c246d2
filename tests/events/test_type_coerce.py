"""COERCE: PLOVER coding of news-style sentences written for these tests."""

import pytest
from _plover import Case, check, params

T = "COERCE"

CASES = {
    # the subject between the verb and على; the town seized is its country
    "seize_town_vso": Case(
        "سيطرت قوات المعارضة السورية على مدينة إدلب.",
        actor=[("SYR", "REB")], recipient=["SYR"], mode="seize"),
    "arrest_vso": Case(
        "اعتقلت الشرطة التونسية راشد الغنوشي زعيم حركة النهضة في تونس.",
        actor=[("TUN", "COP")], recipient=[("TUN", "OPP")], mode="arrest"),
    "negated_arrest": Case(
        "لم تعتقل الشرطة التركية أي صحفي سويدي خلال المظاهرة.",
        actor=[("TUR", "COP")], recipient=[("SWE", "JRN")], mode="arrest", negated=True),
    "passive_arrest": Case(
        "تم اعتقال ثلاثة دبلوماسيين روس في كييف.",
        actor=[], recipient=[("RUS", "GOV")], mode="arrest"),
    "passive_by_agent": Case(
        "تم اعتقال ثلاثة دبلوماسيين روس من قبل الاستخبارات الأوكرانية.",
        actor=[("UKR", "SPY")], recipient=[("RUS", "GOV")], mode="arrest"),
    "anonymous_raid": Case(
        "قالت مصادر محلية إن قوات الأمن السورية داهمت منازل في درعا.",
        actor=[("SYR", "COP")], recipient=[], mode="seize", attribution="anonymous_source"),
    "reported_pronoun_subject": Case(
        "أعلنت وزارة الداخلية السعودية أنها ألقت القبض على خلية تابعة لتنظيم داعش.",
        actor=[("SAU", "GOV")], recipient=[("IMGMUSISI", None)], mode="arrest",
        attribution="official", attribution_code="SAU"),
    "curfew": Case(
        "فرضت السلطات السودانية حظر تجول في ولاية الخرطوم.",
        actor=[("SDN", "GOV")], recipient=[], mode="curfew"),
    "future_deportation": Case(
        "ستبدأ الحكومة البريطانية ترحيل اللاجئين السوريين الأسبوع المقبل.",
        actor=[("GBR", "GOV")], recipient=[("SYR", "REF")], mode="deport", modality="future"),
    "coordinated_police": Case(
        "اعتقلت الشرطة الفرنسية والشرطة البلجيكية خمسة مهربين على الحدود.",
        actor=[("FRA", "COP"), ("BEL", "COP")], recipient=[(None, "CRM")], mode="arrest"),
    "hypothetical_arrest": Case(
        "إذا اعتقلت السلطات الروسية الصحفي الأمريكي فإن واشنطن سترد بقوة.",
        actor=[("RUS", "GOV")], recipient=[("USA", "JRN")], mode="arrest",
        modality="hypothetical"),
    "seize_headquarters": Case(
        "سيطرت قوات الدعم السريع على مقر قيادة الجيش السوداني في نيالا.",
        actor=[("SDN", "REB")], recipient=[("SDN", "MIL")], mode="seize"),
}

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, XFAIL))
def test_coerce(coder, case):
    check(coder, T, case)
