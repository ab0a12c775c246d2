"""Recall faults found by the seventh recall audit on unseen SaudiNewsNet days (2026-11-26,
docs/EVALUATION.md "Seventh recall audit").

- Congratulations in the set phrase «أبلغ التهاني» and a «برقية مماثلة» (the second cable of a
  head of state's congratulations or condolences) are SUPPORT, as «أصدق التهاني» already was.
- «ستظل/سيقف إلى جانب» (a stand promised for the future) is an intent to support (AGREE), as
  hadath codes future support.
- A congratulation addressed to a coded party survives the service-news filter, as a
  condolence already did (وهنأ مجلس الوزراء مصر على افتتاح مشروع …).
- «نشر قوة» and «انطلقت قوة عسكرية» deploy troops (MOBILIZE), as «نشر قوات» already did.

Sentences are written for these tests; controls must not change.
"""

import pytest
from _coding import codes, events_of, one


@pytest.mark.parametrize("text, event_type", [
    ("وعبر ولي العهد عن أبلغ التهاني وأطيب التمنيات بموفور الصحة والسعادة لفخامته، ولحكومة "
     "وشعب غانا الصديق المزيد من التقدم.", "SUPPORT"),
    ("وبعث ولي العهد برقية مماثلة لرئيس جمهورية كينيا.", "SUPPORT"),
    ("وأكد الوزير أن دول الخليج ستظل إلى جانب الشعب الليبي حتى يستعيد أمنه.", "AGREE"),
    ("وقالت الوكالة إنه تم نشر قوة خاصة تابعة للجيش الفرنسي في القاعدة الجوية.", "MOBILIZE"),
    ("وانطلقت قوة عسكرية كبيرة من مأرب باتجاه شبوة لدعم المقاومة الشعبية.", "MOBILIZE"),
])
def test_recall_audit7_events_are_coded(coder, text, event_type):
    assert events_of(coder, text, event_type), text


def test_congratulation_in_project_news_is_kept(coder):
    # «مشروع» makes the sentence service news; the congratulation has a coded addressee
    e = one(coder, "وهنأ مجلس الوزراء جمهورية الصين الشعبية على افتتاح مشروع السد الجديد.",
            "SUPPORT")
    assert "CHN" in [c for c, _s in codes(e.recipient)]


@pytest.mark.parametrize("text, absent", [
    # a hospital director congratulating nurses on a project runs his service
    ("وهنأ مدير المستشفى الممرضين على نجاح مشروع التوسعة.", "SUPPORT"),
    # «إلى جانب» as «besides» after a future verb with its own subject
    ("وقال الخبير إن الأسعار ستظل مرتفعة إلى جانب ارتفاع تكاليف النقل.", "AGREE"),
])
def test_recall_audit7_controls(coder, text, absent):
    assert not events_of(coder, text, absent), (text, events_of(coder, text, absent))
