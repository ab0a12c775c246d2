"""Who-to-whom on unseen news, tenth side audit (branch ``sides11``): the side after «مع» of a
clash the killed fell in, the genitive of a gunfire noun, the target of «استهدف» read as its
subject (an indefinite accusative, a definite attack noun after the verb), aircraft that open
an attack pattern, and a count of raids read as a party. Sentences written for these tests."""

import pytest
from _coding import events_of


def _side(side) -> list[str]:
    """Each party as its code, or its text where it has no code."""
    return [a.code or a.entity_text for a in side]


# (sentence, the first ASSAULT's actor, its recipient), each party by code or text
CASES = [
    # the side a clash was fought with killed the dead
    ("وقتل ثمانية من الحوثيين في مواجهات مع قوات الشرعية قرب مأرب.", ["YEM"], ["YEM"]),
    # a word of description between the clash noun and «مع»
    ("وقتل 12 عراقيا في معارك عنيفة مع تنظيم داعش قرب الرمادي.", ["IMGMUSISI"], ["IRQ"]),
    # Houthis counted in the accusative are the killed
    ("وقتل نحو 12 حوثيا في اشتباكات عنيفة مع المقاومة الشعبية بمدينة تعز.", ["YEM"], ["YEM"]),
    # the genitive of bullets is the shooter, the subject of «استشهد» the one hit
    ("واستشهد الشاب الفلسطيني برصاص قوات الاحتلال قرب نابلس.", ["ISR"], ["PSE"]),
    # gunfire a few words after a casualty verb
    ("وقتل مزارع بنيران الجيش الإسرائيلي شرق غزة.", ["ISR"], ["مزارع"]),
    # the raids are the subject of «استهدفت»: the Houthis are the target
    ("واستهدفت الغارات مواقع الحوثيين في صعدة.", [], ["YEM"]),
    # aircraft that open the pattern strike
    ("وأوضحت المصادر أن طيران التحالف العربي قصف مواقع تابعة للحوثيين في الجفينة.",
     ["طيران التحالف"], ["YEM"]),
    # dozens of raids are no party
    ("وشن طيران التحالف عشرات الغارات على مواقع الحوثيين في صعدة.", ["طيران التحالف"], ["YEM"]),
]


@pytest.mark.parametrize("text, actor, recipient", CASES)
def test_sides_of_attacks(coder, text, actor, recipient):
    attack = events_of(coder, text, "ASSAULT")[0]
    assert (_side(attack.actor), _side(attack.recipient)) == (actor, recipient)


def test_those_exposed_to_snipers_are_not_the_shooters(coder):
    shot = events_of(coder, "وكان الجنود عرضة لرصاص قناصة مختبئين في المباني.", "ASSAULT")[0]
    assert [a.entity_text for a in shot.actor] == ["قناصة"]
    assert "قناصة" not in [a.entity_text for a in shot.recipient]


def test_an_indefinite_accusative_after_targeted_is_the_target(coder):
    (attack,) = events_of(coder, "وأعلنت الوزارة إحباط محاولة إرهابية استهدفت حاجزا أمنيا في "
                          "المدينة.", "ASSAULT")
    assert not any("حاجزا" in a.entity_text for a in attack.actor)
    assert any("حاجزا" in a.entity_text for a in attack.recipient)


def test_an_accusative_object_leaves_no_subject_after_it(coder):
    (arrest,) = events_of(coder, "وأعلنت الشرطة التركية أمس أنها اعتقلت رجلا هدد بقتل السفير "
                          "الأميركي في أنقرة.", "COERCE")
    assert [a.entity_text for a in arrest.recipient] == ["رجلا"]


def test_aircraft_as_the_genitive_of_targeting_are_not_its_target(coder):
    # control: «استهداف طيران التحالف» keeps the aircraft out of the targets, as before
    events = events_of(coder, "وتعتزم المقاومة اقتحام المعسكر بعد ساعات من استهداف طيران "
                       "التحالف العربي سلسلة غارات جوية.")
    assert not any("طيران" in a.entity_text for e in events for a in e.recipient)
