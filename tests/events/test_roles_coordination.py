"""Verbs joined by و share the subject of the first verb of their clause: وحاول الرئيس الفرنسي
… والتقى رئيس الحكومة اللبنانية (the French president met the Lebanese prime minister, not the
reverse), وقدم له التعازي (still the French president). A second phrase after the actor makes
it the new subject (واعتقلت الشرطة عددا منهم). Sentences written for these tests."""

from _coding import code


def _roles(coder, text: str, event_text: str):
    events = code(coder, text)
    found = [e for e in events if e.event_text == event_text]
    assert found, [(e.event, e.event_text) for e in events]
    e = found[0]
    return [(r.code, r.sector) for r in e.actor], [(r.code, r.sector) for r in e.recipient]


VISIT = "وحاول الرئيس الفرنسي تهدئة الأزمة والتقى رئيس الحكومة اللبنانية وقدم له التعازي."


def test_joined_verb_keeps_the_first_subject(coder):
    assert _roles(coder, VISIT, "التقى") == ([("FRA", "GOV")], [("LBN", "GOV")])


def test_chain_of_joined_verbs(coder):
    assert _roles(coder, VISIT, "قدم له التعازي") == ([("FRA", "GOV")], [("LBN", "GOV")])


def test_new_subject_with_its_own_object(coder):
    text = "وتظاهر الطلاب أمام الجامعة واعتقلت الشرطة عددا منهم."
    actor, _ = _roles(coder, text, "اعتقلت")
    assert actor == [(None, "COP")]


def test_subject_set_off_by_commas(coder):
    """وزير الخارجية الإيراني، انتقد الحكومة الأمريكية: the subject is the whole segment before
    the comma; the actor after the verb is its object."""
    text = "وأكد المتحدث أن وزير الخارجية الإيراني، انتقد الحكومة الأمريكية بشدة."
    assert _roles(coder, text, "انتقد") == ([("IRN", "GOV")], [("USA", "GOV")])


def test_adverbial_before_comma_is_no_subject(coder):
    text = "وفي ظل إجراءات اتخذتها الشرطة المصرية، احتشد المتظاهرون أمام القنصلية الإسرائيلية."
    assert _roles(coder, text, "احتشد") == ([(None, "CVL")], [("ISR", "GOV")])


def test_noun_takes_the_clause_subject_not_its_object(coder):
    """اعتقلت الشرطة الفرنسية رجلا في إطار عملية مشتركة: the police, not the man arrested,
    cooperate."""
    text = "واعتقلت الشرطة الفرنسية رجلا في إطار عملية مشتركة مع السلطات البلجيكية."
    assert _roles(coder, text, "عملية مشتركة") == ([("FRA", "COP")], [("BEL", "GOV")])


def test_teller_is_not_the_attacker(coder):
    text = "وأعلنت الشرطة العراقية مقتل سبعة أشخاص بتفجير شاحنة مفخخة في سامراء."
    assert _roles(coder, text, "شاحنة مفخخة")[0] == []
