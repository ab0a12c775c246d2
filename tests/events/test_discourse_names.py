"""The subject a sentence leaves out, named in the sentence before by a name no dictionary codes
(``Coder.analyse``, ``coder._titled_subject``): the NER runs on a sentence with no trigger when
the sentence after opens with a verb that has no subject, and a name after an uncoded title
(وأوضح مدير عام الشركة المهندس X) is the subject of the verb opening its sentence; a surname
read alone is the person named in full before (``coder._surnames_known``). Articles written for
these tests."""

from _coding import codes, events_of


def test_a_bare_name_in_a_sentence_with_no_trigger_is_the_subject_after(coder):
    text = ("قال فيصل الحربي إن الأجواء هادئة في المدينة. "
            "وأدان الهجوم الذي استهدف مركز الشرطة.")
    (accuse,) = events_of(coder, text, "ACCUSE")
    assert [a.entity_text for a in accuse.actor] == ["فيصل الحربي"]


def test_the_name_claims_what_the_next_sentence_reports(coder):
    text = "قال فيصل الحربي إن الأجواء هادئة في المدينة. وأضاف أن الشرطة اعتقلت ثلاثة لصوص."
    (arrest,) = events_of(coder, text, "COERCE")
    assert arrest.attribution is not None and arrest.attribution.text == "فيصل الحربي"


def test_a_name_after_an_uncoded_title_is_the_subject(coder):
    # not the government after the preposition, which is praised
    text = ("وأوضح مدير عام الشركة المهندس سامي بن علي القحطاني أن المشروع يسير وفق الخطة. "
            "وأشاد بتعاون الحكومة اليابانية.")
    (support,) = events_of(coder, text, "SUPPORT")
    assert [a.entity_text for a in support.actor] == ["سامي بن علي القحطاني"]
    assert "JPN" not in [a.code for a in support.actor]


def test_a_name_after_a_preposition_is_no_subject(coder):
    text = ("وأشار إلى تقرير أعده خالد العنزي عن الطرق. "
            "وأدان الهجوم الذي استهدف مركز الشرطة.")
    (accuse,) = events_of(coder, text, "ACCUSE")
    assert not any("العنزي" in a.entity_text for a in accuse.actor)


def test_a_surname_read_alone_is_the_person_named_in_full_before(coder):
    # the dictionaries know the full name (a person with its title), not the surname alone
    text = ("التقى رئيس مجلس النواب العراقي سليم الجبوري وفدا من رجال الأعمال في بغداد أمس. "
            "وانتقد الجبوري الحكومة التركية بسبب القصف.")
    (accuse,) = events_of(coder, text, "ACCUSE")
    assert codes(accuse.actor) == [("IRQ", "LEG")]
    assert codes(accuse.recipient) == [("TUR", "GOV")]


def test_a_surname_with_a_known_holder_takes_his_state(coder):
    text = ("زار رئيس الوزراء الباكستاني نواز شريف العاصمة البريطانية أمس. "
            "وطالب شريف الهند بوقف إطلاق النار.")
    (request,) = events_of(coder, text, "REQUEST")
    assert codes(request.actor) == [("PAK", "GOV")]


def test_a_surname_no_sentence_before_named_stays_uncoded(coder):
    (accuse,) = events_of(coder, "وانتقد الجبوري الحكومة التركية بسبب القصف.", "ACCUSE")
    assert codes(accuse.actor) == [(None, None)]
