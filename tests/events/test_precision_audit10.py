"""Tenth precision audit (2026-11-25, docs/EVALUATION.md "Tenth precision audit"): culture,
leisure and trade. In a sentence about a festival, an exhibition, a forum, a literary club,
poets and novels, scouts or a business council, a request, a cooperation, an agreement, a meeting
or praise with no political counterpart is how the event or the trade is run; «استضاف» a forum,
a festival or a tournament holds an event and hosts nobody.

Sentences are written for these tests; each group has controls that must not change.
"""

import pytest
from _coding import code

GONE = [
    ("نظم النادي الأدبي بالتعاون مع جمعية الثقافة والفنون أمسية شعرية للشعراء الشباب.",
     "COOPERATE"),
    ("وناقشت المكتبة العامة مساء أمس رواية جديدة لكاتب شاب ضمن ملتقى القراءة.", "CONSULT"),
    ("ودعا رئيس المهرجان الزوار إلى المشاركة في المسابقة اليومية.", "REQUEST"),
    ("وعقدت الهيئة بالتعاون مع مجلس الأعمال ندوة عن الاستثمار في المدينة الصناعية.",
     "COOPERATE"),
    ("وأشاد مدير المعرض بجهود المتطوعين في تنظيم الفعاليات.", "SUPPORT"),
    # hosting an event
    ("وتستضيف مدينة أبها الأسبوع المقبل الملتقى الثقافي الأول.", "CONSULT"),
    ("وشارك الوفد في الجامبوري العالمي الذي تستضيفه مدينة يابانية.", "CONSULT"),
    ("وأعلن الاتحاد أن الكويت ستستضيف البطولة الخليجية المقبلة.", "CONSULT"),
]

KEPT = [
    # two states, or a group or an IGO, are a political counterpart
    ("وعلى هامش المهرجان التقى وزير الثقافة السعودي نظيره المصري وبحثا التعاون بين البلدين.",
     "CONSULT"),
    ("ووقعت السعودية والأردن في حفل على هامش المعرض اتفاقية للتعاون الثقافي.", "SUPPORT"),
    # a draft law or the Arab League: political news
    ("وناقش مجلس الشورى مشروع قانون المهرجانات والفعاليات العامة.", "CONSULT"),
    # hosting a visitor, a summit or talks
    ("واستضاف الرئيس المصري نظيره الفرنسي في القاهرة.", "CONSULT"),
    ("وتستضيف الرياض القمة الخليجية المقبلة بحضور قادة دول المجلس.", "CONSULT"),
    # no culture word: the opposition is no exhibition (المعارض)
    ("والتقى المبعوث الأمريكي وفدا من الائتلاف السوري المعارض في إسطنبول.", "CONSULT"),
]


@pytest.mark.parametrize("text, event", GONE)
def test_culture_and_trade_without_a_counterpart(coder, text, event):
    assert event not in [e.event for e in code(coder, text)]


@pytest.mark.parametrize("text, event", KEPT)
def test_controls(coder, text, event):
    assert event in [e.event for e in code(coder, text)]


def test_two_families_are_no_capture(coder):
    """أسرتا «two families» (a wedding notice) is not أسرت «captured»; the verb stays."""
    assert "ASSAULT" not in [e.event for e in code(
        coder, "واحتفلت أسرتا الزهراني والغامدي مساء أمس بزفاف نجليهما في جدة.")]
    assert "ASSAULT" in [e.event for e in code(
        coder, "وأسرت الميليشيات ثلاثة جنود على الحدود أمس.")]
