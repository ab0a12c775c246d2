"""Precision by type on unseen news, the cooperative types (2026-11-26, docs/EVALUATION.md
"Precision by type: the cooperative types", branch prec21): God answering a prayer is no
CONCEDE, «تركيزي منصب على» (my focus is on) is no resignation, a referee disallowing a goal
cancels no ruling, «ينسحب الأمر على» (the same applies to)
withdraws nothing, and a pipeline named is no COOPERATE.

Sentences are written for these tests; each rule has a close control that must not change.
"""

import datetime as dt

import pytest
from _coding import event_types

D21 = dt.date(2015, 8, 10)


@pytest.mark.parametrize("text, event, kept", [
    # God answered the prayers; a government answering demands stays
    ("وقال الشيخ إن الله استجاب لدعاء أهل المدينة بعد سنوات من الحصار.", "CONCEDE", False),
    ("وأضاف المواطن: استجاب الله دعاءنا ونزل المطر.", "CONCEDE", False),
    ("واستجابت الحكومة لمطالب المحتجين في العاصمة.", "CONCEDE", True),
    # «تركيزي منصب على» is the focus; leaving a post stays
    ("وقال المهاجم: تركيزي منصب على المباراة المقبلة مع الفريق.", "RETREAT", False),
    ("وكان التركيز منصبا على ملف الانتخابات في الاجتماع.", "RETREAT", False),
    ("وترك الوزير منصبه بعد أشهر من الاحتجاجات.", "RETREAT", True),
    # a referee disallowing a goal; a court cancelling a ruling stays
    ("وألغى الحكم هدفا للفريق الضيف بداعي التسلل.", "CONCEDE", False),
    ("وألغت المحكمة العليا الحكم الصادر بحق المعارض.", "CONCEDE", True),
    # «ينسحب الأمر على» applies; troops withdrawing stay
    ("وتمنع اللائحة الاتحاد من المشاركة، وينسحب الأمر أيضا على الأندية.", "RETREAT", False),
    ("وانسحبت القوات الحكومية من المدينة بعد المعارك.", "RETREAT", True),
    # a pipeline is a thing; a pipeline deal stays a cooperation
    ("وأغلق مسلحون خط الأنابيب الذي ينقل النفط إلى الميناء.", "COOPERATE", False),
    ("ويمتد خط أنابيب الغاز من الحقل إلى الساحل.", "COOPERATE", False),
    ("ووقعت روسيا وتركيا صفقة لمد خط أنابيب للغاز.", "COOPERATE", True),
])
def test_cooperative_type_senses(coder, text, event, kept):
    assert (event in event_types(coder, text, D21)) is kept, event_types(coder, text, D21)


# Third round (docs/EVALUATION.md "Precision by type, third round", branch prec24): word
# senses of SUPPORT, COOPERATE, REQUEST, AGREE and AID; each with a control that keeps its event.
@pytest.mark.parametrize("text, event, kept", [
    # a trading session's volume and firms' acquisitions are market news; a deal of states stays
    ("وارتفعت الصفقات 15 في المائة إلى 62 ألف صفقة.", "COOPERATE", False),
    ("وتتوقع الشركة إتمام صفقة استحواذ بقيمة ثلاثة مليارات دولار على شركة ناشئة.",
     "COOPERATE", False),
    ("وقال المستثمر إنه قد يقوم بعمليات استحواذ صغيرة لكنه استبعد إبرام صفقات كبيرة.",
     "COOPERATE", False),
    ("وقعت مصر وروسيا صفقة لتوريد القمح.", "COOPERATE", True),
    # blood and stem cells given by their donors are no aid; aid sent to a people stays
    ("توافد المواطنون على المستشفى للتبرع بدمهم للمصابين.", "AID", False),
    ("دعت الجمعية الراغبين إلى التبرع بخلاياهم الجذعية لمساعدة المرضى.", "AID", False),
    ("وأرسلت الكويت مساعدات طبية إلى الشعب اليمني.", "AID", True),
    # «الجهات المساندة» is an adjective; declared support stays
    ("تواصل فرق الدفاع المدني والجهات المساندة لها البحث عن الغريق.", "SUPPORT", False),
    ("أعلنت الحكومة التركية تأييدها لقرار مجلس الأمن.", "SUPPORT", True),
    # an estimate is no appreciation; a president's praise stays
    ("ارتفع التضخم في البرازيل إلى 5 في المائة بحسب أول تقدير رسمي.", "SUPPORT", False),
    ("وأشاد الرئيس المصري بجهود المملكة في مكافحة الإرهاب.", "SUPPORT", True),
    # God's epithet and the saying about thanks
    ("قال الحق تبارك وتعالى في كتابه الكريم إن الله مع الصابرين.", "SUPPORT", False),
    ("ومن لا يشكر الناس لا يشكر الله كما يقول المثل.", "SUPPORT", False),
    # «ينوه بقوله» introduces a quotation; «نوه بجهود» praises
    ("ينوه الكاتب بقوله إن الرحلة كانت طويلة.", "SUPPORT", False),
    ("ونوه الأمير بجهود الدفاع المدني.", "SUPPORT", True),
    # market demand, «it took», a lineage: no request; a government's call stays
    ("ويعد هذا الصنف الأكثر طلبا في السوق.", "REQUEST", False),
    ("وقال المهندس إن ارتفاع الحرارة تطلب الأمر إعادة ضبط المكيفات.", "REQUEST", False),
    ("وحضر الاجتماع اللواء صالح بن عبدالله بن طالب مدير العلاقات العامة.", "REQUEST", False),
    ("ودعت الحكومة اليمنية الأمم المتحدة إلى إرسال مساعدات عاجلة.", "REQUEST", True),
    # a new phone is a device, inaccuracy no pledge; a pledge of a state stays
    ("ستطلق الشركة هاتفها الجديد الشهر المقبل.", "AGREE", False),
    ("وانتقد المراقبون عدم التزام الدقة بين النصين العربي والإنجليزي للمعاهدة.", "AGREE",
     False),
    ("وتعهدت مصر بإجراء الانتخابات البرلمانية في موعدها.", "AGREE", True),
    # the heads' assistants are people
    ("وحضر الحفل رئيسات الأقسام ومساعدات رؤساء الأقسام في إدارة التعليم.", "AID", False),
])
def test_third_round_type_senses(coder, text, event, kept):
    assert (event in event_types(coder, text, D21)) is kept, event_types(coder, text, D21)


@pytest.mark.parametrize("text, event, kept", [
    # «عدّ» (considered) written with a shadda is no promise; «وعد» unvowelled stays
    ("وعدّ المدير البرنامج من أهم المبادرات التي تقدمها الجمعية.", "AGREE", False),
    ("وعدّت الوزارة القرار خطوة مهمة نحو تنظيم السوق.", "AGREE", False),
    ("ووعد الرئيس المصري بإجراء الانتخابات البرلمانية في موعدها.", "AGREE", True),
    # zero tolerance is a warning, not an AGREE; an accepted truce stays
    ("وقال المحافظ إنه لن يتم التسامح مع أعمال الشغب في الشوارع.", "AGREE", False),
    ("وقال الوزير إن الحكومة لا تسامح مع الإرهاب.", "SUPPORT", False),
    ("ووافقت الفصائل المسلحة على الهدنة التي اقترحتها الأمم المتحدة.", "AGREE", True),
])
def test_fourth_round_type_senses(coder, text, event, kept):
    assert (event in event_types(coder, text, D21)) is kept, event_types(coder, text, D21)
