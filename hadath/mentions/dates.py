"""Arabic date expressions: find them in a sentence and resolve them against the article date.

:class:`DateResolver` builds one regular expression from the vocabulary in
``hadath/kb/data/dates_ar.yaml`` (month names of the Levant/Iraq, Egypt/Gulf and Maghreb,
weekdays, relative days, "last week", "two days ago" …) and runs it over the *normalised*
sentence; a character map takes every match back to offsets in the text as given. All
resolution is arithmetic on the article date, so a sentence costs one regex scan (tens of
microseconds). ``dateparser`` (a few ms per call) is used only by :meth:`DateResolver.resolve`
for a free-form expression the grammar does not cover.

Conventions
-----------
* A bare weekday (الاثنين) is the most recent such day on or before the article date; with
  الماضي it is strictly before, with المقبل/القادم strictly after.
* A day and month without a year (12 آب) is the last such day on or before the article date,
  unless it falls at most 60 days after it (an announced date); الماضي / المقبل after it force
  the past / the future. The same holds for شهر آب.
* Bare month names are not matched (آب, مارس, ماي are also ordinary words): a month needs a day
  number before it, a year after it, شهر or a part of the month (منتصف, أواخر, مطلع …) before
  it, its second name (يوليو (تموز)) or الماضي/المقبل/الجاري after it.
* ``precision`` is ``"day"``, ``"week"`` (الأسبوع الماضي, منذ أسبوعين: ``date`` is the Monday of
  that week), ``"month"`` (``date`` is the 1st) or ``"year"`` (``date`` is 1 January).
* A few days back (قبل أيام, منذ أيام, خلال الأيام الماضية, في الأيام الأخيرة) is precision
  ``"week"`` with ``date`` three days before the article date, the middle of the span, not a
  Monday; «اليومين الماضيين» likewise with the day before. «الأيام الأخيرة من …» (the last days
  of something) is no date. Other plurals with no number keep one unit (قبل أسابيع: a week back;
  «منذ سنوات» is mostly a duration, no point in time, whatever the count). Followed by «من»
  the count runs back from another event, not from the article (قبل يوم من موعد المحادثات,
  قبل ثلاثة أيام من إعادة انتخابه: ``not_after_ago``): no date, unless «الآن» or «قبل» comes
  next (قبل عام من الآن; منذ سنوات من قبل العصابة, «by»). «على» after it is most often the
  verb's (وافقت قبل أسابيع على …) and is left alone.
* A year said as a phrase after a day and month or a month (الثامن من مارس العام الماضي, 3
  يناير من العام المقبل, شهر مايو من هذا العام, نوفمبر من العام الماضي) sets the year from the
  article date; «من ذات العام» / «من نفس العام» is the year of the date before it in the text.
* A date right after a place noun (``place_before_date``: مدينة السادس من أكتوبر, شارع 26
  يوليو) is that place's name, no date.
* An ordinal day needs «من» and a month (السادس من أغسطس, الحادي والعشرين من شهر رمضان) or «من
  الشهر» with a mark (العاشر من الشهر الجاري, 28 من الشهر الماضي: that month of the article
  date); «غرة» is the first day. Of two ordinal days joined by «و» (الثالث والرابع من آب) the
  first is the date.
* Mentions whose date cannot be computed (a relative expression with no article date) are not
  returned by :meth:`DateResolver.find`.
* Numeric dates are day/month/year (12/8/2023) or ISO (2023-08-12). A numeric date whose year
  lies in ``HIJRI_YEARS`` (25/4/1430, 26/7/1405هـ: Saudi papers write the Hijri calendar so) is
  Hijri and is converted by the Umm al-Qura calendar of Saudi papers (``hijridate``, 1343–1500
  AH; the arithmetic calendar before 1343); a bare year in that range or marked Hijri (عام
  1436هـ, عام 1295هـ) is no date (its Gregorian span straddles two years). «م» after a year
  marks it Gregorian (عام 2015م).
* Hijri month names (محرم … ذو الحجة) need a day (15 شوال, العاشر من ذي القعدة, غرة رمضان) or
  a four-digit year (شهر رجب 1436هـ: precision ``"month"`` with ``date`` the first day of the
  Hijri month), since رمضان, رجب, شعبان are names and صفر is zero; a number after the month
  that is no such year (11 صفر 309هـ) makes it no date. Without a year, the Hijri year is
  picked as a Gregorian one is (the last one, or one at most 60 days ahead).
* One date written twice is one mention: both calendars (25 شوال 1436هـ الموافق 10 أغسطس
  2015م, 20 أغسطس (4 صفر)), a weekday before a date (الاثنين 10 أغسطس, الاثنين الموافق العاشر
  من أغسطس), or two dates with «الموافق» between. The mention keeps the Gregorian date that is
  not a bare weekday, else the Hijri one (``DateMention.hijri`` says which it kept).
* A relative day beside a weekday (أمس الأحد, اليوم الاثنين, غدا الأربعاء) is one expression:
  the weekday nearest the relative day. The crawl date of an article is often a day after
  its paper's date, so the weekday is the surer of the two («أمس الأحد» in an article dated
  Tuesday is Sunday).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Literal

import yaml
from hijridate import Gregorian, Hijri

from hadath.text import normalize
from hadath.text.normalize import is_one_to_one

Precision = Literal["day", "week", "month", "year"]

# A day/month without a year may lie this many days after the article date; further ahead it is
# taken to be last year's.
_FUTURE_DAYS = 60

DATA_PATH = Path(__file__).resolve().parent.parent / "kb" / "data" / "dates_ar.yaml"

# Years written in these bounds are Hijri (1300 AH = 1882 CE, 1500 AH = 2077 CE): no news dates
# Gregorian years of the fourteenth and fifteenth centuries by day and month.
HIJRI_YEARS = range(1300, 1501)
# 1 Muharram 1 AH in the proleptic Gregorian calendar (16 July 622 Julian)
_HIJRI_EPOCH = dt.date(622, 7, 19).toordinal()
# hijridate's Umm al-Qura tables start with this year (1 August 1924)
_UMM_AL_QURA_FIRST = 1343
# a relative day and a weekday side by side: only blanks, brackets, commas between them
_BESIDE = re.compile(r"[\s(),،]*")




@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # offsets into the text given to find()
    end: int
    text: str
    date: dt.date
    precision: Precision
    hijri: bool = False  # written in the Hijri calendar (15 شوال 1436هـ, 25/4/1430)


def _alt(words: Iterable[str]) -> str:
    """Regex alternation of normalised words, spaces → \\s+, written as a trie (الأول, الثاني …
    share «ال»: one branch per letter, so a word that starts like none fails at once). A longer
    word is tried before its prefix, as in a longest-first alternation."""
    trie: dict[str, Any] = {}
    for form in sorted({" ".join(normalize(w).split()) for w in words if w}):
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, Any]) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(node[ch])
                    for ch in sorted(node) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(trie) + ")"


def _add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.year * 12 + (d.month - 1) + months, 12)
    return dt.date(y, m + 1, 1)


def _first_of(month: int, year: int) -> dt.date:
    return dt.date(year, month, 1)


def _date(y: int, m: int, d: int) -> dt.date | None:
    if y in HIJRI_YEARS:
        return hijri_date(y, m, d)
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def hijri_date(y: int, m: int, d: int) -> dt.date | None:
    """The Gregorian date of a Hijri day by the Umm al-Qura calendar (``hijridate``: 1343–1500
    AH), before 1343 by the arithmetic Islamic calendar (30-year cycle, months of 30 and 29 days
    alternately); ``None`` for a day that does not exist."""
    if not (1 <= m <= 12 and 1 <= d <= 30) or y < 1:
        return None
    if y >= _UMM_AL_QURA_FIRST:
        try:
            return dt.date(*Hijri(y, m, d).to_gregorian().datetuple())
        except (ValueError, OverflowError):  # 30 in a month of 29 days, a year past 1500
            return None
    days = (y - 1) * 354 + (3 + 11 * y) // 30 + (59 * (m - 1) + 1) // 2 + d - 1
    return dt.date.fromordinal(_HIJRI_EPOCH + days)


class DateResolver:
    """Finds and resolves Arabic date expressions. Build once and reuse (it holds its regex)."""

    def __init__(self, data: dict[str, Any] | None = None) -> None:
        if data is None:
            with DATA_PATH.open(encoding="utf-8") as f:
                data = yaml.safe_load(f)
        assert data is not None
        n = lambda s: " ".join(normalize(s).split())  # noqa: E731
        self._month_of = {n(w): int(m) for m, ws in data["months"].items() for w in ws}
        self._weekday_of = {n(w): int(d) for d, ws in data["weekdays"].items() for w in ws}
        self._rel_of = {n(w): int(v) for w, v in data["relative_days"].items()}
        self._past = {n(w) for w in data["past"]}
        self._next = {n(w) for w in data["next"]}
        self._current = {n(w) for w in data["current"]}
        self._day_nouns = frozenset(n(w) for w in data["day_noun"])
        self._period_of = {n(w): p for p, ws in data["periods"].items() for w in ws}
        self._unit_of: dict[str, tuple[str, int | None]] = {}
        for unit, forms in data["units"].items():
            for w in forms.get("one", ()):
                self._unit_of[n(w)] = (unit, 1)
            for w in forms.get("two", ()):
                self._unit_of[n(w)] = (unit, 2)
            for w in forms.get("many", ()):
                self._unit_of[n(w)] = (unit, None)
        self._number_of = {n(w): int(v) for w, v in data["numbers"].items()}
        self._hmonth_of = {n(w): int(m) for m, ws in data["hijri_months"].items() for w in ws}
        self._ordinal_of = {n(w): int(v) for w, v in data["ordinal_days"].items()}
        self._recent_of = {n(w): int(v) for w, v in data["recent_days"].items()}
        self._few = int(data["few"])
        self._place_before = frozenset(n(w) for w in data["place_before_date"])
        self._month_periods = frozenset(n(w) for w in data["periods"]["month"])
        # between two mentions of one date: blanks, brackets, commas and «الموافق»
        self._same_date = re.compile(
            r"[\s(),،\-–]*(?:" + _alt(data["corresponding"]) + r"[\s(),،\-–]*)?")
        self._char_cache: dict[str, str] = {}
        self._dateparser_settings: dict[str, Any] = {}

        months = _alt(self._month_of)
        # a second name after a slash, in brackets or a blank: أغسطس/آب, أغسطس (آب), أغسطس آب
        mon = rf"(?P<@G@>{months})(?:\s*[/(\-–]\s*{months}\s*\)?|\s+{months}(?!\w))?"
        of = _alt(data["of"])
        year_noun = _alt(data["year_noun"])
        month_noun = _alt(data["month_noun"])
        day_noun = _alt(data["day_noun"])
        mark = _alt(self._past | self._next | self._current)
        pom = _alt(data.get("part_of_month") or ())
        number = _alt(self._number_of)
        hmark = _alt(data["year_mark"]["hijri"])
        ymark = rf"(?:\s?(?:{hmark}|{_alt(data['year_mark']['gregorian'])}))?"
        year_tail = (rf"(?:\s*[،,]?\s*(?:{of}\s+)?(?:ل?{year_noun}\s+)?(?P<@G@>\d{{4}}){ymark})")
        # a year said as a phrase after the date: (من) العام الماضي, (من) هذا العام, من ذات العام
        yper = _alt(data["periods"]["year"])
        this_year = _alt(data["this"])
        same_year = _alt(data["same_year"])

        def year_said(g: str) -> str:
            return (rf"\s+(?:{of}\s+)?(?:{yper}\s+(?P<{g}yk>{mark})|(?P<{g}yt>{this_year})\s+"
                    rf"{yper}|(?P<{g}ys>{same_year})\s+{yper})(?!\s*\d)")
        # a day: 12, ١٢ من, السادس من, غرة
        ordinal = _alt([*self._ordinal_of, *("ل" + w[1:] for w in self._ordinal_of)])  # للرابع
        # two days joined (الثالث والرابع من آب): the first, when the event began
        day = (rf"(?:(?P<@D@>\d{{1,2}})\s*(?:{of}\s+)?|(?P<@O@>{ordinal})(?:\s+و{ordinal})?"
               rf"\s+{of}\s+"
               rf"|(?P<@F@>{_alt(data['first_day'])})\s+)")
        hmon = rf"(?P<@G@>{_alt(self._hmonth_of)})"
        month_periods = _alt(self._month_periods)
        # قبل يوم من موعد المحادثات: counted back from another event, not from the article
        # (but قبل عام من الآن, منذ سنوات من قبل …)
        counted_from = (rf"(?!\s+(?:{_alt(data['not_after_ago'])})(?!\w)"
                        rf"(?!\s+(?:{_alt(data['ago_from_ok'])})(?!\w)))"
                        # منذ أيام زعيمهم, منذ أيام الحرب: «the days of», a noun's period
                        # (two letters at least after the article: not الي, إلى)
                        rf"(?!\s+(?:{_alt(data['ago_genitive_prefixes'])})\w{{2,}})"
                        rf"(?!\s+\w{{2,}}(?:{_alt(data['ago_genitive_suffixes'])})(?!\w))")
        parts = [
            # 12/8/2023, 12-08-2023, 12.8.2023 (day first), 2023-08-12
            r"(?P<nd>\d{1,2})[/.\-](?P<nm>\d{1,2})[/.\-](?P<ny>\d{4})(?![\d/.\-]?\d)" + ymark,
            r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?!\d)",
            # 12 آب/أغسطس 2023, ١٢ من شهر أغسطس, السادس من أغسطس
            day.replace("@D@", "d").replace("@O@", "do").replace("@F@", "df")
            + rf"(?:{month_noun}\s+)?{mon.replace('@G@', 'm')}"
            rf"(?:{year_tail.replace('@G@', 'y')}|{year_said('d')}|\s+(?P<dk>{mark}))?",
            # 15 شوال 1436هـ, غرة رمضان, العاشر من ذي القعدة
            day.replace("@D@", "hd").replace("@O@", "hdo").replace("@F@", "hdf")
            + rf"(?:{month_noun}\s+)?{hmon.replace('@G@', 'hm')}"
            rf"(?:{year_tail.replace('@G@', 'hy')}|\s+(?P<hdk>{mark})|(?!\s*\d))",
            # رمضان 1436هـ, شهر شوال من عام 1436
            rf"(?:{month_noun}\s+)?{hmon.replace('@G@', 'hm2')}{year_tail.replace('@G@', 'hy2')}",
            # 10 من الشهر الجاري, العاشر من الشهر الماضي
            day.replace("@D@", "cd").replace("@O@", "cdo").replace("@F@", "cdf")
            + rf"(?P<cper>{month_periods})\s+(?P<cperm>{mark})",
            # آب 2023, شهر أغسطس من عام 2023
            rf"(?:{month_noun}\s+)?{mon.replace('@G@', 'm2')}{year_tail.replace('@G@', 'y2')}",
            # شهر آب
            rf"{month_noun}\s+{mon.replace('@G@', 'm3')}"
            rf"(?:{year_said('m3')}|\s+(?P<m3k>{mark}))?",
            # منتصف تموز, أواخر يونيو الماضي, مطلع شهر آب 2015
            rf"(?:{pom})\s+(?:{month_noun}\s+)?{mon.replace('@G@', 'm5')}"
            rf"(?:{year_tail.replace('@G@', 'y5')}|\s+(?P<m5k>{mark}))?",
            # يوليو (تموز) [الماضي], تموز الماضي: two names or a mark make a bare month a month
            rf"(?P<m6>{months})\s*[/(\-–]\s*(?:{months})\s*\)?(?:\s+(?P<m6k>{mark}))?",
            rf"(?P<m7>{months})\s+(?P<m7k>{mark})",
            # مارس من العام الماضي: a year phrase makes a bare month a month
            rf"(?P<m8>{months}){year_said('m8')}",
            # عام 2023
            rf"{year_noun}\s+(?P<y4>\d{{4}})(?:\s?(?P<y4h>{hmark}))?{ymark}",
            # خلال الأيام الماضية, في اليومين الأخيرين
            rf"(?P<recent>{_alt(self._recent_of)})(?!\s+{of}\s)",  # not الأيام الأخيرة من الحرب
            # منذ يومين, قبل ثلاثة أيام, منذ 3 أسابيع, منذ أسبوع
            rf"(?P<ago>{_alt(data['ago'])})\s+(?:(?P<agon>\d{{1,3}}|{number})\s+)?"
            rf"(?P<agou>{_alt(self._unit_of)}){counted_from}",
            # الأسبوع الماضي, الشهر المقبل, العام الجاري / هذا العام
            rf"(?P<per>{_alt(self._period_of)})\s+(?P<perm>{mark})",
            rf"(?P<this>{_alt(data['this'])})\s+(?P<per2>{_alt(self._period_of)})",
            # يوم الاثنين الماضي
            rf"(?:{day_noun}\s+)?(?P<wd>{_alt(self._weekday_of)})(?:\s+(?P<wdm>{mark}))?",
            # أمس, أول أمس, اليوم, غدا
            rf"(?P<rel>{_alt(self._rel_of)})(?!\s+(?:{_alt(data['not_after_relative'])})(?!\w))",
        ]
        self._re = re.compile(
            r"(?<!\w)(?:[وف]?[بل]?)(?P<x>" + "|".join(f"(?:{p})" for p in parts) + r")(?!\w)"
        )

    # ------------------------------------------------------------------ normalisation
    def _normalise(self, text: str) -> tuple[str, list[int]]:
        """Normalised text and, for each of its characters, the index of the source char."""
        if is_one_to_one(text):  # almost every sentence: one C-level pass
            return normalize(text), list(range(len(text)))
        cache = self._char_cache
        out: list[str] = []
        pos: list[int] = []
        for i, ch in enumerate(text):
            m = cache.get(ch)
            if m is None:
                m = normalize(ch) if ch not in " \t\n" else ch
                cache[ch] = m
            if len(m) == 1:
                out.append(m)
                pos.append(i)
            elif m:
                out.extend(m)
                pos.extend([i] * len(m))
        return "".join(out), pos

    # ------------------------------------------------------------------ resolution
    def _resolve_match(self, g: dict[str, str | None],
                       ref: dt.date | None) -> tuple[dt.date, Precision] | None:
        def sp(s: str) -> str:
            return " ".join(s.split())

        if g["nd"]:
            d = _date(int(g["ny"] or 0), int(g["nm"] or 0), int(g["nd"]))
            return (d, "day") if d else None
        if g["iy"]:
            d = _date(int(g["iy"]), int(g["im"] or 0), int(g["id"] or 0))
            return (d, "day") if d else None
        if g["d"] or g["do"] or g["df"]:
            month = self._month_of[sp(g["m"] or "")]
            day = self._day(g, "d")
            if g["y"]:
                d = _date(int(g["y"]), month, day)
            elif (said := self._year_said(g, "d", ref)) is not None:
                d = _date(said, month, day)
            elif ref is not None:
                d = self._pick_year(ref, sp(g["dk"] or ""), lambda y: _date(y, month, day))
            else:
                d = None
            return (d, "day") if d else None
        if g["hm"]:
            d = self._hijri_day(g, ref)
            return (d, "day") if d else None
        if g["hm2"]:  # a Hijri month and its year: the month's first day
            y = int(g["hy2"] or 0)
            d = hijri_date(y, self._hmonth_of[sp(g["hm2"])], 1) if y in HIJRI_YEARS else None
            return (d, "month") if d else None
        for mg, yg in (("m2", "y2"), ("m5", "y5")):  # a month and its year
            if g[mg] and g[yg]:
                return dt.date(int(g[yg] or 0), self._month_of[sp(g[mg] or "")], 1), "month"
        for mg in ("m3", "m8"):  # شهر مارس من العام الماضي
            if g[mg] and (said := self._year_said(g, mg, ref)) is not None:
                return dt.date(said, self._month_of[sp(g[mg] or "")], 1), "month"
        if g["m8"]:
            return None
        for mg, kg in (("m3", "m3k"), ("m5", "m5k"), ("m6", "m6k"), ("m7", "m7k")):
            if not g[mg]:
                continue
            if ref is None:
                return None
            d = self._pick_year(ref, sp(g[kg] or ""),
                                partial(_first_of, self._month_of[sp(g[mg] or "")]),
                                dt.date(ref.year, ref.month, 1))
            return (d, "month") if d else None
        if g["y4"]:
            y = int(g["y4"])
            if g["y4h"]:  # عام 1295هـ
                return None
            return (dt.date(y, 1, 1), "year") if 1 <= y <= 9999 and y not in HIJRI_YEARS \
                else None
        if ref is None:
            return None
        if g["cper"]:  # العاشر من الشهر الجاري
            mk = sp(g["cperm"] or "")
            base = _add_months(ref, -1 if mk in self._past else 1 if mk in self._next else 0)
            d = _date(base.year, base.month, self._day(g, "cd"))
            return (d, "day") if d else None
        if g["recent"]:
            return ref + dt.timedelta(days=self._recent_of[sp(g["recent"])]), "week"
        if g["ago"]:
            unit, count = self._unit_of[sp(g["agou"] or "")]
            if g["agon"]:
                num = g["agon"]
                k = int(num) if num.isdigit() else self._number_of.get(sp(num), 0)
            elif count is None and unit == "day":  # قبل أيام: a few days
                return ref - dt.timedelta(days=self._few), "week"
            else:
                k = count or 1
            if count == 2 and g["agon"]:
                return None  # "منذ 3 يومين" is not Arabic; be safe
            return self._shift(ref, unit, -k)
        if g["per"] or g["per2"]:
            unit = self._period_of[sp(g["per"] or g["per2"] or "")]
            mk = sp(g["perm"] or "")
            k = -1 if mk in self._past else 1 if mk in self._next else 0
            return self._shift(ref, unit, k)
        if g["wd"]:
            wd = self._weekday_of[sp(g["wd"])]
            mk = sp(g["wdm"] or "")
            back = (ref.weekday() - wd) % 7
            if mk in self._next:
                return ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or 7), "day"
            if mk in self._past and back == 0:
                back = 7
            return ref - dt.timedelta(days=back), "day"
        if g["rel"]:
            return ref + dt.timedelta(days=self._rel_of[sp(g["rel"])]), "day"
        return None

    def _names_place(self, norm: str, at: int) -> bool:
        """Does a place noun stand right before the date (مدينة السادس من أكتوبر, بحي 26
        يوليو, شارع 23 يوليو)? Then the date is a place's name."""
        before = norm[:at].split()
        if not before:
            return False
        w = before[-1]
        return w in self._place_before or (w[:1] in "وفبل" and w[1:] in self._place_before) or \
            (w[:2] in ("وب", "فب", "ول", "فل") and w[2:] in self._place_before)

    def _year_said(self, g: dict[str, str | None], key: str, ref: dt.date | None) -> int | None:
        """The year a phrase after the date says (``key``: the date's groups): العام الماضي the
        year before the article's, العام المقبل the next, هذا العام / العام الجاري its own;
        «من ذات العام» is the year of the date before it (:meth:`find`), here the article's."""
        if ref is None or not (g[key + "yk"] or g[key + "yt"] or g[key + "ys"]):
            return None
        mark = " ".join((g[key + "yk"] or "").split())
        return ref.year - 1 if mark in self._past else ref.year + 1 if mark in self._next \
            else ref.year

    def _day(self, g: dict[str, str | None], key: str) -> int:
        """The day of the month of a match: digits (``key``), an ordinal word or غرة."""
        if g[key]:
            return int(g[key] or 0)
        ordinal = " ".join((g[key + "o"] or "").split())
        if not ordinal:
            return 1  # غرة
        return self._ordinal_of.get(ordinal) or self._ordinal_of["ا" + ordinal[1:]]  # للرابع

    def _hijri_day(self, g: dict[str, str | None], ref: dt.date | None) -> dt.date | None:
        """15 شوال 1436هـ; without a year, the Hijri year is picked as a Gregorian one is."""
        month = self._hmonth_of[" ".join((g["hm"] or "").split())]
        day = self._day(g, "hd")
        if g["hy"]:
            y = int(g["hy"])
            return hijri_date(y, month, day) if y in HIJRI_YEARS else None
        if ref is None:
            return None
        try:
            hy = Gregorian.fromdate(ref).to_hijri().year
        except (ValueError, OverflowError):  # an article date outside the Umm al-Qura tables
            return None
        return self._pick_year(ref, " ".join((g["hdk"] or "").split()),
                               lambda gy: hijri_date(hy + gy - ref.year, month, day))

    @staticmethod
    def _is_hijri(g: dict[str, str | None]) -> bool:
        year = g["ny"] or g["iy"]
        return bool(g["hm"] or g["hm2"] or (year and int(year) in HIJRI_YEARS))

    def _pick_year(self, ref: dt.date, mark: str, make: Callable[[int], dt.date | None],
                   anchor: dt.date | None = None) -> dt.date | None:
        """The year for a day/month given without one: الماضي → the last one on or before the
        article date, المقبل → the next one after it; otherwise the last one unless this year's
        falls within ``_FUTURE_DAYS`` after the article date (news looks back more than ahead).
        """
        anchor = anchor or ref
        this, prev, nxt = make(ref.year), make(ref.year - 1), make(ref.year + 1)
        if mark in self._next:
            return this if this is not None and this > anchor else nxt
        if this is not None and this <= anchor:
            return this
        if (mark not in self._past and this is not None
                and (this - anchor).days <= _FUTURE_DAYS):
            return this
        return prev

    @staticmethod
    def _shift(ref: dt.date, unit: str, k: int) -> tuple[dt.date, Precision]:
        if unit == "day":
            return ref + dt.timedelta(days=k), "day"
        if unit == "week":
            d = ref + dt.timedelta(weeks=k)
            return d - dt.timedelta(days=d.weekday()), "week"
        if unit == "month":
            return _add_months(ref, k), "month"
        return dt.date(ref.year + k, 1, 1), "year"

    # ------------------------------------------------------------------ API
    def find(self, text: str, article_date: dt.date | None) -> list[DateMention]:
        """Date expressions in ``text`` (offsets into ``text``), resolved against the date."""
        norm, pos = self._normalise(text)
        found: list[DateMention] = []
        for m in self._re.finditer(norm):
            g = m.groupdict()
            r = self._resolve_match(g, article_date)
            if r is None or self._names_place(norm, m.start()):
                continue
            if found and any(g[k + "ys"] for k in ("d", "m3", "m8")):
                # 14 أغسطس من ذات العام: the year of the date before it
                try:
                    r = (r[0].replace(year=found[-1].date.year), r[1])
                except ValueError:  # 29 February
                    continue
            s, e = m.span("x")
            start, end = pos[s], pos[e - 1] + 1
            while end < len(text) and normalize(text[end]) == "" and not text[end].isspace():
                end += 1  # trailing diacritics/tatweel (غداً) belong to the expression
            found.append(DateMention(start, end, text[start:end], r[0], r[1],
                                     self._is_hijri(g)))
        return self._one_date_twice(text, self._with_weekdays(text, found, article_date))

    def _one_date_twice(self, text: str, found: list[DateMention]) -> list[DateMention]:
        """A date written in both calendars (15 شوال 1436هـ الموافق 31 يوليو 2015م, 31 يوليو
        (15 شوال)), a weekday before a date (الاثنين 10 أغسطس, الاثنين الموافق العاشر من أغسطس)
        or two dates with «الموافق» between are one mention: its date is the Gregorian one
        that is not a bare weekday, else the Hijri one, else the later."""
        if len(found) < 2:
            return found

        def rank(m: DateMention) -> int:
            return 0 if self._weekday_alone(m.text) is not None else 1 if m.hijri else 2

        out: list[DateMention] = []
        for m in found:
            prev = out[-1] if out else None
            said = None if prev is None else \
                self._same_date.fullmatch(normalize(text[prev.end:m.start]))
            if prev is None or said is None or not (
                    rank(prev) != rank(m) or said.group().strip(" ()،,-–")):
                out.append(m)
                continue
            keep = prev if rank(prev) > rank(m) else m
            out[-1] = DateMention(prev.start, m.end, text[prev.start:m.end], keep.date,
                                  keep.precision, keep.hijri)
        return out

    def _with_weekdays(self, text: str, found: list[DateMention],
                       article_date: dt.date | None) -> list[DateMention]:
        """A relative day right before a bare weekday (أمس الأحد, اليوم (الاثنين)) and the
        weekday become one mention: the day of that weekday nearest the relative day."""
        if article_date is None or len(found) < 2:
            return found
        out: list[DateMention] = []
        for m in found:
            prev = out[-1] if out else None
            if prev is not None and _BESIDE.fullmatch(text[prev.end:m.start]) and \
                    self._weekday_alone(m.text) is not None and self.says_relative(prev.text):
                wd = self._weekday_alone(m.text)
                assert wd is not None
                back = (prev.date.weekday() - wd) % 7
                day = prev.date - dt.timedelta(days=back) if back <= 3 else \
                    prev.date + dt.timedelta(days=7 - back)
                out[-1] = DateMention(prev.start, m.end, text[prev.start:m.end], day, "day")
                continue
            out.append(m)
        return out

    def _weekday_alone(self, mention_text: str) -> int | None:
        """The weekday number of a mention that is one weekday word (الأحد, يوم الاثنين), with
        no الماضي/المقبل after it."""
        words = normalize(mention_text).split()
        if words and words[0] in self._day_nouns:
            words = words[1:]
        if len(words) != 1:
            return None
        w = words[0]
        return self._weekday_of.get(w, self._weekday_of.get(w[1:]) if w[:1] in "وفب" else None)

    def says_relative(self, mention_text: str) -> bool:
        """Is the mention a relative day (أمس, اليوم, مساء أمس, غدا …)?"""
        key = " ".join(normalize(mention_text).split())
        return key in self._rel_of or (key[:1] in "وفب" and key[1:] in self._rel_of)

    def says_today(self, mention: DateMention) -> bool:
        """Is the mention one word that means «today» («اليوم», «الليلة»: relative_days with
        offset 0)? In a column it also means «nowadays» (العالم اليوم); «صباح اليوم» and
        «اليوم الاثنين» are two words."""
        words = normalize(mention.text).split()
        return len(words) == 1 and 0 == self._rel_of.get(
            words[0] if words[0] in self._rel_of else words[0][1:])  # واليوم, فاليوم

    def resolve(self, expr_text: str, article_date: dt.date | None) -> dt.date | None:
        """The date of one expression (``"الاثنين الماضي"``, ``"12 آب"``), or ``None``.

        Uses the grammar first; falls back to ``dateparser`` (Arabic, relative to the article
        date, preferring the past) for anything else.
        """
        hits = self.find(expr_text, article_date)
        if hits:
            return max(hits, key=lambda h: h.end - h.start).date
        return self._dateparser(expr_text, article_date)

    def _dateparser(self, expr_text: str, article_date: dt.date | None) -> dt.date | None:
        try:
            import dateparser
        except ImportError:  # pragma: no cover - dateparser is a dependency
            return None
        settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"}
        if article_date is not None:
            settings["RELATIVE_BASE"] = dt.datetime.combine(article_date, dt.time(12))
        try:
            got = dateparser.parse(expr_text, languages=["ar"], settings=settings)
        except Exception:  # dateparser raises assorted errors on odd input
            return None
        return got.date() if got is not None else None
