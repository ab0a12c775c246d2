"""Who-to-whom on unseen news, ninth side audit (branch ``sides10``): a pattern closed by a
word inside a known name (the King Salman relief centre), the subject's second title before a
thing it acts on, the one a ruling is issued against, the past «accuse» read passive, threats
received, a meeting verb's object pronoun, and Souq Okaz. Sentences written for these tests."""

from _coding import code, events_of, texts


def test_the_relief_centre_is_the_giver_not_a_person_salman(coder):
    (aid,) = events_of(coder, "ووصلت المساعدات الإغاثية التي يقدمها مركز الملك سلمان للإغاثة "
                       "والأعمال الإنسانية إلى مخيمات النازحين في عدن.", "AID")
    assert [a.code for a in aid.actor] == ["SAU"]
    assert texts(aid.actor)[0].startswith("مركز الملك سلمان")


def test_a_second_title_and_name_before_the_thing_condemned_are_the_subjects(coder):
    (condemn,) = events_of(coder, "واستنكر وزير العدل رئيس المجلس الأعلى للقضاء الدكتور وليد "
                           "الصمعاني الاعتداء الآثم على المصلين في القطيف.", "ACCUSE")
    assert texts(condemn.actor) == ["وزير العدل"]
    assert not any("المجلس الأعلى" in t for t in texts(condemn.recipient))


def test_a_second_title_inside_a_condolence_pattern_is_the_givers(coder):
    (condolences,) = events_of(coder, "ورفع وزير العدل رئيس المجلس الأعلى للقضاء التعازي لأسر "
                               "شهداء الواجب في أبها.", "SUPPORT")
    assert not any("المجلس الأعلى" in t for t in texts(condolences.recipient))


def test_whom_a_ruling_is_issued_against_is_its_recipient(coder):
    (ruling,) = events_of(coder, "وصدر بحق الناشط المعارض حكم بالسجن عشر سنوات.", "SANCTION")
    assert not ruling.actor
    assert texts(ruling.recipient) == ["الناشط المعارض"]


def test_the_past_accuse_with_one_party_and_the_charge_is_passive(coder):
    (charge,) = events_of(coder, "واتهم الناشط بقتل شرطي في الإسكندرية.", "ACCUSE")
    assert not charge.actor
    assert texts(charge.recipient) == ["الناشط"]


def test_the_active_accuse_keeps_its_subject(coder):
    (charge,) = events_of(coder, "واتهم وزير الداخلية المعارضة بإثارة الفوضى.", "ACCUSE")
    assert texts(charge.actor) == ["وزير الداخلية"]


def test_who_receives_threats_is_threatened(coder):
    (threat,) = events_of(coder, "وتلقى النائب تهديدات بالقتل.", "THREATEN")
    assert not threat.actor
    assert texts(threat.recipient) == ["النائب"]


def test_those_present_are_not_whom_the_host_received(coder):
    events = events_of(coder, "وزار المفتي مقر قيادة القوة، حيث استقبله قائد القوة بحضور ضباط "
                       "الشؤون الدينية.", "CONSULT")
    received = [e for e in events if e.event_text == "استقبله"]
    assert received and all("ضباط" not in texts(e.recipient) for e in received)


def test_souq_okaz_is_no_newspaper(coder):
    for e in code(coder, "وأكد الأمير أن سوق عكاظ سيواصل هذا العام "
                                        "أداء رسالته، التي ترعاها قيادة حكيمة، وتعهدت "
                                        "بالعمل بلا كلل."):
        assert "عكاظ" not in texts(e.actor) + texts(e.recipient)
