"""Fifth KB growth round (branch kbgrow5): persons and bodies from `hadath kb suggest` on unseen
2015 news, a known name after a preposition clitic the segmenter had no counts for, and an
envoy's posting (سفير … لدى X وY), which names no actor. Sentences written for these tests."""

import datetime as dt

from _coding import codes, one

D = dt.date(2015, 8, 3)


def test_a_rare_name_after_bi_is_the_recipient(coder):
    e = one(coder, "اجتمع رئيس الوزراء التركي أحمد داود أوغلو بياتسنيوك في أنقرة.", "CONSULT", D)
    assert codes(e.recipient) == [("UKR", "GOV")]
    assert e.recipient[0].entity_text == "ياتسنيوك"


def test_the_states_of_an_envoys_posting_are_no_recipients(coder):
    e = one(coder, "هنأ فهد العتيبي سفير خادم الحرمين الشريفين لدى السويد وفنلندا الطالب السعودي "
                   "سامي الحربي بتفوقه.", "SUPPORT", D)
    assert codes(e.actor) == [("SAU", "GOV")]
    assert [c for c, _s in codes(e.recipient)] == ["SAU"]


def test_the_interior_ministry_spokesman_is_saudi_police(coder):
    e = one(coder, "انتقد اللواء منصور التركي الهجوم على المسجد.", "ACCUSE", D)
    assert codes(e.actor) == [("SAU", "COP")]


def test_sudans_vice_president(coder):
    e = one(coder, "التقى حسبو محمد عبدالرحمن وزير الخارجية اليمني في الخرطوم.", "CONSULT", D)
    assert codes(e.actor) == [("SDN", "GOV")]
    assert [c for c, _s in codes(e.recipient)] == ["YEM"]


def test_another_spelling_of_pyongyang(coder):
    e = one(coder, "اتهمت سيول بيونجيانج بزرع ألغام على الحدود.", "ACCUSE", D)
    assert ("PRK", "GOV") in codes(e.actor) + codes(e.recipient)


def test_umm_sayyaf_is_of_the_islamic_state(coder):
    e = one(coder, "بدأت محكمة في أربيل محاكمة أم سياف.", "ACCUSE", D)
    assert codes(e.recipient) == [("IMGMUSISI", "REB")]


def test_new_officials_and_bodies(coder):
    assert codes(one(coder, "التقى وزير الخدمة المدنية خالد العرج سفير اليابان في الرياض.",
                     "CONSULT", D).actor) == [("SAU", "GOV")]
    assert codes(one(coder, "أدان أحمد بن إبراهيم الملا الهجوم على المسجد.", "ACCUSE",
                     D).actor) == [("BHR", "LEG")]
    assert codes(one(coder, "انتقدت منظمة هيومن رايتس فيرست إغلاق الصحيفة.", "ACCUSE",
                     D).actor) == [("NGOHRI", None)]
    assert codes(one(coder, "التقى ألبرت ديل روساريو نظيره الياباني في مانيلا.", "CONSULT",
                     D).actor) == [("PHL", "GOV")]
    e = one(coder, "قتلت القوات المصرية عشرة من عناصر تنظيم بيت المقدس في سيناء.", "ASSAULT", D)
    assert [c for c, _s in codes(e.recipient)] == ["IMGMUSISI"]
