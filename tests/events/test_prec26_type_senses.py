"""Precision by type, fifth round (2026-11-26, docs/EVALUATION.md "Precision by type, fifth
round", branch prec26): COOPERATE, REQUEST and AGREE read in senses that report no event
between political actors — work with a company, the volume of trade, an airline taking
delivery of a plane, advisories to a state's nationals, the Dawa party and religious
preaching, a state of things that «gives cause for» pride, seeking shelter or knowledge, a
date that falls on another, God's promise, appointments approved.

Sentences are written for these tests; each rule has a close control that must not change.
"""

import datetime as dt

import pytest
from _coding import event_types

D26 = dt.date(2015, 8, 10)


@pytest.mark.parametrize("text, event, kept", [
    # work with a company is business; two states cooperating stay
    ("وطورت الشركة جهازا جديدا بالتعاون مع شركة ألمانية متخصصة.", "COOPERATE", False),
    ("ويأتي البرنامج بالتعاون مع شركات القطاع الخاص.", "COOPERATE", False),
    ("وتتعاون السعودية مع روسيا في مجال الطاقة.", "COOPERATE", True),
    # the volume of trade is a statistic; a deal to raise it is still coded
    ("وبلغ حجم التبادل التجاري بين البلدين خمسة مليارات دولار.", "COOPERATE", False),
    ("وتستهدف أنقرة تحقيق معدل تبادل تجاري يصل إلى سبعين مليار دولار.", "COOPERATE", False),
    ("ووقعت السعودية والصين اتفاقية لزيادة التبادل التجاري بين البلدين.", "COOPERATE",
     True),
    # an airline taking delivery of a plane; a state receiving fighters stays
    ("وتسلمت الخطوط الجوية السعودية أمس طائرة جديدة من طراز بوينج.", "COOPERATE", False),
    ("وتسلمت مصر أمس طائرات رافال من فرنسا.", "COOPERATE", True),
    # nationals told to leave or to register: an advisory, also with a relative clause
    # between the public and what it is asked to do; a call on a state or on parties stays
    ("ودعت السفارة الأمريكية رعاياها إلى مغادرة اليمن فورا.", "REQUEST", False),
    ("ودعت القنصلية أبناء الجالية إلى تحديث بياناتهم.", "REQUEST", False),
    ("ودعت الجوازات أبناء الجمهورية اليمنية ممن تنطبق بحقهم شروط الحصول على هوية زائر إلى "
     "سرعة الاستفادة من القرار.", "REQUEST", False),
    ("ودعت المديرية الإخوة الأشقاء أبناء الجمهورية اليمنية ممن تنطبق عليهم الشروط إلى "
     "مراجعة مكاتبها.", "REQUEST", False),
    ("ودعت السعودية إيران إلى الكف عن التدخل في شؤون المنطقة.", "REQUEST", True),
    ("ودعا الرئيس اليمني الأحزاب التي شاركت في الحوار إلى العودة للمفاوضات.", "REQUEST",
     True),
    ("وطلب المسلحون من الأهالي الذين بقوا في القرية ألفي ريال.", "REQUEST", True),
    # the Dawa party and religious preaching are no call
    ("وهو رئيس حزب الدعوة الذي ينتمي إليه رئيس الوزراء.", "REQUEST", False),
    # a state of things that gives cause for pride or worry asks nobody
    ("واعتبر الوزير الإنجاز إنجازا يدعو إلى الفخر.", "REQUEST", False),
    ("وقال الخبير إن الوضع الاقتصادي يدعو للقلق.", "REQUEST", False),
    ("ودعا الرئيس الفرنسي إلى وقف إطلاق النار في اليمن.", "REQUEST", True),
    # seeking shelter, knowledge or a living
    ("وهرع السكان إلى الملاجئ طلبا للحماية.", "REQUEST", False),
    ("وسافر الشاب إلى القاهرة طلبا للعلم.", "REQUEST", False),
    ("ويخرج الرجل كل صباح يطلب رزقه.", "REQUEST", False),
    ("وطلبت الحكومة الأردنية من صندوق النقد الدولي قرضا جديدا.", "REQUEST", True),
    # a date that falls on another
    ("وتبدأ الإجازة يوم الأحد الذي يوافق الخامس من سبتمبر.", "AGREE", False),
    ("وتنطلق الدورة يوم الخميس الذي يوافق العاشر من أغسطس.", "AGREE", False),
    ("وتنتهي المهلة يوم الثلاثاء الذي يوافق تاريخ 20 أكتوبر.", "AGREE", False),
    # God's promise in a sermon
    ("وقال الخطيب إن ذلك وعد الله للصابرين.", "AGREE", False),
    # appointments approved; a convention approved stays
    ("ووافق مجلس الوزراء على تعيينات بالمرتبة الرابعة عشرة.", "AGREE", False),
    ("ووافق مجلس الوزراء على اتفاقية تعاون مع ألمانيا.", "AGREE", True),
    ("ووافقت الحكومة اليونانية على خطة الإنقاذ التي عرضها الدائنون.", "AGREE", True),
])
def test_fifth_round_type_senses(coder, text, event, kept):
    found = event_types(coder, text, D26)
    assert (event in found) is kept, found
