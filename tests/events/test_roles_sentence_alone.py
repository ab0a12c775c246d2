"""Named parties of a sentence coded alone (as the events evaluation codes it): the giver and
the state of an aid delivery named away from its verb (بإشراف من X, إلى الجمهورية Y), and the
subject a joined speech verb with no subject of its own continues (نفى X أنه …، وقال: إنه …).
Sentences written for these tests."""

from _coding import code


def _sides(coder, text: str, event: str):
    found = [e for e in code(coder, text) if e.event == event]
    assert found, [(e.event, e.event_text) for e in code(coder, text)]
    return [[r.code for r in e.actor] for e in found], [[r.code for r in e.recipient]
                                                        for e in found]


def test_aid_provider_after_its_load(coder):
    text = ("وصلت أولى شاحنات القافلة ” قافلة الخير ” إلى المملكة الأردنية الهاشمية عبر "
            "المنفذ الحدودي، وتحمل مئتي طن من المواد الغذائية والأدوية، بإشراف من وزارة "
            "الصحة الكويتية.")
    actors, recipients = _sides(coder, text, "AID")
    assert actors == [["KWT"]] and recipients == [["JOR"]]


def test_aid_funded_by(coder):
    text = "وصلت قافلة مساعدات طبية إلى ليبيا أمس، بتمويل من الحكومة الإماراتية."
    actors, recipients = _sides(coder, text, "AID")
    assert actors == [["ARE"]] and recipients == [["LBY"]]


def test_provider_noun_of_another_event_is_not_the_giver(coder):
    # the «من» phrase comes after another event the sentence codes (a meeting): not the giver
    text = ("وصلت قافلة مساعدات إلى اليمن، وعقد اجتماع بإشراف من وزارة الخارجية "
            "البريطانية مع الأمم المتحدة.")
    actors, _ = _sides(coder, text, "AID")
    assert all("GBR" not in a for a in actors)


def test_state_after_ila_further_on_is_not_the_destination(coder):
    # a clause boundary between the delivery and «إلى»: the state is not where the aid went
    text = "وصلت قافلة مساعدات غذائية أمس، وعاد الوفد إلى الجمهورية التونسية."
    _, recipients = _sides(coder, text, "AID")
    assert recipients == [[]]


def test_joined_speech_verb_continues_the_denier(coder):
    text = ("نفى وزير الخارجية الفرنسي، لوران فابيوس، أنه رفض لقاء نظيره الإيراني، "
            "وقال: إنه مستعد للقاء وزير الخارجية الإيراني في أي وقت.")
    events = code(coder, text)
    agree = [e for e in events if e.event == "AGREE"]
    assert agree and [r.code for r in agree[0].actor] == ["FRA"]
    assert [r.code for r in agree[0].recipient] == ["IRN"]


def test_speech_verb_with_its_own_subject_keeps_it(coder):
    text = ("نفى وزير الخارجية الفرنسي أنه رفض لقاء نظيره الإيراني، وقال وزير الخارجية "
            "الألماني: إنه مستعد للقاء وزير الخارجية الإيراني.")
    agree = [e for e in code(coder, text) if e.event == "AGREE"]
    assert agree and [r.code for r in agree[0].actor] == ["DEU"]


def test_words_between_the_pronoun_and_the_event_keep_its_own_subject(coder):
    # «إنه رغم ذلك دعت الشرطة»: the pronoun is not the subject of دعت
    text = ("ذكرت الصحيفة أن الشرطة تلاحق المتهمين، وقالت: إنه رغم ذلك دعت الشرطة البريطانية "
            "السلطات الفرنسية إلى تسليم المتهمين.")
    req = [e for e in code(coder, text) if e.event == "REQUEST"]
    assert req and [r.code for r in req[0].actor] == ["GBR"]


def test_possessive_pronoun_on_an_event_noun_is_its_doer(coder):
    text = "أكدت تونس مجددا، في بيان أمس، التزامها بتطبيق الاتفاق."
    actors, _ = _sides(coder, text, "AGREE")
    assert actors == [["TUN"]]


def test_feminine_pronoun_skips_a_masculine_subject(coder):
    # the party (masculine) threatened the state (feminine) after «her» closing its site: the
    # state closes
    text = "وكان حزب الله هدد فرنسا، بعد إغلاقها موقعه الإلكتروني باللغة الفرنسية."
    actors, _ = _sides(coder, text, "COERCE")
    assert actors == [["FRA"]]


def test_pronoun_of_one_who_undergoes_it_is_no_doer(coder):
    # deporting him (no object after the noun, a coercion): not the president who speaks
    text = ("وقال الرئيس المصري إنه لا يوجد صحافي أمريكي محبوس، ويمكن أن يكتفي بترحيله إلى "
            "خارج البلاد.")
    actors, _ = _sides(coder, text, "COERCE")
    assert actors == [[]]


def test_object_pronoun_of_a_verb_opening_a_pattern_is_no_doer(coder):
    text = "قال مسؤول إن الحكومة الألمانية حذرته من مغبة السفر."
    actors, _ = _sides(coder, text, "ACCUSE")
    assert actors == [["DEU"]]


def test_causative_inside_a_pattern_makes_its_object_the_actor(coder):
    # دفع* … مقاتل* holds the causative: the one pushed into mobilising mobilises
    text = "وتواصلت الغارات الجوية، وهو ما دفع بحركة طالبان إلى حشد مقاتلين جدد في المنطقة."
    actors, _ = _sides(coder, text, "MOBILIZE")
    assert actors == [["AFG"]]
    # إلى after the pattern: where the fighters are sent, the subject sends them
    text = "دفع الجيش المصري بمقاتلين إلى جبهة القتال في سيناء."
    actors, _ = _sides(coder, text, "MOBILIZE")
    assert actors == [["EGY"]]


def test_who_made_the_invitation_is_answered_not_answering(coder):
    text = "وقال: تشرفت اليوم بتلبية دعوة معالي وزير الخارجية القطري لزيارة الدوحة."
    agree = [e for e in code(coder, text) if e.event_text.startswith("تلبية")]
    assert agree and [r.code for r in agree[0].actor] == []
    assert [r.code for r in agree[0].recipient] == ["QAT"]
