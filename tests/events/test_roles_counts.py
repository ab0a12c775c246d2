"""Counts between a preposition and the people it introduces (على ثلاثة من قادة X, على 12
شخصا) keep the preposition; an attack noun after في/ب is the circumstance of a killing told
before it, so the victims are not its actor; after a light verb (قامت طائرة بإطلاق) the subject
is. Sentences written for these tests."""

import pytest
from _coding import code
from _plover import Case, check, params

CASES = {
    "sanction_on_three_of": ("SANCTION", Case(
        "فرضت الحكومة الأمريكية عقوبات على ثلاثة من قادة حزب الله.",
        actor=[("USA", "GOV")], recipient=["LBN"], mode="discontinue")),
    "sentence_on_count": ("SANCTION", Case(
        "أصدرت محكمة مصرية أحكاما بالسجن على 12 شخصا.",
        # persons: no sector; sentenced by an Egyptian court, they are in Egypt (coder
        # .within_jurisdiction)
        actor=[("EGY", "JUD")], recipient=[("EGY", None)], mode="convict")),
    "light_verb_subject": ("ASSAULT", Case(
        "وقامت طائرة إسرائيلية بإطلاق صاروخ على سيارة في غزة.",
        actor=[("ISR", "MIL")], recipient=[], mode="heavy-weapons")),
}


@pytest.mark.parametrize("case", params({k: c for k, (_, c) in CASES.items()}, {}))
def test_count_roles(coder, case):
    event_type = next(t for t, c in CASES.values() if c is case)
    check(coder, event_type, case)


def test_attack_noun_of_a_killing_has_not_the_victims_as_actor(coder):
    text = "وأعلن مصدر أمني مقتل اثنين من عناصر الشرطة العراقية بانفجار سيارة مفخخة في الموصل."
    events = code(coder, text)
    killing = [e for e in events if e.event_text == "مقتل"]
    blast = [e for e in events if e.event_text.startswith("انفجار")]
    assert killing and blast, [(e.event, e.event_text) for e in events]
    assert [(r.code, r.sector) for r in killing[0].recipient] == [("IRQ", "COP")]
    assert blast[0].actor == ()
