"""Event place and date, eighth round (branch `where8`): a date in a relative clause that ends
before the trigger, «قبل/منذ» + a unit in construct, «يوم غد», and two places the gazetteer
misread (a Cairo district, a Pakistani district). The sentences are written for these tests."""

import datetime as dt

import pytest
from _coding import code, one

from hadath.mentions.dates import DateResolver

TUESDAY = dt.date(2015, 8, 11)


def _place(e):
    return (e.event_loc.extracted_place, e.event_loc.country_code) if e.event_loc else None


def _dates(text):
    return [(m.text, m.date) for m in DateResolver().find(text, TUESDAY)]


def test_a_closed_relative_clauses_date_is_not_the_later_events(coder):
    # the Sunday is the talk's, told in a relative clause the comma ends; the shooting is
    # undated, so it takes the article's date
    e = one(coder, "وذكر الرجل الذي تحدث للصحفيين مساء الأحد، أنه أطلق النار على الحارس.",
            "ASSAULT", TUESDAY)
    assert (e.date, e.date_source) == ("2015-08-11", "article")


def test_a_clause_opener_ends_the_relative_clause(coder):
    # «كما» opens the second welcome's clause: the summit's 14 May is not its meeting's day
    text = ("رحبت الحكومة بالاتفاق الذي أعلن عنه في القمة في 14 مايو 2015 كما رحبت بالبيان "
            "الصادر عن اللجنة في اجتماعها الطارئ بالقاهرة.")
    e = one(coder, text, "CONSULT", TUESDAY)
    assert (e.date, e.date_source) == ("2015-08-11", "article")
    assert _place(e) == ("القاهرة", "EGY")


def test_a_relative_clause_of_the_same_event_keeps_its_day(coder):
    # control: the killing told after the attack's clause is the attack's outcome, that day
    evs = [e for e in code(coder, "نفذ المسلحون الهجوم الذي استهدف المركز أمس، وقتلوا ثلاثة "
                                  "من الحراس.", TUESDAY) if e.event == "ASSAULT"]
    assert evs and all(e.date == "2015-08-10" for e in evs)


def test_a_date_before_a_comma_outside_a_relative_clause_is_kept(coder):
    # control: «، و» alone parts nothing (the reception and the talks are one sitting)
    evs = [e for e in code(coder, "استقبل الأمير أمس السفير، وبحث معه العلاقات الثنائية.",
                           TUESDAY) if e.event == "CONSULT"]
    assert len(evs) == 2 and all(e.date == "2015-08-10" for e in evs)


@pytest.mark.parametrize("text", ["منذ أيام زعيمهم في العراق", "منذ أيام الحرب الأهلية"])
def test_the_days_of_a_noun_are_no_date(text):
    assert _dates(text) == []


def test_a_few_days_back_is_still_read():
    # control: «قبل أيام» before a verb still counts back from the article
    assert _dates("قبل أيام أعلنت الوزارة") == [("قبل أيام", dt.date(2015, 8, 8))]


def test_the_day_after_the_article_with_its_weekday():
    assert _dates("سيزور الأردن يوم غد الأربعاء") == [("يوم غد الأربعاء", dt.date(2015, 8, 12))]


PLACES = [
    ("انفجرت عبوة ناسفة صباح اليوم بميدان المحكمة بمصر الجديدة شرق القاهرة.",
     ("مصر الجديدة", "EGY")),
    ("قتل مسؤول بانفجار نفذه مسلحون اليوم في منطقة دير السفلى شمال غرب باكستان.",
     ("دير السفلى", "PAK")),
]


@pytest.mark.parametrize("text, place", PLACES)
def test_districts_the_gazetteer_misread(coder, text, place):
    assert _place(one(coder, text, "ASSAULT", TUESDAY)) == place


def test_a_signings_place_and_dates_are_not_the_approvals(coder):
    text = ("قرر مجلس الوزراء الموافقة على اتفاقية بين الوزارتين الموقع عليها في مدينة الرياض "
            "بتاريخ 17/5/1436هـ وفي مدينة برلين بتاريخ 26/5/1436هـ.")
    e = one(coder, text, "AGREE", TUESDAY)
    assert _place(e) is None
    assert (e.date, e.date_source) == ("2015-08-11", "article")


def test_a_signings_place_is_not_the_welcomes(coder):
    assert _place(one(coder, "رحب المجلس بالمذكرة الموقعة في جدة بين البلدين.", "SUPPORT",
                      TUESDAY)) is None


def test_the_signing_itself_keeps_its_place(coder):
    # control: the signing told by its own verb is where it happened
    evs = [e for e in code(coder, "وقع الوزيران في الرياض أمس اتفاقية للتعاون الأمني.", TUESDAY)
           if e.event_text.startswith("وقع")]
    assert evs and all(_place(e) == ("الرياض", "SAU") and e.date == "2015-08-10" for e in evs)


def test_a_clause_that_says_the_session_was_held_dates_what_happened_in_it(coder):
    # control: «التي عقدت أمس» dates the sitting, and the trial adjourned in it is that day's
    e = one(coder, "أجلت المحكمة في جلستها التي عقدت أمس، محاكمة المتهمين إلى جلسة 16 أغسطس "
                   "الجاري.", "ACCUSE", TUESDAY)
    assert e.date == "2015-08-10"


def test_a_commitment_to_an_agreement_signed_elsewhere(coder):
    e = one(coder, "وأكدت الجزائر التزامها بتطبيق اتفاق السلام الموقع في باماكو في يونيو الماضي.",
            "AGREE", TUESDAY)
    assert _place(e) is None and e.date_source == "article"
