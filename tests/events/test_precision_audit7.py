"""Precision on unseen news, seventh audit (2026-11-25, docs/EVALUATION.md "Seventh precision
audit", branch prec8): trigger words in their everyday senses. «السيطرة على» a blood pressure,
a situation or a crowd takes no place; حقق with an object pronoun achieves, it does not
investigate; sports news has more words of its own (fixtures, preparation, transfers, a
federation's support); public-service news more words of its own (complaints and reports
received, schools, a municipality); «الدعوة إلى الله» is preaching, not a call;
the phone (هاتفا ذكيا, رقم هاتفه) is a device; company business (capital, profits,
shareholders) is no political news; «استقبل» cases, requests, ships receives and meets
nobody; «استجابة لـ» gives a reason, like «ردا على».

Sentences are written for these tests; each rule has a close control that must not change.
"""

import pytest
from _coding import code


@pytest.mark.parametrize("text, event, kept", [
    # control of a state, a quantity or a crowd takes no place
    ("ويساعد هذا النظام الغذائي على السيطرة على ارتفاع ضغط الدم لدى كبار السن.",
     "COERCE", False),
    ("وتمكنت فرق الدفاع المدني من التصدي للقذائف والسيطرة على الموقف بعد ساعات.",
     "COERCE", False),
    ("وحاولت الشرطة السيطرة على الجماهير الغاضبة عند بوابات الملعب.", "COERCE", False),
    # forces taking a town or a base stay COERCE
    ("وتمكنت قوات الجيش من السيطرة على مدينة زنجبار بعد معارك عنيفة.", "COERCE", True),
    ("وسيطر المسلحون على القاعدة العسكرية شمال المدينة.", "COERCE", True),
    # حقق with an object pronoun achieves
    ("وأشاد المدير بالأرباح التي حققتها في النصف الأول من العام.", "ACCUSE", False),
    ("ونفخر بما حققناه في الموسم الماضي من نتائج.", "ACCUSE", False),
    # one investigates in something
    ("وقالت وزارة الداخلية إنها تحقق في ملابسات الانفجار الذي وقع في المدينة.", "ACCUSE", True),
    # sports: fixtures, preparation, a federation's support, a transfer
    ("ويلتقي الفريق نظيره الإماراتي في رابع مبارياته الودية بالمعسكر الخارجي.",
     "CONSULT", False),
    ("وغادرت بعثة النادي إلى النمسا تأهبا لانطلاقة الموسم الرياضي الجديد.",
     "MOBILIZE", False),
    ("ولم يحصل المرشح لرئاسة الاتحاد الدولي لكرة القدم على تأييد الاتحادات الآسيوية.",
     "SUPPORT", False),
    ("ويعد المهاجم الصفقة الثالثة للفريق في فترة الانتقالات الصيفية.", "COOPERATE", False),
    # a meeting or a preparation outside sport keeps its sense
    # (next week: an intended meeting, AGREE with modality future since prec16)
    ("ويلتقي وزير الخارجية السعودي نظيره الأمريكي في واشنطن الأسبوع المقبل.", "AGREE", True),
    ("وأعلنت الحكومة تأييدها للقرار الذي أصدره مجلس الأمن.", "SUPPORT", True),
    # services: complaints and reports received, schools, a municipality
    ("وأكدت الهيئة أنها تستقبل البلاغات والشكاوى على الرقم المجاني طوال اليوم.",
     "CONSULT", False),
    ("ودعت بلدية المحافظة الأهالي إلى الإبلاغ عن المخالفات عبر التطبيق.", "REQUEST", False),
    ("ودعا مدير الإدارة المقاولين إلى إنهاء صيانة المدارس قبل بداية العام الدراسي.",
     "REQUEST", False),
    # a state party keeps its event there
    ("واستقبل وزير التعليم السعودي السفير الأمريكي في مكتبه بالرياض.", "CONSULT", True),
    ("ودعت الحكومة المصرية المواطنين إلى التظاهر دعما للجيش.", "REQUEST", True),
    # preaching is no call; a call is
    ("وأشاد الإمام بجهود المملكة في الدعوة إلى الله ونشر الوسطية.", "REQUEST", False),
    ("وجدد الأمين العام الدعوة إلى وقف إطلاق النار في اليمن.", "REQUEST", True),
    # the phone is a device; a call stays a call
    ("وطرحت الشركة الكورية هاتفا ذكيا جديدا في الأسواق الخليجية.", "CONSULT", False),
    ("وأدانت المحكمة المتهم بتزويد أحد المطلوبين برقم هاتفه الجوال.", "CONSULT", False),
    ("وبحث الرئيس المصري في اتصال هاتفي مع العاهل الأردني تطورات الأوضاع.", "CONSULT", True),
    ("وهاتف الرئيس الفرنسي نظيره الروسي أمس لبحث الأزمة السورية.", "CONSULT", True),
    # company business: capital, profits, shareholders
    ("ووافقت الجمعية العامة للشركة على زيادة رأس المال بنسبة 20 في المائة.", "AGREE", False),
    ("واجتمع رئيس مجلس الإدارة مع كبار المساهمين لمناقشة توزيع الأرباح.", "CONSULT", False),
    # a company named in political news is no business sentence
    ("وطالب أهالي الضحايا الحكومة بمحاسبة الشركة المسؤولة عن الحادث.", "REQUEST", True),
    ("ووقعت الحكومة السعودية اتفاقية مع شركة فرنسية لبناء محطة كهرباء.", "SUPPORT", True),
    # «استقبل» cases and requests receives, it meets nobody; a reception of an envoy stays
    ("واستقبلت المحاكم 300 قضية طلاق خلال العام الماضي.", "CONSULT", False),
    ("وتستقبل الجمعية طلبات الأسر المحتاجة حتى نهاية الشهر.", "CONSULT", False),
    ("واستقبل الرئيس المصري وزير الخارجية الأمريكي في القاهرة أمس.", "CONSULT", True),
    # «استجابة لـ» gives the reason of an act told, like «ردا على»; a response told stays
    ("ويأتي عقد المؤتمر استجابة لدعوة الأمين العام للأمم المتحدة.", "CONCEDE", False),
    ("وأرسلت المملكة طائرات إغاثة استجابة لمناشدة الحكومة اليمنية.", "CONCEDE", False),
    ("واستجابت الحكومة لمطالب المحتجين بإقالة المحافظ.", "CONCEDE", True),
    ("وأعلن الرئيس استجابته لمطالب المعارضة.", "CONCEDE", True),
])
def test_sense(coder, text, event, kept):
    assert (event in [e.event for e in code(coder, text)]) == kept
