"""A participle of speech or stance opening a clause after a comma (a حال: …، مطالبا …, …،
معربة عن …) has the subject of the clause before it, and the actors after it are its object
(branch ``tsides1``, ``roles.circumstantial_subject``). Sentences written for these tests."""

from _coding import bare_codes, events_of


def test_a_demand_after_a_comma_is_the_main_subjects(coder):
    # كما before the verb kept the subject from being found for the joined participle
    (request,) = events_of(coder, "كما أشاد وزير الخارجية التونسي بنتائج المؤتمر، مطالبا "
                           "الدول الأوروبية بزيادة الاستثمارات.", "REQUEST")
    assert bare_codes(request.actor) == ["TUN"]


def test_the_condoled_after_the_participle_are_not_its_subject(coder):
    (condole,) = events_of(coder, "وقال المتحدث إن الحكومة الفرنسية تستنكر هذا الاعتداء، "
                           "معربة عن خالص التعازي لأسر الضحايا.", "SUPPORT")
    assert bare_codes(condole.actor) == ["FRA"]
    assert [a.sector for a in condole.recipient] == ["CVL"]


def test_the_one_asked_after_the_participle_is_the_recipient(coder):
    (request,) = events_of(coder, "وأدان وزير الداخلية الأردني التفجير، مطالبا مجلس الأمن "
                           "بالتحرك العاجل.", "REQUEST")
    assert bare_codes(request.actor) == ["JOR"]
    assert bare_codes(request.recipient) == ["IGOUNO"]


def test_a_participle_without_a_comma_keeps_its_roles(coder):
    # no comma: the rule does not apply; the verb's subject is found as before (control)
    (request,) = events_of(coder, "أشاد الوزير الكويتي بالاتفاق مطالبا إيران بالالتزام به.",
                           "REQUEST")
    assert bare_codes(request.actor) == ["KWT"]
    assert bare_codes(request.recipient) == ["IRN"]


def test_the_object_after_the_subjects_name_and_comma_is_the_one_visited(coder):
    # زار + subject, its post and name, a comma, then the object (coder._aside_end)
    (visit,) = events_of(coder, "زار السفير الياباني لدى المملكة الدكتور كينجي ساتو، وزارة "
                         "الخارجية الكويتية أمس.", "CONSULT")
    assert bare_codes(visit.actor) == ["JPN"]
    assert bare_codes(visit.recipient) == ["KWT"]


def test_another_states_actor_before_the_comma_stops_the_object_search(coder):
    # the subject's own words hold another state's bare actor: not read past the comma (control)
    (visit,) = events_of(coder, "زار السفير الياباني الحكومة العراقية، وزارة الخارجية "
                         "الكويتية أمس.", "CONSULT")
    assert bare_codes(visit.recipient) == ["IRQ"]


def test_the_state_inside_the_participles_pattern_is_not_its_recipient(coder):
    # مؤكدا وقوف X مع: X, inside the pattern, is the subject again, not the one supported
    events = events_of(coder, "وقال المتحدث إن ماليزيا تدين هذا الهجوم، مؤكدا وقوف ماليزيا مع "
                       "المملكة في التصدي للإرهاب.", "SUPPORT")
    assert events
    for support in events:
        assert "MYS" not in bare_codes(support.recipient)
