"""Date expressions, relative to Friday 2023-08-25 (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from hadath.mentions.dates import DateMention, DateResolver

REF = dt.date(2023, 8, 25)  # a Friday


@pytest.fixture(scope="module")
def dr() -> DateResolver:
    return DateResolver()


def one(dr: DateResolver, sentence: str) -> DateMention:
    found = dr.find(sentence, REF)
    assert len(found) == 1, found
    m = found[0]
    assert sentence[m.start:m.end] == m.text
    return m


def test_reference_is_friday() -> None:
    assert REF.weekday() == 4


@pytest.mark.parametrize(
    ("sentence", "expected", "text"),
    [
        ("قصفت الطائرات أمس مواقع للمسلحين", "2023-08-24", "أمس"),
        ("وقال المتحدث بالأمس إن الوفد سيصل", "2023-08-24", "الأمس"),
        ("اندلعت الاشتباكات أول أمس في الحي الشرقي", "2023-08-23", "أول أمس"),
        ("يعقد المجلس اليوم جلسة طارئة", "2023-08-25", "اليوم"),
        ("يصل الوزير غداً إلى أنقرة", "2023-08-26", "غداً"),
        ("التقى الوزيران الاثنين الماضي في موسكو", "2023-08-21", "الاثنين الماضي"),
        ("التقى الوزيران يوم الإثنين في موسكو", "2023-08-21", "يوم الإثنين"),
        ("خرج المتظاهرون يوم الجمعة إلى الساحات", "2023-08-25", "يوم الجمعة"),
        ("ستعقد القمة الخميس المقبل في الدوحة", "2023-08-31", "الخميس المقبل"),
        ("أعلنت الوزارة منذ يومين حظر التجول", "2023-08-23", "منذ يومين"),
        ("وصلت القافلة قبل ثلاثة أيام إلى المدينة", "2023-08-22", "قبل ثلاثة أيام"),
        ("جرت الانتخابات في ١٢ آب/أغسطس ٢٠٢٣ وسط إقبال ضعيف", "2023-08-12", None),
        ("بدأت العملية العسكرية في 12 أغسطس", "2023-08-12", "12 أغسطس"),
        ("وقع الانفجار في 12/8/2023 قرب الميناء", "2023-08-12", "12/8/2023"),
        ("افتتح المعبر في 3 تموز الماضي", "2023-07-03", "3 تموز الماضي"),
        ("تم توقيع الاتفاق في 14 أوت", "2023-08-14", "14 أوت"),
        ("وصل الوفد الجزائري في 5 جويلية 2022 إلى تونس", "2022-07-05", "5 جويلية 2022"),
        ("عقد المؤتمر في 20 أفريل", "2023-04-20", "20 أفريل"),
        ("انسحبت القوات في 2 كانون الثاني 2021", "2021-01-02", "2 كانون الثاني 2021"),
        ("صدر المرسوم في 9 كانون الأول", "2022-12-09", "9 كانون الأول"),
        ("تجري الانتخابات في 9 تشرين الأول", "2023-10-09", "9 تشرين الأول"),
        ("جرى الاستفتاء في 30 أيلول المقبل", "2023-09-30", "30 أيلول المقبل"),
    ],
)
def test_day_expressions(dr: DateResolver, sentence: str, expected: str,
                         text: str | None) -> None:
    m = one(dr, sentence)
    assert m.date.isoformat() == expected
    assert m.precision == "day"
    if text is not None:
        assert m.text == text


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        ("ارتفعت الأسعار الشهر الماضي بشكل حاد", "2023-07-01", "month"),
        ("تراجعت الصادرات العام الماضي", "2022-01-01", "year"),
        ("زار الرئيس المنطقة الأسبوع الماضي", "2023-08-14", "week"),
        ("تبدأ المفاوضات الشهر المقبل", "2023-09-01", "month"),
        ("تأسست الحركة عام 1987 في غزة", "1987-01-01", "year"),
        ("اندلعت المواجهات في شهر شباط", "2023-02-01", "month"),
        ("انتهت الحرب في مايو 2015", "2015-05-01", "month"),
        ("تضاعف العدد هذا العام", "2023-01-01", "year"),
        # a bare month with a part of the month, its second name or a mark is a month
        ("اندلعت الاشتباكات منتصف تموز", "2023-07-01", "month"),
        ("وقعت الهجمات في أواخر يونيو الماضي", "2023-06-01", "month"),
        ("بدأ الإضراب مطلع شهر آذار 2019", "2019-03-01", "month"),
        ("وصل الوفد في يوليو (تموز) إلى القاهرة", "2023-07-01", "month"),
        ("انسحبت القوات في أكتوبر الماضي", "2022-10-01", "month"),
        ("تجرى الانتخابات في ديسمبر المقبل", "2023-12-01", "month"),
    ],
)
def test_coarse_expressions(dr: DateResolver, sentence: str, expected: str,
                            precision: str) -> None:
    m = one(dr, sentence)
    assert (m.date.isoformat(), m.precision) == (expected, precision)


def test_offsets_with_arabic_indic_digits_and_diacritics(dr: DateResolver) -> None:
    s = "وفي ١٢ آب/أغسطس ٢٠٢٣ اجتمع المجلسُ"
    m = one(dr, s)
    assert m.text == "١٢ آب/أغسطس ٢٠٢٣"
    assert (m.start, m.end) == (s.index("١٢"), s.index("٢٠٢٣") + 4)


def test_bare_month_words_are_not_dates(dr: DateResolver) -> None:
    # مارس "exercised", آب / أب "father"; a month needs a day, a year or شهر
    assert dr.find("مارس الحزب ضغوطا كبيرة على الحكومة", REF) == []
    assert dr.find("قال أب الضحية إن ابنه اعتقل", REF) == []
    assert dr.find("مارس الجيش ضغوطا منذ مطلع الأزمة", REF) == []


def test_several_in_one_sentence(dr: DateResolver) -> None:
    s = "بين 3 آب و12 آب الجاري قتل العشرات، وأعلن الجيش أمس الحصيلة"
    got = [(m.text, m.date.isoformat()) for m in dr.find(s, REF)]
    assert got == [("3 آب", "2023-08-03"), ("12 آب الجاري", "2023-08-12"),
                   ("أمس", "2023-08-24")]


@pytest.mark.parametrize("sentence, expected", [
    ("دارت المعارك في الخامس والسادس من يوليو الماضي", "2023-07-05"),
    ("أقيم المهرجان في الحادي والعشرين والثاني والعشرين من مارس", "2023-03-21"),
])
def test_two_ordinal_days_joined_give_the_first(dr: DateResolver, sentence: str,
                                                 expected: str) -> None:
    m = one(dr, sentence)
    assert m.date.isoformat() == expected and m.text.startswith("ال")


def test_no_article_date(dr: DateResolver) -> None:
    assert dr.find("قصفت الطائرات أمس البلدة", None) == []
    m = dr.find("في 12/8/2023 وقع الهجوم", None)
    assert m and m[0].date == dt.date(2023, 8, 12)


def test_resolve(dr: DateResolver) -> None:
    assert dr.resolve("أمس", REF) == dt.date(2023, 8, 24)
    assert dr.resolve("الاثنين الماضي", REF) == dt.date(2023, 8, 21)
    assert dr.resolve("الشهر الماضي", REF) == dt.date(2023, 7, 1)
    assert dr.resolve("١٢ آب/أغسطس", REF) == dt.date(2023, 8, 12)
    assert dr.resolve("كلام لا تاريخ فيه", REF) is None


def test_resolve_falls_back_to_dateparser(dr: DateResolver) -> None:
    # "2 September 2019" written with the Gulf month name; grammar handles it, and dateparser
    # handles forms outside the grammar such as "قبل ساعتين" (two hours ago)
    assert dr.resolve("2 سبتمبر 2019", None) == dt.date(2019, 9, 2)
    got = dr.resolve("قبل ساعتين", REF)
    assert got in (REF, REF - dt.timedelta(days=1))


# branch `where`: a relative day beside a weekday, Hijri numeric dates

@pytest.mark.parametrize("sentence, expected", [
    ("أعلنت الشرطة مساء أمس الخميس اعتقال المتهم", "2023-08-24"),  # agrees: one mention
    ("اشتبكت القوات مع المسلحين أمس الأربعاء", "2023-08-23"),  # the paper's day was Thursday
    ("افتتح الوزير المعرض اليوم (الخميس)", "2023-08-24"),
    ("يصل الوفد غدا الأحد", "2023-08-27"),
])
def test_a_relative_day_beside_a_weekday_is_that_weekday(dr: DateResolver, sentence: str,
                                                        expected: str) -> None:
    m = one(dr, sentence)
    assert (m.date.isoformat(), m.precision) == (expected, "day")


@pytest.mark.parametrize("sentence, expected", [
    ("صدر التعميم في 25/4/1430 عن الوزارة", "2009-04-21"),
    ("بدأ الصيام في 1/9/1436 كما أعلنت المحكمة", "2015-06-18"),
])
def test_numeric_hijri_dates_are_converted(dr: DateResolver, sentence: str, expected: str) -> None:
    assert one(dr, sentence).date.isoformat() == expected


def test_a_bare_hijri_year_is_no_date(dr: DateResolver) -> None:
    assert dr.find("ارتفع عدد الفعاليات في عام 1434 إلى مئتين", REF) == []
    assert one(dr, "ارتفع عدد الفعاليات في عام 2014 إلى مئتين").date == dt.date(2014, 1, 1)


# branch `dates2`: Hijri month names, ordinal days, a few days back, one date in two calendars

@pytest.mark.parametrize("sentence, expected, text", [
    # Umm al-Qura (hijridate): 3 Shawwal 1444 = 23 April 2023, 1 Rabi I 1445 = 16 Sep 2023
    ("افتتح الأمير المركز في 3 شوال 1444هـ بحضور المسؤولين", "2023-04-23", "3 شوال 1444هـ"),
    ("أقيم الحفل في الخامس من ذي الحجة 1444 في جدة", "2023-06-23",
     "الخامس من ذي الحجة 1444"),
    ("تنطلق المسابقة غرة ربيع الأول المقبل", "2023-09-16", "غرة ربيع الأول المقبل"),
    ("صدر القرار في 20 صفر الجاري عن الهيئة", "2023-09-05", "20 صفر الجاري"),
    ("اجتمع المجلس في 10 محرم", "2023-07-28", "10 محرم"),
])
def test_hijri_month_names(dr: DateResolver, sentence: str, expected: str, text: str) -> None:
    m = one(dr, sentence)
    assert (m.date.isoformat(), m.precision, m.text, m.hijri) == (expected, "day", text, True)


def test_hijri_month_with_its_year(dr: DateResolver) -> None:
    m = one(dr, "ارتفعت المبيعات خلال شهر رمضان 1444هـ بنسبة كبيرة")
    assert (m.date.isoformat(), m.precision) == ("2023-03-23", "month")  # 1 Ramadan 1444


def test_hijri_month_words_alone_are_no_dates(dr: DateResolver) -> None:
    # رمضان, رجب, شعبان are names, صفر is zero: a month needs a day or a year
    assert dr.find("قال رمضان إن شعبان سيصل مع رجب", REF) == []
    assert dr.find("انخفض العجز إلى صفر تقريبا", REF) == []
    assert dr.find("توفي العالم في 11 صفر 309هـ ببغداد", REF) == []  # not a 4-digit year
    assert dr.find("بني الجامع عام 1290هـ", REF) == []  # a Hijri year is no Gregorian year


def test_umm_al_qura_for_numeric_hijri_dates(dr: DateResolver) -> None:
    # the arithmetic calendar says 10 Dhu al-Hijjah 1444 is 29 June; Umm al-Qura 28 June
    assert one(dr, "وصل الحجاج في 10/12/1444هـ إلى منى").date == dt.date(2023, 6, 28)


@pytest.mark.parametrize("sentence, expected, text", [
    ("وقع الزلزال في السادس من أغسطس", "2023-08-06", "السادس من أغسطس"),
    ("تبدأ الدراسة في الحادي والعشرين من شهر سبتمبر المقبل", "2023-09-21",
     "الحادي والعشرين من شهر سبتمبر المقبل"),
    ("وصل الوفد في العاشر من الشهر الجاري", "2023-08-10", "العاشر من الشهر الجاري"),
    ("انتهت المهلة في 28 من الشهر الماضي", "2023-07-28", "28 من الشهر الماضي"),
    ("أعلن الاتفاق الموافق للثالث من يوليو 2022", "2022-07-03", "للثالث من يوليو 2022"),
    # the second name after a blank: the year after it is the date's
    ("أصيب الجندي في الرابع من مايو أيار 2019 في كمين", "2019-05-04", "الرابع من مايو أيار 2019"),
])
def test_ordinal_days(dr: DateResolver, sentence: str, expected: str, text: str) -> None:
    m = one(dr, sentence)
    assert (m.date.isoformat(), m.precision, m.text) == (expected, "day", text)


@pytest.mark.parametrize("sentence, expected, text", [
    ("أطلق الجيش سراح الرهائن قبل أيام", "2023-08-22", "قبل أيام"),
    ("شنت الطائرات غارات خلال الأيام الماضية على المدينة", "2023-08-22", "الأيام الماضية"),
    ("تصاعدت الاشتباكات في الأيام القليلة الأخيرة", "2023-08-22", "الأيام القليلة الأخيرة"),
    ("اعتقلت الشرطة عشرة أشخاص خلال اليومين الماضيين", "2023-08-24", "اليومين الماضيين"),
])
def test_a_few_days_back_is_a_week(dr: DateResolver, sentence: str, expected: str,
                                   text: str) -> None:
    m = one(dr, sentence)
    assert (m.date.isoformat(), m.precision, m.text) == (expected, "week", text)


def test_the_last_days_of_something_are_no_date(dr: DateResolver) -> None:
    assert dr.find("سقطت المدينة في الأيام الأخيرة من الحرب", REF) == []


@pytest.mark.parametrize("sentence, expected", [
    # both calendars: the Gregorian date
    ("جدة 8 صفر 1445هـ الموافق 24 أغسطس 2023م أعلنت الهيئة", "2023-08-24"),
    ("جرى التوقيع في 20 أغسطس 2023م (4 صفر 1445هـ) في الرياض", "2023-08-20"),
    ("يبدأ التسجيل يوم السبت 10/2/1445هـ في المراكز", "2023-08-26"),  # a Saturday
    # a weekday and its date: the date (الاثنين alone would be the 21st)
    ("عقد الاجتماع يوم الاثنين الموافق السابع من أغسطس", "2023-08-07"),
    ("وصل الرئيس الثلاثاء 8 أغسطس إلى الجزائر", "2023-08-08"),
])
def test_one_date_written_twice_is_one_mention(dr: DateResolver, sentence: str,
                                              expected: str) -> None:
    m = one(dr, sentence)
    assert (m.date.isoformat(), m.precision) == (expected, "day")
    assert m.hijri == ("الموافق" not in sentence and "أغسطس" not in sentence)


def test_two_dates_side_by_side_stay_two(dr: DateResolver) -> None:
    got = [m.date.isoformat() for m in dr.find("بين 3 آب و12 آب قتل العشرات", REF)]
    assert got == ["2023-08-03", "2023-08-12"]


def test_years_marked_gregorian(dr: DateResolver) -> None:
    assert one(dr, "تأسست الشركة عام 2010م في الرياض").date == dt.date(2010, 1, 1)


# ---------------------------------------------------------------- branch `where2`
@pytest.mark.parametrize(("sentence", "expected", "precision"), [
    ("وقعت المعركة في الثامن من مارس العام الماضي", "2022-03-08", "day"),
    ("افتتح الجسر في 3 يناير من العام المقبل", "2024-01-03", "day"),
    ("بدأ الإضراب في العاشر من أكتوبر من هذا العام", "2023-10-10", "day"),
    ("أغلقت الحدود في شهر مايو من العام الماضي", "2022-05-01", "month"),
    ("اندلعت الاحتجاجات في نوفمبر من العام الماضي", "2022-11-01", "month"),
])
def test_a_year_said_as_a_phrase_after_the_date(dr: DateResolver, sentence: str,
                                                 expected: str, precision: str) -> None:
    m = one(dr, sentence)
    assert (m.date.isoformat(), m.precision) == (expected, precision)
    assert m.text.endswith("العام الماضي") or m.text.endswith("العام المقبل") or \
        m.text.endswith("هذا العام")


def test_the_same_year_is_the_year_of_the_date_before(dr: DateResolver) -> None:
    got = dr.find("استمر الحصار من 5 مارس 2019 حتى 20 يونيو من نفس العام", REF)
    assert [m.date.isoformat() for m in got] == ["2019-03-05", "2019-06-20"]


def test_a_place_named_by_a_date_is_no_date(dr: DateResolver) -> None:
    assert dr.find("تظاهر العشرات في مدينة السادس من أكتوبر", REF) == []
    assert dr.find("أغلقت الشرطة شارع 26 يوليو", REF) == []
    # after another noun it is a date
    assert one(dr, "وقعت الحرب في السادس من أكتوبر").date == dt.date(2023, 10, 6)


# ---------------------------------------------------------------- branch `where3`
def test_most_in_need_is_no_yesterday(dr: DateResolver) -> None:
    # أمسّ «most» before الحاجة / حاجة: not أمس «yesterday»
    assert dr.find("قال الوزير إن اللاجئين في أمس الحاجة إلى الغذاء", REF) == []
    assert dr.find("والقرى النائية أمس حاجة إلى المدارس", REF) == []
    # yesterday is still read, also before another word
    assert one(dr, "وصل الوفد أمس الحافلة").date == REF - dt.timedelta(days=1)
