"""Who-to-whom on unseen news, ninth side audit (branch ``sides10``): a pattern closed by a
word inside a known name (the King Salman relief centre), the subject's second title before a
thing it acts on, the one a ruling is issued against, the past «accuse» read passive, threats
received, a meeting verb's object pronoun, and Souq Okaz. Sentences written for these tests."""

from _coding import events_of
from _plover import D

from hadath.model import Article


def _texts(side) -> list[str]:
    return [a.entity_text for a in side]


def test_the_relief_centre_is_the_giver_not_a_person_salman(coder):
    (aid,) = events_of(coder, "ووصلت المساعدات الإغاثية التي يقدمها مركز الملك سلمان للإغاثة "
                       "والأعمال الإنسانية إلى مخيمات النازحين في عدن.", "AID")
    assert [a.code for a in aid.actor] == ["SAU"]
    assert _texts(aid.actor)[0].startswith("مركز الملك سلمان")


def test_a_second_title_and_name_before_the_thing_condemned_are_the_subjects(coder):
    (condemn,) = events_of(coder, "واستنكر وزير العدل رئيس المجلس الأعلى للقضاء الدكتور وليد "
                           "الصمعاني الاعتداء الآثم على المصلين في القطيف.", "ACCUSE")
    assert _texts(condemn.actor) == ["وزير العدل"]
    assert not any("المجلس الأعلى" in t for t in _texts(condemn.recipient))


def test_a_second_title_inside_a_condolence_pattern_is_the_givers(coder):
    (condolences,) = events_of(coder, "ورفع وزير العدل رئيس المجلس الأعلى للقضاء التعازي لأسر "
                               "شهداء الواجب في أبها.", "SUPPORT")
    assert not any("المجلس الأعلى" in t for t in _texts(condolences.recipient))


def test_whom_a_ruling_is_issued_against_is_its_recipient(coder):
    (ruling,) = events_of(coder, "وصدر بحق الناشط المعارض حكم بالسجن عشر سنوات.", "SANCTION")
    assert not ruling.actor
    assert _texts(ruling.recipient) == ["الناشط المعارض"]


def test_the_past_accuse_with_one_party_and_the_charge_is_passive(coder):
    (charge,) = events_of(coder, "واتهم الناشط بقتل شرطي في الإسكندرية.", "ACCUSE")
    assert not charge.actor
    assert _texts(charge.recipient) == ["الناشط"]


def test_the_active_accuse_keeps_its_subject(coder):
    (charge,) = events_of(coder, "واتهم وزير الداخلية المعارضة بإثارة الفوضى.", "ACCUSE")
    assert _texts(charge.actor) == ["وزير الداخلية"]


def test_who_receives_threats_is_threatened(coder):
    (threat,) = events_of(coder, "وتلقى النائب تهديدات بالقتل.", "THREATEN")
    assert not threat.actor
    assert _texts(threat.recipient) == ["النائب"]


def test_those_present_are_not_whom_the_host_received(coder):
    events = events_of(coder, "وزار المفتي مقر قيادة القوة، حيث استقبله قائد القوة بحضور ضباط "
                       "الشؤون الدينية.", "CONSULT")
    received = [e for e in events if e.event_text == "استقبله"]
    assert received and all("ضباط" not in _texts(e.recipient) for e in received)


def test_souq_okaz_is_no_newspaper(coder):
    for e in coder.code_article(Article(id="t", text="وأكد الأمير أن سوق عكاظ سيواصل هذا العام "
                                        "أداء رسالته، التي ترعاها قيادة حكيمة، وتعهدت "
                                        "بالعمل بلا كلل.", date=D)):
        assert "عكاظ" not in _texts(e.actor) + _texts(e.recipient)
