"""Who to whom in casualty reports: Arabic script does not show the passive (قُتل/قَتل), so a
killing verb before a count or after its subject is read as passive, the people counted are the
victims (recipient), and the attacker comes from the attack they died in (في هجوم شنه X,
غارات روسية, الغارة التي شنتها X). Sentences written for these tests."""

import pytest
from _coding import code
from _plover import Case, check, params

T = "ASSAULT"

CASES = {
    # a count right after the verb: the counted people were killed
    "count_after_verb_nisba_attack": Case(
        "وقتل 25 مدنيا سوريا في غارات جوية روسية على ريف إدلب.",
        actor=[("RUS", "MIL")], recipient=[("SYR", "CVL")]),
    "count_after_verb_launch_verb": Case(
        "وقتل أمس ستة جنود نيجيريين في هجوم شنه مسلحون من جماعة بوكو حرام على قاعدة عسكرية.",
        actor=["NGA"], recipient=[("NGA", "MIL")]),
    "count_after_verb_relative_clause": Case(
        "وقتل ثلاثة صحفيين أتراك في الغارة التي شنتها طائرات إسرائيلية على المدينة.",
        actor=[("ISR", "MIL")], recipient=[("TUR", "JRN")]),
    "pattern_names_the_attack": Case(
        "وقتل جنديان في هجوم مسلح نفذه مجهولون ضد نقطة للجيش اللبناني.",
        # soldiers, a state institution, take the one country the sentence's actors have
        actor=[(None, "UAF")], recipient=[("LBN", "MIL")]),
    "killing_noun_attack_agent": Case(
        "وأعلنت الشرطة مقتل ثلاثة صحفيين فرنسيين في هجوم شنته جماعة مسلحة قرب المدينة.",
        actor=[(None, "REB")], recipient=[("FRA", "JRN")]),
    # the subject before a passive verb with no object after it
    "subject_before_killed_and_injured": Case(
        "قال مصدر أمني إن شرطيا مصريا قتل وأصيب اثنان آخران في هجوم على نقطة تفتيش.",
        actor=[], recipient=[("EGY", "COP")], attribution="anonymous_source"),
    "subject_before_underwent_attack": Case(
        "أكدت الشرطة أن القوات التركية تعرضت لهجوم قرب الحدود.",
        actor=[], recipient=[("TUR", "MIL")], attribution="official"),
    "underwent_shelling_by": Case(
        "وتعرضت قرى في شمال العراق لقصف الطائرات التركية أمس.",
        actor=[("TUR", "MIL")], recipient=["IRQ"]),  # the villages' country (coder, passive)
    "subject_phrase_ends_with_its_organisation": Case(
        "وأعلنت وزارة الدفاع الأمريكية أن قياديا بارزا في حركة الشباب قتل في غارة أمريكية "
        "جنوب الصومال.",
        actor=[("USA", "MIL")], recipient=[("SOM", "REB")], attribution="official"),
    "subject_particle_verb": Case(
        "وكان 30 جنديا أفغانيا قد قتلوا في هجوم انتحاري على قاعدة عسكرية.",
        actor=[], recipient=[("AFG", "MIL")]),
    "suicide_attack_adjective_is_no_victim": Case(
        "وقال مصدر إن اثنين قتلا وأصيب ثلاثة في هجوم انتحاري بسيارة مفخخة.",
        actor=[], recipient=[], attribution="anonymous_source"),
    # active readings stay active
    "speaker_pronoun_active": Case(
        "قال الجيش العراقي إنه قتل 30 مسلحا من تنظيم داعش في الأنبار.",
        actor=[("IRQ", "MIL")], recipient=["IMGMUSISI"], attribution="official"),
    "subject_before_count_active": Case(
        "وذكر الشهود أن الجنود الأمريكيين قتلوا ثلاثة مسلحين قرب القرية.",
        actor=[("USA", "MIL")], recipient=[(None, "UAF")], attribution="witness"),
}

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, XFAIL))
def test_passive_casualties(coder, case):
    check(coder, T, case)


@pytest.mark.parametrize("text, want", [
    # an indefinite noun right after a killing verb with nothing after it to be killed: the
    # passive قُتل (the one killed is the recipient)
    ("قتل ضابط في الشرطة العراقية أمس.", ([], ["IRQ"])),
    ("وقتل جندي تركي.", ([], ["TUR"])),
    # controls: an object after it (active), and a noun in construct (definite)
    ("قتل جندي إسرائيلي فلسطينيا قرب الخليل.", (["ISR"], ["PSE"])),
    ("أعدم مسلحو تنظيم داعش خمسة أشخاص.", (["IMGMUSISI"], [None])),
])
def test_lone_indefinite_after_a_killing_verb_is_the_victim(coder, text, want):
    e = next(e for e in code(coder, text)
             if e.event == T)
    assert ([a.code for a in e.actor], [a.code for a in e.recipient]) == want


def test_convicted_is_passive(coder):
    # أُدين (was convicted; the active is أدان): the one after it was convicted, not a judge
    text = "وقد أدين الرجل بتهمة القتل العمد."
    e = next(e for e in code(coder, text)
             if e.event == "SANCTION")
    assert e.actor == () and [a.entity_text for a in e.recipient] == ["الرجل"]
