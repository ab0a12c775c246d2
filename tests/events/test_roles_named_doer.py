"""Events the sentence names the doer of, where the coder gave none (branch ``sides8``): the
genitive of a verbal noun whose object follows with a preposition, no actor
(``roles._object_prep``), and the giver in the genitive of condolences (``roles.GIVER_NOUNS``).
Sentences written for these tests."""

from _coding import bare_codes, events_of


def test_the_genitive_of_an_attack_before_its_target_is_the_attacker(coder):
    (attack,) = events_of(coder, "وقال الضابط إن هجوم داعش على القرية كان مفاجئا.", "ASSAULT")
    assert bare_codes(attack.actor) == ["IMGMUSISI"]
    assert attack.recipient == ()


def test_the_genitive_of_a_condemnation_before_its_object_condemns(coder):
    (accuse,) = events_of(coder, "وأكد الوزير استنكار البرلمان الكويتي لهذه الجريمة النكراء.",
                          "ACCUSE")
    assert bare_codes(accuse.actor) == ["KWT"]
    assert accuse.recipient == ()


def test_the_genitive_of_an_arrest_before_a_duration_is_the_one_arrested(coder):
    # ل after a noun of what is done to people gives how long or why, not whom
    (arrest,) = events_of(coder, "وانتقدت المنظمة اعتقال الصحفيين الأتراك لمدة شهرين.", "COERCE")
    assert arrest.actor == ()
    assert bare_codes(arrest.recipient) == ["TUR"]


def test_the_genitive_of_condolences_is_who_offers_them(coder):
    (condole,) = events_of(coder, "ونقل السفير، تعازي الحكومة الكويتية في ضحايا الحادث.", "SUPPORT")
    assert bare_codes(condole.actor) == ["KWT"]
    assert "KWT" not in bare_codes(condole.recipient)


def test_the_givers_apposition_is_not_whom_it_is_offered_to(coder):
    (condole,) = events_of(coder, "ونقل المحافظ، تعازي الملك عبدالله الثاني ملك الأردن، إلى أسرة "
                           "الفقيد.", "SUPPORT")
    assert bare_codes(condole.actor) == ["JOR"]
    assert "JOR" not in bare_codes(condole.recipient)

