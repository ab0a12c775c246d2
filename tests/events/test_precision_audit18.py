"""Precision on unseen news, eighteenth audit (2026-11-26, docs/EVALUATION.md "Eighteenth
precision audit", branch prec19): trigger words in their everyday senses (تهم «concerns»,
organ donation, God's threat and thanks, «السمحة», «بحثنا», financial and psychological
«اضطرابات», devices that connect to networks), a fire's or a rockfall's rescue work (اقتحام,
احتجاز, الجاهزية), a state of emergency or readiness in hospitals or for a search (cue
``care_objects``), property deals and a company's general assembly, job seekers and medical
staff received, and pressures on a coach or a club (يحاصر, الديون التي تحاصر).

Sentences are written for these tests; each rule has a close control that must not change.
"""

import datetime as dt

import pytest
from _coding import event_types

D18 = dt.date(2015, 8, 10)


@pytest.mark.parametrize("text, event, kept", [
    # «تهم» concerns; «تهم» charges stays
    ("ناقش الجانبان خلال اللقاء عددا من القضايا التي تهم البلدين.", "ACCUSE", False),
    ("وأطلقت الوزارة برامج جديدة تهم الشباب في المحافظات.", "ACCUSE", False),
    ("ووجهت النيابة العامة إلى الوزير السابق تهم الفساد.", "ACCUSE", True),
    # organ donation is no aid; aid given stays
    ("وأقدم الشاب على التبرع بجزء من كبده لطفل مريض.", "AID", False),
    ("وقدمت المملكة مساعدات طبية إلى اليمن.", "AID", True),
    # God's threat, thanks to God, a prayer answered
    ("وقال الخطيب إن الظلم قد توعد الله صاحبه بالعذاب.", "THREATEN", False),
    ("وقالت المعلمة: نشكر الله على هذه النعمة.", "SUPPORT", False),
    ("وهدد زعيم الحركة الحكومة بالتصعيد.", "THREATEN", True),
    # «السمحة» is tolerant, «بحثنا» we discussed
    ("ووضعت الوزارة خططا لحماية المفهوم السمح للدين ومن بين تلك الخطط مراقبة المساجد.",
     "RETREAT", False),
    ("وسمحت الحكومة للمراقبين الدوليين بدخول البلاد.", "RETREAT", True),
    ("وقال الوزير: بحثنا مع نظيري الوضع في المنطقة.", "REQUEST", False),
    ("وحث الوزير نظيره على الإسراع في تنفيذ الاتفاق.", "REQUEST", True),
    # financial turmoil is no riot; unrest in the streets stays
    ("وتراجعت الأسهم الأوروبية بسبب اضطرابات الأسواق في الصين.", "PROTEST", False),
    ("واندلعت اضطرابات في شوارع العاصمة بعد مقتل الشاب.", "PROTEST", True),
    # a device connects to a network, nobody is called
    ("ويتميز الجهاز الجديد بأنه يتصل بشبكات الجيل الرابع.", "CONSULT", False),
    ("واتصل الرئيس المصري بالعاهل الأردني هاتفيا أمس.", "CONSULT", True),
    # a fire or a rockfall: rescuers break in, people are trapped, readiness for rain
    ("وتمكنت فرق الدفاع المدني من اقتحام الشقة بعد اشتعال النار في المطبخ.", "COERCE", False),
    ("ونتج عن انهيار صخري في الجبل حالتا احتجاز لشابين.", "COERCE", False),
    ("ورفع الدفاع المدني جاهزيته تحسبا لهطول الأمطار.", "MOBILIZE", False),
    ("واقتحمت الشرطة الإسرائيلية المسجد الأقصى صباح أمس.", "COERCE", True),
    # a state of emergency or readiness in hospitals, for the injured or for a search
    ("وأعلنت المديرية حالة الطوارئ في كافة مستشفيات المنطقة.", "COERCE", False),
    ("ورفعت المستشفيات جاهزيتها لعلاج المصابين.", "MOBILIZE", False),
    ("وأعلنت السلطات حالة الطوارئ للبحث عن السائح المفقود.", "COERCE", False),
    ("وأعلنت السلطات حالة الطوارئ في المدينة بعد أعمال العنف.", "COERCE", True),
    ("ورفعت القوات المسلحة جاهزيتها على الحدود الشمالية.", "MOBILIZE", True),
    # property deals, a company's general assembly, job seekers, medical staff
    ("وسجل القطاع السكني خلال الأسبوع نحو 300 صفقة عقارية.", "COOPERATE", False),
    ("ووقعت روسيا صفقة أسلحة مع مصر.", "COOPERATE", True),
    ("ووافقت الجمعية العمومية على تعيين مدققين خارجيين للشركة.", "AGREE", False),
    ("وتستقبل شركة الحراسات الأمنية الراغبين لشغل 30 وظيفة حارس.", "CONSULT", False),
    ("واستقبلت صحة المنطقة الكوادر الطبية العائدة من الحد الجنوبي.", "CONSULT", False),
    ("واستقبل الأمير سفير فرنسا لدى المملكة.", "CONSULT", True),
    # pressures on a coach or a club
    ("ولا تنتهي المشكلات التي تحاصر المدرب قبل المباراة.", "COERCE", False),
    ("ويخشى النادي الديون التي تحاصر الأندية منذ سنوات.", "COERCE", False),
    ("وتحاصر قوات النظام البلدة منذ أسابيع.", "COERCE", True),
    # «far from being» is no removal
    ("لكن الرجل أبعد ما يكون عن السياسة.", "COERCE", False),
    ("وأبعدت السلطات الصحفي الأجنبي عن البلاد.", "COERCE", True),
    # compliance with sanctions is no agreement; the freezing stays
    ("وجمدت اليابان أموال الرئيس السابق التزاما بالعقوبات التي أقرتها الأمم المتحدة.",
     "AGREE", False),
    ("وجمدت اليابان أموال الرئيس السابق التزاما بالعقوبات التي أقرتها الأمم المتحدة.",
     "COERCE", True),
    # a lecture, a cheque: a cultural activity and a ministry's routine
    ("ودعا المهندس الجميع لحضور المحاضرة وطرح أسئلتهم.", "REQUEST", False),
    ("وقامت الوزارة بالتنسيق مع البنك المركزي بشأن بيانات الشيك.", "COOPERATE", False),
    ("ودعا الرئيس الفصائل إلى الحوار.", "REQUEST", True),
    # the UN General Assembly is no company's general assembly
    ("وصوتت الكويت في الجمعية العمومية للأمم المتحدة على القرار ووقعت على اتفاقية اليونسكو.",
     "SUPPORT", True),
])
def test_everyday_senses(coder, text, event, kept):
    assert (event in event_types(coder, text, D18)) is kept
