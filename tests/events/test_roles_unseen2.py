"""Sides found wrong in a second audit on unseen news (branch `sides3`): a verb that is a word
of a known personal name, a surname alias ending someone else's name, … Sentences written for
these tests."""

import datetime as dt

import pytest
from _coding import events_of, one, sides

DAY = dt.date(2015, 8, 10)  # the persons named hold their 2015 offices


def test_a_verb_inside_a_known_name_is_no_event(coder):
    # سامح (forgave) is the first name of Egypt's foreign minister
    text = "وقال سامح شكري إن مصر ترفض أي تدخل أجنبي في ليبيا."
    assert not events_of(coder, text, "SUPPORT", DAY)
    assert events_of(coder, text, "REJECT", DAY)


def test_the_same_verb_outside_a_name_is_still_an_event(coder):
    text = "وسامح الرئيس اليمني المعارضين الذين عادوا إلى صنعاء."
    assert events_of(coder, text, "SUPPORT", DAY)


@pytest.mark.parametrize("text", [
    # المالكي alone is Nouri al-Maliki; a man with another first name (and a بن chain) is not
    "وانتقد سعد بن ناصر المالكي الحكومة التركية بشدة.",
    "وانتقد محمد المالكي الحكومة التركية بشدة.",
    # nor does an unknown name take a body after it as its title
    "وانتقد جون سميث الحكومة التركية بشدة.",
])
def test_a_surname_alias_ending_another_name_is_not_that_person(coder, text):
    assert sides(one(coder, text, "ACCUSE", DAY)) == ([(None, None)], [("TUR", "GOV")])


@pytest.mark.parametrize(("text", "event_type", "actor", "recipient"), [
    # the surname alone is still the known person
    ("وانتقد المالكي الحكومة التركية بشدة.", "ACCUSE", ("IRQ", "GOV"), ("TUR", "GOV")),
    # عادل الجبير is known; with his father's name (بن أحمد) after the title he is the Saudi
    # minister, not the other party's
    ("والتقى وزير الخارجية عادل بن أحمد الجبير وزير الخارجية البريطاني في لندن.", "CONSULT",
     ("SAU", "GOV"), ("GBR", "GOV")),
])
def test_known_persons_keep_their_side(coder, text, event_type, actor, recipient):
    assert sides(one(coder, text, event_type, DAY)) == ([actor], [recipient])


def test_a_name_after_a_named_official_is_another_person(coder):
    # the title after al-Jubeir's name is his; the unknown name after it is the guest's
    text = "واستقبل عادل الجبير وزير الخارجية السعودي ماريا كوفاتش في الرياض أمس."
    e = one(coder, text, "CONSULT", DAY)
    assert [r.code for r in e.actor] == ["SAU"]
    assert [r.entity_text for r in e.recipient] == ["ماريا كوفاتش"]


@pytest.mark.parametrize(("text", "event_type", "actor", "recipient"), [
    # a verbal noun after a deed noun: its genitive is what was done to, and the clause's subject
    # before the deed noun did nothing
    # (the church is Egypt's: a building takes the country of the place it stands in)
    ("وزار الوزير الجرحى في حادث تفجير كنيسة في الإسكندرية.", "ASSAULT", [],
     [("EGY", "REL")]),
    ("وكشفت الشرطة ملابسات جريمة قتل طبيب في الحي.", "ASSAULT", [], [(None, "MED")]),
    # after a preposition: the clause's subject did it
    ("وأقدم مسلحون على قتل ثلاثة جنود قرب الحدود.", "ASSAULT", [(None, "UAF")],
     [(None, "MIL")]),
    # (not «تسعى إلى طرد»: an aim does not report the expulsion, prec9)
    ("وعمدت السلطات إلى طرد اللاجئين من المخيم.", "COERCE", [(None, "GOV")],
     [(None, "REF")]),
])
def test_a_verbal_noun_written_like_a_verb_takes_its_object(coder, text, event_type, actor,
                                                             recipient):
    assert sides(one(coder, text, event_type, DAY)) == (actor, recipient)


def test_a_verb_after_its_subject_is_still_a_verb(coder):
    assert sides(one(coder, "وقتل مسلحون ثلاثة جنود قرب الحدود.", "ASSAULT", DAY)) == (
        [(None, "UAF")], [(None, "MIL")])


@pytest.mark.parametrize("text", [
    "ويحتجز تنظيم «داعش» الإرهابي صحفيا يابانيا في سوريا منذ أشهر.",
    "ويحتجز تنظيم \"داعش\" الإرهابي صحفيا يابانيا في سوريا منذ أشهر.",
])
def test_an_adjective_after_a_quoted_name_is_no_actor(coder, text):
    assert sides(one(coder, text, "COERCE", DAY)) == ([("IMGMUSISI", None)], [("JPN", "JRN")])


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    # the subject stands before كان قد; the state after the verb is the one visited
    ("وقال المسؤول إن وفدا لحركة حماس كان قد زار إيران الشهر الماضي.", [("PSE", "REB")],
     [("IRN", None)]),
    # كان opening its clause (after و or حيث): the subject follows the verb
    ("وكان قد زار الرئيس المصري السعودية الشهر الماضي.", [("EGY", "GOV")], [("SAU", None)]),
    ("حيث كان قد زار الرئيس المصري السعودية الشهر الماضي.", [("EGY", "GOV")], [("SAU", None)]),
])
def test_a_subject_before_kana_qad(coder, text, actor, recipient):
    assert sides(one(coder, text, "CONSULT", DAY)) == (actor, recipient)


@pytest.mark.parametrize(("text", "event_type", "actor", "recipient"), [
    # a first-person verb: the quoted speaker acts, the actor after the verb is the object
    ('وقال وزير الخارجية الأردني: "نرفض أي تدخل إيراني في شؤون المنطقة".', "REJECT",
     [("JOR", "GOV")], [("IRN", None)]),
    ('وأضاف: "نطالب الحكومة الليبية بحماية المهاجرين".', "REQUEST", [], [("LBY", "GOV")]),
    # (not a coach thanking a sponsor for backing the national team: sport news, whose
    # courtesies salience.services drops, test_precision_audit11)
    ('وقال المتحدث: "أشكر الشركة الراعية على دعمها للحملة الوطنية".', "SUPPORT", [],
     [(None, "BUS")]),
    # a listed past form with the same letters is no first person (أدان: he condemned)
    ("وأدان الوزير القطري الهجوم على الجيش المصري.", "ACCUSE", [("QAT", "GOV")], []),
])
def test_a_first_person_verb_has_the_speaker_as_subject(coder, text, event_type, actor,
                                                        recipient):
    assert sides(one(coder, text, event_type, DAY)) == (actor, recipient)


@pytest.mark.parametrize(("text", "recipient"), [
    # an attack noun described by «targeted» without الذي: what the verb names was hit
    ("وبعد أسبوع على هجوم انتحاري دام استهدف الأراضي الفرنسية، شن الطيران الفرنسي غارات.",
     ("FRA", None)),
    ("وأسفر قصف جوي طال مدينة حلب عن مقتل خمسة مدنيين.", ("SYR", None)),
])
def test_an_attack_described_by_a_targeting_verb_hits_its_object(coder, text, recipient):
    e = one(coder, text, "ASSAULT", DAY)
    assert (e.recipient[0].code, e.recipient[0].sector) == recipient
