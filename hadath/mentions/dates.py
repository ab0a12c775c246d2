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
* Mentions whose date cannot be computed (a relative expression with no article date) are not
  returned by :meth:`DateResolver.find`.
* Numeric dates are day/month/year (12/8/2023) or ISO (2023-08-12). A numeric date whose year
  lies in ``HIJRI_YEARS`` (25/4/1430, 26/7/1405هـ: Saudi papers write the Hijri calendar so) is
  Hijri and is converted with the arithmetic (tabular) Islamic calendar, which may differ from
  Umm al-Qura by a day; a bare year in that range (عام 1436هـ) is no date (its Gregorian span
  straddles two years). Hijri month names are not read.
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
# a relative day and a weekday side by side: only blanks, brackets, commas between them
_BESIDE = re.compile(r"[\s(),،]*")




@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # offsets into the text given to find()
    end: int
    text: str
    date: dt.date
    precision: Precision


def _alt(words: Iterable[str]) -> str:
    """Regex alternation of normalised words, longest first, spaces → \\s+."""
    forms = sorted({" ".join(normalize(w).split()) for w in words if w}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + ")"


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
    """The Gregorian date of a Hijri day by the arithmetic Islamic calendar (30-year cycle,
    months of 30 and 29 days alternately), or ``None`` for a day that does not exist."""
    if not (1 <= m <= 12 and 1 <= d <= 30) or y < 1:
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
        self._char_cache: dict[str, str] = {}
        self._dateparser_settings: dict[str, Any] = {}

        months = _alt(self._month_of)
        mon = rf"(?P<@G@>{months})(?:\s*[/(\-–]\s*{months}\s*\)?)?"
        of = _alt(data["of"])
        year_noun = _alt(data["year_noun"])
        month_noun = _alt(data["month_noun"])
        day_noun = _alt(data["day_noun"])
        mark = _alt(self._past | self._next | self._current)
        pom = _alt(data.get("part_of_month") or ())
        number = _alt(self._number_of)
        year_tail = rf"(?:\s*[،,]?\s*(?:{of}\s+)?(?:ل?{year_noun}\s+)?(?P<@G@>\d{{4}}))"
        parts = [
            # 12/8/2023, 12-08-2023, 12.8.2023 (day first), 2023-08-12
            r"(?P<nd>\d{1,2})[/.\-](?P<nm>\d{1,2})[/.\-](?P<ny>\d{4})(?![\d/.\-]?\d)",
            r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?!\d)",
            # 12 آب/أغسطس 2023, ١٢ من شهر أغسطس
            rf"(?P<d>\d{{1,2}})\s*(?:{of}\s+)?(?:{month_noun}\s+)?{mon.replace('@G@', 'm')}"
            rf"(?:{year_tail.replace('@G@', 'y')}|\s+(?P<dk>{mark}))?",
            # آب 2023, شهر أغسطس من عام 2023
            rf"(?:{month_noun}\s+)?{mon.replace('@G@', 'm2')}{year_tail.replace('@G@', 'y2')}",
            # شهر آب
            rf"{month_noun}\s+{mon.replace('@G@', 'm3')}(?:\s+(?P<m3k>{mark}))?",
            # منتصف تموز, أواخر يونيو الماضي, مطلع شهر آب 2015
            rf"(?:{pom})\s+(?:{month_noun}\s+)?{mon.replace('@G@', 'm5')}"
            rf"(?:{year_tail.replace('@G@', 'y5')}|\s+(?P<m5k>{mark}))?",
            # يوليو (تموز) [الماضي], تموز الماضي: two names or a mark make a bare month a month
            rf"(?P<m6>{months})\s*[/(\-–]\s*(?:{months})\s*\)?(?:\s+(?P<m6k>{mark}))?",
            rf"(?P<m7>{months})\s+(?P<m7k>{mark})",
            # عام 2023
            rf"{year_noun}\s+(?P<y4>\d{{4}})",
            # منذ يومين, قبل ثلاثة أيام, منذ 3 أسابيع, منذ أسبوع
            rf"(?P<ago>{_alt(data['ago'])})\s+(?:(?P<agon>\d{{1,3}}|{number})\s+)?"
            rf"(?P<agou>{_alt(self._unit_of)})",
            # الأسبوع الماضي, الشهر المقبل, العام الجاري / هذا العام
            rf"(?P<per>{_alt(self._period_of)})\s+(?P<perm>{mark})",
            rf"(?P<this>{_alt(data['this'])})\s+(?P<per2>{_alt(self._period_of)})",
            # يوم الاثنين الماضي
            rf"(?:{day_noun}\s+)?(?P<wd>{_alt(self._weekday_of)})(?:\s+(?P<wdm>{mark}))?",
            # أمس, أول أمس, اليوم, غدا
            rf"(?P<rel>{_alt(self._rel_of)})",
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
        if g["d"]:
            month = self._month_of[sp(g["m"] or "")]
            day = int(g["d"])
            if g["y"]:
                d = _date(int(g["y"]), month, day)
            elif ref is not None:
                d = self._pick_year(ref, sp(g["dk"] or ""), lambda y: _date(y, month, day))
            else:
                d = None
            return (d, "day") if d else None
        for mg, yg in (("m2", "y2"), ("m5", "y5")):  # a month and its year
            if g[mg] and g[yg]:
                return dt.date(int(g[yg] or 0), self._month_of[sp(g[mg] or "")], 1), "month"
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
            return (dt.date(y, 1, 1), "year") if 1 <= y <= 9999 and y not in HIJRI_YEARS \
                else None
        if ref is None:
            return None
        if g["ago"]:
            unit, count = self._unit_of[sp(g["agou"] or "")]
            if g["agon"]:
                num = g["agon"]
                k = int(num) if num.isdigit() else self._number_of.get(sp(num), 0)
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
            r = self._resolve_match(m.groupdict(), article_date)
            if r is None:
                continue
            s, e = m.span("x")
            start, end = pos[s], pos[e - 1] + 1
            while end < len(text) and normalize(text[end]) == "" and not text[end].isspace():
                end += 1  # trailing diacritics/tatweel (غداً) belong to the expression
            found.append(DateMention(start, end, text[start:end], r[0], r[1]))
        return self._with_weekdays(text, found, article_date)

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
