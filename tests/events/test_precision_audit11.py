"""Precision on unseen news, eleventh audit (2026-11-25, docs/EVALUATION.md "Eleventh
precision audit", branch prec12): sport news, where clubs, coaches and players ask, refuse,
complain, thank and meet each other, has no political event without a political counterpart;
«التزام» of shops, employers or players is compliance with rules, not a commitment; «نوّه إلى»
points something out, «نوّه بـ» praises. Words with a second sense (الجماهير, تصفيات, النادي
الأدبي, دورياً) do not make a sentence about sport.

Sentences are written for these tests; each rule has a close control that must not change.
"""

import pytest
from _coding import code


@pytest.mark.parametrize("text, event, kept", [
    # a club's, a coach's or a player's demands, refusals, complaints and meetings
    ("وجددت إدارة النادي المطالبة بإيقاف اللاعب المنتقل حديثا إلى صفوف المنافس.", "REQUEST",
     False),
    ("ورفض النادي العرض المقدم لضم مهاجمه الدولي خلال فترة الانتقالات.", "REJECT", False),
    ("وتقدم النادي بشكوى رسمية إلى لجنة الاحتراف ضد اللاعب البرازيلي.", "ACCUSE", False),
    ("واعتذر اللاعب عن عدم المشاركة في المعسكر لظروف عائلية.", "SUPPORT", False),
    # parties of two states in a sports sentence keep the event
    ("ورفضت السلطات الإسرائيلية منح لاعبي المنتخب الفلسطيني تصاريح دخول.", "REJECT", True),
    # الجماهير are the masses, تصفيات liquidations, a literary club no sports club
    ("ودعا الائتلاف الوطني الجماهير إلى التظاهر ضد الحكومة الإيرانية.", "REQUEST", True),
    ("واستنكر رئيس النادي الأدبي تفجير المسجد الذي استهدف المصلين.", "ACCUSE", True),
    # compliance with rules and duties, not a commitment
    ("ويتعين على أصحاب العمل الالتزام بإدخال بيانات العاملين بدقة في النظام الإلكتروني.",
     "AGREE", False),
    ("ولم يعد المحل يلتزم بطلب الهوية الوطنية من المشترين.", "AGREE", False),
    # a state or a party to a truce commits itself
    ("وأكدت الحكومة اليمنية التزامها بقرار مجلس الأمن الدولي.", "AGREE", True),
    ("وأكد الرئيس المصري التزام بلاده بمحاربة الإرهاب.", "AGREE", True),
    ("وأكد السفير التزام حكومته بالحل السياسي للأزمة.", "AGREE", True),
    ("وجددت الحركة التزامها تطبيق اتفاق السلام الموقع الشهر الماضي.", "AGREE", True),
    # نوّه إلى / بأن: pointed out; نوّه بـ: praised
    ("ونوهت الهيئة إلى ضرورة حفظ الأطعمة في درجات حرارة مناسبة.", "SUPPORT", False),
    ("ونوهت الدراسة بأن النوم المبكر يقي من أمراض القلب.", "SUPPORT", False),
    ("ونوه وزير الخارجية بجهود الكويت في تقريب وجهات النظر بين الأطراف.", "SUPPORT", True),
    # أبعاد with a hamza above: dimensions; إبعاد: removal, deportation
    ("ولهذه القضية أبعاد سياسية واقتصادية لا يمكن تجاهلها.", "COERCE", False),
    ("وقدمت الشركة تصاميم المباني بتقنية ثلاثية الأبعاد للعملاء.", "COERCE", False),
    ("وقررت السلطات الكويتية إبعاد عشرين وافدا إلى بلدانهم.", "COERCE", True),
    # a complaints hotline or inbox: no complaint lodged
    ("وخصصت الوزارة رقما موحدا لتلقي الشكاوى من المستهلكين.", "ACCUSE", False),
    ("ويمكن التواصل مع مركز الاستفسارات والشكاوى على مدار الساعة.", "ACCUSE", False),
    ("وقدمت المعارضة شكوى رسمية إلى الأمم المتحدة ضد الحكومة.", "ACCUSE", True),
])
def test_sense(coder, text, event, kept):
    assert (event in [e.event for e in code(coder, text)]) == kept
