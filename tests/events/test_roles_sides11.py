"""Who-to-whom on unseen news, tenth side audit (branch ``sides11``): the side after «مع» of a
clash the killed fell in, the genitive of a gunfire noun, the target of «استهدف» read as its
subject (an indefinite accusative, a definite attack noun after the verb), aircraft that open
an attack pattern, and a count of raids read as a party. Sentences written for these tests."""

from _coding import events_of


def _texts(side) -> list[str]:
    return [a.entity_text for a in side]


def test_the_side_a_clash_was_fought_with_killed_the_dead(coder):
    (killing,) = events_of(coder, "وقتل ثمانية من الحوثيين في مواجهات مع قوات الشرعية قرب "
                           "مأرب.", "ASSAULT")
    assert _texts(killing.actor) == ["قوات"]
    assert _texts(killing.recipient) == ["الحوثيين"]


def test_a_clash_described_before_its_other_side(coder):
    killing = events_of(coder, "وقتل 12 عراقيا في معارك عنيفة مع تنظيم داعش قرب الرمادي.",
                        "ASSAULT")[0]
    assert [a.code for a in killing.actor] == ["IMGMUSISI"]
    assert [a.code for a in killing.recipient] == ["IRQ"]


def test_houthis_counted_are_the_killed(coder):
    killing = events_of(coder, "وقتل نحو 12 حوثيا في اشتباكات عنيفة مع المقاومة الشعبية بمدينة "
                        "تعز.", "ASSAULT")[0]
    assert _texts(killing.actor) == ["المقاومة"]
    assert [a.code for a in killing.recipient] == ["YEM"]


def test_the_genitive_of_bullets_is_the_shooter(coder):
    (shot,) = events_of(coder, "واستشهد الشاب الفلسطيني برصاص قوات الاحتلال قرب نابلس.",
                        "ASSAULT")
    assert [a.code for a in shot.actor] == ["ISR"]
    assert [a.code for a in shot.recipient] == ["PSE"]


def test_gunfire_a_few_words_after_a_casualty_verb(coder):
    (shot,) = events_of(coder, "وقتل مزارع بنيران الجيش الإسرائيلي شرق غزة.", "ASSAULT")
    assert _texts(shot.actor) == ["الجيش الإسرائيلي"]
    assert _texts(shot.recipient) == ["مزارع"]


def test_those_exposed_to_snipers_are_hit_not_shooting(coder):
    shot = events_of(coder, "وكان الجنود عرضة لرصاص قناصة مختبئين في المباني.", "ASSAULT")[0]
    assert _texts(shot.actor) == ["قناصة"]
    assert "قناصة" not in _texts(shot.recipient)


def test_an_indefinite_accusative_after_targeted_is_the_target(coder):
    (attack,) = events_of(coder, "وأعلنت الوزارة إحباط محاولة إرهابية استهدفت حاجزا أمنيا في "
                          "المدينة.", "ASSAULT")
    assert not any("حاجزا" in t for t in _texts(attack.actor))
    assert any("حاجزا" in t for t in _texts(attack.recipient))


def test_the_raids_targeted_the_houthis(coder):
    (raids,) = events_of(coder, "واستهدفت الغارات مواقع الحوثيين في صعدة.", "ASSAULT")
    assert not raids.actor
    assert [a.code for a in raids.recipient] == ["YEM"]


def test_aircraft_that_open_the_pattern_strike(coder):
    (raids,) = events_of(coder, "وأوضحت المصادر أن طيران التحالف العربي قصف مواقع تابعة "
                         "للحوثيين في الجفينة.", "ASSAULT")
    assert _texts(raids.actor) == ["طيران التحالف"]
    assert [a.code for a in raids.recipient] == ["YEM"]


def test_dozens_of_raids_are_no_party(coder):
    (raids,) = events_of(coder, "وشن طيران التحالف عشرات الغارات على مواقع الحوثيين في صعدة.",
                         "ASSAULT")
    assert _texts(raids.actor) == ["طيران التحالف"]
    assert [a.code for a in raids.recipient] == ["YEM"]


def test_aircraft_as_the_genitive_of_targeting_are_not_its_target(coder):
    # control: «استهداف طيران التحالف» keeps the aircraft out of the actors, as before
    events = events_of(coder, "وتعتزم المقاومة اقتحام المعسكر بعد ساعات من استهداف طيران "
                       "التحالف العربي سلسلة غارات جوية.")
    assert not any("طيران" in t for e in events for t in _texts(e.recipient))
