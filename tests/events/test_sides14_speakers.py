"""Buildings are no speakers, and a joined verb keeps its clause's subject (2026-11-26,
docs/EVALUATION.md "Twelfth side audit: buildings as speakers, the cabinet's «ورحب»", branch
`sides14`).

- A force's building (مسجد قوات الطوارئ, مدرسة المدفعية) is a side only as what is acted on:
  it is never the actor of a condemnation, a denial or any other event.
- «واطلع مجلس الوزراء على …، ورحب … بالبيان الصادر عقب اجتماع X»: the verb joined by و keeps
  the cabinet as its subject; X, inside the complement, is not the one who welcomed.
- «اجتماع أصحاب السمو والمعالي وزراء …»: the style «أصحاب» and a second honorific after و
  stand between the meeting noun and its genitive subject.

Sentences are written for these tests; the controls must not change.
"""

import datetime as dt

from _coding import codes, one

DAY = dt.date(2015, 8, 10)


def test_a_forces_mosque_does_not_condemn(coder):
    text = "استنكر المجلس الإسلامي في لبنان الهجوم الذي استهدف مسجد قوات الطوارئ في عسير."
    assert ("SAU", "COP") not in codes(one(coder, text, "ACCUSE", DAY).actor)
    # the mosque is still the attack's target
    assert codes(one(coder, text, "ASSAULT", DAY).recipient) == [("SAU", "COP")]


def test_cabinet_keeps_the_welcome_after_its_briefing(coder):
    text = ("واطلع مجلس الوزراء السعودي على تقارير عن الأحداث في المنطقة، ورحب في هذا الإطار "
            "بالبيان الصادر عقب اجتماع وزراء خارجية دول مجلس التعاون مع وزير خارجية فرنسا.")
    assert codes(one(coder, text, "SUPPORT", DAY).actor) == [("SAU", "GOV")]


def test_control_vso_subject_before_the_complement(coder):
    # the subject right after the joined verb, before its «ب», stays the subject
    text = ("واطلع مجلس الوزراء السعودي على تقارير عن الأحداث، ورحب وزير الخارجية المصري "
            "بالبيان الصادر عن الاجتماع.")
    assert codes(one(coder, text, "SUPPORT", DAY).actor) == [("EGY", "GOV")]


def test_control_denouncer_named(coder):
    text = "استنكرت دار الإفتاء في الأردن العمل الإرهابي الذي استهدف مسجد قوات الطوارئ بعسير."
    assert codes(one(coder, text, "ACCUSE", DAY).actor) == [("JOR", "REL")]


def test_meeting_of_their_highnesses_and_excellencies(coder):
    # «أصحاب السمو والمعالي» between the meeting noun and its genitive subject
    text = ("وجرى اجتماع أصحاب السمو والمعالي وزراء خارجية دول مجلس التعاون لدول الخليج "
            "العربية مع وزير خارجية فرنسا في الرياض.")
    e = one(coder, text, "CONSULT", DAY)
    assert "IGOPGSGCC" in [r.code for r in e.actor]
