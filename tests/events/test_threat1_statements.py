"""Threats told without a verb of threatening (2026-11-26, docs/EVALUATION.md "Threats
without their verb, and attacks told in the future").

- An attack its own side says it will make, or will make if … («قال الجيش إنه سيقصف كل من
  يقترب»), is a threat: PLOVER THREATEN "could be ASSAULT + hypothetical" and the coder
  returns the single category (THREATEN, mode violence, CAMEO 138), not a future ASSAULT.
- A watcher's forecast that another side will attack is no threat of the watcher's: it stays
  a future ASSAULT.
- «سنرد/سترد … على أي اعتداء» (a promise to strike back at any attack) is THREATEN; «سيرد على
  أي أسئلة» (an answer) is not.
- A warning of consequences told in a complement clause («حذر X من أن … سيكون له عواقب») is
  THREATEN, as «حذر X من عواقب …» already was.

Sentences are written for these tests; controls must not change.
"""

from _coding import bare_codes, event_types, events_of, one


def test_future_strike_said_by_the_striking_army_is_a_threat(coder):
    e = one(coder, "وأكد الجيش الليبي في بيان أنه سيقصف أي سفينة تقترب من الموانئ النفطية.",
            "THREATEN")
    assert e.mode == "violence" and e.cameo == "138"
    assert "LBY" in bare_codes(e.actor)
    assert e.modality == "asserted"


def test_future_strike_by_the_speakers_own_forces(coder):
    e = one(coder, "وقال المتحدث باسم الجيش الليبي إن سلاح الجو سيقصف كل من يقترب من "
            "الميناء.", "THREATEN")
    assert "LBY" in bare_codes(e.actor)
    assert "ASSAULT" not in event_types(coder, "وقال المتحدث باسم الجيش الليبي إن سلاح الجو "
                                               "سيقصف كل من يقترب من الميناء.")


def test_forecast_of_another_sides_attack_stays_an_attack(coder):
    # control: the Russian planes are not the (unnamed) speaker's side
    text = "وقال المتحدث إن الطائرات الروسية ستقصف مواقع التنظيم في سوريا الأسبوع المقبل."
    e = one(coder, text, "ASSAULT")
    assert e.modality == "future"
    assert "THREATEN" not in event_types(coder, text)


def test_done_attack_in_a_statement_stays_an_attack(coder):
    # control: told as done
    e = one(coder, "وأكد الجيش الليبي في بيان أنه قصف سفينة اقتربت من الموانئ النفطية.",
            "ASSAULT")
    assert e.modality == "asserted"


def test_promise_to_strike_back_at_any_attack(coder):
    e = one(coder, "وشدد المتحدث على أن المقاومة سترد على أي اعتداء يقوم به الحوثيون.",
            "THREATEN")
    assert e.mode == "violence"


def test_promise_to_strike_back_first_person(coder):
    one(coder, "وأضاف القيادي الكردي أنه من الآن وصاعدا سنرد وبقوة على أي اعتداء ضد "
        "قواتنا.", "THREATEN")


def test_answering_questions_is_no_threat(coder):
    # control: رد على = answer
    assert not events_of(coder, "وقال الوزير إنه سيرد على أي أسئلة من الصحفيين غدا.",
                         "THREATEN")


def test_warning_of_consequences_in_a_complement_clause(coder):
    e = one(coder, "وحذر وزير الخارجية من أن هذا التصرف سيكون له عواقب وخيمة على العلاقات "
            "مع إيران.", "THREATEN")
    assert "IRN" in bare_codes(e.recipient)
