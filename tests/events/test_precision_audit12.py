"""Precision on unseen news, twelfth audit (2026-11-26, docs/EVALUATION.md "Twelfth precision
audit", branch prec13): a force of nature or a disease is nobody, so it attacks, threatens or
visits no one; a ban on an everyday activity for everybody (work at noon, chewing tobacco, an
auction by day) is an administrative rule, not coercion of an actor; أرحب the Yemeni district,
«بصدر رحب» and the name after «آل» are no welcome and no endorsement.

Sentences are written for these tests; each rule has a close control that must not change.
"""

import pytest
from _coding import code


@pytest.mark.parametrize("text, event, kept", [
    # a heat wave, a storm, a virus, a comet as the doer
    ("وارتفع عدد ضحايا موجة الحر الشديدة التي تجتاح المدن الساحلية إلى ثلاثين.", "ASSAULT",
     False),
    ("وأصلحت الشركة أعمدة الكهرباء التي أسقطتها العواصف التي اجتاحت القرى الجبلية.", "ASSAULT",
     False),
    ("وقال الفلكي إن المذنب يزور الأرض مرة كل ستة وسبعين عاما.", "CONSULT", False),
    ("وأصيب عشرات العمال بضربات الشمس في مواقع البناء.", "ASSAULT", False),
    # an army, a militia or a state as the doer keeps the event
    ("وأكد الأهالي أن الميليشيات التي اجتاحت القرى الجبلية نهبت المنازل.", "ASSAULT", True),
    # (told for next month: an intended visit, AGREE with modality future since prec16)
    ("وقال الوزير إن الرئيس يزور الكويت مطلع الشهر المقبل.", "AGREE", True),
    # a ban on an everyday activity for everybody
    ("وضبط المفتشون مخالفات لقرار منع العمل تحت أشعة الشمس في عدد من المواقع.", "COERCE",
     False),
    ("ويحظر النظام على جميع المصانع تشغيل العمال في ساعات الذروة.", "COERCE", False),
    ("وتعتزم البلدية حظر التدخين في الحدائق العامة اعتبارا من الشهر المقبل.", "COERCE", False),
    # a ban on a party, on travel or on arms stays coercion
    ("وقررت المحكمة منع المتهمين من السفر خارج البلاد.", "COERCE", True),
    ("وأعلنت الحكومة حظر الجماعة ومصادرة أموالها.", "COERCE", True),
    # أرحب the district, «with an open heart», the family name after آل
    ("واندلعت مواجهات عنيفة في مديرية أرحب شمال العاصمة.", "SUPPORT", False),
    ("وتقبل الموظفون القرار الجديد بصدر رحب.", "SUPPORT", False),
    ("وناشد والده سعود آل فايد المسؤولين علاج ابنه على نفقة الدولة.", "SUPPORT", False),
    ("وقال الوزير: إنني أرحب بهذه الخطوة التي تخدم البلدين.", "SUPPORT", True),
    ("وأيد الوزير قرار مجلس الأمن بشأن اليمن.", "SUPPORT", True),
])
def test_sense(coder, text, event, kept):
    assert (event in [e.event for e in code(coder, text)]) == kept
