"""Precision on unseen news, fourteenth audit (2026-11-26, docs/EVALUATION.md "Fourteenth
precision audit", branch prec15): «برا» is «by land»; «لن تثني عزائمنا» deters; aircraft and
documents are received, nobody met; «القبضة» is a grip; «ثبتت إدانته» is guilt proven; «تزعم
حركة» led it; «دافع عن ألوان» a club played for; the word after «بني» names a tribe; an
anniversary's event is looked back at; a visit to or a call with one's own kin is private; a
score or a club's full name makes a sentence about sport; «ودعت» is «and called», not a
farewell; what a future «سيشهد» attends is future, and so is the cooperation it is done in.

Sentences are written for these tests; each rule has a close control that must not change.
"""

import pytest
from _coding import code


@pytest.mark.parametrize("text, event, kept", [
    # «برا»: by land; «برّأ» acquitted keeps its hamza
    ("وتقدمت القوات المدعومة جوا وبرا نحو المدينة الساحلية.", "CONCEDE", False),
    ("ويربط المشروع البلدين برا وبحرا عبر ممرات جديدة.", "CONCEDE", False),
    ("وبرأ القاضي المتهمين الثلاثة من تهمة التجسس.", "CONCEDE", True),
    # «ثنى» with a resolve that carries a possessive: to deter
    ("وقال الوزير إن هذه الجرائم لن تثني عزائمنا في ملاحقة الجناة.", "AGREE", False),
    ("وأثنى الوزير على عزيمة رجال الإطفاء في إخماد الحريق.", "SUPPORT", True),
    # receiving aircraft or documents: nobody is met
    ("وبعد فتح الميناء واستقبالها طائرات إغاثة عاد التجار إلى المدينة.", "CONSULT", False),
    ("وكان في استقبال الطائرة عند وصولها وكيل المحافظة للشؤون الأمنية.", "CONSULT", False),
    ("واستقبل الأمير السفير الفرنسي في مكتبه بالرياض.", "CONSULT", True),
    # «القبضة» is a grip, «القبض» an arrest
    ("وكانت الهيئة تشدد القبضة على الصناديق المتداولة في البورصة.", "COERCE", False),
    ("وألقت الشرطة القبض على ثلاثة مطلوبين في المدينة.", "COERCE", True),
    # guilt proven: no condemnation
    ("وأمر الوزير بتشكيل لجنة لمحاسبة من تثبت إدانته في القضية.", "ACCUSE", False),
    ("وأعرب الوزير عن إدانته للهجوم على السفارة.", "ACCUSE", True),
    # «تزعم حركة»: led a movement
    ("وولد الرجل في القرية وتزعم حركة المعارضة المسلحة طوال عقدين.", "ACCUSE", False),
    ("وزعم المتحدث أن الجيش قصف القرية.", "ACCUSE", True),
    # a club's colours
    ("ودافع المهاجم البرازيلي عن ألوان تشلسي بين 2010 و2013.", "SUPPORT", False),
    ("ودافع الوزير عن قرار الحكومة رفع أسعار الوقود.", "SUPPORT", True),
    # a score or a club's full name: sport
    ("ويواجه الفريق اختبارا صعبا في الجولة الأولى حيث يلتقي تشلسي ثم آرسنال.", "CONSULT", False),
    ("وانتقد نادي أولمبيك مارسيليا مدربه السابق متهما إياه بتفضيل مصالحه الشخصية.", "SUPPORT",
     False),
    ("وفاز العروبة بأربعة أهداف نظيفة في اللقاء الأخير مع فريق الشرطة.", "CONSULT", False),
    ("وعقد وزير الداخلية لقاء مع فريق الشرطة الألمانية.", "CONSULT", True),
    # one's own kin: a private visit or call
    ("وقال الرجل إنه جاء من لندن لزيارة والدته في الرياض.", "CONSULT", False),
    ("واتصلت الفتاة بأبيها تخبره بما حدث.", "CONSULT", False),
    ("وزار الأمير أسرة الشهيد في منزلها بالقرية.", "CONSULT", True),
    ("واتصل الرئيس الفرنسي بنظيره المصري.", "CONSULT", True),
    # «ودعت»: and called
    ("ودعت الوزارة المواطنين الراغبين في السفر بمراجعة مكاتبها قبل موعد الرحلة.", "CONSULT",
     False),
    ("وودع الرئيس ضيفه في المطار.", "CONSULT", True),
    ("ودعت دار الإفتاء في المملكة الله عز وجل أن يتقبل الضحايا.", "REQUEST", False),
    ("ودعت دار الإفتاء في المملكة الله عز وجل أن يتقبل الضحايا.", "CONSULT", False),
    # an anniversary with its ordinal or number: the event is looked back at
    ("وأحيت المدينة أمس الذكرى الثانية لمقتل الصحفي في العاصمة.", "ASSAULT", False),
    ("وأقيم الاحتفال بالذكرى الـ60 لإلقاء قنبلة نووية على المدينة.", "ASSAULT", False),
    ("وقتلت الشرطة الشاب في المدينة أمس.", "ASSAULT", True),
    # a tribe's name after «بني»
    ("وتقام المحاضرة غدا في مركز بني عدوان بالمحافظة.", "ASSAULT", False),
    ("وندد الوزير بالعدوان على القرية الحدودية.", "ASSAULT", True),
])
def test_sense(coder, text, event, kept):
    assert (event in [e.event for e in code(coder, text)]) == kept



@pytest.mark.parametrize("text, modality", [
    # a future verb of attending: the event it will attend, after a long subject, is future;
    # «بالتعاون مع» takes the modality of the event it tells the manner of
    ("وسيشهد الأمير خالد مساء اليوم تدشين القوافل الإغاثية بالتعاون مع الهيئة الدولية.",
     "future"),
    ("وسيرعى ولي العهد في قصر الضيافة توقيع اتفاقية بين البلدين.", "future"),
    ("ودشن الأمير خالد أمس القوافل الإغاثية بالتعاون مع الهيئة الدولية.", "asserted"),
    ("ورعى ولي العهد في قصر الضيافة توقيع اتفاقية بين البلدين.", "asserted"),
])
def test_attended_modality(coder, text, modality):
    events = code(coder, text)
    assert events and {e.modality for e in events} == {modality}


def test_manner_keeps_its_own_condition(coder):
    text = "وقال الوزير إن بلاده ترحب بأي جهود إذا جرت بالتنسيق مع حكومتها."
    coop = [e for e in code(coder, text) if e.event == "COOPERATE"]
    assert coop and {e.modality for e in coop} == {"hypothetical"}


def test_manner_takes_the_future(coder):
    text = "وسيقدم المركز الأسبوع المقبل مساعدات غذائية للاجئين بالتعاون مع الهيئة الدولية."
    coop = [e for e in code(coder, text) if "تعاون" in e.event_text]
    assert coop and {e.modality for e in coop} == {"future"}
