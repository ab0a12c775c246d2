"""Tenth precision audit (2026-11-25, docs/EVALUATION.md "Tenth precision audit: long articles
that tell of no day"): in a long article that names no day of the reporting period (a column, a
memoir, an interview, a feature), an event with no coded party on either side is dropped; an
event with a coded party stays. A bare «اليوم» is no anchor (it also means «nowadays»); short
articles and articles without a date keep all their events.

The texts are written for these tests.
"""

import datetime as dt

import pytest
from _coding import code

from hadath.events.register import LONG_ARTICLE
from hadath.mentions.dates import DateResolver

DAY = dt.date(2015, 8, 10)
# reflections with no event word, long enough to make a column of the text around them
FILL = ("يتحدث الناس كثيرا عن الصبر والحكمة، وعن قيمة الوقت في حياة الإنسان، وعن أثر القراءة في "
        "بناء العقول وتهذيب النفوس، ويختلفون في طرق تربية الأبناء وفي معنى النجاح والسعادة. ")
GENERAL = "إن الذين يقتلون الأبرياء باسم الدين لا يعرفون من الدين شيئا. "
CODED = "وقد قصفت إسرائيل قطاع غزة مرات كثيرة دون أن يحاسبها أحد. "


def column(middle: str = "") -> str:
    text = FILL * 9 + middle + GENERAL + CODED + FILL * 6
    assert len(text) >= LONG_ARTICLE
    return text


def triggers(coder, text, date=DAY):
    return [e.event_text for e in code(coder, text, date)]


def test_long_undated_column_drops_events_without_a_coded_party(coder):
    assert triggers(coder, column()) == ["قصفت"]


@pytest.mark.parametrize("anchor", [
    "وقال الكاتب أمس: ",
    "وفي صباح اليوم تذكرت ذلك. ",
    "وفي يوم الأحد الماضي كتبت عن ذلك. ",
    "وفي 3 أغسطس كتبت عن ذلك. ",
    "وفي الشهر الماضي كتبت عن ذلك. ",
])
def test_a_day_of_the_reporting_period_keeps_every_event(coder, anchor):
    assert triggers(coder, column(anchor)) == ["يقتلون", "قصفت"]


@pytest.mark.parametrize("vague", [
    "حديثي اليوم عن الصبر. ",  # «nowadays», not a day
    "وفي عام 2015 كتبت عن ذلك. ",  # a year alone
    "وفي 3 أغسطس 2011 كتبت عن ذلك. ",  # a day years before the article
])
def test_no_day_of_the_reporting_period(coder, vague):
    assert triggers(coder, column(vague)) == ["قصفت"]


def test_short_articles_and_undated_articles_keep_their_events(coder):
    assert triggers(coder, FILL + GENERAL + CODED) == ["يقتلون", "قصفت"]
    assert triggers(coder, column(), date=None) == ["يقتلون", "قصفت"]


@pytest.mark.parametrize("text, today", [
    ("قال الوزير اليوم", [True]),
    ("واليوم نعيش زمنا آخر", [True]),
    ("الليلة", [True]),
    ("صباح اليوم", [False]),
    # one mention since branch `where` (a relative day beside a weekday): a named day
    ("اليوم الاثنين", [False]),
    ("أمس", [False]),
    ("الجمعة", [False]),
])
def test_says_today(text, today):
    r = DateResolver()
    assert [r.says_today(m) for m in r.find(text, DAY)] == today
