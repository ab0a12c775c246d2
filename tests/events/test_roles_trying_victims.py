"""Victims after verbs of trying, attackers named after the killing (branch passive3).

A casualty verb's past form right after a word of trying or managing (تمكنوا من قتل, حاولوا
اختطاف, بمحاولة قتل) is its verbal noun: the people after it are the victims, the trier the doer.
A clause of when after a passive killing that opens with a verb of attack (عندما فتح مسلحون
النار) names the killer. The plural of استهدف right after «الذين» with no object is passive: the
antecedent was targeted. Sentences written for these tests."""

import pytest
from _plover import events_of


@pytest.mark.parametrize("text, event, actor, recipient", [
    # the verbal noun after a word of trying: the people after it are the victims
    ("وقالت الشرطة إن المسلحين تمكنوا من قتل عدد من الجنود قبل فرارهم.",
     "ASSAULT", ["المسلحين"], ["الجنود"]),
    ("وقال إن التنظيم يأمر أتباعه بمحاولة قتل رجال الأمن.", "ASSAULT", [], ["رجال الأمن"]),
    # the clause of when names the killer
    ("وأفاد مسؤول بأن شرطيا قتل عندما أطلق مهاجمون النار على الحاجز.",
     "ASSAULT", ["مهاجمون"], ["شرطيا"]),
    ("وقتل شرطي حين هاجم مسلحون نقطة تفتيش في المدينة.", "ASSAULT", ["مسلحون"], ["شرطي"]),
    # ... but not a blast with no doer
    ("وقتل ثلاثة أشخاص عندما انفجرت عبوة ناسفة في السوق.", "ASSAULT", [], ["أشخاص"]),
    # the passive of استهدف in a relative clause
    ("ونعى الجيش المقاتلين الذين استهدفوا في القرية أمس.", "ASSAULT", [], ["المقاتلين"]),
    # active readings stay active: an object after the verb
    ("وقال إن الجنود الذين استهدفوا المدنيين سيحاكمون.", "ASSAULT", ["الجنود"], ["المدنيين"]),
    ("وتمكن الجيش من قتل 20 مسلحا في الاشتباكات.", "ASSAULT", ["الجيش"], ["مسلحا"]),
])
def test_trying_and_when_roles(coder, text, event, actor, recipient):
    e = events_of(coder, text, event)[0]
    assert ([a.entity_text for a in e.actor], [a.entity_text for a in e.recipient]) == \
        (actor, recipient)
