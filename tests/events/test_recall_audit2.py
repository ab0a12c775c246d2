"""Recall faults found by the second recall audit on unseen SaudiNewsNet days (2026-11-25,
docs/EVALUATION.md "Second recall audit").

1. The broken plural النيران ("fire", as in gunfire) of the firearms words was no trigger: only
   النار was listed (أطلق النار, إطلاق النار, فتح النار), so «إطلاق النيران على …», «فتحوا
   النيران» and «أطلق المسلحون النيران» were missed. A ceasefire written with it (وقف إطلاق
   النيران) stays a ceasefire.
2. Talks told with the impersonal light verb (جرى بحث …, تم بحث … "… was discussed"), the
   formula of official statements after a meeting, were found only when the thing discussed was
   one of a few listed nouns (بحث تطورات, بحث سبل).

Sentences are written for these tests; each group has controls that must not change.
"""

import pytest
from _plover import events_of as _events


@pytest.mark.parametrize("text, event_type", [
    # 1. النيران
    ("وأفادت مصادر أمنية بقيام مسلحين بإطلاق النيران على موكب المحافظ في عدن.", "ASSAULT"),
    ("وقال شهود إن الجنود فتحوا النيران على سيارة اقتربت من الحاجز العسكري.", "ASSAULT"),
    ("وأطلق مسلحون مجهولون النيران على سيارة ضابط في بنغازي.", "ASSAULT"),
    # 2. جرى بحث / تم بحث
    ("وأوضح وزير الخارجية الأردني أنه جرى بحث القضية الفلسطينية والوضع في القدس.", "CONSULT"),
    ("وقال الوزير المصري إنه تم بحث القضية الليبية وأمن الحدود المشتركة.", "CONSULT"),
])
def test_found(coder, text, event_type):
    assert _events(coder, text, event_type), text


@pytest.mark.parametrize("text, absent", [
    # 1. other fires and the ceasefire
    ("واشتعلت النيران في مستودع للأخشاب جنوب جدة.", "ASSAULT"),
    ("وأعلن الطرفان وقف إطلاق النيران في المدينة اعتبارا من الليلة.", "ASSAULT"),
    ("وتمكنت فرق الدفاع المدني من إخماد النيران بعد ساعتين.", "ASSAULT"),
    # 2. the bare verbal noun بحث is research or a search
    ("ويجري الباحثون بحثا عن أسباب تراجع الأمطار في المنطقة.", "CONSULT"),
    ("وأطلقت الشرطة عملية بحث عن الطفل المفقود.", "CONSULT"),
])
def test_not_found(coder, text, absent):
    assert not _events(coder, text, absent), (text, _events(coder, text, absent))


def test_ceasefire_with_the_broken_plural_is_a_ceasefire(coder):
    text = "وأعلن الطرفان وقف إطلاق النيران في المدينة اعتبارا من الليلة."
    assert _events(coder, text, "RETREAT"), text
