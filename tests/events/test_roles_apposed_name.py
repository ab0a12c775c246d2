"""A title's holder named between commas (وزير الخارجية X، فلان، …) is the same party as the
title wherever it stands: the object after it is the other party, not the name. A delegation
(وفدا من X, مع وفد من X, بوفد من X) is X's. Sentences written for these tests."""

import pytest
from _coding import code

CASES = [
    # subject after the verb, then the object
    ("استقبل وزير الخارجية الكويتي، صباح الخالد، السفير الألماني لدى الكويت.",
     "CONSULT", "KWT", "DEU"),
    ("انتقد رئيس الوزراء اليوناني، أليكسيس تسيبراس، الحكومة الألمانية بشدة.",
     "ACCUSE", "GRC", "DEU"),
    # both sides a title with its holder between commas: the object is the second title
    ("استقبل وزير الخارجية العماني، يوسف بن علوي، الدكتور أحمد العربي، نائب وزير الخارجية "
     "اليمني.", "CONSULT", "OMN", "YEM"),
    # subject before the verb
    ("وزير الخارجية الأردني، ناصر جودة، التقى نظيره العراقي في عمان.", "CONSULT", "JOR", "IRQ"),
    # a gapped pattern keeps its subject
    ("عقد وزير الداخلية المغربي، محمد حصاد، اجتماعا مع نظيره الإسباني.", "CONSULT", "MAR", "ESP"),
    # the holder of the object's title
    ("التقى الرئيس التونسي وزير الخارجية الفرنسي، جان مارك إيرولت، في قصر قرطاج.",
     "CONSULT", "TUN", "FRA"),
    # the title names no state; the known name between the commas does, and is the subject
    ("انتقد وزير الخارجية، عادل الجبير، الحكومة الإيرانية.", "ACCUSE", "SAU", "IRN"),
    # a delegation is of the body after its «من», as the object and after مع
    ("استقبل رئيس الوزراء العراقي وفدا من الكونغرس الأمريكي.", "CONSULT", "IRQ", "USA"),
    ("اجتمع العاهل الأردني مع وفد من الحكومة اليمنية.", "CONSULT", "JOR", "YEM"),
    ("التقى الوزير القطري بوفد من الحكومة السودانية.", "CONSULT", "QAT", "SDN"),
]


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), CASES)
def test_title_holder_and_delegation_sides(coder, text, event, actor, recipient):
    events = code(coder, text)
    found = [e for e in events if e.event == event]
    assert found, [(e.event, e.event_text) for e in events]
    assert [[r.code for r in e.actor] for e in found] == [[actor]]
    assert [[r.code for r in e.recipient] for e in found] == [[recipient]]



def test_second_apposition_after_the_name_is_the_subjects(coder):
    # one bare word set off by commas after the name describes the subject, not the object
    text = "هدد الرئيس السابق، محمود أحمدي نجاد، المحافظ، بمقاطعة المنتجات الأمريكية."
    found = [e for e in code(coder, text)
             if e.event == "THREATEN"]
    assert [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in found] == \
        [(["IRN"], [])]


def test_object_title_with_its_own_name_stays_the_object(coder):
    text = "التقى وزير الخارجية الأمريكي، جون كيري، نظيره الروسي، سيرغي لافروف، في جنيف."
    found = [e for e in code(coder, text)
             if e.event == "CONSULT"]
    assert [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in found] == \
        [(["USA"], ["RUS"])]
