"""Which trigger matches report an event of their own (hadath/events/salience.py).

Each rule has a sentence where the candidate must be dropped and a control where the same word
reports an event and must stay. Sentences are written for these tests.
"""

import pytest
from _coding import code, event_types


@pytest.mark.parametrize("text, absent", [
    # a definite event noun with no argument refers to events, it does not report one
    ("تضاربت مواقف الأحزاب من المظاهرات.", "PROTEST"),
    ("رفض الحزب المشاركة في القتال.", "ASSAULT"),
    # after a demonstrative: an event told before
    ("ندد الوزير بهذه الغارات.", "ASSAULT"),
    ("احتج الطلاب على هذا الاعتداء.", "ASSAULT"),
])
def test_reference_nouns_are_not_events(coder, text, absent):
    assert absent not in event_types(coder, text)


@pytest.mark.parametrize("text, present", [
    ("اندلعت المظاهرات في العاصمة أمس.", "PROTEST"),  # an occurrence verb: it happened
    ("تجددت الاشتباكات في طرابلس.", "ASSAULT"),
    ("خرجت مظاهرات حاشدة في بغداد أمس.", "PROTEST"),  # indefinite
    ("أدان الوزير الهجوم الذي شنه الجيش التركي على قرية كردية.", "ASSAULT"),  # described
])
def test_event_nouns_that_report(coder, text, present):
    assert present in event_types(coder, text)


def test_relative_clause_subject_is_the_actor(coder):
    evs = code(coder, "أدان الوزير الهجوم الذي شنه الجيش التركي على قرية كردية.")
    assault = [e for e in evs if e.event == "ASSAULT"]
    assert [(a.code, a.sector) for a in assault[0].actor] == [("TUR", "MIL")]


@pytest.mark.parametrize("text, kept, absent", [
    # what is requested, threatened or discussed is the object, not a second event
    ("طالبت منظمة العفو الدولية بالإفراج عن الصحفيين المعتقلين.", "REQUEST", "RETREAT"),
    ("هدد المتمردون بقطع الهدنة مع الحكومة.", "THREATEN", "RETREAT"),
    ("ناقش وزيرا الخارجية وقف إطلاق النار في غزة.", "CONSULT", "RETREAT"),
    # past a quoted name, in any double quotes (branch debt1: straight ones were a gap)
    ("وطالب الرئيس اليمني «الحوثيين» بالانسحاب من صنعاء.", "REQUEST", "RETREAT"),
    ('وطالب الرئيس اليمني "الحوثيين" بالانسحاب من صنعاء.', "REQUEST", "RETREAT"),
    # a protest's demand or condemnation is its purpose
    ("تظاهر آلاف العمال في تونس مطالبين بزيادة الأجور.", "PROTEST", "REQUEST"),
    ("اعتصم مئات المعلمين أمام البرلمان الأردني للتنديد بالاعتقالات.", "PROTEST", "ACCUSE"),
])
def test_complements_and_purposes_are_absorbed(coder, text, kept, absent):
    types = event_types(coder, text)
    assert kept in types and absent not in types


@pytest.mark.parametrize("text, present", [
    ("أفرجت السلطات المصرية عن عشرة صحفيين.", "RETREAT"),
    ("طالب الرئيس التونسي البرلمان بإقرار القانون.", "REQUEST"),
])
def test_same_words_alone_are_events(coder, text, present):
    assert present in event_types(coder, text)


def test_toll_of_an_attack_is_not_a_second_attack(coder):
    text = "شنت القوات الروسية هجوما على مدينة خاركيف مما أدى إلى مقتل عشرة مدنيين."
    assert event_types(coder, text).count("ASSAULT") == 1
    # without an earlier event the killing is the event
    assert "ASSAULT" in event_types(coder, "أفادت الشرطة بمقتل ثلاثة أشخاص في بغداد.")


def test_pronoun_on_the_complementizer_is_the_speaker(coder):
    evs = code(coder, "أعلنت الشرطة الفرنسية أنها اعتقلت ثلاثة أشخاص في باريس.")
    coerce = [e for e in evs if e.event == "COERCE"]
    assert [(a.code, a.sector) for a in coerce[0].actor] == [("FRA", "COP")]
    # an explicit subject in the reported clause wins over the speaker
    evs = code(coder, "قال الوزير الفرنسي إن الشرطة الألمانية اعتقلت ثلاثة أشخاص.")
    coerce = [e for e in evs if e.event == "COERCE"]
    assert [(a.code, a.sector) for a in coerce[0].actor] == [("DEU", "COP")]


def test_denied_event_is_coded_negated_without_a_reject(coder):
    evs = code(coder, "نفت وزارة الدفاع الروسية قصف مستشفى في مدينة حلب.")
    assert [e.event for e in evs] == ["ASSAULT"]
    assert evs[0].negated
    # a denial with nothing else to deny stays a REJECT
    assert "REJECT" in event_types(coder, "نفى الجيش الاتهامات الموجهة إليه.")


def test_needed_or_bargained_events_are_not_events(coder):
    assert "RETREAT" not in event_types(
        coder, "قالت الحكومة الإيرانية إنها بحاجة إلى رفع العقوبات.")
    # a power granted is not its use
    assert event_types(coder, "يمكن للشرطة اعتقال المشتبه بهم دون إذن قضائي.") == []
    assert "COERCE" in event_types(coder, "اعتقلت الشرطة المشتبه بهم دون إذن قضائي.")
    # the terms of a plan are not events
    text = "دعا المبعوث الأممي إلى تنفيذ خطة تتضمن انسحاب القوات من المدن."
    assert "RETREAT" not in event_types(coder, text)
    assert "RETREAT" in event_types(coder, "انسحبت القوات الروسية من المدينة.")
    # a planned attack is not an attack
    text = "اتهمت السلطات المصرية الخلية بالتخطيط لاغتيال مسؤولين."
    assert event_types(coder, text) == ["ACCUSE"]
    # the release that happened is coded, the one bargained for is not
    text = "أطلق المتمردون سراح عشرة جنود مقابل الإفراج عن سجناء."
    assert event_types(coder, text).count("RETREAT") == 1


def test_lifting_sanctions_is_an_event(coder):
    assert "RETREAT" in event_types(coder, "رفعت الولايات المتحدة العقوبات عن فنزويلا.")


def test_a_verb_describing_an_event_noun_is_the_same_event(coder):
    text = "نفذ مسلحون هجوما انتحاريا استهدف حاجزا للجيش العراقي في الأنبار."
    assert event_types(coder, text) == ["ASSAULT"]
    # two attacks in two clauses stay two
    text = "قصفت الطائرات الروسية مدينة إدلب، وهاجم مسلحون حاجزا للجيش السوري."
    assert event_types(coder, text).count("ASSAULT") == 2


def test_yuadd_is_not_a_promise(coder):
    assert "AGREE" not in event_types(coder, "يعد هذا القرار خطوة مهمة في العلاقات بين البلدين.")
    assert "AGREE" in event_types(coder, "وعد الرئيس بإجراء انتخابات حرة.")


def test_charge_of_an_arrest_is_not_an_accusation(coder):
    assert event_types(coder, "اعتقلت الشرطة التركية صحفيا بتهمة التجسس.") == ["COERCE"]
    # a charge that is itself the event stays an ACCUSE
    assert "ACCUSE" in event_types(coder, "وجهت النيابة العامة المصرية تهمة الفساد إلى وزير سابق.")


def test_declining_to_comment_is_no_rejection(coder):
    assert "REJECT" not in event_types(
        coder, "رفض المتحدث باسم الجيش الإسرائيلي التعليق على التقارير.")
    assert "REJECT" in event_types(coder, "رفضت الحكومة الإسرائيلية المبادرة المصرية.")


def test_feared_clashes_are_not_clashes(coder):
    text = "نشرت الشرطة قواتها في وسط المدينة خوفا من اندلاع اشتباكات."
    assert "ASSAULT" not in event_types(coder, text)
    text = "اندلعت اشتباكات عنيفة بين الشرطة والمتظاهرين في وسط المدينة."
    assert "ASSAULT" in event_types(coder, text)


def test_insist_pattern_does_not_match_definite_nouns(coder):
    # ألح* على once matched الحفاظ على, الحداد على (ال + ح…)
    text = "اعتمدت الجماعة على التمويل الخارجي للحفاظ على نفوذها."
    assert "REQUEST" not in event_types(coder, text)
    assert "REQUEST" in event_types(coder, "ألح الرئيس الفرنسي على ضرورة وقف إطلاق النار.")


@pytest.mark.parametrize("text", [
    "وتجمع مئات المتظاهرين أمام مقر الحكومة في بغداد.",
    "وجاب المتظاهرون شوارع المدينة القديمة.",
    "وفي لندن توجه المتظاهرون إلى مقر رئيس الوزراء البريطاني.",
])
def test_protesters_doing_something_is_a_protest(coder, text):
    protests = [e for e in code(coder, text) if e.event == "PROTEST"]
    assert protests and [a.sector for a in protests[0].actor] == ["CVL"]


@pytest.mark.parametrize("text", [
    "قتلت الشرطة ثلاثة متظاهرين في العاصمة.",  # victims of another event
    "أصيب عشرة متظاهرين في الاشتباكات.",
    "قال أحد المتظاهرين إن الحكومة فاشلة.",  # a speaker
    "وصل عدد المتظاهرين إلى ألف.",  # a count
    "فرقت الشرطة المتظاهرين بالغاز المسيل للدموع.",  # the object
])
def test_protesters_as_victims_speakers_or_counts_are_no_protest(coder, text):
    assert "PROTEST" not in event_types(coder, text)


@pytest.mark.parametrize("text, absent", [
    ("تظاهر الآلاف قبل أن تطالب المعارضة باستقالة الرئيس.", "RETREAT"),  # قبل: before
    ("رفع المتظاهرون صور الرئيس الراحل ياسر عرفات.", "ASSAULT"),  # ياسر: a name, not يأسر
])
def test_trigger_forms_spelled_like_common_words(coder, text, absent):
    assert absent not in event_types(coder, text)


def test_accepting_a_resignation_is_still_coded(coder):
    assert "RETREAT" in event_types(coder, "قبلت الحكومة استقالة وزير المالية.")
    assert "SUPPORT" in event_types(coder, "هنأ الرئيس المصري نظيره الفرنسي بفوزه في الانتخابات.")


def test_generic_help_is_not_aid(coder):
    assert "AID" not in event_types(coder, "تحتاج الحكومة إلى مساعدة اقتصادها المنهار.")
    assert "AID" in event_types(coder, "قدمت السعودية مساعدة مالية لليمن.")


def test_purpose_of_another_event_is_not_an_event(coder):
    assert event_types(coder, "اعتقلت الشرطة المصرية ثلاثة ناشطين للتحقيق معهم.") == ["COERCE"]
    # gathering to protest is the protest itself
    text = "تجمع مئات العمال أمام البرلمان للاحتجاج على خفض الأجور."
    assert "PROTEST" in event_types(coder, text)


@pytest.mark.parametrize("text, absent", [
    ("وبموازاة التأييد الشعبي فضلا عن دعم المرجعية للتظاهرات.", "COERCE"),  # فضلا ≠ فض
    ("قصفت الطائرات التركية مواقع للمسلحين ردا على هجوم استهدف الأراضي التركية.", "RETREAT"),
])
def test_short_stems_do_not_match_common_words(coder, text, absent):
    assert absent not in event_types(coder, text)


def test_breaking_up_a_sit_in_is_still_coerce(coder):
    assert "COERCE" in event_types(coder, "فضت قوات الأمن المصرية اعتصام المعارضين بالقوة.")
    assert "RETREAT" in event_types(coder, "أعادت إسرائيل جثث ثلاثة فلسطينيين إلى ذويهم.")


def test_a_plane_laden_with_medicine_is_aid(coder):
    text = "وصلت إلى مطار صنعاء طائرة كويتية محملة بأدوية ومستلزمات طبية."
    assert "AID" in event_types(coder, text)
    assert "AID" not in event_types(coder, "انفجرت سيارة محملة بمواد متفجرة قرب السوق.")


def test_requested_investigation_is_the_requests_object(coder):
    """تطلب فيها التحقيق مع …: a nominal pattern after «فيها» is what is requested."""
    evs = code(coder, "قدمت الوزارة شكوى تطلب فيها التحقيق مع المسؤولين عن الحادث.")
    assert "REQUEST" in [e.event for e in evs]
    assert "investigate" not in [e.mode for e in evs]
    evs = code(coder, "فتحت النيابة التحقيق مع المسؤولين عن الحادث.")
    assert "investigate" in [e.mode for e in evs]


def test_leading_or_joining_an_event_reports_it(coder) -> None:
    # قاد / شارك في + a definite event noun: the demonstration happened
    evs = code(coder, "وقاد المظاهرة عدد من الطلاب أمام الجامعة.", None)
    assert [e.event for e in evs] == ["PROTEST"]
    text = "وقال ناشط شارك في الاحتجاجات إن الشرطة لم تتدخل."
    evs = code(coder, text, None)
    assert "PROTEST" in [e.event for e in evs]


@pytest.mark.parametrize("text, absent", [
    # «أي» + event noun quantifies over events: none is reported
    ("لم تشهد المدينة أي اشتباكات منذ أسبوع.", "ASSAULT"),
    ("قال المتحدث إن الحكومة ترفض أي هجوم على المدنيين.", "ASSAULT"),
    # a ceasefire that is monitored is not declared
    ("تراقب الأمم المتحدة وقف إطلاق النار في جنوب لبنان.", "RETREAT"),
    ("قررت الجامعة العربية إرسال فريق لمراقبة الهدنة في ليبيا.", "RETREAT"),
    # an event named as the content of a document is not an event
    ("رفض قادة المتمردين التوقيع على وثيقة استسلام.", "RETREAT"),
    ("سلمت الحكومة الوسطاء مسودة وقف إطلاق النار.", "RETREAT"),
])
def test_generic_monitored_or_documented_events(coder, text, absent):
    assert absent not in event_types(coder, text)


@pytest.mark.parametrize("text, present", [
    ("شهدت المدينة اشتباكات عنيفة أمس.", "ASSAULT"),
    ("أعرب الوزير عن دعمه للحكومة الليبية.", "SUPPORT"),
    ("استسلم عشرات المسلحين للجيش العراقي في الموصل.", "RETREAT"),
    # آية الله is a title, not the quantifier أية (a cleric's «attack» on a state is criticism)
    ("شن آية الله علي خامنئي هجوما على الولايات المتحدة.", "ACCUSE"),
])
def test_generic_rule_controls(coder, text, present):
    assert present in event_types(coder, text)


@pytest.mark.parametrize("text, absent", [
    # the event a protest answers is named, not reported again
    ("تجمع مئات الطلاب أمام المحكمة للاحتجاج على اعتقال زميلهم.", "COERCE"),
    ("خرجت مظاهرة في الخرطوم للتنديد بإعدام الرئيس العراقي السابق.", "ASSAULT"),
    ("تظاهر آلاف الإيرانيين في طهران ضد الغارات الإسرائيلية على غزة.", "ASSAULT"),
])
def test_what_a_protest_answers_is_not_reported(coder, text, absent):
    types = event_types(coder, text)
    assert "PROTEST" in types and absent not in types


def test_events_beside_a_protest_stay(coder):
    # the police acting against the protest is a second event
    text = "تظاهر مئات العمال في القاهرة واعتقلت الشرطة عددا منهم."
    assert {"PROTEST", "COERCE"} <= set(event_types(coder, text))
    # ضد after a non-protest event does not count
    assert "ASSAULT" in event_types(coder, "شن الجيش التركي غارات ضد مواقع المسلحين.")


def test_present_tense_relative_clause_about_an_actor_is_an_attribute(coder):
    # التي يدعمها النظام: who the groups are, not something that happened
    text = "انتقد الوزير الجماعات المسلحة التي يدعمها النظام السوري."
    assert event_types(coder, text) == ["ACCUSE"]
    # a past verb in the same position reports an event
    text = "أدان الوزير الجماعات المسلحة التي هاجمت الجيش العراقي."
    assert "ASSAULT" in event_types(coder, text)
