"""Sixth KB growth round (branch kbgrow6): persons and a body from `hadath kb suggest` on unseen
2015 news and from the known gaps of 2015 roles (Lapid out of government, the Iraqi ministers
of the 2014 cabinet, Libya's Tripoli government, a Yemeni minister of the government in exile,
an ambassador posted in Riyadh). Sentences written for these tests."""

import datetime as dt

from _coding import codes, one

D = dt.date(2015, 8, 10)


def test_croatias_foreign_minister(coder):
    e = one(coder, "التقت فيسنا بوسيتش وزير الخارجية الأردني في عمان أمس.", "CONSULT", D)
    assert codes(e.actor) == [("HRV", "GOV")]


def test_aipac_is_american(coder):
    e = one(coder, "اتهم الرئيس الأمريكي منظمة آيباك بتمويل حملة ضد الاتفاق.", "ACCUSE", D)
    assert codes(e.recipient) == [("USA", None)]


def test_lapid_in_opposition_in_2015(coder):
    e = one(coder, "انتقد يائير لابيد حكومة نتنياهو بشدة يوم الاثنين.", "ACCUSE", D)
    assert codes(e.actor) == [("ISR", "OPP")]


def test_lapid_finance_minister_in_2014(coder):
    e = one(coder, "انتقد يائير لابيد قرار البنك المركزي بشدة.", "ACCUSE", dt.date(2014, 6, 2))
    assert codes(e.actor) == [("ISR", "GOV")]


def test_a_misspelling_of_netanyahu(coder):
    e = one(coder, "هاجم نتيناهو الاتفاق النووي مع إيران.", "ACCUSE", D)
    assert codes(e.actor) == [("ISR", "GOV")]


def test_steinmeier_with_half_his_first_name(coder):
    e = one(coder, "التقى عادل الجبير فالتر شتاينماير في برلين أمس.", "CONSULT", D)
    assert codes(e.recipient) == [("DEU", "GOV")]
    assert e.recipient[0].entity_text == "فالتر شتاينماير"


def test_officials_of_2015(coder):
    assert codes(one(coder, "التقى عز الدين الأصبحي نائب الرئيس السوداني في الخرطوم.",
                     "CONSULT", D).actor) == [("YEM", "GOV")]
    assert codes(one(coder, "التقى محمد الغبان محافظ كربلاء لبحث الأوضاع الأمنية.",
                     "CONSULT", D).actor) == [("IRQ", "GOV")]
    assert codes(one(coder, "التقى خليفة الغويل وفداً من الأمم المتحدة في طرابلس.",
                     "CONSULT", D).actor) == [("LBY", "GOV")]
    assert codes(one(coder, "التقى جيمس بروكنشاير وزير الداخلية الفرنسي في لندن.",
                     "CONSULT", D).actor) == [("GBR", "GOV")]
    assert codes(one(coder, "التقى جوزيف وستفال وزير الخارجية السعودي في الرياض.",
                     "CONSULT", D).actor) == [("USA", "GOV")]
    assert codes(one(coder, "التقى ماجد القصبي سفير اليابان في الرياض.",
                     "CONSULT", D).actor) == [("SAU", "GOV")]
    assert codes(one(coder, "التقى عادل عبد المهدي وزير النفط الكويتي في بغداد.",
                     "CONSULT", D).actor) == [("IRQ", "GOV")]
    assert codes(one(coder, "انتقدت برونوين بيشوب زعيم المعارضة في البرلمان.",
                     "ACCUSE", dt.date(2015, 3, 2)).actor) == [("AUS", "LEG")]

