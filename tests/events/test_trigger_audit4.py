"""Fourth trigger audit on unseen SaudiNewsNet days (2026-11-25, docs/EVALUATION.md "Trigger
audit on unseen news", fourth audit): an event right after «فور/بمجرد» (immediately upon) in a
statement told in the future or expected has not happened yet; a year told before the event in
its clause, long before the article, makes it history; in a sentence about rain, floods
or a fire, warnings, calls and «السيطرة على» are the civil defence's advice and work.

Sentences are written for these tests; each group has controls that must not change.
"""

import datetime as dt

import pytest
from _coding import event_types, one


@pytest.mark.parametrize("text, event, mod", [
    # a future verb or an expectation governs the statement: the event after «فور» is future
    ("وقال مسؤول إيراني إن طهران ستعود إلى سوق النفط بكامل طاقتها فور رفع العقوبات عن بلاده.",
     "RETREAT", "future"),
    ("وتتوقع الحكومة الإيرانية أن يرتفع إنتاجها من النفط بمقدار مليون برميل يوميا فور رفع "
     "العقوبات الدولية.", "RETREAT", "future"),
    ("ومن المتوقع أن تزيد الشركات استثماراتها في البلاد بمجرد رفع العقوبات عنها.",
     "RETREAT", "future"),
    # controls: a past statement, a future verb in another clause, no «upon» before the event
    ("واعتقلت الشرطة المشتبه به فور وصوله إلى المطار.", "COERCE", "asserted"),
    ("وسيتوجه الوزير إلى عمان غدا، وقد أعلنت الحكومة فور انتهاء الاجتماع رفع العقوبات عن "
     "الشركة.", "RETREAT", "asserted"),
    ("وأعلنت الحكومة أمس رفع العقوبات عن الشركة.", "RETREAT", "asserted"),
])
def test_event_upon_in_future_statement(coder, text, event, mod):
    assert one(coder, text, event).modality == mod


@pytest.mark.parametrize("text, gone", [
    # the civil defence's advice to the public and its work in rain, floods or a fire
    ("ودعت إدارة الدفاع المدني السكان إلى أخذ الحيطة والحذر والابتعاد عن مجاري السيول.",
     "REQUEST"),
    ("وحذر المتحدث باسم الدفاع المدني من عبور الأودية أثناء هطول الأمطار.", "ACCUSE"),
    ("وتمكنت فرق الإطفاء من السيطرة على الحريق قبل امتداده إلى المباني المجاورة.", "COERCE"),
    ("واحتجزت السيول عددا من السيارات في الوادي مساء أمس.", "COERCE"),
])
def test_hazard_advice_is_no_event(coder, text, gone):
    assert gone not in event_types(coder, text)


@pytest.mark.parametrize("text, event", [
    # controls: a political call or an attack stays, with or without rain in the sentence
    ("ودعا الرئيس المعارضة إلى العودة إلى طاولة الحوار.", "REQUEST"),
    ("وحذر وزير الخارجية السعودي إيران من مغبة التدخل في شؤون دول المنطقة.", "THREATEN"),
    ("وقتل ثلاثة جنود في هجوم شنه مسلحون على نقطة تفتيش رغم الأمطار الغزيرة.", "ASSAULT"),
    ("وسيطرت القوات الحكومية على المدينة بعد معارك عنيفة.", "COERCE"),
])
def test_political_acts_stay(coder, text, event):
    assert event in event_types(coder, text)


@pytest.mark.parametrize("text, event, mod", [
    # a year told before the event in its clause, long before the article: history
    ("وفي 5 أبريل عام 1988 تم اختطاف طائرة ركاب وإجبارها على الهبوط.", "ASSAULT",
     "historical"),
    ("وفي عام 2003 غزت القوات الأمريكية العراق.", "ASSAULT", "historical"),
    # controls: منذ (still going on), a year inside a relative clause or before a clause with
    # و, a recent year
    ("ومنذ عام 2011 تشن القوات هجمات على المدينة.", "ASSAULT", "asserted"),
    ("وأعلن الحزب الذي تأسس عام 1990 رفضه للاتفاق.", "REJECT", "asserted"),
    ("أصبح البلد الذي استقل عن جاره عام 2011 وتجتاحه حاليا حرب أهلية عضوا في اللجنة.",
     "ASSAULT", "asserted"),
    ("وفي يوليو 2015 هاجم المسلحون القرية.", "ASSAULT", "asserted"),
])
def test_year_before_the_event(coder, text, event, mod):
    assert one(coder, text, event, dt.date(2015, 8, 3)).modality == mod


@pytest.mark.parametrize("text, event, mod", [
    # the clause of أن after a fear word tells a feared event
    ("وتخشى دول المنطقة من أن يؤدي رفع العقوبات عن البلاد إلى زيادة نفوذها.", "RETREAT",
     "hypothetical"),
    ("وقال الوزير إن الحكومة تخشى أن تشن الجماعة هجمات جديدة على الحدود.", "ASSAULT",
     "hypothetical"),
    # controls: a fear noun with no clause of أن, a report with أن and no fear word
    ("وتخشى الحكومة من هجمات جديدة، وقد هاجم المسلحون القرية أمس.", "ASSAULT", "asserted"),
    ("وأعلنت الشرطة أن المسلحين هاجموا القرية فجرا.", "ASSAULT", "asserted"),
])
def test_feared_event(coder, text, event, mod):
    assert one(coder, text, event).modality == mod
