"""The people a casualty verb happened to, read as its doers (branch passive2). Arabic script
does not show the passive (قُتل/قَتل): a plural or dual past verb agrees with a subject before
it, so with no object after it (a preposition, a conjunction, بينهم, أيضا) it is passive and
that subject the victim, even a few words back (الجنود الأربعة قتلوا); a singular one after its
subject is passive before a word that opens no object (عندما, بعدما, بينهم); an arrest verb
(اعتقل) reads like the killing verbs; and a past verb written with the passive damma (قُتل,
اعتُقل) is passive whatever follows it. Sentences written for these tests."""

import pytest
from _plover import events_of


@pytest.mark.parametrize("text, event, actor, recipient", [
    # the subject before the verb is the victim, no doer
    ("وقال مسؤول محلي إن 15 شخصا قتلوا بينهم أطفال جراء انفجار لغم في القرية.",
     "ASSAULT", [], ["شخصا"]),
    # (the clause of when names the killer: branch passive3)
    ("وقالت الشرطة الباكستانية إن جنديا قتل عندما فتح مسلحون النار على دورية.",
     "ASSAULT", ["مسلحون"], ["جنديا"]),
    ("وقال المتحدث إن ثلاثة من المسلحين قتلوا أيضا في الهجوم على القاعدة.",
     "ASSAULT", [], ["المسلحين"]),
    ("ونعى الجيش الجنود الذين قتلوا في الانفجار.", "ASSAULT", [], ["الجنود"]),
    ("وأفاد مراسل بأن عشرات الطلاب اعتقلوا أمس بعد أن تظاهروا أمام الجامعة.",
     "COERCE", [], ["عشرات الطلاب"]),
    # a plural verb a few words after its subject; the agent after it is the doer
    ("وقالت الشرطة الهندية إن الجنود الأربعة قتلوا برصاص مسلحين قرب الحدود.",
     "ASSAULT", ["مسلحين"], ["الجنود"]),
    ("وقالت مصادر طبية إن 30 شخصا على الأقل قتلوا وأصيب آخرون في انفجار سيارة.",
     "ASSAULT", [], ["شخصا"]),
    # the passive damma
    ("وقُتل الصحفي الفرنسي في الصومال قبل عامين.", "ASSAULT", [], ["الصحفي الفرنسي"]),
    ("واعتُقل الناشط الحقوقي في القاهرة أمس.", "COERCE", [], ["الناشط الحقوقي"]),
    # active readings stay active: an object after the verb
    ("وقال الجيش إن الجنود قتلوا عشرة مسلحين في الاشتباكات.",
     "ASSAULT", ["الجنود"], ["مسلحين"]),
    ("واعتقلت الشرطة الفرنسية ثلاثة أشخاص في باريس.", "COERCE", ["الشرطة الفرنسية"], ["أشخاص"]),
    # after a closing quote the object may still follow (رجال أمن «اختطفوا» أمس منسقها)
    ("وقالت الحركة إن رجال أمن مصريين «اختطفوا» أمس منسقها العام.",
     "ASSAULT", ["رجال أمن مصريين"], []),
    # the present's damma on its prefix is the active of the derived forms too
    ("ويُطلق الجيش سراح الأسرى غدا.", "RETREAT", ["الجيش"], ["الأسرى"]),
])
def test_subject_of_a_passive_casualty_verb(coder, text, event, actor, recipient):
    e = events_of(coder, text, event)[0]
    assert ([a.entity_text for a in e.actor], [a.entity_text for a in e.recipient]) == \
        (actor, recipient)
