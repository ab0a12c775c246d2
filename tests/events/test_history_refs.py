"""Ninth precision audit (2026-11-25, docs/EVALUATION.md "Ninth precision audit: history and
references"): a decade of the last century or «قبل N عاما» (years ago) told with the event, a
year up to eight tokens after a verb trigger (after its subject and object), and «آنذاك/حينذاك»
(at that time) in the event's clause make the event history told as background.

Sentences are written for these tests; each group has controls that must not change.
"""

import datetime as dt

import pytest
from _coding import one

DAY = dt.date(2015, 8, 10)


@pytest.mark.parametrize("text, event, mod", [
    # a decade before or after the event in its phrase
    ("اجتاحت القوات العراقية الكويت في مطلع التسعينيات.", "ASSAULT", "historical"),
    ("وفي منتصف السبعينيات اعتقلت السلطات مئات المعارضين.", "COERCE", "historical"),
    # a year after the verb's subject and object
    ("وقصفت الطائرات الحكومية مدينة حماة السورية في فبراير 1982.", "ASSAULT", "historical"),
    # years ago
    ("وهاجم المسلحون مركزا للشرطة في المدينة قبل ثلاث سنوات.", "ASSAULT", "historical"),
    ("واعتقلت الشرطة زعيم المعارضة قبل عامين.", "COERCE", "historical"),
    # controls: days ago, an age, «since» a decade (still going on), a recent year
    ("وهاجم المسلحون مركزا للشرطة في المدينة قبل ثلاثة أيام.", "ASSAULT", "asserted"),
    ("واعتقلت الشرطة رجلا في الستينات من عمره.", "COERCE", "asserted"),
    ("ومنذ السبعينيات تعتقل السلطات المعارضين في المدينة.", "COERCE", "asserted"),
    ("وقصفت الطائرات الحكومية مدينة حماة السورية في أغسطس 2015.", "ASSAULT", "asserted"),
    # at that time
    ("وأشاد رئيس الوزراء البريطاني آنذاك بالاتفاق بين البلدين.", "SUPPORT", "historical"),
    ("وكان وزير الخارجية حينذاك قد التقى نظيره الإيراني في جنيف.", "CONSULT", "historical"),
    # controls: the same statements told of now
    ("وأشاد رئيس الوزراء البريطاني بالاتفاق بين البلدين.", "SUPPORT", "asserted"),
    ("والتقى وزير الخارجية نظيره الإيراني في جنيف أمس.", "CONSULT", "asserted"),
    # «on this day»: an anniversary told as news (attrib3)
    ("في مثل هذا اليوم اجتاحت القوات الألمانية بولندا.", "ASSAULT", "historical"),
    ("واجتاحت القوات الألمانية بولندا اليوم.", "ASSAULT", "asserted"),
])
def test_history_told_as_background(coder, text, event, mod):
    assert one(coder, text, event, DAY).modality == mod
