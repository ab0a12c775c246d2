"""Event place and date, seventh round (branch `where7`): Yemeni districts, a woman's name
after «ب», a since-clause's date, a date counted back from another event, a ceasefire's year
and the place of a possessed noun in praise or blame. The sentences are written for these
tests."""

import datetime as dt

import pytest
from _coding import one

from hadath.mentions.dates import DateResolver

MONDAY = dt.date(2015, 8, 10)


def _place(e):
    return (e.event_loc.extracted_place, e.event_loc.country_code) if e.event_loc else None


# three Yemeni districts of the samples, each in a clash or an air strike
DISTRICTS = [
    ("قصف طيران التحالف مواقع الحوثيين في مديرية أرحب أمس.", ("مديرية أرحب", "YEM")),
    ("شن طيران التحالف غارات على تجمعات المتمردين في عقبة ثرة.", ("عقبة ثرة", "YEM")),
    ("اشتبكت المقاومة مع الحوثيين في مديرية عتمة.", ("مديرية عتمة", "YEM")),
]


@pytest.mark.parametrize("text, place", DISTRICTS)
def test_yemeni_districts_are_places(coder, text, place):
    assert _place(one(coder, text, "ASSAULT", MONDAY)) == place


def test_darkness_is_no_district(coder):
    # control: عتمة alone, after «في», is «darkness» unless a place noun names the district
    assert _place(one(coder, "اعتقلت الشرطة اللص في عتمة الليل.", "COERCE", MONDAY)) is None


def test_a_womans_name_after_bi_is_no_place(coder):
    e = one(coder, "أطلق الخاطفون سراح الرهينة الفرنسية إيزابيل بريم أمس.", "RETREAT", MONDAY)
    assert _place(e) is None


def test_the_year_a_ceasefire_was_concluded_is_not_the_accusations(coder):
    e = one(coder, "واتهم الحزب تركيا بانتهاك وقف لإطلاق النار أبرم عام 2013.", "ACCUSE", MONDAY)
    assert e.date == "2015-08-10"


@pytest.mark.parametrize("text, event", [
    # the landing is yesterday's; the seizure «منذ أن» is months before
    ("هبطت الطائرة في مطار عدن يوم أمس لأول مرة منذ أن سيطر المتمردون على المطار.", "COERCE"),
    # the date after «منذ أن دخلت …» is the entry's, not the recapture's
    ("نجحت القوات في السيطرة على المطار بعدما تعذر الوصول إليه منذ أن دخلت الجماعة إليه في "
     "السادس والعشرين من مارس.", "COERCE"),
])
def test_a_date_across_a_since_clause_is_not_the_events(coder, text, event):
    assert one(coder, text, event, MONDAY).date == "2015-08-10"


def test_the_hour_after_since_is_the_events_own_start(coder):
    # control: «منذ فجر أمس» starts the fighting itself
    e = one(coder, "وقتل 14 مسلحا في مواجهات مستمرة منذ فجر أمس الأحد.", "ASSAULT", MONDAY)
    assert e.date == "2015-08-09"


def test_a_day_before_another_event_is_not_yesterday(coder):
    e = one(coder, "التقى الوزير نظيره قبل يوم من موعد الانتخابات.", "CONSULT", MONDAY)
    assert (e.date, e.date_source) == ("2015-08-10", "article")


@pytest.fixture(scope="module")
def dr() -> DateResolver:
    return DateResolver()


@pytest.mark.parametrize("sentence, found", [
    ("قبل ثلاثة أيام من إعادة انتخابه", False),
    ("قبل يوم من موعد المحادثات", False),
    ("قبل عام من الآن", True),       # a year ago, counted from now
    ("وافقت قبل أسابيع على استقبال الجرحى", True),  # «على» is the verb's
])
def test_ago_counted_from_another_event(dr, sentence, found):
    assert bool(dr.find(sentence, MONDAY)) is found


@pytest.mark.parametrize("text, event, place", [
    ("رحب الرئيس برغبة الشركة في زيادة استثماراتها في مصر.", "SUPPORT", None),
    ("ندد الوزير بممارساتها في القدس.", "ACCUSE", None),
])
def test_the_place_of_a_possessed_noun_is_the_topic_of_praise_or_blame(coder, text, event, place):
    assert _place(one(coder, text, event, MONDAY)) == place


def test_the_place_of_ones_own_speech_stays(coder):
    # control: «في كلمته في الرياض» is where he spoke
    e = one(coder, "وقال الوزير في كلمته في الرياض إنه يدين الهجوم.", "ACCUSE", MONDAY)
    assert _place(e) == ("الرياض", "SAU")
