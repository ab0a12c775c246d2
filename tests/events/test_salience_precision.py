"""Trigger words that name, want or modify an event rather than report one
(hadath/events/salience.py, hadath/kb/data/cues.yaml; issues 4 and 9).

Each rule has a sentence where the candidate must go and a control where the same word, or the
same construction, reports an event and must stay. Sentences are written for these tests.
"""

import datetime as dt

import pytest
from _coding import code, event_types

D = dt.date(2023, 8, 25)


@pytest.mark.parametrize("text, absent", [
    # «هنا» (here) is هنأ (congratulated) once hamza is normalised away
    ("قال الوزير إن الحل يبدأ من هنا.", "SUPPORT"),
    # يُدعى: "is named", not "is called upon"
    ("قتلت الشرطة رجلا يدعى محمود في الزرقاء.", "REQUEST"),
    # a stem prefix must not match across a clitic: وعدد (and a number) is not وعد (promised)
    ("وعدد من أهالي الجنود رفعوا صورهم.", "AGREE"),
    # قدم* … ودي* (deposits) once matched كرة القدم … الودية (a friendly match)
    ("خاض فريق الشباب لكرة القدم مباراته الودية الأولى.", "AID"),
    # الطلب على: demand for goods
    ("أصدر البنك تقريرا عن ضعف الطلب على النفط.", "REQUEST"),
])
def test_common_words_spelled_like_triggers(coder, text, absent):
    assert absent not in event_types(coder, text)


@pytest.mark.parametrize("text, present", [
    ("هنأ الرئيس المصري نظيره الفرنسي بفوزه في الانتخابات.", "SUPPORT"),
    ("دعا الرئيس الأحزاب إلى الحوار.", "REQUEST"),
    ("وعدت الحكومة الأردنية برفع الحظر عن الصحيفة.", "AGREE"),
])
def test_the_same_words_as_triggers(coder, text, present):
    assert present in event_types(coder, text)


def test_a_verb_form_with_the_article_is_a_noun(coder):
    # الحظر is the object of the promise (a noun: verbs never take the article)
    assert "COERCE" not in event_types(coder, "وعدت الحكومة الأردنية برفع الحظر عن الصحيفة.")
    # and, with no argument, it refers: خطوط الهاتف is no phone call
    assert event_types(coder, "وأكد أن الأمطار أتلفت خطوط الهاتف في القرية.") == []


@pytest.mark.parametrize("text, kept, absent", [
    # أن + present verb: wanted, asked for or scheduled, not reported
    ("من المقرر أن يزور الرئيس الفرنسي الجزائر الأسبوع المقبل.", None, "CONSULT"),
    ("تطالب المعارضة بأن تنسحب القوات من المدينة.", "REQUEST", "RETREAT"),
    # and the verb coordinated with it
    ("قال المحامي إن موكله لا يستحق أن يعتقل ويعذب على أيدي القوات الأمنية.", None, "ASSAULT"),
    ("قال المحامي إن موكله لا يستحق أن يعتقل ويعذب على أيدي القوات الأمنية.", None, "COERCE"),
    # the next conjunct of a requested act is requested too
    ("طالبت المعارضة بإطلاق سراح المعتقلين ووقف الغارات على القرى.", "REQUEST", "RETREAT"),
])
def test_wanted_acts_are_not_events(coder, text, kept, absent):
    types = event_types(coder, text)
    assert absent not in types
    assert kept is None or kept in types


@pytest.mark.parametrize("text, present", [
    # أنه + past verb: "that he met"
    ("أكد الوزير أنه التقى نظيره التركي في أنقرة.", "CONSULT"),
    # قبل أن + present verb tells what happened next
    ("أغلقت الشرطة الطريق قبل أن تعتقل المتظاهرين.", "COERCE"),
])
def test_that_clauses_and_temporal_clauses_report(coder, text, present):
    assert event_types(coder, text).count(present) == (2 if present == "COERCE" else 1)


@pytest.mark.parametrize("text, absent", [
    # what a place is for
    ("قتل جنديان في هجوم على نقطة تفتيش للجيش المصري.", "COERCE"),
    ("نقلت السلطات المعتقلين إلى مراكز احتجاز في الصحراء.", "COERCE"),
    # an event word inside an organisation's name
    ("أصيب جنديان من قوات حفظ السلام الدولية في لبنان.", "AID"),
    ("وقال مدير هيئة الإغاثة الإسلامية إن الوضع صعب.", "AID"),
])
def test_event_nouns_naming_places_and_bodies(coder, text, absent):
    assert absent not in event_types(coder, text)


def test_a_conjunct_after_a_requested_act_can_be_an_event(coder):
    # a verb with its own subject after the request is a second event
    types = event_types(coder, "طالبت الحكومة بالإفراج عن الرهائن واعتقلت الشرطة ثلاثة مشتبه بهم.")
    assert "REQUEST" in types and "COERCE" in types and "RETREAT" not in types


def test_modifier_controls(coder):
    assert "COERCE" in event_types(coder, "نفذت الشرطة حملة تفتيش في الحي.")
    assert "AID" in event_types(coder, "نشرت الأمم المتحدة قوات حفظ سلام في جنوب السودان.")
    # an attacker's description still tells the attack
    assert "ASSAULT" in event_types(
        coder, "قال مسؤولون إن مهاجما انتحاريا من حركة طالبان قتل شرطيين.")


def test_an_answered_call_reports_what_it_asked_for(coder):
    types = event_types(coder, "لبت مئات النساء الدعوة إلى التظاهر أمام البرلمان.")
    assert "PROTEST" in types and "REQUEST" not in types
    # the call itself, unanswered, is a REQUEST and its object is not reported
    assert event_types(coder, "دعت النقابة العمال إلى الإضراب.") == ["REQUEST"]


@pytest.mark.parametrize("text, mode", [
    # protesters voicing something are protesting: the topic is not an ACCUSE of its own
    ("وندد آلاف المتظاهرين في البصرة بالاتفاق مع الشركة الأجنبية.", "demo"),
    # their own violence is a riot, their blockade an obstruction
    ("وهاجم مئات المحتجين مقر المحافظة في البصرة.", "riot"),
    ("وأغلق المحتجون الطريق الرئيسي المؤدي إلى الميناء.", "obstruct"),
])
def test_protesters_acting_protest(coder, text, mode):
    evs = code(coder, text)
    assert [(e.event, e.mode) for e in evs] == [("PROTEST", mode)]


def test_protesters_as_objects_stay_victims(coder):
    assert event_types(coder, "اعتقلت الشرطة متظاهرين في القاهرة.") == ["COERCE"]


@pytest.mark.parametrize("text", [
    # a bank's loans, a coach's chance and an assistant minister are no aid
    "ارتفعت القروض الاستهلاكية التي تقدمها المصارف للأفراد.",
    "منح المدرب اللاعبين الشبان الفرصة.",
    "وقدم مساعد وزير الخارجية الأمريكي استقالته أمس.",
    # the definite singular is help in general
    "وتقدم المنظمة المساعدة للاجئين في لبنان.",
])
def test_economic_and_generic_senses_are_no_aid(coder, text):
    assert "AID" not in event_types(coder, text)


@pytest.mark.parametrize("text, absent", [
    # an anniversary, a collapse, a picture look back at an event
    ("تظاهر المئات في ذكرى مرور عامين على اعتقال زعيم الحزب.", "COERCE"),
    ("تجددت الاشتباكات بعد انهيار الهدنة بين الفصيلين.", "RETREAT"),
    ("رفع المتظاهرون صورا للمجازر في غزة.", "ASSAULT"),
    # the known cause of a consequence
    ("وسيؤدي مقتله إلى إضعاف التنظيم.", "ASSAULT"),
    ("أثار اعتقال الصحفي غضب زملائه.", "COERCE"),
    # declining to comment, with a long subject between
    ("رفض متحدث باسم وزارة الداخلية المصرية، التعليق على التقرير.", "REJECT"),
    # a plan that describes a person
    ("قال الجنرال الذي سيترك منصبه الشهر المقبل إن الوضع مستقر.", "RETREAT"),
    # an event made possible
    ("فتح الاتفاق الباب أمام صفقات التبادل بين الطرفين.", "COOPERATE"),
    # the next item of a list of things permitted
    ("يتيح للسلطات حظر الإضرابات، فضلا عن الاجتماعات العامة.", "CONSULT"),
])
def test_events_looked_back_at_or_made_possible(coder, text, absent):
    assert absent not in event_types(coder, text)


@pytest.mark.parametrize("text, present", [
    ("تجددت الاشتباكات بعد انهيار الهدنة بين الفصيلين.", "ASSAULT"),
    # a cause whose consequence is a toll is the event; the toll is not a second one
    ("أدت الغارات الإسرائيلية على غزة إلى مقتل عشرة أشخاص.", "ASSAULT"),
    ("أدى انفجار سيارة مفخخة إلى مقتل خمسة أشخاص.", "ASSAULT"),
    ("ترك الجنرال منصبه أمس.", "RETREAT"),
])
def test_events_told_with_their_consequence(coder, text, present):
    assert event_types(coder, text).count(present) == 1


@pytest.mark.parametrize("text, absent", [
    # what banners and slogans say is the protest's message
    ("رفع المحتجون لافتات تندد بالعدوان على غزة.", "ACCUSE"),
    ("رفع المحتجون لافتات تندد بالعدوان على غزة.", "ASSAULT"),
    ("وردد المتظاهرون هتافات «أوقفوا قتل الأبرياء» أمام السفارة.", "ASSAULT"),
    # what protesters went or stood for
    ("وتوجه عدد من المتظاهرين إلى مقر النقابة للمطالبة بالإفراج عن الصحفي.", "REQUEST"),
    ("أصيب عشرات المتظاهرين الذين كانوا يطالبون بإسقاط الحكومة.", "REQUEST"),
    # an attempt to bring an event about
    ("التقت زوجته بقيادات برلمانية في محاولة للإفراج عنه.", "RETREAT"),
    # the day after an attack, with its instrument
    ("خرجت مظاهرة في مدريد غداة اعتداء بسيارة مفخخة في المطار.", "ASSAULT"),
    # the object of a demand after عدم is a verbal noun
    ("طالبت المعارضة الحكومة بعدم استقبال الرئيس الأمريكي.", "CONSULT"),
    # a training centre, a peacekeeping force's name
    ("قتل شرطي في هجوم على مركز للتدريب تابع للشرطة.", "AID"),
    ("انتشر جنود من قوة حفظ سلام دولية في القرية.", "AID"),
    # اعترف + a noun subject is a confession, not a recognition
    ("اعترفت الحكومة السودانية بأن مسلحين ارتكبوا مجازر في دارفور.", "SUPPORT"),
    # crowds are people, not a military build-up
    ("وصلت حشود من المعلمين إلى ساحة البرلمان.", "MOBILIZE"),
])
def test_messages_attempts_and_names(coder, text, absent):
    assert absent not in event_types(coder, text)


@pytest.mark.parametrize("text, present", [
    ("تعرض المرشح لمحاولة اغتيال في بغداد.", "ASSAULT"),
    ("أعلنت الوزارة أن المركز وبالتنسيق مع السفارة نقل المواطنين إلى عدن.", "COOPERATE"),
    ("اعترفت فرنسا بدولة فلسطين.", "SUPPORT"),
    ("اعترفت الحكومة السودانية بأن مسلحين ارتكبوا مجازر في دارفور.", "ASSAULT"),
])
def test_attempts_coordination_and_recognition_controls(coder, text, present):
    assert present in event_types(coder, text)


@pytest.mark.parametrize("text, absent", [
    # a present verb, or its object, in a relative clause about an actor describes the actor
    ("طالبت الجبهة التي تحتجز عشرات الجنود بالإفراج عن سجنائها.", "COERCE"),
    ("أكد الوزير أن القوات البحرية التي تشارك في الحصار ستعود.", "COERCE"),
    # what a network, a patrol or a force is for
    ("اعتقلت الشرطة رجلا للتحقيق في صلته بشبكات تجنيد المقاتلين.", "MOBILIZE"),
    ("تعرضت دورية مساندة لإطلاق نار قرب الحدود.", "SUPPORT"),
    # a framework already in place
    ("تسلمت مصر الطائرات في إطار اتفاقية التعاون العسكري المبرمة بين البلدين.", "SUPPORT"),
    # those responsible for attacks are being identified, the attacks are not reported here
    ("رحب الائتلاف بقرار تحديد المسؤولين عن الهجمات الكيميائية.", "ASSAULT"),
    # the purpose of an invitation, past the quotation marks around a name
    ("وجه الوزير الدعوة لقيادة «حماس» لزيارة موسكو.", "CONSULT"),
    # what an agreement is about
    ("انتهت المحادثات باتفاق على حماية الموانئ وتدريب الجيش اليمني.", "AID"),
])
def test_descriptions_frameworks_and_contents(coder, text, absent):
    assert absent not in event_types(coder, text)


@pytest.mark.parametrize("text, present", [
    # an indefinite framework is a new event
    ("أوقفت الشرطة رجلا في إطار عملية مشتركة مع السلطات المغربية.", "COOPERATE"),
    # an agreement reached in talks is no topic of the talks
    ("انتهت المحادثات باتفاق على حماية الموانئ وتدريب الجيش اليمني.", "AGREE"),
    # a quotation that is not a name still ends the object of the meeting
    ("وأكد السفير بعد لقائه رئيس الحكومة «التزام بلاده بدعم الجيش».", "AGREE"),
])
def test_descriptions_frameworks_and_contents_controls(coder, text, present):
    assert present in event_types(coder, text)


def test_what_something_is_described_as_is_no_event(coder):
    # the criticism is one ACCUSE; «اتهامات» is what the statements are called
    text = "انتقد الوزير التصريحات واصفا إياها بأنها اتهامات باطلة."
    assert event_types(coder, text) == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    # a game, a table position, a transfer and a sending-off are sport, not politics
    "وسيخوض الفريق لقاءه الودي الثاني أمام الوصل في الدوري.",
    "ويحتل المنتخب السعودي المركز الثالث في المجموعة.",
    "اقتربت إدارة النادي من حسم صفقة انتقال اللاعب.",
    "وأكمل ميلان المباراة بعشرة لاعبين إثر طرد مدافعه.",
])
def test_sports_senses_are_no_events(coder, text):
    assert event_types(coder, text) == []


def test_sports_context_keeps_violence_and_other_deals(coder):
    text = "قتل 19 من مشجعي الزمالك في اشتباكات مع الشرطة قبل المباراة."
    assert "ASSAULT" in event_types(coder, text)
    assert "COOPERATE" in event_types(coder, "أبرمت مصر صفقة لشراء طائرات رافال من فرنسا.")


@pytest.mark.parametrize("text, absent", [
    # وعدن is "and Aden", لكم "to you"
    ("وصلت الطائرة الإغاثية إلى صنعاء وعدن أمس.", "AGREE"),
    ("وقال الوزير للصحفيين: أشكر لكم حضوركم.", "ASSAULT"),
])
def test_place_names_and_pronouns_spelled_like_triggers(coder, text, absent):
    assert absent not in event_types(coder, text)


@pytest.mark.parametrize("text, kept, absent", [
    # the field of a cooperation is not an act of its own
    ("اتفق البلدان على التعاون في تدريب القوات الأفغانية.", "AGREE", "AID"),
    ("أعلن الوزير عن تعاون عسكري أردني - عراقي في تدريب عناصر الجيش.", None, "AID"),
])
def test_field_of_cooperation(coder, text, kept, absent):
    types = event_types(coder, text)
    assert absent not in types
    assert kept is None or kept in types


def test_training_on_its_own_is_aid(coder):
    assert "AID" in event_types(coder, "دربت القوات الأمريكية الجيش العراقي في قاعدة عسكرية.")


def test_setting_of_another_event_told_before(coder):
    # في + a definite event noun whose relative clause only says it took place
    text = "وأشارت تقارير إلى سقوط عشرة جنود في المواجهات التي اندلعت قبل أسبوع."
    assert "ASSAULT" not in event_types(coder, text)
    # a relative clause that tells who did it reports the event
    text = "قتل عشرة جنود في الهجوم الذي شنه المسلحون على الحاجز."
    assert "ASSAULT" in event_types(coder, text)
    # and a subject noun described by its happening is reported too
    assert "ASSAULT" in event_types(coder, "أسفرت المواجهات التي اندلعت أمس عن مقتل عشرة جنود.")
