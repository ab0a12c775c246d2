"""Precision on unseen news, fifteenth audit (2026-11-26, docs/EVALUATION.md "Fifteenth
precision audit", branch prec16): a Hijri year (1434هـ), a date with slashes and a month's
bracketed other name (يونيو (حزيران) 2013) date an event; a planned or coming event (الزيارة
المزمعة, الأسبوع المقبل, تقرر عقد) is future; an aside between commas does not stop a future
verb of attending; a charge (لإقدامه على قتل, بارتكاب جرائم قتل) is no event of its own;
«whoever» (ومن يدعو, من يستهدف … ويقتل) tells of nobody in particular; a prayer goes on past
the comma before its «بأن»; the bare nouns تسوية and استجابة concede nothing; set phrases
(حسن الاستقبال, اجتمعت عليه كلمة, التبرع بالدم, خطف اللقب, يحتل النسبة, لم نحتج إلى); a
vowel sign after ة does not make a pronoun of it.

Sentences are written for these tests; each rule has a close control that must not change.
"""

import datetime as dt

import pytest
from _coding import code

D15 = dt.date(2015, 8, 10)


@pytest.mark.parametrize("text, modality", [
    # a Hijri year, a date with slashes, a bracketed month name: history more than a year back
    ("وتم اعتقال الرجل عند المنفذ بتاريخ 12/3/1433هـ مع ثلاثة سائقين.", "historical"),
    ("ووقع البلدان أول معاهدة صداقة بينهما سنة 1360هـ في مكة.", "historical"),
    ("واعتقلت الشرطة الصحفي في 5/4/2011 أمام منزله.", "historical"),
    ("وفي مارس (آذار) 2012 اعتقلت السلطات الناشط في العاصمة.", "historical"),
    ("واعتقلت الشرطة الناشط في أكتوبر (تشرين الأول) 2012 في العاصمة.", "historical"),
    # controls: this year's dates
    ("وتم اعتقال الرجل عند المنفذ بتاريخ 2/10/1436هـ مع ثلاثة سائقين.", "asserted"),
    ("وفي مارس (آذار) 2015 اعتقلت السلطات الناشط في العاصمة.", "asserted"),
])
def test_dated(coder, text, modality):
    events = [e for e in code(coder, text, D15) if e.event == "COERCE" or e.event == "SUPPORT"]
    assert events and {e.modality for e in events} == {modality}


@pytest.mark.parametrize("text, event, modality", [
    # planned, coming or scheduled: future (a cooperative act told in the future is AGREE)
    ("وتأتي الزيارة المزمعة للوفد إلى القاهرة في وقت حساس.", "AGREE", "future"),
    ("وتأتي زيارة الوفد للقاهرة الأسبوع المقبل في وقت حساس.", "AGREE", "future"),
    ("وتقرر عقد الاجتماع بين الطرفين في 20 سبتمبر المقبل.", "AGREE", "future"),
    ("ويلتقي الوزير نظيره الروسي غدا في موسكو.", "AGREE", "future"),
    ("وتصاعد التوتر بانتظار مناورات عسكرية الشهر المقبل قرب الحدود.", "MOBILIZE", "future"),
    # controls: told as done, or the coming time bounds it
    ("وجاءت زيارة الوفد للقاهرة الأسبوع الماضي في وقت حساس.", "CONSULT", "asserted"),
    ("والتقى الوزير نظيره الروسي أمس في موسكو.", "CONSULT", "asserted"),
    ("وتستمر المحادثات بين الطرفين حتى الأسبوع المقبل.", "CONSULT", "asserted"),
    # a future verb of attending reaches its event past an aside between commas
    ("وسيشهد الأمير، خلال جولته في المنطقة، توقيع اتفاقية بين البلدين.", "AGREE", "future"),
])
def test_scheduled(coder, text, event, modality):
    events = [e for e in code(coder, text, D15) if e.event == event]
    assert events and {e.modality for e in events} == {modality}


def test_adjunct_still_open_keeps_its_past(coder):
    # سيتوجه … بعد زيارته: the visit is in the adjunct the future verb does not reach
    events = code(coder, "وسيتوجه الوزير إلى القاهرة بعد زيارته للرياض.", D15)
    visit = [e for e in events if "زيارته" in e.event_text]
    assert visit and {e.modality for e in visit} == {"asserted"}


@pytest.mark.parametrize("text, event, kept", [
    # a charge or the reason of a sentence
    ("ونفذت الوزارة حكم القتل قصاصا بحق رجل لإقدامه على قتل جاره.", "ASSAULT", False),
    ("وبدأت محاكمة المتهمين بارتكاب جرائم قتل عدد من رجال الأمن.", "ASSAULT", False),
    ("وقام المسلحون بارتكاب مجزرة في القرية.", "ASSAULT", True),
    # «whoever»: nobody in particular
    ("فلنعمل على تجفيف منابع الإرهاب ومن يدعو للأفكار المتطرفة.", "REQUEST", False),
    ("إن من يستهدف المساجد ويقتل المصلين لا دين له.", "ASSAULT", False),
    ("وطالب النائب بنشر الجيش في مواجهة من يقطع الطرق.", "PROTEST", False),
    ("وقال إن من قتل الرجل معروف للشرطة.", "ASSAULT", True),
    ("ويدعو الرئيس الأطراف إلى الحوار.", "REQUEST", True),
    ("وطالب الوزير المانحين ببذل المزيد من تقديم الدعم للاجئين.", "AID", True),
    # a prayer past the comma before its «بأن»
    ("ونقل الوزير للجرحى تحيات ودعوات الملك، بأن يمن الله عليهم بالشفاء.", "REQUEST", False),
    ("وجددت الحكومة دعوتها، بأن تتوقف الفصائل عن القتال.", "REQUEST", True),
    # the bare nouns تسوية and استجابة: no concession
    ("واستأنفت الدولة مساعيها لإيجاد تسوية سياسية للأزمة.", "CONCEDE", False),
    ("وتتميز الخدمة بثراء المحتوى وسرعة الاستجابة لتوقعات العملاء.", "CONCEDE", False),
    ("واستجابت الحكومة لمطالب المتظاهرين بإقالة المحافظ.", "CONCEDE", True),
    ("وقال إن هذه الإجراءات تمثل استجابة معقولة لمطالب الشارع.", "CONCEDE", True),
    # a vowel sign after ة: والاستجابةِ is no استجاب with a pronoun
    ("وهم الأقدر على التفاعلِ والاستجابةِ لمخرجاتِ التطور.", "CONCEDE", False),
    # set phrases
    ("وشكر رئيس الوفد المحافظ على حسن استقبال الوفد.", "CONSULT", False),
    ("وهو مبدأ اجتمعت عليه كلمة أبناء البلد.", "CONSULT", False),
    ("واجتمع الوزير بنظيره الأردني في عمان.", "CONSULT", True),
    ("ونظمت الجمعية حملة للتبرع بالدم في المستشفى.", "AID", False),
    ("وتبرع عدد من الموظفين بدمائهم للمرضى.", "AID", False),
    ("وتبرعت الحكومة بعشرة ملايين دولار للاجئين.", "AID", True),
    ("وتبقى الفرصة قائمة أمام الفريقين لخطف اللقب.", "ASSAULT", False),
    ("وخطف مسلحون ثلاثة صحفيين في المدينة.", "ASSAULT", True),
    ("وأظهر المسح أن الشباب يحتل النسبة الأعلى بين المستفيدين.", "COERCE", False),
    ("وقال المدير إننا لم نحتج إلى أي دعم خارجي.", "PROTEST", False),
    ("ولم يحتج أحد على القرار.", "PROTEST", True),
])
def test_sense(coder, text, event, kept):
    assert (event in [e.event for e in code(coder, text, D15)]) == kept
