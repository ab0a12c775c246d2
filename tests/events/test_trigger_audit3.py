"""Third trigger audit on unseen SaudiNewsNet days (2026-11-25, docs/EVALUATION.md "Trigger
audit on unseen news", third audit): negation over an auxiliary, history told as background,
«وافق» at the start of a sentence.

Sentences are written for these tests; each group has controls that must not change.
"""

import datetime as dt

import pytest
from _coding import one


@pytest.mark.parametrize("text, event, neg", [
    # لم/لن/لا + copula or auxiliary + subject + event
    ("لم تكن الشرطة قد اعتقلت أيا من المشتبه بهم حتى مساء أمس.", "COERCE", True),
    ("لم يكن الجيش يهاجم المدينة عندما وصل الوفد.", "ASSAULT", True),
    ("لم تقم الحكومة باعتقال أي من المحتجين.", "COERCE", True),
    ("وقال الوزير إن الحكومة لم تكن قد وافقت على الاتفاقية.", "AGREE", True),
    ("ولم يعد الجيش يحاصر البلدة بعد انسحاب المسلحين.", "COERCE", True),
    # controls: «لا تزال» is «still», not a negation
    ("لا تزال القوات تحاصر المدينة منذ أسبوع.", "COERCE", False),
    # a comma, a complementizer or و + verb starts another clause
    ("لم يعلق الوزير على الأمر، واعتقلت الشرطة ثلاثة أشخاص.", "COERCE", False),
    ("لم تكن الشرطة تعلم أن الجيش اعتقل المشتبه بهم.", "COERCE", False),
    ("لم يكن الأمر مفاجئا وهاجم المسلحون القرية فجرا.", "ASSAULT", False),
    # «ما كان» is mostly «what was» or «often»: no negation reaches over it
    ("وغالبا ما كان الجيش يعتقل المحتجين في تلك الأيام.", "COERCE", False),
])
def test_negation_over_auxiliary(coder, text, event, neg):
    assert one(coder, text, event).negated is neg


@pytest.mark.parametrize("text, event, mod", [
    # an event whose own phrase gives a year long before the article is background history
    ("وتدهورت الأوضاع في العراق منذ الغزو الأمريكي عام 2003.", "ASSAULT", "historical"),
    ("واحتلت إسرائيل الجولان عام 1967 وضمته لاحقا.", "COERCE", "historical"),
    ("وقد اغتيل الزعيم في سبتمبر 1990 في العاصمة.", "ASSAULT", "historical"),
    # controls: a recent year, a year outside the phrase, an amount
    ("وقالت الوزارة إن الهجوم وقع في مارس 2015 قرب الحدود.", "ASSAULT", "asserted"),
    ("وقصفت الطائرات مواقع المسلحين، وكانت المنطقة قد شهدت معارك عام 2008.",
     "ASSAULT", "asserted"),
    ("وطلب المسلحون من الأهالي 2000 ريال مقابل الإفراج عن المخطوفين.", "REQUEST", "asserted"),
])
def test_history_as_background(coder, text, event, mod):
    assert one(coder, text, event, dt.date(2015, 8, 2)).modality == mod


def test_agree_verb_at_sentence_start(coder):
    # «وافق» opening a sentence is the verb, not و + أفق: the event text is the whole verb
    # (not «على مشروع نظام المرور»: a cabinet approving a draft with no coded party is the
    # administration of a service, dropped by salience.services)
    ev = one(coder, "وافق مجلس الوزراء على الاتفاقية الأمنية مع العراق.", "AGREE")
    assert ev.event_text == "وافق"
