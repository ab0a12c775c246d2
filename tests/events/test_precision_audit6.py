"""Precision on unseen news, sixth audit (2026-11-25, docs/EVALUATION.md "Sixth audit", branch
prec7): economic demand is no request; what is expected after «من المتوقع أن / ينتظر أن» has
not happened; a condition opened by إذا reaches the events told inside it; greetings for a
religious holiday commend nothing (no PLOVER SUPPORT), while congratulations on a national day,
an election or an achievement stay SUPPORT; the dead of an accident or a natural disaster were
not assaulted; «احتل» with a rank or a place of honour as its object occupies nothing.

Sentences are written for these tests; each rule has a close control that must not change.
"""

import pytest
from _coding import code


@pytest.mark.parametrize("text, event, kept", [
    # economic demand
    ("وتراجعت أسعار النفط الخام بسبب ضعف الطلب الصيني وزيادة المعروض في الأسواق.",
     "REQUEST", False),
    ("وتوقعت الوكالة ارتفاع الطلب على الغاز الطبيعي في أوروبا خلال الشتاء المقبل.",
     "REQUEST", False),
    ("وأشار المدير إلى أن شركات الطيران تشهد طلبا متزايدا على الرحلات إلى تركيا.",
     "REQUEST", False),
    ("وتخضع الأسعار لقانون العرض والطلب في السوق المحلية.", "REQUEST", False),
    # a request keeps its sense
    ("وطلب وزير الخارجية الفرنسي من إيران وقف دعمها للميليشيات في اليمن.", "REQUEST", True),
    ("وقدمت الحكومة العراقية طلبا إلى الأمم المتحدة للحصول على مساعدات عاجلة.",
     "REQUEST", True),
    # a holiday greeting commends nothing
    ("وتبادل وزير الداخلية وقائد الحرس الوطني التهاني بمناسبة عيد الفطر المبارك.",
     "SUPPORT", False),
    ("وقدم قائد المنطقة التهنئة لمنسوبي القوات المسلحة بمناسبة عيد الأضحى المبارك.",
     "SUPPORT", False),
    # a congratulation that commends a state or an actor, and praise, stay SUPPORT
    ("وبعث خادم الحرمين الشريفين برقية تهنئة للرئيس التونسي بمناسبة ذكرى استقلال بلاده.",
     "SUPPORT", True),
    ("وهنأ ولي العهد الرئيس المصري بمناسبة انتخابه خلال اتصال هاتفي في أول أيام عيد الفطر.",
     "SUPPORT", True),
    ("وأشاد وزير الداخلية بجهود رجال الأمن في حفظ الأمن خلال عيد الفطر المبارك.",
     "SUPPORT", True),
    # the dead of an accident or a disaster were killed by nobody
    ("وقتل ثلاثة أطفال وامرأة عندما انهار منزلهم الطيني بسبب الزلزال في شمال البلاد.",
     "ASSAULT", False),
    ("وقتل خمسة جنود في تحطم طائرة نقل عسكرية بسبب عطل فني في محركها.", "ASSAULT", False),
    ("وقتل أربعة أشخاص في حادث تصادم بين شاحنة وسيارة صغيرة على الطريق السريع.",
     "ASSAULT", False),
    # unless the sentence tells of violence
    ("وقتل خمسة جنود في تحطم مروحية عسكرية أسقطها المسلحون بصاروخ.", "ASSAULT", True),
    ("وقتل سبعة أشخاص عندما انهار المبنى إثر انفجار سيارة مفخخة.", "ASSAULT", True),
    # «احتل» that ranks or takes up room occupies nothing
    ("احتل الفيلم الأمريكي الجديد صدارة إيرادات السينما خلال عطلة نهاية الأسبوع.",
     "COERCE", False),
    ("واحتلت الخطوط القطرية المركز الثاني في ترتيب أفضل شركات الطيران.", "COERCE", False),
    ("ولا يدرك كثيرون المكانة التي يحتلها الأمير في قلوب مواطنيه.", "COERCE", False),
    # land, posts and places stay occupied
    ("واحتل المسلحون مركز الشرطة في المدينة.", "COERCE", True),
    ("وهي الأرض التي تحتلها إسرائيل منذ حرب 1967.", "COERCE", True),
])
def test_sense(coder, text, event, kept):
    assert (event in [e.event for e in code(coder, text)]) == kept


@pytest.mark.parametrize("text, event, modality", [
    # what is expected has not happened; a cooperative act told in the future is an intent
    ("ومن المرتقب أن تصل سفن تحمل مساعدات غذائية إلى ميناء الحديدة.", "AGREE", "future"),
    ("وينتظر أن تصل طائرة كويتية تحمل المساعدات الطبية إلى مطار عدن.", "AGREE", "future"),
    ("ويتوقع المراقبون أن تشن القوات العراقية هجوما واسعا على الفلوجة.", "ASSAULT", "future"),
    # told, or not expected, it happened
    ("ووصلت سفن تحمل مساعدات غذائية إلى ميناء الحديدة.", "AID", "asserted"),
    ("وأكد المراقبون أن القوات العراقية شنت هجوما واسعا على الفلوجة.", "ASSAULT", "asserted"),
    ("ولم يتوقع أحد أن تشن القوات العراقية هجوما واسعا على الفلوجة.", "ASSAULT", "asserted"),
    # a relative clause inside the expected one is told on its own
    ("وتوقع خبراء أن يشمل الصندوق الذي دعت الحكومة اللبنانية إلى إنشائه معظم المودعين.",
     "REQUEST", "asserted"),
    # a condition reaches the events told inside it
    ("إذا قالت الحكومات الغربية الكبرى الأعضاء في مجلس الأمن الدولي إنها تريد إصدار قرار "
     "جديد يسمح بإعادة فرض العقوبات على إيران فإن ذلك يعد انتهاكا للاتفاق.",
     "SANCTION", "hypothetical"),
    # after a comma the sentence goes on with a fact of its own
    ("ورأى الرئيس أنه إذا حاولت إيران التلاعب بالاتفاق النووي وتطوير سلاح نووي فسيتم كشف "
     "ذلك بسرعة، كما حذر النواب الأمريكيين من مغبة رفض الاتفاق.", "THREATEN", "asserted"),
    # في حالة is also «in a state of»; «أنه لم» is no «إن لم»
    ("وأوقفت الشرطة المغني وهو في حالة سكر شديد بعد منتصف الليل في أحد شوارع المدينة لكنه "
     "اتهم رجال الشرطة بأنهم اعتدوا عليه بالضرب.", "ASSAULT", "asserted"),
    ("وذكرت الوزارة أنه لم يتم الإفراج عن المعتقلين بعد، وأن المشاورات مع أهاليهم مستمرة.",
     "CONSULT", "asserted"),
])
def test_modality(coder, text, event, modality):
    assert (event, modality) in [(e.event, e.modality) for e in code(coder, text)]
