"""Targets of attacks on a force's premises, undergoers and counted dead (2026-11-26,
docs/EVALUATION.md "Eleventh side audit: what an attack hits", branch `sides13`).

- A building in construct with a force (مسجد قوات الطوارئ, مسجد قوة الطوارئ) is that force's:
  the attack on it hit the forces (COP), not a religious body with no country.
- A pattern that ends on the building attacked (تفجير* … مسجد) is a verbal noun: the building
  is never its attacker, nor is the one who condemns it.
- «تعرض X إلى تفجير»: X underwent the attack, with إلى as with ل.
- «قتل عشرون/أربعون من X»: the tens in -ون count the killed, so the verb is the passive.
- «دول المجلس» after «مجلس التعاون» in the same sentence: the council named before.
- An attack noun after a word of cause (إثر, جراء, بسبب, نتيجة) is what another event followed
  from: the parties before it did not carry it out, but the ones a casualty verb says were
  hurt are its target.

Sentences are written for these tests; the controls must not change.
"""

from _coding import bare_codes, codes, one, texts


def test_attack_on_a_forces_mosque_hits_the_forces(coder):
    e = one(coder, "نددت الحكومة بالهجوم الذي استهدف مسجد قوات الطوارئ في مدينة الدمام أمس.",
            "ASSAULT")
    assert codes(e.recipient) == [("SAU", "COP")]
    assert not e.actor


def test_emergency_force_without_its_adjective(coder):
    e = one(coder, "أصيب عشرة أشخاص في تفجير مسجد قوة الطوارئ بمدينة الدمام.", "ASSAULT")
    assert ("SAU", "COP") in codes(e.recipient)


def test_building_in_the_pattern_is_not_the_attacker(coder):
    e = one(coder, "وكانت حصيلة تفجير مسجد قوات الطوارئ الخاصة في الدمام خمسة قتلى.", "ASSAULT")
    assert not e.actor
    assert codes(e.recipient) == [("SAU", "COP")]


def test_condemner_of_a_mosque_bombing_is_not_its_author(coder):
    e = one(coder, "أدان الأزهر تفجير مسجد في مدينة الدمام.", "ASSAULT")
    assert not e.actor


def test_mosque_without_a_force_stays_a_mosque(coder):
    # control: a mosque of no force keeps its own sector
    e = one(coder, "أدان الأزهر تفجير مسجد في مدينة الدمام.", "ASSAULT")
    assert [r.sector for r in e.recipient] == ["REL"]


def test_undergoer_after_ila_is_the_target(coder):
    e = one(coder, "وتعرضت كنيسة القديس مرقس في القاهرة إلى تفجير أسفر عن مقتل خمسة أشخاص.",
            "ASSAULT")
    assert not e.actor
    assert "كنيسة" in texts(e.recipient)


def test_tens_in_the_nominative_count_the_killed(coder):
    e = one(coder, "وقتل أربعون من عناصر تنظيم داعش في المعارك.", "ASSAULT")
    assert bare_codes(e.recipient) == ["IMGMUSISI"]
    assert not e.actor


def test_digits_count_the_killed_as_before(coder):
    # control: a count in digits already made the verb passive
    e = one(coder, "وقتل 40 من عناصر تنظيم داعش في المعارك.", "ASSAULT")
    assert bare_codes(e.recipient) == ["IMGMUSISI"]


def test_states_of_the_council_named_before(coder):
    text = ("وأكد الوزير أن علاقة اليمن بمجلس التعاون تتوثق يوما بعد يوم بعد وقوف دول المجلس "
            "إلى جانب بلاده في الظروف الراهنة.")
    e = one(coder, text, "SUPPORT")
    assert bare_codes(e.actor) == ["IGOPGSGCC"]
    assert bare_codes(e.recipient) == ["YEM"]


def test_parties_before_a_word_of_cause_did_not_attack(coder):
    e = one(coder, "اعتقلت الشرطة رجلا إثر هجوم على مركز أمني في المدينة.", "ASSAULT")
    assert not e.actor


def test_casualties_before_a_word_of_cause_stay_the_target(coder):
    # control: the ones hurt before «إثر» are still the attack's target
    e = one(coder, "أصيب ضابطا شرطة مصريان بجروح أمس إثر تفجير عبوة ناسفة استهدفت كشكا للمرور "
                   "في القاهرة.", "ASSAULT")
    assert ("EGY", "COP") in codes(e.recipient)
    assert not e.actor
