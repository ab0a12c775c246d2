"""Precision on unseen news, eighth audit (2026-11-25, docs/EVALUATION.md "Eighth precision
audit", branch prec9): a state body's service toward no political counterpart is no event; an
aim (يسعى إلى, يهدف إلى, بهدف) or a foiling (أحبط) does not report the event after it; a
light verbal noun (بدء, إجراء) keeps the object of a call a call's object; a pattern does not
run across a comma into the next clause; a name with ك is no verb (كايد); sociology is no
meeting (علم الاجتماع); compliance with rules is no agreement; a service body's advice to the
public is no appeal; the Olympics are sport; food alone is no aid; «منحه» (granted him) is no
grant (منحة).

Sentences are written for these tests; each rule has a close control that must not change.
"""

import pytest
from _coding import code


@pytest.mark.parametrize("text, event, kept", [
    # a state body running a service with its own offices or the public: no counterpart
    ("ونظمت وزارة الصحة بالتعاون مع إمارة المنطقة مشروعا لخدمة المرضى.", "COOPERATE", False),
    ("ووافق وزير التجارة السعودي على تأسيس شركة جديدة برأسمال قدره 20 مليون ريال.",
     "AGREE", False),
    # two states in service news keep their event
    ("ووقعت السعودية ومصر اتفاقية لتمويل مشاريع الطاقة.", "SUPPORT", True),
    ("واستقبل وزير الصحة السعودي السفير الياباني لبحث التعاون في مشاريع المستشفيات.",
     "CONSULT", True),
    # a general secretariat is no municipality (أمانة)
    ("وقال الأمين العام إن الأمانة العامة تلقت طلبا من القيادة الفلسطينية بعقد قمة طارئة.",
     "REQUEST", True),
    # an aim: the event after it is sought, not reported
    ("ويسعى الرئيس إلى إنعاش شراكة بلاده مع الاتحاد الأوروبي.", "COOPERATE", False),
    ("وتهدف الحملة إلى مقاطعة البضائع المستوردة من المستوطنات.", "SANCTION", False),
    ("وقالت المنظمة إن الجماعة تسعى إلى الاستيلاء على أسلحة الجيش.", "COERCE", False),
    ("وتعاونت المملكة مع الصين في مجال الطاقة المتجددة.", "COOPERATE", True),
    ("واستولى المسلحون على أسلحة الجيش في المعسكر.", "COERCE", True),
    # a foiled attack did not take place; an attack told stays
    ("وأحبطت قوات الأمن هجوما إرهابيا على مركز للشرطة في القاهرة.", "ASSAULT", False),
    ("وهاجم مسلحون مركزا للشرطة في القاهرة فجر اليوم.", "ASSAULT", True),
    # a light verbal noun between a call and its object: the talks are asked for
    ("ودعت الحكومة الأطراف المتنازعة إلى بدء مشاورات مباشرة في جنيف.", "CONSULT", False),
    ("ودعت الحكومة الأطراف المتنازعة إلى بدء مشاورات مباشرة في جنيف.", "REQUEST", True),
    ("وأجرى الطرفان مشاورات مباشرة في جنيف أمس.", "CONSULT", True),
    # a pattern does not run across a comma into the next clause; a comma after the subject
    ("وقال إن تدليك القدمين قد يفيد أيضا، أما عن الأدوية فيفضل تناولها بعد الطعام.",
     "AID", False),
    ("وقدمت المملكة، أمس، مساعدات إنسانية إلى الشعب اليمني.", "AID", True),
    # ك is no verb's: the name Kayed is no أيد
    ("وقال كايد العتيبي إن التحضيرات اكتملت.", "SUPPORT", False),
    ("وأيد الرئيس الفرنسي قرار مجلس الأمن.", "SUPPORT", True),
    # sociology is no meeting
    ("وحصل الباحث على درجة الدكتوراه في علم الاجتماع من جامعة القاهرة.", "CONSULT", False),
    ("وعقد وزير الخارجية اجتماعا مع نظيره التركي في أنقرة.", "CONSULT", True),
    # compliance with rules or prices is no agreement; a state bound by a deal is
    ("وكثفت الهيئة جولاتها للتأكد من التزام الفنادق بالاشتراطات والمعايير.", "AGREE", False),
    ("وأكدت إيران التزامها بالاتفاق النووي مع القوى الكبرى.", "AGREE", True),
    # a service body's advice to the public; a call to protest stays a call
    ("ودعت هيئة الري المزارعين إلى تجهيز الأرض لزراعة الخضراوات.", "REQUEST", False),
    ("ودعت المعارضة المواطنين إلى التظاهر أمام البرلمان.", "REQUEST", True),
    ("ودعا وزير الخارجية السعودي إيران إلى وقف التدخل في شؤون المنطقة.", "REQUEST", True),
    ("وطلب الخاطفون من السكان مبلغا كبيرا مقابل إطلاق سراح الرهائن.", "REQUEST", True),
    # the Olympics are sport: hosting them is no meeting
    ("وحصد الفريق السعودي 15 ميدالية في دورة الألعاب العالمية التي تستضيفها حاليا لوس أنجلوس "
     "الأمريكية.", "CONSULT", False),
    ("وقال رئيس اللجنة إن الصين تملك خبرة هائلة في استضافة الأحداث الرياضية العملاقة.",
     "CONSULT", False),
    ("واستضافت الرياض الرئيس الفرنسي في زيارة رسمية.", "CONSULT", True),
    # a dust storm: the teams on alert are the civil defence's work
    ("وتصاعد الغبار في سماء المنطقة فيما استنفرت الفرق الأمنية.", "MOBILIZE", False),
    ("واستنفرت قوات الجيش اللبناني في الجنوب بعد الهجوم.", "MOBILIZE", True),
    # ة and ه: «منحه الثقة» granted him trust; a grant stays AID
    ("وقدم الشكر للملك على منحه الثقة الغالية.", "AID", False),
    ("وتسلم الأردن منحة سعودية بقيمة مليار دولار.", "AID", True),
    # food alone is no aid; food handed out is
    ("وأغلقت البلدية مستودع مواد غذائية مخالفا للاشتراطات الصحية.", "AID", False),
    ("ووزعت الجمعية مواد غذائية على الأسر النازحة في المخيم.", "AID", True),
    # the file of an event looks back at it; the event told stays
    ("وسلمت السلطة الفلسطينية المحكمة الدولية ملف مقتل الطفل في القرية.", "ASSAULT", False),
    ("وقتل مستوطنون الطفل في القرية فجر اليوم.", "ASSAULT", True),
    # «استقبل» cases with the time between still receives
    ("واستقبلت المحاكم خلال العام الحالي 211 قضية.", "CONSULT", False),
])
def test_sense(coder, text, event, kept):
    assert (event in [e.event for e in code(coder, text)]) == kept


@pytest.mark.parametrize("text, kept", [
    # سيارات الدفع الرباعي are four-wheel-drive cars, not forces pushed (دفع بعناصر)
    ("وأسفرت الغارة عن تدمير سيارتي دفع رباعي ومقتل العناصر التي كانت بداخلهما.", False),
    ("ووصل المسلحون على متن سيارات الدفع الرباعي وعناصر مدججة بالسلاح.", False),
    ("ودفع الجيش بعناصر إضافية إلى المنطقة الحدودية.", True),
])
def test_four_wheel_drive_is_no_deployment(coder, text, kept):
    assert any(e.event == "MOBILIZE" for e in code(coder, text)) is kept
