"""Precision on unseen news, columns and sermons (2026-11-25, docs/EVALUATION.md "Trigger audit
on unseen news", branch prec6): in a sentence that asks or exclaims, calls out, quotes scripture
or speaks in the writer's own «we» or «you», an event with no coded party on either side is what
people in general do, not an event; in a sentence about public services (projects, jobs,
patients, a hospital, a municipality, a university, a holiday celebration), a request, a
cooperation, an agreement, a meeting or praise with no coded party is how the service is run.

Sentences are written for these tests; each group has controls that must not change.
"""

import pytest
from _coding import code, event_types


@pytest.mark.parametrize("text, gone", [
    # a rhetorical question about people in general
    ("فكيف يقتل الإنسان أخاه باسم الدين وهو يعلم أن الله حرم ذلك؟", "ASSAULT"),
    # the writer's «we», no speech verb
    ("علينا أن نرفض كل دعوة إلى الفتنة والتحريض بين أبناء الوطن الواحد.", "REJECT"),
    # a vocative
    ("يا أيها الشباب، لا تسمحوا لأحد أن يجندكم لقتل الأبرياء.", "ASSAULT"),
    # scripture quoted
    ("قال تعالى (( ولا تقتلوا أنفسكم إن الله كان بكم رحيما )).", "ASSAULT"),
    ("وهذا ما نهى عنه الشرع في قوله تعالى: (ولا تقتلوا النفس التي حرم الله إلا بالحق).",
     "ASSAULT"),
    # an exclamation
    ("وما أكثر الذين يطالبون بالعدل ثم يظلمون أقرب الناس إليهم!", "REQUEST"),
    # the administration of public services
    ("ودعا عميد شؤون الموظفين بالجامعة المتقدمين إلى استكمال أوراقهم للتقديم على الوظائف "
     "الشاغرة.", "REQUEST"),
    ("واجتمع مدير المستشفى بالأطباء المناوبين لمناقشة خطة استقبال المرضى خلال العيد.",
     "CONSULT"),
    ("وتم التنسيق مع الأمانة لتنفيذ مشاريع الصيانة في الأحياء.", "COOPERATE"),
    ("وأشاد رئيس البلدية بجهود العاملين في النظافة خلال أيام العيد.", "SUPPORT"),
    ("وأكد النائب أن المشاريع التي تم التوافق عليها بعد مباحثات طويلة مع الكتل لا تزال "
     "تنتظر التنفيذ.", "CONSULT"),
])
def test_no_event_without_a_coded_party(coder, text, gone):
    assert gone not in event_types(coder, text)


@pytest.mark.parametrize("text, event", [
    # a question about named states' forces keeps its event
    ("هل قصفت الطائرات الروسية مواقع المعارضة السورية في إدلب؟", "ASSAULT"),
    # «we» of a source quoted in the news (a speech verb), «you» of a cable quoted
    ("وقال المتحدث باسم الجيش: نحن نرفض أي هدنة مع المتمردين.", "REJECT"),
    ("وبعث ولي العهد برقية جاء فيها: أعرب لفخامتكم عن بالغ امتناني وتقديري، والسلام عليكم.",
     "SUPPORT"),
    # a protest's chants call out and address
    ("ورددوا هتافات «ارحل يا ظالم» أمام مقر الحكومة.", "PROTEST"),
    # the same kind of statement without the register
    ("ورفض أبناء القبيلة كل دعوة إلى الفتنة والتحريض.", "REJECT"),
    # coded parties: an agreement between states about projects
    ("وقعت السعودية ومصر اتفاقية لتمويل مشاريع التنمية في سيناء.", "SUPPORT"),
    # an attack on a hospital keeps its sense
    ("وقصفت الميليشيات الحوثية مستشفى الثورة في تعز.", "ASSAULT"),
    # a protest for services
    ("وتظاهر المئات في البصرة للمطالبة بتحسين الخدمات.", "PROTEST"),
    # the same kind of meeting with no service word
    ("واجتمع مدير الشرطة بقادة الأجهزة الأمنية لمناقشة خطة مواجهة الإرهاب.", "CONSULT"),
    # draft laws (مشاريع القوانين) are political news, not services
    ("وأكد النائب أن مشاريع القوانين التي تم التوافق عليها بعد مباحثات طويلة مع الكتل لا "
     "تزال تنتظر التصويت.", "CONSULT"),
    # the stem يا of بياناً is no vocative
    ("وأصدرت القيادة بياناً أدانت فيه الهجوم على المدنيين.", "ACCUSE"),
])
def test_events_stay(coder, text, event):
    assert event in event_types(coder, text)



@pytest.mark.parametrize("text, mod", [
    # a decade or a world war before the event: history told without a year
    ("وفي الثمانينيات اعتقلت السلطات مئات المعارضين بتهمة التآمر.", "historical"),
    ("وخلال الحرب العالمية الثانية قصفت الطائرات الألمانية مدينة لندن.", "historical"),
    # control: the same event told as news
    ("واعتقلت السلطات أمس مئات المعارضين بتهمة التآمر.", "asserted"),
])
def test_history_told_by_decade(coder, text, mod):
    evs = [e for e in code(coder, text) if e.event in ("COERCE", "ASSAULT")]
    assert evs and evs[0].modality == mod
