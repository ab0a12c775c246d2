"""Trigger senses found by the audit of unseen SaudiNewsNet news (issues 4 and 9; 2026-11-25,
docs/EVALUATION.md "Trigger audit on unseen news").

Each group has sentences where the candidate must go and controls where the same word reports an
event and must stay. Sentences are written for these tests.
"""

import datetime as dt

import pytest
from _coding import code, event_types

D = dt.date(2023, 8, 25)


@pytest.mark.parametrize("text, absent", [
    # a source that asked not to be named made no request
    ("وقال ضابط في الشرطة طلب عدم الكشف عن اسمه إن الهجوم وقع فجرا.", "REQUEST"),
    ("وأضاف المسؤول، الذي طلب عدم ذكر اسمه، أن الوفد غادر العاصمة.", "REQUEST"),
    # «أيده الله» (God support him) and «في أيد أمينة» (in safe hands) praise nobody
    ("وقال الخطيب إن الدولة، أيدها الله، تكفل الأيتام.", "SUPPORT"),
    ("وأكد المحافظ أن المشروع في أيد أمينة.", "SUPPORT"),
    # دعا الله أن …: a prayer, not a call on anyone
    ("ودعا إمام المسجد الله أن يرحم الضحايا.", "REQUEST"),
    ("ودعا الشيخ المولى عز وجل أن يحفظ البلاد.", "REQUEST"),
    # يدين بالمذهب / بالولاء: adheres to, owes allegiance, not condemns
    ("ويضم الحي سكانا يدينون بالمذهب الإسماعيلي.", "ACCUSE"),
    ("وقال جاره إن الرجل يدين بالولاء لجهة أجنبية.", "ACCUSE"),
    # an interview is no meeting
    ("وقال الوزير خلال لقاء مع قناة العربية إن الحدود آمنة.", "CONSULT"),
    ("وأوضح السفير في حوار مع صحيفة محلية أن العلاقات متينة.", "CONSULT"),
    # الحذر من: caution
    ("ودعا الخطيب الشباب إلى الحذر من الشائعات.", "ACCUSE"),
    # complying with rules is no pledge
    ("وشدد التعميم على الالتزام بالضوابط المعلنة للحملات.", "AGREE"),
    # استعدادا ل: in preparation for; مستعدة لأي طارئ: a hospital ready, no offer
    ("وصلت فرق الدفاع المدني إلى المشاعر استعدادا لموسم الحج.", "AGREE"),
    ("وأكد المدير أن مستشفيات المحافظة مستعدة لأي طارئ.", "AGREE"),
    # أعدّ (prepared), not أعد 'I promise'
    ("وقدم الباحث دراسة أعدها عن أوضاع السجون.", "AGREE"),
    # أبعد: farther, not deported
    ("وتقع القرية في أبعد منطقة عن العاصمة.", "COERCE"),
    # a bare بلاغ is a report to the police
    ("وباشرت الدوريات الحادث على إثر بلاغ من أحد المارة.", "ACCUSE"),
    # ادين without hamza is the name Eden
    ("وسجل الجناح ادين هازارد هدف الفوز.", "ACCUSE"),
    # سلبا: negatively; ما يتصل ب: what relates to; نشرته صحيفة: published
    ("وتستهلك زراعة الأعلاف مياها كثيرة بما يؤثر سلبا على المخزون.", "COERCE"),
    ("وبحث الوزيران كل ما يتصل بالعلاقات الثنائية.", "CONSULT"),
    ("وحسب ما نشرته صحيفة محلية فإن شرطة المدينة تبحث عن القاتل.", "MOBILIZE"),
    # receiving applications or patients, a name with «park», an estimate, a fire controlled,
    # an order or an application
    ("وأعلنت الجامعة بدء استقبال طلبات الالتحاق ببرامج الدراسات العليا.", "CONSULT"),
    ("وتقام المباراة على ملعب كوينز بارك في لندن.", "SUPPORT"),
    ("وتحتاج البلديات على أقل تقدير إلى خمس سنوات لإنجاز المشروع.", "SUPPORT"),
    ("وقدر فريق التحقيق الحادث وبدأ تقدير الخسائر المادية.", "SUPPORT"),
    ("وتمكنت فرق الدفاع المدني من السيطرة على الحريق في المستودع.", "COERCE"),
    ("ويوفر الفندق خدمة طلب الطعام في الغرف على مدار الساعة.", "REQUEST"),
    ("وقال قائد الشرطة في لقاء بثته قناة محلية إن الوضع مستقر.", "CONSULT"),
    ("ودعا البنك الراغبين في الوظائف إلى زيارة موقعه الإلكتروني.", "CONSULT"),
])
def test_set_phrases_and_homographs_report_nothing(coder, text, absent):
    assert absent not in event_types(coder, text)


@pytest.mark.parametrize("text, present", [
    ("طلب الرئيس الفلسطيني من الأمم المتحدة توفير الحماية للمدنيين.", "REQUEST"),
    ("أيد البرلمان الأوروبي قرار الحكومة الفرنسية.", "SUPPORT"),
    ("دعا الأمين العام للأمم المتحدة الأطراف إلى وقف القتال.", "REQUEST"),
    ("أدان وزير الخارجية الأردني الهجوم على السفارة.", "ACCUSE"),
    ("التقى الرئيس المصري رئيس الوزراء الإيطالي في القاهرة.", "CONSULT"),
    ("وقال الرئيس إنه مستعد للحوار مع المعارضة.", "AGREE"),
    ("وأكدت الحكومة أنها مستعدة للتعاون مع المنظمة الدولية.", "AGREE"),
    ("ورفع المحامي بلاغا ضد وزير الداخلية السابق.", "ACCUSE"),
    ("نشرت الشرطة المصرية مئات العناصر في ميدان التحرير.", "MOBILIZE"),
    ("اتصل الرئيس المصري بنظيره الفرنسي.", "CONSULT"),
    ("استقبل الرئيس التونسي وزير الخارجية الفرنسي في قصر قرطاج.", "CONSULT"),
    ("وتمكنت قوات الجيش من السيطرة على مدينة زنجبار.", "COERCE"),
    ("وأعرب الوزير عن تقديره لموقف الحكومة الكويتية.", "SUPPORT"),
])
def test_the_same_words_still_report(coder, text, present):
    assert present in event_types(coder, text)


def test_readiness_to_impose_sanctions_is_a_threat(coder):
    types = event_types(coder, "وقال الوزير إن بلاده مستعدة لفرض عقوبات على الشركات المخالفة.")
    assert "THREATEN" in types and "AGREE" not in types


@pytest.mark.parametrize("text", [
    # a port, airport, hospital or clinic receiving goods, flights, cases or patients
    "استقبل ميناء الدمام خلال الشهر الماضي نحو 90 ألف طن من القمح.",
    "واستقبل مطار المدينة أول رحلة دولية قادمة من إسطنبول.",
    "واستقبل قسم الطوارئ بمستشفى الملك خالد أمس 12 حالة اختناق.",
    "واستقبلت العيادة المتنقلة نحو 300 لاجئ خلال أسبوع.",
])
def test_receiving_cases_or_goods_is_no_meeting(coder, text):
    assert "CONSULT" not in event_types(coder, text)


def test_receiving_a_visitor_is_still_a_meeting(coder):
    assert "CONSULT" in event_types(coder, "استقبل أمير المنطقة في مكتبه أمس السفير الياباني.")


@pytest.mark.parametrize("text", [
    # استهدف with a goal or an audience: "aims at"
    "وقال الوزير إن بلاده تستهدف تحقيق نمو بنسبة خمسة في المائة.",
    "ويستهدف البرنامج الطلاب الموهوبين في المرحلة الثانوية.",
    "ونظمت الجمعية دورة تدريبية تستهدف منسوبي القطاع الصحي.",
    "وأطلقت الوزارة حزمة من المشروعات تستهدف إنشاء شبكة طرق جديدة.",
])
def test_aiming_at_is_no_attack(coder, text):
    assert "ASSAULT" not in event_types(coder, text)


@pytest.mark.parametrize("text", [
    "استهدفت غارة جوية موقعا للمسلحين شمال المدينة.",
    "وكان الهجوم الذي استهدف الطلاب قد أوقع عشرات القتلى.",
])
def test_targeting_is_still_an_attack(coder, text):
    assert "ASSAULT" in event_types(coder, text)


@pytest.mark.parametrize("text", [
    # a club praising, welcoming, defending, asking for or meeting its players
    "وأشاد مدرب الفريق بأداء اللاعبين في المباراة الودية.",
    "وحظي المهاجم الجديد بترحيب كبير من جماهير النادي.",
    "وعقد رئيس النادي اجتماعا مع اللاعبين قبل الحصة التدريبية.",
    "ودافع المدرب عن حارس المرمى بعد الانتقادات التي وجهت له.",
    "وطالب رئيس لجنة الاحتراف الأندية بتسجيل اللاعبين قبل نهاية المهلة.",
    "واحتل اللاعب المركز الثاني في قائمة الهدافين.",
])
def test_more_sports_senses(coder, text):
    assert event_types(coder, text) == []


def test_praise_outside_sport_stays(coder):
    assert "SUPPORT" in event_types(coder, "وأشاد وزير الداخلية بجهود رجال الأمن في ضبط الحدود.")


@pytest.mark.parametrize("text, present", [
    # forms the dictionaries lacked: a feminine dual present, a shot «at him»
    ("السعودية وتركيا تتعاونان في تدريب حرس الحدود", "COOPERATE"),
    ("وقتل الحارس بعدما أطلق عليه مسلحون النار أمام المصرف.", "ASSAULT"),
    ("أطلق الجنود عليهم النار عند نقطة العبور.", "ASSAULT"),
])
def test_missing_forms(coder, text, present):
    assert present in event_types(coder, text)


def test_a_periodic_meeting_is_no_league(coder):
    text = "وعقد مجلس الوزراء اجتماعه الدوري برئاسة الملك وبحث مع الوفد الأمريكي الأوضاع."
    assert "CONSULT" in event_types(coder, "عقد وزير الخارجية الاجتماع الدوري مع نظيره الكويتي.")
    assert event_types(coder, text) == event_types(coder, text.replace("الدوري", "الأسبوعي"))


@pytest.mark.parametrize("text, present, absent", [
    # the feminine and plural past of verbs in -ى (a government, a ministry, forces as subject):
    # ألغت was read as the curfew itself (COERCE), أبدت as a bare noun
    ("ألغت الحكومة الأردنية قرار حظر التجول في المدينة.", "RETREAT", "COERCE"),
    ("وأبدت الوزارة استعدادها لتطبيق الإصلاحات.", "AGREE", None),
    ("أجرت الوزيرة المصرية محادثات مع نظيرها الأردني.", "CONSULT", None),
    ("أنهت الحكومة العراقية العمل بقانون الطوارئ.", "RETREAT", None),
])
def test_feminine_past_of_verbs_in_alif_maqsura(coder, text, present, absent):
    types = event_types(coder, text)
    assert present in types and absent not in types


def _negated(coder, text):
    return {e.event: e.negated for e in code(coder, text)}


@pytest.mark.parametrize("text, event", [
    # «ما» as a relative («what»), not the negation particle
    ("وشكر الوزير الشعب السعودي على ما يقدمه من دعم متواصل للاجئين.", "AID"),
    ("ومن أبرز إنجازات الأمن ما تم الإعلان عنه من إلقاء القبض على خمسة مطلوبين.", "COERCE"),
    ("ويطبق القانون بما يسمح بمصادرة أراضي الغائبين.", "COERCE"),
])
def test_relative_ma_does_not_negate(coder, text, event):
    assert _negated(coder, text).get(event) is False


def test_negation_particles_still_negate(coder):
    assert _negated(coder, "وقال الوزير إن الحكومة لم تعتقل أحدا.")["COERCE"] is True
    assert _negated(coder, "ما هاجم الجيش القرية.")["ASSAULT"] is True


def test_trades_in_a_market_sentence_are_no_deals(coder):
    text = "وبلغ عدد الأسهم المتداولة 90 مليون سهم توزعت على أكثر من 40 ألف صفقة."
    assert "COOPERATE" not in event_types(coder, text)
    assert "COOPERATE" in event_types(coder, "أبرمت روسيا صفقة لبيع منظومات دفاع جوي إلى مصر.")
