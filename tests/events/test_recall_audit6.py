"""Recall faults found by the sixth recall audit on unseen SaudiNewsNet days (2026-11-26,
docs/EVALUATION.md "Sixth recall audit").

- A government working with its counterpart or another government («تعمل مع نظيرتها», «نعمل
  مع الحكومة العراقية») is material cooperation (COOPERATE); only the present verb with a
  counterpart, a government or the authorities after it is read so.
- A stated keenness to strengthen relations («حرص البلدين على تعزيز العلاقات», «حريصة على
  تطوير علاقاتها مع») is an intent to cooperate (AGREE), as «أكد … تطوير … علاقات» already was.

Sentences are written for these tests; controls must not change.
"""

import pytest
from _plover import events_of as _events


@pytest.mark.parametrize("text, event_type", [
    ("وقالت وزارة الخارجية الإيطالية إنها تعمل مع نظيرتها اليونانية لمواجهة أزمة المهاجرين.",
     "COOPERATE"),
    ("وقال وزير الدفاع الأسترالي إن بلاده تعمل مع الحكومة الفلبينية على تدريب قوات خفر السواحل.",
     "COOPERATE"),
    ("وجدد وزير الخارجية التونسي حرصه على تعزيز العلاقات مع المغرب في جميع المجالات.",
     "AGREE"),
    ("وقال رئيس الوزراء الياباني إن طوكيو حريصة على تطوير علاقاتها مع الهند.", "AGREE"),
])
def test_cooperation_and_intent_are_coded(coder, text, event_type):
    assert _events(coder, text, event_type), text


@pytest.mark.parametrize("text, absent", [
    # working with players or companies is no cooperation between states
    ("وقال مدرب المنتخب إنه يعمل مع اللاعبين الشباب لتحسين مستواهم.", "COOPERATE"),
    # a call to work with a government is a request, not cooperation told as done
    ("ودعا الوزير الدول المانحة إلى العمل مع الحكومة الصومالية.", "COOPERATE"),
])
def test_other_work_is_no_cooperation(coder, text, absent):
    assert not _events(coder, text, absent), (text, _events(coder, text, absent))
