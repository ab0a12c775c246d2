"""Who a protest is against: the genitive actor of the thing protested (احتجاجا على زيارة X,
على قرار X), the institution whose building they stand before (أمام مقر X), the one their
demand is made of (مطالبين X ب …); and an institution after أمام/خارج is never the protester.
Sentences written for these tests."""

import pytest
from _plover import Case, check, params

T = "PROTEST"

CASES = {
    "against_a_visit": Case(
        "وتظاهر مئات الطلاب أمس في إربد احتجاجا على زيارة الرئيس الإسرائيلي.",
        actor=[(None, "EDU")], recipient=[("ISR", "GOV")], mode="demo"),
    "against_a_decision": Case(
        "وخرج آلاف المتظاهرين في الخرطوم احتجاجا على قرار الحكومة السودانية رفع الأسعار.",
        actor=[(None, "CVL")], recipient=[("SDN", "GOV")], mode="demo"),
    "before_the_building": Case(
        "واعتصم عشرات العمال أمام مقر وزارة العمل المصرية مطالبين الحكومة بصرف رواتبهم.",
        actor=[(None, "LAB")], recipient=[("EGY", "GOV")], mode="demo"),
    "the_one_asked": Case(
        "وتجمع المحتجون في ساحة المدينة مطالبين الحكومة الأردنية بالتراجع عن القرار.",
        actor=[(None, "CVL")], recipient=[("JOR", "GOV")], mode="demo"),
    "embassy_is_no_protester": Case(
        "واحتشد المئات خارج السفارة الروسية ورددوا هتافات معادية لموسكو.",
        actor=[(None, "CVL")], recipient=[("RUS", "GOV")], mode="demo"),
    "pronoun_of_the_thing_protested": Case(
        "واستقبل رئيس الوزراء الهندي الرئيس الأميركي في نيودلهي، فيما خرج آلاف المتظاهرين "
        "احتجاجا على زيارته.",
        actor=[(None, "CVL")], recipient=[("USA", "GOV")], mode="demo"),
    "slogan_target": Case(
        "وتجمع مئات المتظاهرين في كراتشي وهم يرددون هتافات «الموت لإسرائيل».",
        actor=[(None, "CVL")], recipient=["ISR"], mode="demo"),
    "crowd_is_no_target": Case(
        "واعتصم آلاف المتظاهرين وبينهم عائلات الجنود في ساحة المدينة.",
        actor=[(None, "CVL")], recipient=[], mode="demo"),
    "outside_the_embassy": Case(
        "واعتصم العشرات خارج مقر السفارة التركية في بغداد.",
        actor=[(None, "CVL")], recipient=[("TUR", "GOV")], mode="demo"),
    "gathered_around_before_the_noun": Case(
        "وتجمع طلاب حول مقر السفارة الإيرانية في باكو احتجاجا على اعتقال زملائهم.",
        actor=[(None, "EDU")], recipient=[("IRN", "GOV")], mode="demo"),
    "police_break_up_a_protest_of": Case(
        "وفرقت الشرطة التونسية مظاهرة للعاطلين عن العمل في القصرين.",
        actor=[(None, "CVL")], recipient=[], mode="demo"),
    "nisba_of_what_they_aim_at": Case(
        "وألقى عشرات المتظاهرين الحجارة على آليات إسرائيلية قرب قرية بلعين.",
        actor=[(None, "CVL")], recipient=[("ISR", None)], mode="demo"),
    # a protester noun inside a pattern (محتج* … قطع*, متظاهر* … أحرق*) is still its actor
    "protesters_named_by_the_pattern": Case(
        "وكان محتجون غاضبون قد قطعوا الطريق الرئيسي المؤدي إلى المطار صباح اليوم.",
        actor=[(None, "CVL")], recipient=[], mode="obstruct"),
    "crowd_of_protesters_in_the_pattern": Case(
        "وتجمع مئات المتظاهرين الغاضبين وسط المدينة وأحرقوا الإطارات.",
        actor=[(None, "CVL")], recipient=[], mode="riot"),
}

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, XFAIL))
def test_protest_roles(coder, case):
    check(coder, T, case)
