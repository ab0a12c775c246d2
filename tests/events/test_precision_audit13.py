"""Precision on unseen news, thirteenth audit (2026-11-26, docs/EVALUATION.md "Thirteenth
precision audit", branch prec14): «لن يثني» deters and praises nobody; a mosque, a court or an
airport «receiving» worshippers, lawsuits or flights meets nobody; a league named makes a
sentence about sport; prayers (دعوات … بأن يمن الله) ask nobody; «في اتصال هاتفي مع
«الصحيفة»» is a paper's interview; interest rates and brokers make a market sentence; a
chronology's line («1978 - …») tells history; a discussant «ناقش الورقة»; what «يجب» be done
has not been done.

Sentences are written for these tests; each rule has a close control that must not change.
"""

import pytest
from _coding import code


@pytest.mark.parametrize("text, event, kept", [
    # «ثنى عن»: to deter; «أثنى على»: to praise
    ("وأكد قائد الشرطة أن هذه الهجمات لن تثنيهم عن أداء واجبهم.", "AGREE", False),
    ("وقال المحافظ إن التفجير لن يثني من عزيمة الأهالي.", "AGREE", False),
    ("ولن تثني هذه الجرائم وما يروج له المتطرفون عزائم المواطنين.", "AGREE", False),
    ("وأثنى الوزير على جهود رجال الإطفاء في إخماد الحريق.", "SUPPORT", True),
    ("وأثنى رئيس الوفد الياباني عن ما شاهده من تطور في المدينة.", "SUPPORT", True),
    # receiving worshippers, lawsuits, flights: nobody is met
    ("وأمر الأمير بتهيئة المسجد لاستقبال المصلين بأسرع وقت.", "CONSULT", False),
    ("وسجلت محاكم المنطقة الشرقية العدد الأكبر باستقبالها 900 دعوى تجارية.", "CONSULT", False),
    ("وأصبح المطار جاهزا لاستقبال رحلات الطائرات المدنية.", "CONSULT", False),
    ("وجرى خلال استقبال الأمير للسفير الياباني بحث العلاقات الثنائية.", "CONSULT", True),
    # a league named: the sentence is about sport
    ("وتوصل النادي إلى اتفاق مع المدافع لتمديد عقده في دوري الدرجة الأولى.", "AGREE", False),
    ("ورفضت إدارة الهلال العرض المقدم قبل انطلاق الدوري السعودي.", "REJECT", False),
    ("وطالبت إدارة الهلال الاتحاد بتأجيل لقائها الأول في الدوري السعودي.", "REQUEST", False),
    ("وعقد مجلس الوزراء اجتماعه الدوري برئاسة الملك في جدة.", "CONSULT", True),
    ("واتفق وزيرا الخارجية على تمديد الهدنة حتى نهاية الشهر.", "AGREE", True),
    # prayers ask God, nobody else
    ("ونقل الأمير للجرحى دعوات الملك بأن يمن الله عليهم بالشفاء العاجل.", "REQUEST", False),
    ("ولك من قرائك كل الدعوات بأن يمدك الله بالصحة.", "REQUEST", False),
    ("وتصاعدت الدعوات الدولية إلى وقف القتال في المدينة.", "REQUEST", True),
    ("وجاء القرار بعد دعوة من آية الله السيستاني إلى الإصلاح.", "REQUEST", True),
    # a newspaper's interview by telephone
    ("وقال المتحدث في اتصال هاتفي مع «الجزيرة» إن الوضع هادئ.", "CONSULT", False),
    ("وأوضح المسؤول في اتصال هاتفي لـ«الحياة» أن التحقيقات مستمرة.", "CONSULT", False),
    ("وأجرى الرئيس اتصالا هاتفيا مع نظيره المصري.", "CONSULT", True),
    ("وبحث الوزير في اتصال هاتفي مع نظيره التركي تطورات الأوضاع.", "CONSULT", True),
    # a market: interest rates, brokers
    ("وأيد رئيس الاحتياطي الفيدرالي قرار زيادة أسعار الفائدة.", "SUPPORT", False),
    ("ووقعت الشركة اتفاق تسوية مع دائنيها بعد تراجع الأسهم.", "CONCEDE", False),
    ("واجتمع قادة الجبهات لبحث التنسيق مع عملية السهم الذهبي في عدن.", "CONSULT", True),
    # a conference discussant
    ("وناقش الورقة الدكتور خالد العمري مشيرا إلى أهميتها.", "CONSULT", False),
    ("وناقش الوزير مع السفير الأمريكي العلاقات بين البلدين.", "CONSULT", True),
    # what must be done has not been done
    ("ويجب التوصل إلى اتفاق قبل نهاية الشهر الجاري.", "AGREE", False),
    ("وتوصل الطرفان إلى اتفاق قبل نهاية الشهر الجاري.", "AGREE", True),
    ("وقال السيناتور: قررت أنه يجب أن أعارض الاتفاق.", "REJECT", True),
    # set phrases: «and the feast», a sociologist
    ("وشملت الجولات المحلات التجارية خلال شهر رمضان وعيد الفطر.", "THREATEN", False),
    ("وقال عالم الاجتماع الأمريكي إن الظاهرة جديدة.", "CONSULT", False),
])
def test_sense(coder, text, event, kept):
    assert (event in [e.event for e in code(coder, text)]) == kept


@pytest.mark.parametrize("text, modality", [
    # a chronology's line: the year it opens with dates what it tells
    ("1978 - الرئيس المصري يزور القدس للمرة الأولى", "historical"),
    ("1990 - القوات العراقية تجتاح الكويت", "historical"),
    ("2023 - الشرطة التركية تعتقل عشرة أشخاص في إسطنبول", "asserted"),
])
def test_chronology(coder, text, modality):
    events = code(coder, text)
    assert events and {e.modality for e in events} == {modality}
