#!/usr/bin/env python3
# ruff: noqa: E501  (the hand-written data tables have long lines)
"""Generate ``hadath/kb/data/persons_<region>.yaml`` from the compact tables below.

The tables are written by hand (from general knowledge, not copied from any dictionary).
Run ``python scripts/gen_persons.py`` after editing; commit both this script and the YAML.

Table syntax (one block per region, ``== <region> <default code>``)::

    Name In English | الاسم الكامل; الاسم المختصر | optional note | id=optional_id
      [CODE] SECTOR START END TITLE

* START/END are ``YYYY-MM-DD``; ``YYYY-MM`` or ``YYYY`` mean only month/year are known (they are
  expanded to the 1st and the person gets a note saying so); a leading ``~`` marks a full date
  that is uncertain; END ``-`` means still in office (null).
* CODE defaults to the region's code; TITLE may be one of the abbreviations in ``TITLES``.
* SECTOR ``-`` means none: the head of an NGO whose entry has no sector (the ICRC's president
  is ``NGOHLHIRC`` like the ICRC itself).
* Names containing ``عبد ال…`` automatically get the joined spelling ``عبدال…`` as well.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from pathlib import Path

import yaml

OUT_DIR = Path(__file__).resolve().parent.parent / "hadath" / "kb" / "data"
SECTORS = {"GOV", "MIL", "SPY", "REB", "OPP", "LEG", "JUD", "COP", "REL", "PRM"}
TITLES = {
    "PRES": "الرئيس",
    "IPRES": "الرئيس المؤقت",
    "PM": "رئيس الوزراء",
    "DPM": "نائب رئيس الوزراء",
    "FM": "وزير الخارجية",
    "DM": "وزير الدفاع",
    "IM": "وزير الداخلية",
    "COS": "رئيس هيئة الأركان",
    "INTEL": "رئيس جهاز الاستخبارات",
    "KING": "الملك",
    "EMIR": "الأمير",
    "CP": "ولي العهد",
    "VP": "نائب الرئيس",
    "SPK": "رئيس البرلمان",
    "OPPL": "زعيم المعارضة",
}

HEADER = {
    "intl": (
        "# Codes for international organisations follow organisations.yaml (Phoenix-style codes):\n"
        "# EU presidents of the Commission / European Council / Parliament and High Representatives:\n"
        "# IGOEUREEC (sector GOV); UN Secretaries-General, envoys and UN bodies: IGOUNO (IAEA\n"
        "# IGOUNOIAE, WHO IGOUNOHLHWHO); Arab League Secretaries-General: IGOMEAARL (sector GOV).\n"
        "# Roles these people held in national governments carry the country code.\n"
    ),
    "jihadist": (
        "# Codes follow organisations.yaml: leaders of al-Qaeda and its branches (AQI, AQAP, AQIM) use\n"
        "# IMGMUSALQ and Islamic State (ISI / ISIS) leaders IMGMUSISI, sector REB; the Taliban use AFG\n"
        "# and al-Shabaab SOM (sector REB, GOV for Taliban government posts from 2021-08-15).\n"
    ),
}

ARABIC_RE = re.compile(r"[\u0600-\u06FF]")
# Names are Arabic letters (hamza to yeh, diacritics, and پ چ ژ ڤ گ that some papers use for foreign names),
# spaces and hyphens: a stray Latin letter is a typo.
NAME_RE = re.compile(r"[\u0621-\u064A\u067E\u0686\u0698\u06A4\u06AF\u064B-\u0652\u0670]+(?:[ -][\u0621-\u064A\u067E\u0686\u0698\u06A4\u06AF\u064B-\u0652\u0670]+)*")


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-zA-Z0-9]+", "_", s).strip("_").lower()
    return s


def parse_date(tok: str, approx: list[str]) -> str | None:
    if tok == "-":
        return None
    t = tok.lstrip("~")
    if tok.startswith("~"):
        approx.append(t)
    if re.fullmatch(r"\d{4}", t):
        approx.append(t)
        t += "-01-01"
    elif re.fullmatch(r"\d{4}-\d{2}", t):
        approx.append(t)
        t += "-01"
    dt.date.fromisoformat(t)
    return t


_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None})
_DIACRITICS_RE = re.compile(r"[\u064B-\u0652\u0670]")


def fold(name: str) -> str:
    """Rough copy of the loader's normalisation, used only to drop redundant spellings."""
    return _DIACRITICS_RE.sub("", name).translate(_FOLD)


def variants(name: str) -> list[str]:
    out = [name]
    joined = re.sub(r"عبد (ال)", r"عبد\1", name)
    if joined != name:
        out.append(joined)
    return out


def parse(src: str) -> dict[str, list[dict]]:
    regions: dict[str, list[dict]] = {}
    cur: list[dict] | None = None
    code = ""
    person: dict | None = None
    approx: list[str] = []

    def close() -> None:
        nonlocal person, approx
        if person is not None:
            if approx:
                note = "dates approximate (only the month/year known, or uncertain): " + \
                    ", ".join(dict.fromkeys(approx))
                person["note"] = (person["note"] + "; " + note) if "note" in person else note
            if not person["roles"]:
                raise SystemExit(f"no roles for {person['id']}")
        person, approx = None, []

    for ln, line in enumerate(src.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            if line.startswith("=="):
                close()
                _, reg, code = line.split()
                cur = regions.setdefault(reg, [])
            elif line.startswith((" ", "\t")):
                assert person is not None, "role before person"
                toks = line.split()
                rc = code
                if toks[0] not in SECTORS and toks[0] != "-":
                    rc, toks = toks[0], toks[1:]
                sec, s, e, *title = toks
                assert sec in SECTORS or sec == "-", f"bad sector {sec}"
                t = " ".join(title)
                t = TITLES.get(t, t)
                assert t and "|" not in t, "missing title or stray |"
                person["roles"].append({"code": rc, "sector": None if sec == "-" else sec, "title": t,
                                        "start": parse_date(s, approx),
                                        "end": parse_date(e, approx)})
            else:
                close()
                parts = [p.strip() for p in line.split("|")]
                name_en, names = parts[0], parts[1]
                pid, note = slug(name_en), None
                for extra in parts[2:]:
                    if extra.startswith("id="):
                        pid = extra[3:]
                    elif extra:
                        note = extra
                nl: list[str] = []
                since: dict[str, str] = {}
                for n in names.split(";"):
                    n, _, frm = n.partition("@")  # الشرع@2024-12-08: the name only from then
                    n = " ".join(n.split())
                    if n and frm.strip():
                        since[n] = frm.strip()
                    if n:
                        assert NAME_RE.fullmatch(n), f"name with non-Arabic letters {n!r}"
                        for v in variants(n):
                            if fold(v) not in {fold(x) for x in nl}:
                                nl.append(v)
                person = {"id": pid, "name_en": name_en, "names": nl}
                if since:
                    person["names_from"] = since
                if note:
                    person["note"] = note
                person["roles"] = []
                assert cur is not None
                cur.append(person)
        except Exception as exc:
            raise SystemExit(f"line {ln}: {exc}: {line!r}") from exc
    close()
    return regions


def dump(entries: list[dict]) -> str:
    lines: list[str] = []
    q = lambda v: "null" if v is None else v  # noqa: E731
    for p in entries:
        lines.append(f"- id: {p['id']}")
        lines.append(f"  name_en: {yaml.safe_dump(p['name_en'], allow_unicode=True).strip().removesuffix('...').strip()}")
        lines.append("  names: [" + ", ".join(p["names"]) + "]")
        if "names_from" in p:
            lines.append("  names_from: {" + ", ".join(f"{n}: {d}" for n, d in
                                                       p["names_from"].items()) + "}")
        if "note" in p:
            lines.append("  note: " + yaml.safe_dump(p["note"], allow_unicode=True,
                                                     width=10_000).strip().removesuffix("...").strip())
        lines.append("  roles:")
        for r in p["roles"]:
            lines.append(f"    - {{code: {r['code']}, sector: {q(r['sector'])}, title: {r['title']}, "
                         f"start: {q(r['start'])}, end: {q(r['end'])}}}")
    return "\n".join(lines) + "\n"


def main() -> int:
    regions = parse(DATA)
    seen: dict[str, str] = {}
    total = 0
    for reg, entries in regions.items():
        for p in entries:
            if p["id"] in seen:
                raise SystemExit(f"duplicate id {p['id']} ({reg}, {seen[p['id']]})")
            seen[p["id"]] = reg
        text = ("# Generated by scripts/gen_persons.py from hand-written tables; edit the script.\n"
                + HEADER.get(reg, "") + dump(entries))
        assert yaml.safe_load(text) is not None
        (OUT_DIR / f"persons_{reg}.yaml").write_text(text, encoding="utf-8")
        n = sum(len(p["roles"]) for p in entries)
        total += n
        print(f"persons_{reg}.yaml: {len(entries)} persons, {n} roles")
    print(f"total roles: {total}")
    return 0


DATA = ""

DATA += """
== usa USA
Bill Clinton | بيل كلينتون; كلينتون | "كلينتون" alone is shared with Hillary Clinton (non-overlapping roles)
  GOV 1993-01-20 2001-01-20 PRES
George W. Bush | جورج بوش; جورج دبليو بوش; بوش; بوش الابن
  GOV 2001-01-20 2009-01-20 PRES
Barack Obama | باراك أوباما; أوباما; باراك حسين أوباما
  GOV 2009-01-20 2017-01-20 PRES
Donald Trump | دونالد ترامب; ترامب; دونالد ترمب; ترمب; دونالد ترومب
  GOV 2017-01-20 2021-01-20 PRES
  GOV 2025-01-20 - PRES
Joe Biden | جو بايدن; بايدن; جوزيف بايدن
  GOV 2009-01-20 2017-01-20 VP
  GOV 2021-01-20 2025-01-20 PRES
Al Gore | آل غور; آل جور
  GOV 1993-01-20 2001-01-20 VP
Dick Cheney | ديك تشيني; تشيني
  GOV 2001-01-20 2009-01-20 VP
Mike Pence | مايك بنس; بنس
  GOV 2017-01-20 2021-01-20 VP
Kamala Harris | كامالا هاريس; هاريس
  GOV 2021-01-20 2025-01-20 VP
JD Vance | جي دي فانس; جيه دي فانس; فانس
  GOV 2025-01-20 - VP
Madeleine Albright | مادلين أولبرايت; أولبرايت
  GOV 1997-01-23 2001-01-20 FM
Colin Powell | كولن باول; كولين باول; باول
  GOV 2001-01-20 2005-01-26 FM
Condoleezza Rice | كوندوليزا رايس; رايس
  GOV 2001-01-20 2005-01-26 مستشارة الأمن القومي
  GOV 2005-01-26 2009-01-20 FM
Hillary Clinton | هيلاري كلينتون; هيلاري رودهام كلينتون; كلينتون | "كلينتون" alone is shared with Bill Clinton (non-overlapping roles)
  GOV 2009-01-21 2013-02-01 FM
John Kerry | جون كيري; كيري
  GOV 2013-02-01 2017-01-20 FM
  GOV 2021-01-20 2024-03-06 المبعوث الرئاسي الخاص للمناخ
Mark Toner | مارك تونر; تونر | State Department deputy spokesman (acting spokesman in 2016-2017); years from memory, the range is the part of his service we are sure of; later ambassador to Liberia, not listed
  GOV 2011 2017 المتحدث باسم وزارة الخارجية
John Kirby | جون كيربي; كيربي | Pentagon press secretary (rear admiral), then State Department spokesman, then NSC coordinator for strategic communications; months from memory
  MIL 2013-12 2015-02 المتحدث باسم وزارة الدفاع
  GOV 2015-05 2017-01-20 المتحدث باسم وزارة الخارجية
  GOV 2022-05 2025-01-20 منسق الاتصالات الاستراتيجية في مجلس الأمن القومي
Josh Earnest | جوش إرنست; جوش ارنست; جوش إيرنست | White House press secretary; "ارنست" alone left out (Ernest Hemingway and others)
  GOV 2014-06-20 2017-01-20 المتحدث باسم البيت الأبيض
Samantha Power | سامانثا باور; سامنثا باور | "باور" alone left out (power, a common word in loan names)
  GOV 2013-08-05 2017-01-20 المندوبة الأمريكية لدى الأمم المتحدة
  GOV 2021-05-03 2025-01-20 مديرة الوكالة الأمريكية للتنمية الدولية
Rex Tillerson | ريكس تيلرسون; تيلرسون
  GOV 2017-02-01 2018-03-31 FM
Mike Pompeo | مايك بومبيو; بومبيو; مايك بومبيو
  SPY 2017-01-23 2018-04-26 مدير وكالة المخابرات المركزية
  GOV 2018-04-26 2021-01-20 FM
Antony Blinken | أنتوني بلينكن; بلينكن; بلنكن; انتوني بلنكن
  GOV 2021-01-26 2025-01-20 FM
Marco Rubio | ماركو روبيو; روبيو
  GOV 2025-01-21 - FM
  GOV 2025-05-01 - مستشار الأمن القومي
William Cohen | ويليام كوهين; وليام كوهين
  GOV 1997-01-24 2001-01-20 DM
Donald Rumsfeld | دونالد رامسفيلد; رامسفيلد
  GOV 2001-01-20 2006-12-18 DM
Robert Gates | روبرت غيتس; روبرت جيتس | "غيتس" alone left out (Bill Gates)
  GOV 2006-12-18 2011-06-30 DM
Leon Panetta | ليون بانيتا; بانيتا
  SPY 2009-02-13 2011-06-30 مدير وكالة المخابرات المركزية
  GOV 2011-07-01 2013-02-26 DM
Chuck Hagel | تشاك هيغل; تشاك هاغل; هيغل; هاغل
  GOV 2013-02-27 2015-02-17 DM
Ashton Carter | آشتون كارتر; آش كارتر; أشتون كارتر; اشتون كارتر
  GOV 2015-02-17 2017-01-20 DM
James Mattis | جيمس ماتيس; جيم ماتيس; ماتيس
  MIL 2010-08-11 2013-03-22 قائد القيادة المركزية الأمريكية
  GOV 2017-01-20 2019-01-01 DM
Patrick Shanahan | باتريك شاناهان; شاناهان
  GOV 2019-01-01 2019-06-23 وزير الدفاع بالوكالة
Mark Esper | مارك إسبر; إسبر
  GOV 2019-07-23 2020-11-09 DM
Christopher Miller | كريستوفر ميلر
  GOV 2020-11-09 2021-01-20 وزير الدفاع بالوكالة
Lloyd Austin | لويد أوستن; لويد أوستين; أوستن
  MIL 2013-03-22 2016-03-30 قائد القيادة المركزية الأمريكية
  GOV 2021-01-22 2025-01-20 DM
Pete Hegseth | بيت هيغسيث; هيغسيث; هيغسث; بيت هيجسيث | also styled Secretary of War (وزير الحرب) from 2025-09-05
  GOV 2025-01-25 - DM
Hugh Shelton | هيو شيلتون
  MIL 1997-10-01 2001-09-30 رئيس هيئة الأركان المشتركة
Richard Myers | ريتشارد مايرز
  MIL 2001-10-01 2005-09-30 رئيس هيئة الأركان المشتركة
Peter Pace | بيتر بيس
  MIL 2005-09-30 2007-10-01 رئيس هيئة الأركان المشتركة
Mike Mullen | مايك مولن; مايكل مولن; مولن
  MIL 2007-10-01 2011-09-30 رئيس هيئة الأركان المشتركة
Martin Dempsey | مارتن ديمبسي; ديمبسي
  MIL 2011-10-01 2015-09-25 رئيس هيئة الأركان المشتركة
Joseph Dunford | جوزيف دانفورد; جوزف دانفورد; دانفورد
  MIL 2015-10-01 2019-09-30 رئيس هيئة الأركان المشتركة
Mark Milley | مارك ميلي; ميلي
  MIL 2019-10-01 2023-09-29 رئيس هيئة الأركان المشتركة
Charles Q. Brown | تشارلز براون; تشارلز كيو براون
  MIL 2023-10-01 2025-02-21 رئيس هيئة الأركان المشتركة
Dan Caine | دان كين; دانيال كين
  MIL 2025-04-11 - رئيس هيئة الأركان المشتركة
George Tenet | جورج تينيت; تينيت
  SPY 1997-07-11 2004-07-11 مدير وكالة المخابرات المركزية
Porter Goss | بورتر غوس; بورتر جوس
  SPY 2004-09-24 2006-05-26 مدير وكالة المخابرات المركزية
Michael Hayden | مايكل هايدن
  SPY 2006-05-30 2009-02-12 مدير وكالة المخابرات المركزية
David Petraeus | ديفيد بترايوس; ديفيد بتريوس; بترايوس; بتريوس
  MIL 2007-02-10 2008-09-16 قائد القوات متعددة الجنسيات في العراق
  MIL 2008-10-31 2010-06-30 قائد القيادة المركزية الأمريكية
  MIL 2010-07-04 2011-07-18 قائد القوات الدولية في أفغانستان
  SPY 2011-09-06 2012-11-09 مدير وكالة المخابرات المركزية
Henry Kissinger | هنري كيسنجر; هنري كيسينجر; كيسنجر
  GOV 1969-01-20 1975-11-03 مستشار الأمن القومي
  GOV 1973-09-22 1977-01-20 وزير الخارجية
Rand Paul | راند بول
  LEG 2011-01-03 - عضو مجلس الشيوخ
Michael McCaul | مايكل ماكول; مايكل مكول
  LEG 2005-01-03 - عضو مجلس النواب
Mark Lippert | مارك ليبرت; مارك ليبيرت
  GOV 2014-10-30 2017-01-20 السفير لدى كوريا الجنوبية
Lindsey Graham | ليندسي غراهام; ليندسي جراهام; لينزي غراهام
  LEG 1995-01-03 2003-01-03 عضو مجلس النواب
  LEG 2003-01-03 - عضو مجلس الشيوخ
Mitch McConnell | ميتش مكونيل; ميتش ماكونيل; ماكونيل
  LEG 2007-01-03 2015-01-03 زعيم الأقلية في مجلس الشيوخ
  LEG 2015-01-03 2021-01-20 زعيم الأغلبية في مجلس الشيوخ
  LEG 2021-01-20 2025-01-03 زعيم الأقلية في مجلس الشيوخ
Christopher Stevens | كريستوفر ستيفنز; كريس ستيفنز | killed in Benghazi on 2012-09-11
  GOV ~2012-05-22 2012-09-11 السفير لدى ليبيا
John Brennan | جون برينان; برينان
  SPY 2013-03-08 2017-01-20 مدير وكالة المخابرات المركزية
Gina Haspel | جينا هاسبل; هاسبل
  SPY 2018-05-21 2021-01-20 مديرة وكالة المخابرات المركزية
William Burns | ويليام بيرنز; وليام بيرنز; بيل بيرنز
  SPY 2021-03-19 2025-01-20 مدير وكالة المخابرات المركزية
John Ratcliffe | جون راتكليف; راتكليف
  SPY 2020-05-26 2021-01-20 مدير الاستخبارات الوطنية
  SPY 2025-01-23 - مدير وكالة المخابرات المركزية
Tulsi Gabbard | تولسي غابارد; غابارد
  SPY 2025-02-12 - مديرة الاستخبارات الوطنية
Tommy Franks | تومي فرانكس
  MIL 2000-07-06 2003-07-07 قائد القيادة المركزية الأمريكية
John Abizaid | جون أبي زيد; جون أبو زيد
  MIL 2003-07-07 2007-03-16 قائد القيادة المركزية الأمريكية
William Fallon | ويليام فالون; وليام فالون
  MIL 2007-03-16 2008-03-28 قائد القيادة المركزية الأمريكية
Joseph Votel | جوزيف فوتيل; فوتيل
  MIL 2016-03-30 2019-03-28 قائد القيادة المركزية الأمريكية
Kenneth McKenzie | كينيث ماكنزي; فرانك ماكنزي
  MIL 2019-03-28 2022-04-01 قائد القيادة المركزية الأمريكية
Michael Kurilla | مايكل كوريلا; مايكل إريك كوريلا; كوريلا
  MIL 2022-04-01 2025-08-08 قائد القيادة المركزية الأمريكية
Brad Cooper | براد كوبر; برادلي كوبر
  MIL 2025-08-08 - قائد القيادة المركزية الأمريكية
Stephen Hadley | ستيفن هادلي; ستيفن هادلي
  GOV 2005-01-26 2009-01-20 مستشار الأمن القومي
James L. Jones | جيمس جونز
  GOV 2009-01-20 2010-10-08 مستشار الأمن القومي
Tom Donilon | توم دونيلون
  GOV 2010-10-08 2013-07-01 مستشار الأمن القومي
Susan Rice | سوزان رايس
  GOV 2009-01-22 2013-06-30 المندوبة الدائمة لدى الأمم المتحدة
  GOV 2013-07-01 2017-01-20 مستشارة الأمن القومي
Michael Flynn | مايكل فلين; فلين
  GOV 2017-01-20 2017-02-13 مستشار الأمن القومي
H. R. McMaster | هربرت ماكماستر; إتش آر ماكماستر; ماكماستر
  GOV 2017-02-20 2018-04-09 مستشار الأمن القومي
John Bolton | جون بولتون; بولتون
  GOV 2005-08-02 2006-12-09 المندوب الدائم لدى الأمم المتحدة
  GOV 2018-04-09 2019-09-10 مستشار الأمن القومي
Robert O'Brien | روبرت أوبراين
  GOV 2019-09-18 2021-01-20 مستشار الأمن القومي
Jake Sullivan | جيك سوليفان; سوليفان
  GOV 2021-01-20 2025-01-20 مستشار الأمن القومي
Mike Waltz | مايك والتز; والتز
  GOV 2025-01-20 2025-05-01 مستشار الأمن القومي
  GOV 2025-09-19 - المندوب الدائم لدى الأمم المتحدة
Nikki Haley | نيكي هيلي
  GOV 2017-01-27 2018-12-31 المندوبة الدائمة لدى الأمم المتحدة
Linda Thomas-Greenfield | ليندا توماس غرينفيلد; توماس غرينفيلد
  GOV 2021-02-24 2025-01-20 المندوبة الدائمة لدى الأمم المتحدة
Steve Witkoff | ستيف ويتكوف; ويتكوف
  GOV 2025-01-20 - المبعوث الخاص للشرق الأوسط
Amos Hochstein | آموس هوكستين; عاموس هوكشتاين; هوكستين; هوكشتاين
  GOV 2021-08 2025-01-20 المبعوث الخاص لشؤون الطاقة
Tom Barrack | توم باراك; توماس باراك
  GOV 2025-05-23 - المبعوث الخاص إلى سوريا
Zalmay Khalilzad | زلماي خليل زاد; خليل زاد; زلماي خليلزاد
  GOV 2003-11-27 2005-06-21 السفير لدى أفغانستان
  GOV 2005-06-21 2007-03-26 السفير لدى العراق
  GOV 2007-04-23 2009-01-22 المندوب الدائم لدى الأمم المتحدة
  GOV 2018-09-04 2021-10-18 المبعوث الخاص للمصالحة في أفغانستان
Paul Bremer | بول بريمر; بريمر
  GOV 2003-05-12 2004-06-28 رئيس سلطة الائتلاف المؤقتة في العراق
Jared Kushner | جاريد كوشنر; كوشنر
  GOV 2017-01-20 2021-01-20 كبير مستشاري الرئيس
"""

DATA += """
== russia_china RUS
Vladimir Putin | فلاديمير بوتين; بوتين; فلاديمير بوتن; بوتن
  GOV 1999-08-09 2000-05-07 PM
  GOV 1999-12-31 2000-05-07 الرئيس بالوكالة
  GOV 2000-05-07 2008-05-07 PRES
  GOV 2008-05-08 2012-05-07 PM
  GOV 2012-05-07 - PRES
Dmitry Medvedev | ديمتري ميدفيديف; دميتري ميدفيديف; ميدفيديف; مدفيديف
  GOV 2005-11-14 2008-05-07 النائب الأول لرئيس الوزراء
  GOV 2008-05-07 2012-05-07 PRES
  GOV 2012-05-08 2020-01-16 PM
  GOV 2020-01-16 - نائب رئيس مجلس الأمن الروسي
Mikhail Kasyanov | ميخائيل كاسيانوف; كاسيانوف
  GOV 2000-05-07 2004-02-24 PM
  OPP 2010 - زعيم حزب بارناس المعارض
Mikhail Fradkov | ميخائيل فرادكوف; فرادكوف
  GOV 2004-03-05 2007-09-14 PM
  SPY 2007-10-06 2016-10-05 مدير جهاز الاستخبارات الخارجية
Viktor Zubkov | فيكتور زوبكوف; زوبكوف
  GOV 2007-09-14 2008-05-07 PM
Mikhail Mishustin | ميخائيل ميشوستين; ميشوستين
  GOV 2020-01-16 - PM
Igor Ivanov | إيغور إيفانوف; ايغور ايفانوف
  GOV 1998-09-11 2004-03-09 FM
  GOV 2004-03-09 2007-07-09 أمين مجلس الأمن الروسي
Sergey Lavrov | سيرغي لافروف; سيرجي لافروف; لافروف
  GOV 1994 2004-03-09 المندوب الدائم لدى الأمم المتحدة
  GOV 2004-03-09 - FM
Igor Sergeyev | إيغور سيرغييف
  GOV 1997-05-22 2001-03-28 DM
Sergei Ivanov | سيرغي إيفانوف; سيرجي إيفانوف
  GOV 2001-03-28 2007-02-15 DM
  GOV 2007-02-15 2008-05-12 النائب الأول لرئيس الوزراء
  GOV 2011-12-22 2016-08-12 رئيس الإدارة الرئاسية
Anatoly Serdyukov | أناتولي سيرديوكوف; سيرديوكوف
  GOV 2007-02-15 2012-11-06 DM
Sergei Shoigu | سيرغي شويغو; سيرجي شويغو; شويغو
  GOV 1994-01-10 2012-05-11 وزير الطوارئ
  GOV 2012-11-06 2024-05-12 DM
  GOV 2024-05-12 - أمين مجلس الأمن الروسي
Andrei Belousov | أندريه بيلوسوف; بيلوسوف
  GOV 2020-01-21 2024-05-14 النائب الأول لرئيس الوزراء
  GOV 2024-05-14 - DM
Anatoly Kvashnin | أناتولي كفاشنين; كفاشنين
  MIL 1997-06-19 2004-07-19 رئيس هيئة الأركان العامة
Yuri Baluyevsky | يوري بالويفسكي; بالويفسكي
  MIL 2004-07-19 2008-06-03 رئيس هيئة الأركان العامة
Nikolai Makarov | نيكولاي ماكاروف
  MIL 2008-06-03 2012-11-09 رئيس هيئة الأركان العامة
Valery Gerasimov | فاليري غيراسيموف; فاليري جيراسيموف; غيراسيموف
  MIL 2012-11-09 - رئيس هيئة الأركان العامة
Nikolai Patrushev | نيكولاي باتروشيف; باتروشيف
  SPY 1999-08-09 2008-05-12 مدير جهاز الأمن الفيدرالي
  GOV 2008-05-12 2024-05-12 أمين مجلس الأمن الروسي
Alexander Novak | ألكسندر نوفاك; الكسندر نوفاك | "نوفاك" alone left out (Novak Djokovic)
  GOV 2012-05-21 2020-11-10 وزير الطاقة
  GOV 2020-11-10 - DPM
Alexander Bortnikov | ألكسندر بورتنيكوف; بورتنيكوف
  SPY 2008-05-12 - مدير جهاز الأمن الفيدرالي
Sergei Naryshkin | سيرغي ناريشكين; ناريشكين
  LEG 2011-12-21 2016-10-05 رئيس مجلس الدوما
  SPY 2016-10-05 - مدير جهاز الاستخبارات الخارجية
Vyacheslav Volodin | فياتشيسلاف فولودين; فولودين
  LEG 2016-10-05 - رئيس مجلس الدوما
Valentina Matviyenko | فالنتينا ماتفيينكو; ماتفيينكو
  LEG 2011-09-21 - رئيسة مجلس الاتحاد
Dmitry Peskov | ديمتري بيسكوف; دميتري بيسكوف; بيسكوف
  GOV 2012-05-22 - المتحدث باسم الكرملين
Maria Zakharova | ماريا زاخاروفا; زاخاروفا
  GOV 2015-08-10 - المتحدثة باسم وزارة الخارجية
Vasily Nebenzya | فاسيلي نيبينزيا; نيبينزيا; نيبنزيا
  GOV 2017-07-27 - المندوب الدائم لدى الأمم المتحدة
Vitaly Churkin | فيتالي تشوركين; تشوركين
  GOV 2006-04-08 2017-02-20 المندوب الدائم لدى الأمم المتحدة
Mikhail Bogdanov | ميخائيل بوغدانوف; بوغدانوف | end of his term not verified
  GOV 2011-06 - نائب وزير الخارجية والمبعوث الخاص للشرق الأوسط
Alexander Lavrentiev | ألكسندر لافرنتييف; لافرنتييف; لافرينتييف
  GOV 2017 - المبعوث الرئاسي الخاص إلى سوريا
Ramzan Kadyrov | رمضان قديروف; قديروف; رمضان قاديروف; رمضان أحمد قاديروف; قاديروف
  GOV 2006-03-04 2007-03-02 رئيس حكومة الشيشان
  GOV 2007-02-15 - رئيس جمهورية الشيشان
Alexei Navalny | أليكسي نافالني; ألكسي نافالني; نافالني
  OPP 2011 2024-02-16 زعيم المعارضة
Yevgeny Prigozhin | يفغيني بريغوجين; بريغوجين
  PRM 2014 2023-08-23 قائد مجموعة فاغنر

== russia_china CHN
Jiang Zemin | جيانغ تسه مين; جيانغ زيمين; جيانغ زي مين
  GOV 1989-06-24 2002-11-15 الأمين العام للحزب الشيوعي
  GOV 1993-03-27 2003-03-15 PRES
  MIL 1989-11-09 2004-09-19 رئيس اللجنة العسكرية المركزية
Hu Jintao | هو جينتاو; هو جين تاو
  GOV 1998-03-15 2003-03-15 VP
  GOV 2002-11-15 2012-11-15 الأمين العام للحزب الشيوعي
  GOV 2003-03-15 2013-03-14 PRES
  MIL 2004-09-19 2012-11-15 رئيس اللجنة العسكرية المركزية
Xi Jinping | شي جين بينغ; شي جينبينغ; شي جين بنغ; شي | "شي" alone is how Arabic news usually refers to him
  GOV 2008-03-15 2013-03-14 VP
  GOV 2012-11-15 - الأمين العام للحزب الشيوعي
  MIL 2012-11-15 - رئيس اللجنة العسكرية المركزية
  GOV 2013-03-14 - PRES
Zhu Rongji | تشو رونغ جي; جو رونغ جي
  GOV 1998-03-17 2003-03-16 PM
Wen Jiabao | ون جيا باو; وين جياباو; ون جياباو
  GOV 2003-03-16 2013-03-15 PM
Li Keqiang | لي كه تشيانغ; لي كه شيانغ; لي كيكيانغ
  GOV 2013-03-15 2023-03-11 PM
Li Qiang | لي تشيانغ; لي تشيانج; لي كيانغ
  GOV 2023-03-11 - PM
Tang Jiaxuan | تانغ جيا شيوان
  GOV 1998-03-18 2003-03-17 FM
Li Zhaoxing | لي تشاو شينغ; لي جاو شينغ
  GOV 2003-03-17 2007-04-27 FM
Yang Jiechi | يانغ جيه تشي; يانغ جيتشي
  GOV 2007-04-27 2013-03-16 FM
Wang Yi | وانغ يي; وانج يي
  GOV 2013-03-16 2022-12-30 FM
  GOV 2023-07-25 - FM
Qin Gang | تشين قانغ; تشين غانغ; تشين جانج
  GOV 2022-12-30 2023-07-25 FM
Chi Haotian | تشي هاو تيان; تشي هاوتيان
  GOV 1993-03 2003-03-17 DM
Cao Gangchuan | تساو قانغ تشوان; تساو جانغ تشوان
  GOV 2003-03-17 2008-03-17 DM
Liang Guanglie | ليانغ قوانغ لي; ليانغ غوانغ لي
  MIL 2002-11 2007-09 رئيس هيئة الأركان العامة
  GOV 2008-03-17 2013-03-16 DM
Chang Wanquan | تشانغ وان تشيوان; تشانغ وانكوان
  GOV 2013-03-16 2018-03-19 DM
Wei Fenghe | وي فنغ خه; وي فنغي
  GOV 2018-03-19 2023-03-12 DM
Li Shangfu | لي شانغ فو; لي شانغفو
  GOV 2023-03-12 2023-10-24 DM
Dong Jun | دونغ جون
  GOV 2023-12-29 - DM
Chen Bingde | تشن بينغ ده; تشين بينغده
  MIL 2007-09 2012-10 رئيس هيئة الأركان العامة
Fang Fenghui | فانغ فنغ هوي
  MIL 2012-10 2017-08 رئيس هيئة الأركان المشتركة
Li Zuocheng | لي تسوه تشنغ; لي تسو تشنغ
  MIL 2017-08 2022-10 رئيس هيئة الأركان المشتركة
Liu Zhenli | ليو تشن لي; ليو تشنلي
  MIL 2022-10 - رئيس هيئة الأركان المشتركة
"""

DATA += """
== europe GBR
Tony Blair | توني بلير; بلير
  GOV 1997-05-02 2007-06-27 PM
Gordon Brown | غوردون براون; جوردون براون
  GOV 1997-05-02 2007-06-27 وزير الخزانة
  GOV 2007-06-27 2010-05-11 PM
David Cameron | ديفيد كاميرون; كاميرون
  OPP 2005-12-06 2010-05-11 OPPL
  GOV 2010-05-11 2016-07-13 PM
  GOV 2023-11-13 2024-07-05 FM
Theresa May | تيريزا ماي; تريزا ماي | "ماي" alone left out (ambiguous)
  GOV 2010-05-12 2016-07-13 IM
  GOV 2016-07-13 2019-07-24 PM
Boris Johnson | بوريس جونسون; جونسون
  GOV 2016-07-13 2018-07-09 FM
  GOV 2019-07-24 2022-09-06 PM
Liz Truss | ليز تراس; تراس
  GOV 2021-09-15 2022-09-06 FM
  GOV 2022-09-06 2022-10-25 PM
Rishi Sunak | ريشي سوناك; سوناك
  GOV 2020-02-13 2022-07-05 وزير الخزانة
  GOV 2022-10-25 2024-07-05 PM
  OPP 2024-07-05 2024-11-02 OPPL
Keir Starmer | كير ستارمر; ستارمر; كير ستارمير
  OPP 2020-04-04 2024-07-05 OPPL
  GOV 2024-07-05 - PM
William Hague | ويليام هيغ; وليام هيغ
  OPP 1997-06-19 2001-09-13 OPPL
  GOV 2010-05-12 2014-07-14 FM
Iain Duncan Smith | إيان دنكان سميث
  OPP 2001-09-13 2003-11-06 OPPL
Michael Howard | مايكل هوارد
  OPP 2003-11-06 2005-12-06 OPPL
Ed Miliband | إد ميليباند; إيد ميليباند
  OPP 2010-09-25 2015-05-08 OPPL
Jeremy Corbyn | جيريمي كوربن; جيرمي كوربين; كوربن; كوربين
  OPP 2015-09-12 2020-04-04 OPPL
Kemi Badenoch | كيمي بادينوك; بادينوك
  OPP 2024-11-02 - OPPL
Nigel Farage | نايجل فاراج; فاراج | led the Brexit Party/Reform UK 2019-2021 and again from 2024-06-03
  OPP 2024-06-03 - زعيم حزب الإصلاح
Robin Cook | روبن كوك
  GOV 1997-05-02 2001-06-08 FM
Jack Straw | جاك سترو; سترو
  GOV 2001-06-08 2006-05-05 FM
Margaret Beckett | مارغريت بيكيت
  GOV 2006-05-05 2007-06-27 FM
David Miliband | ديفيد ميليباند; دافيد ميليباند
  GOV 2007-06-28 2010-05-11 FM
Philip Hammond | فيليب هاموند; هاموند
  GOV 2011-10-14 2014-07-15 DM
  GOV 2014-07-15 2016-07-13 FM
  GOV 2016-07-13 2019-07-24 وزير الخزانة
Jeremy Hunt | جيريمي هانت; جيرمي هنت; هانت
  GOV 2018-07-09 2019-07-24 FM
  GOV 2022-10-14 2024-07-05 وزير الخزانة
Dominic Raab | دومينيك راب; راب
  GOV 2019-07-24 2021-09-15 FM
James Cleverly | جيمس كليفرلي; كليفرلي
  GOV 2022-09-06 2023-11-13 FM
David Lammy | ديفيد لامي; لامي
  GOV 2024-07-05 2025-09-05 FM
  GOV 2025-09-05 - DPM
Yvette Cooper | إيفيت كوبر
  GOV 2024-07-05 2025-09-05 IM
  GOV 2025-09-05 - FM
Geoff Hoon | جيف هون
  GOV 1999-10-11 2005-05-06 DM
John Reid | جون ريد
  GOV 2005-05-06 2006-05-05 DM
Des Browne | ديس براون
  GOV 2006-05-05 2008-10-03 DM
John Hutton | جون هاتون
  GOV 2008-10-03 2009-06-05 DM
Bob Ainsworth | بوب أينسوورث
  GOV 2009-06-05 2010-05-11 DM
Liam Fox | ليام فوكس
  GOV 2010-05-12 2011-10-14 DM
Michael Fallon | مايكل فالون
  GOV 2014-07-15 2017-11-01 DM
Gavin Williamson | غافين ويليامسون; جافين ويليامسون
  GOV 2017-11-02 2019-05-01 DM
Penny Mordaunt | بيني موردنت
  GOV 2019-05-01 2019-07-24 DM
Ben Wallace | بن والاس; والاس
  GOV 2019-07-24 2023-08-31 DM
Grant Shapps | غرانت شابس; جرانت شابس
  GOV 2023-08-31 2024-07-05 DM
John Healey | جون هيلي; هيلي
  GOV 2024-07-05 - DM
Michael Boyce | مايكل بويس
  MIL 2001-02-15 2003-05-02 رئيس أركان الدفاع
Michael Walker | مايكل ووكر
  MIL 2003-05-02 2006-04-28 رئيس أركان الدفاع
Jock Stirrup | جوك ستيراب
  MIL 2006-04-28 2010-10-29 رئيس أركان الدفاع
David Richards | ديفيد ريتشاردز
  MIL 2010-10-29 2013-07-18 رئيس أركان الدفاع
Nicholas Houghton | نيكولاس هوتون
  MIL 2013-07-18 2016-07-14 رئيس أركان الدفاع
Stuart Peach | ستيوارت بيتش
  MIL 2016-07-14 2018-06-11 رئيس أركان الدفاع
Nick Carter | نيك كارتر; نيكولاس كارتر
  MIL 2018-06-11 2021-11-30 رئيس أركان الدفاع
Tony Radakin | توني راداكين; راداكين
  MIL 2021-11-30 2025-09 رئيس أركان الدفاع
Richard Knighton | ريتشارد نايتون
  MIL 2025-09 - رئيس أركان الدفاع
Richard Dearlove | ريتشارد ديرلوف
  SPY 1999-08 2004-05 رئيس جهاز الاستخبارات الخارجية (إم آي 6)
John Scarlett | جون سكارليت
  SPY 2004-05 2009-11-01 رئيس جهاز الاستخبارات الخارجية (إم آي 6)
John Sawers | جون سويرز
  SPY 2009-11-01 2014-11-01 رئيس جهاز الاستخبارات الخارجية (إم آي 6)
Alex Younger | أليكس يونغر
  SPY 2014-11-01 2020-09-30 رئيس جهاز الاستخبارات الخارجية (إم آي 6)
Richard Moore | ريتشارد مور
  SPY 2020-10-01 2025-09-30 رئيس جهاز الاستخبارات الخارجية (إم آي 6)
Blaise Metreweli | بليز متريويلي
  SPY 2025-10-01 - رئيسة جهاز الاستخبارات الخارجية (إم آي 6)
King Charles III | الملك تشارلز الثالث; الملك تشارلز; تشارلز الثالث
  GOV 2022-09-08 - KING
Queen Elizabeth II | الملكة إليزابيث الثانية; الملكة إليزابيث; إليزابيث الثانية
  GOV 1952-02-06 2022-09-08 الملكة
"""

DATA += """
== europe FRA
Jacques Chirac | جاك شيراك; شيراك
  GOV 1995-05-17 2007-05-16 PRES
Nicolas Sarkozy | نيكولا ساركوزي; ساركوزي
  GOV 2002-05-07 2004-03-31 IM
  GOV 2005-06-02 2007-03-26 IM
  GOV 2007-05-16 2012-05-15 PRES
François Hollande | فرانسوا هولاند; هولاند; فرنسوا هولاند
  GOV 2012-05-15 2017-05-14 PRES
Emmanuel Macron | إيمانويل ماكرون; ايمانويل ماكرون; ماكرون
  GOV 2014-08-26 2016-08-30 وزير الاقتصاد
  GOV 2017-05-14 - PRES
Lionel Jospin | ليونيل جوسبان; جوسبان
  GOV 1997-06-02 2002-05-06 PM
Jean-Pierre Raffarin | جان بيار رافاران; جان بيير رافاران; رافاران
  GOV 2002-05-06 2005-05-31 PM
Dominique de Villepin | دومينيك دو فيلبان; دومينيك دي فيلبان; دو فيلبان; دي فيلبان
  GOV 2002-05-07 2004-03-31 FM
  GOV 2004-03-31 2005-05-31 IM
  GOV 2005-05-31 2007-05-17 PM
François Fillon | فرانسوا فيون; فيون
  GOV 2007-05-17 2012-05-15 PM
Jean-Marc Ayrault | جان مارك أيرولت; جان مارك إيرو; أيرولت; إيرو
  GOV 2012-05-15 2014-03-31 PM
  GOV 2016-02-11 2017-05-17 FM
Manuel Valls | مانويل فالس; فالس
  GOV 2012-05-16 2014-03-31 IM
  GOV 2014-03-31 2016-12-06 PM
Bernard Cazeneuve | برنار كازنوف; كازنوف
  GOV 2014-04-02 2016-12-06 IM
  GOV 2016-12-06 2017-05-15 PM
Edouard Philippe | إدوار فيليب; إدوارد فيليب
  GOV 2017-05-15 2020-07-03 PM
Jean Castex | جان كاستكس; كاستكس
  GOV 2020-07-03 2022-05-16 PM
Elisabeth Borne | إليزابيث بورن; إليزابيت بورن
  GOV 2022-05-16 2024-01-09 PM
Gabriel Attal | غابرييل أتال; جابرييل أتال; أتال
  GOV 2024-01-09 2024-09-05 PM
Michel Barnier | ميشال بارنييه; ميشيل بارنييه; بارنييه
  GOV 2004-03-31 2005-06-02 FM
  GOV 2024-09-05 2024-12-13 PM
Francois Bayrou | فرانسوا بايرو; بايرو
  GOV 2024-12-13 2025-09-09 PM
Sebastien Lecornu | سيباستيان لوكورنو; سيبستيان لوكورنو; لوكورنو | remained caretaker defence minister after becoming PM until the Vautrin appointment
  GOV 2022-05-20 2025-10-12 DM
  GOV 2025-09-09 - PM
Hubert Vedrine | هوبير فيدرين; فيدرين
  GOV 1997-06-04 2002-05-06 FM
Philippe Douste-Blazy | فيليب دوست بلازي; دوست بلازي
  GOV 2005-06-02 2007-05-18 FM
Bernard Kouchner | برنار كوشنير; كوشنير
  GOV 2007-05-18 2010-11-14 FM
Michele Alliot-Marie | ميشيل أليو ماري; أليو ماري
  GOV 2002-05-07 2007-05-18 DM
  GOV 2007-05-18 2009-06-23 IM
  GOV 2010-11-14 2011-02-27 FM
Alain Juppe | آلان جوبيه; ألان جوبيه; جوبيه
  GOV 2010-11-14 2011-02-27 DM
  GOV 2011-02-27 2012-05-16 FM
Laurent Fabius | لوران فابيوس; فابيوس
  GOV 2012-05-16 2016-02-11 FM
Jean-Yves Le Drian | جان إيف لودريان; جان ايف لو دريان; لودريان; لو دريان
  GOV 2012-05-16 2017-05-17 DM
  GOV 2017-05-17 2022-05-20 FM
  GOV 2023-06-07 - المبعوث الرئاسي الخاص إلى لبنان
Catherine Colonna | كاترين كولونا; كاترين كولونا; كولونا
  GOV 2022-05-20 2024-01-11 FM
Stephane Sejourne | ستيفان سيجورنيه; سيجورنيه
  GOV 2024-01-11 2024-09-21 FM
Jean-Noel Barrot | جان نويل بارو; جان-نويل بارو
  GOV 2024-09-21 - FM
Alain Richard | آلان ريشار
  GOV 1997-06-04 2002-05-07 DM
Herve Morin | هيرفيه موران; إيرفيه موران
  GOV 2007-05-18 2010-11-14 DM
Gerard Longuet | جيرار لونغيه
  GOV 2011-02-27 2012-05-16 DM
Sylvie Goulard | سيلفي غولار
  GOV 2017-05-17 2017-06-21 وزيرة الجيوش
Florence Parly | فلورانس بارلي; بارلي
  GOV 2017-06-21 2022-05-20 وزيرة الجيوش
Catherine Vautrin | كاترين فوتران; فوتران
  GOV 2025-10-12 - وزيرة الجيوش
Henri Bentegeat | هنري بنتيجيا
  MIL 2002-10 2006-10 رئيس أركان الجيوش
Jean-Louis Georgelin | جان لوي جورجلان
  MIL 2006-10 2010-02-28 رئيس أركان الجيوش
Edouard Guillaud | إدوار غيو
  MIL 2010-03-01 2014-02-15 رئيس أركان الجيوش
Pierre de Villiers | بيار دو فيلييه; بيير دي فيلييه
  MIL 2014-02-15 2017-07-19 رئيس أركان الجيوش
Francois Lecointre | فرانسوا لوكوانتر
  MIL 2017-07-19 2021-07-22 رئيس أركان الجيوش
Thierry Burkhard | تييري بوركار; تييري بوركهارد
  MIL 2021-07-22 2025-09-01 رئيس أركان الجيوش
Fabien Mandon | فابيان ماندون
  MIL 2025-09-01 - رئيس أركان الجيوش
Jean-Marie Le Pen | جان ماري لوبان; جان-ماري لوبان
  OPP 1972-10-05 2011-01-16 زعيم الجبهة الوطنية
Marine Le Pen | مارين لوبان; لوبان
  OPP 2011-01-16 2022-11-05 زعيمة الجبهة الوطنية / التجمع الوطني
  OPP 2022-06-28 - رئيسة كتلة التجمع الوطني في الجمعية الوطنية
Jordan Bardella | جوردان بارديلا; بارديلا
  OPP 2022-11-05 - رئيس التجمع الوطني
Jean-Luc Melenchon | جان لوك ميلانشون; ميلانشون
  OPP 2016-02 - زعيم حزب فرنسا الأبية

== europe DEU
Johannes Rau | يوهانس راو
  GOV 1999-07-01 2004-06-30 PRES
Horst Koehler | هورست كولر; هورست كوهلر
  GOV 2004-07-01 2010-05-31 PRES
Christian Wulff | كريستيان فولف
  GOV 2010-06-30 2012-02-17 PRES
Joachim Gauck | يواخيم غاوك; يوأخيم جاوك; غاوك
  GOV 2012-03-18 2017-03-18 PRES
Frank-Walter Steinmeier | فرانك فالتر شتاينماير; فرانك-فالتر شتاينماير; فالتر شتاينماير; فرانك شتاينماير; شتاينماير
  GOV 2005-11-22 2009-10-28 FM
  OPP 2009-10-28 2013-12-17 رئيس الكتلة البرلمانية للحزب الاشتراكي الديمقراطي
  GOV 2013-12-17 2017-01-27 FM
  GOV 2017-03-19 - PRES
Gerhard Schroeder | غيرهارد شرودر; جيرهارد شرودر; شرودر
  GOV 1998-10-27 2005-11-22 المستشار
Angela Merkel | أنغيلا ميركل; أنجيلا ميركل; ميركل
  OPP 2002-09-22 2005-11-22 OPPL
  GOV 2005-11-22 2021-12-08 المستشارة
Volker Kauder | فولكر كاودر; كاودر
  LEG 2005-11-22 2018-09-25 رئيس الكتلة البرلمانية للاتحاد المسيحي
Olaf Scholz | أولاف شولتس; أولاف شولتز; شولتس; شولتز
  GOV 2018-03-14 2021-12-08 وزير المالية
  GOV 2021-12-08 2025-05-06 المستشار
Friedrich Merz | فريدريش ميرتس; فريدريش ميرز; ميرتس; ميرز
  OPP 2022-02-15 2025-05-06 OPPL
  GOV 2025-05-06 - المستشار
Joschka Fischer | يوشكا فيشر; فيشر
  GOV 1998-10-27 2005-11-22 FM
Guido Westerwelle | غيدو فسترفيله; جيدو فيسترفيله; فسترفيله
  GOV 2009-10-28 2013-12-17 FM
Sigmar Gabriel | زيغمار غابرييل; سيغمار غابرييل; سيغمار غابريال; زيغمار غابريال; زيجمار جابريل; سيجمار جابريل; زيجمار جابرييل; سيجمار جابرييل
  GOV 2013-12-17 2017-01-27 نائب المستشارة ووزير الاقتصاد
  GOV 2017-01-27 2018-03-14 FM
Heiko Maas | هايكو ماس
  GOV 2018-03-14 2021-12-08 FM
Annalena Baerbock | أنالينا بيربوك; أنالينا بيربوك; بيربوك
  GOV 2021-12-08 2025-05-06 وزيرة الخارجية
  IGOUNO GOV 2025-09-09 - رئيسة الجمعية العامة للأمم المتحدة
Johann Wadephul | يوهان فاديفول; فاديفول
  GOV 2025-05-06 - FM
Rudolf Scharping | رودولف شاربينغ
  GOV 1998-10-27 2002-07-19 DM
Peter Struck | بيتر شتروك
  GOV 2002-07-19 2005-11-22 DM
Franz Josef Jung | فرانز يوزف يونغ
  GOV 2005-11-22 2009-10-28 DM
Karl-Theodor zu Guttenberg | كارل تيودور تسو غوتنبرغ; غوتنبرغ
  GOV 2009-10-28 2011-03-03 DM
Thomas de Maiziere | توماس دي ميزيير; توماس دو ميزيير
  GOV 2011-03-03 2013-12-17 DM
  GOV 2013-12-17 2018-03-14 IM
Annegret Kramp-Karrenbauer | أنغريت كرامب كارنباور; كرامب كارنباور
  GOV 2019-07-17 2021-12-08 وزيرة الدفاع
Christine Lambrecht | كريستين لامبرشت; كريستينه لامبريشت
  GOV 2021-12-08 2023-01-19 وزيرة الدفاع
Boris Pistorius | بوريس بيستوريوس; بيستوريوس
  GOV 2023-01-19 - DM
Wolfgang Schneiderhan | فولفغانغ شنايدرهان
  MIL 2002-07 2009-11-26 المفتش العام للجيش الألماني
Volker Wieker | فولكر فيكر
  MIL 2010-01 2018-04-19 المفتش العام للجيش الألماني
Eberhard Zorn | إيبرهارد تسورن
  MIL 2018-04-19 2023-03-17 المفتش العام للجيش الألماني
Carsten Breuer | كارستن بروير
  MIL 2023-03-17 - المفتش العام للجيش الألماني
Alice Weidel | أليس فايدل; أليس فيدل; فايدل
  OPP 2022-06-18 - الرئيسة المشاركة لحزب البديل من أجل ألمانيا

== intl IGOEUREEC
Romano Prodi | رومانو برودي; برودي
  GOV 1999-09-16 2004-11-21 رئيس المفوضية الأوروبية
  ITA GOV 2006-05-17 2008-05-08 PM
Jose Manuel Barroso | جوزيه مانويل باروسو; خوسيه مانويل باروسو; باروسو
  GOV 2004-11-22 2014-10-31 رئيس المفوضية الأوروبية
Jean-Claude Juncker | جان كلود يونكر; يونكر
  GOV 2014-11-01 2019-11-30 رئيس المفوضية الأوروبية
Ursula von der Leyen | أورسولا فون دير لاين; فون دير لاين; فون دير لايين
  DEU GOV 2013-12-17 2019-07-17 وزيرة الدفاع
  GOV 2019-12-01 - رئيسة المفوضية الأوروبية
Herman Van Rompuy | هيرمان فان رومبوي; فان رومبوي
  GOV 2009-12-01 2014-11-30 رئيس المجلس الأوروبي
Donald Tusk | دونالد توسك; توسك
  POL GOV 2007-11-16 2014-09-22 PM
  GOV 2014-12-01 2019-11-30 رئيس المجلس الأوروبي
  POL GOV 2023-12-13 - PM
Charles Michel | شارل ميشيل
  GOV 2019-12-01 2024-11-30 رئيس المجلس الأوروبي
Antonio Costa | أنطونيو كوستا
  PRT GOV 2015-11-26 2024-04-02 PM
  GOV 2024-12-01 - رئيس المجلس الأوروبي
Javier Solana | خافيير سولانا; سولانا
  GOV 1999-10-18 2009-11-30 الممثل الأعلى للسياسة الخارجية والأمنية
Catherine Ashton | كاثرين آشتون; كاترين آشتون; آشتون
  GOV 2009-12-01 2014-10-31 الممثلة العليا للسياسة الخارجية والأمنية
Federica Mogherini | فيديريكا موغيريني; فيديريكا موغريني; موغيريني
  ITA GOV 2014-02-22 2014-10-31 وزيرة الخارجية
  GOV 2014-11-01 2019-11-30 الممثلة العليا للسياسة الخارجية والأمنية
Josep Borrell | جوزيب بوريل; جوسيب بوريل; بوريل
  GOV 2004-07-20 2007-01-16 رئيس البرلمان الأوروبي
  ESP GOV 2018-06-07 2019-11-30 FM
  GOV 2019-12-01 2024-11-30 الممثل الأعلى للسياسة الخارجية والأمنية
Kaja Kallas | كايا كالاس; كالاس
  EST GOV 2021-01-26 2024-07-23 PM
  GOV 2024-12-01 - الممثلة العليا للسياسة الخارجية والأمنية
Roberta Metsola | روبرتا ميتسولا; ميتسولا
  GOV 2022-01-18 - رئيسة البرلمان الأوروبي

== intl IGOUNO
Kofi Annan | كوفي أنان; كوفي عنان; أنان
  GOV 1997-01-01 2006-12-31 الأمين العام للأمم المتحدة
  GOV 2012-02-23 2012-08-31 المبعوث المشترك إلى سوريا
Ban Ki-moon | بان كي مون; بان كي-مون
  KOR GOV 2004-01-17 2006-11-09 FM
  GOV 2007-01-01 2016-12-31 الأمين العام للأمم المتحدة
Antonio Guterres | أنطونيو غوتيريش; أنطونيو غوتيريس; غوتيريش; غوتيريس; جوتيريش
  GOV 2005-06-15 2015-12-31 المفوض السامي لشؤون اللاجئين
  GOV 2017-01-01 - الأمين العام للأمم المتحدة
Peter Maurer | بيتر مورير; بيتر ماورير; مورير | president of the ICRC (no sector: a person of an NGO, as the organisation's entry); Swiss state secretary for foreign affairs before, not listed
  NGOHLHIRC - 2012-07-01 2022-09-30 رئيس اللجنة الدولية للصليب الأحمر
Lakhdar Brahimi | الأخضر الإبراهيمي; الأخضر ابراهيمي
  GOV 2001-10-03 2004-12 الممثل الخاص للأمين العام في أفغانستان
  GOV 2012-08-17 2014-05-31 المبعوث المشترك إلى سوريا
Staffan de Mistura | ستافان دي ميستورا; دي ميستورا; ستيفان دي ميستورا; ستيفان دي مستورا; ستافان دي مستورا; دي مستورا
  GOV 2014-07-10 2018-12-31 المبعوث الخاص إلى سوريا
  GOV 2021-11-01 - المبعوث الشخصي للصحراء الغربية
Geir Pedersen | غير بيدرسن; غير بيدرسون; بيدرسن; بيدرسون
  GOV 2019-01-07 2025-09 المبعوث الخاص إلى سوريا
Jamal Benomar | جمال بنعمر; بنعمر
  GOV 2011-04 2015-04 المبعوث الخاص إلى اليمن
Ismail Ould Cheikh Ahmed | إسماعيل ولد الشيخ أحمد; ولد الشيخ أحمد; ولد الشيخ
  GOV 2015-04-25 2018-02-28 المبعوث الخاص إلى اليمن
  MRT GOV 2018-10-29 2022-03-31 FM
Martin Griffiths | مارتن غريفيث; مارتن غريفيثس; غريفيث; غريفيثس
  GOV 2018-03-11 2021-06-30 المبعوث الخاص إلى اليمن
  GOV 2021-07-19 2024-06-30 منسق الإغاثة الطارئة
Hans Grundberg | هانس غروندبرغ; هانز غروندبرغ; غروندبرغ
  GOV 2021-09-01 - المبعوث الخاص إلى اليمن
Bernardino Leon | برناردينو ليون
  GOV 2014-09-01 2015-11-17 المبعوث الخاص إلى ليبيا
Martin Kobler | مارتن كوبلر; كوبلر
  GOV 2015-11-17 2017-06-22 المبعوث الخاص إلى ليبيا
Ghassan Salame | غسان سلامة
  GOV 2017-06-22 2020-03-02 المبعوث الخاص إلى ليبيا
Stephanie Williams | ستيفاني ويليامز; ستيفاني وليامز
  GOV 2020-03-02 2021-01-18 المبعوثة الخاصة إلى ليبيا بالإنابة
  GOV 2021-12-06 2022-07-31 المستشارة الخاصة للأمين العام بشأن ليبيا
Jan Kubis | يان كوبيتش; كوبيتش
  GOV 2019-01 2020-12 المنسق الخاص للأمم المتحدة في لبنان
  GOV 2021-01-18 2021-12-10 المبعوث الخاص إلى ليبيا
Abdoulaye Bathily | عبد الله باتيلي; باتيلي
  GOV 2022-09-02 2024-05-31 المبعوث الخاص إلى ليبيا
Hanna Tetteh | هانا تيتيه; هانا سيروا تيتيه; تيتيه
  GOV 2025-01-24 - المبعوثة الخاصة إلى ليبيا
Philippe Lazzarini | فيليب لازاريني; لازاريني
  GOV 2020-04-01 - المفوض العام للأونروا
Mohamed ElBaradei | محمد البرادعي; البرادعي
  IGOUNOIAE GOV 1997-12-01 2009-11-30 المدير العام للوكالة الدولية للطاقة الذرية
  EGY OPP 2010-02 2013-07-14 زعيم الجمعية الوطنية للتغيير / حزب الدستور
  EGY GOV 2013-07-14 2013-08-14 نائب الرئيس المؤقت
Yukiya Amano | يوكيا أمانو; أمانو
  IGOUNOIAE GOV 2009-12-01 2019-07-18 المدير العام للوكالة الدولية للطاقة الذرية
Rafael Grossi | رافائيل غروسي; رافاييل غروسي; غروسي
  IGOUNOIAE GOV 2019-12-03 - المدير العام للوكالة الدولية للطاقة الذرية
Tedros Adhanom Ghebreyesus | تيدروس أدهانوم غيبريسوس; تيدروس أدهانوم; تيدروس
  ETH GOV 2005-10 2012-11-29 وزير الصحة
  ETH GOV 2012-11-29 2016-11-01 FM
  IGOUNOHLHWHO GOV 2017-07-01 - المدير العام لمنظمة الصحة العالمية
Tor Wennesland | تور وينسلاند; وينسلاند
  GOV 2021-01 2024-12-31 منسق الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط
Nickolay Mladenov | نيكولاي ملادينوف; ملادينوف
  GOV 2013-08 2015-02 الممثل الخاص للأمين العام في العراق
  GOV 2015-02 2020-12-31 منسق الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط
Francesca Albanese | فرانشيسكا ألبانيزي; ألبانيزي
  GOV 2022-05-01 - المقررة الخاصة المعنية بالأراضي الفلسطينية المحتلة

== intl IGOMEAARL
Esmat Abdel Meguid | عصمت عبد المجيد
  GOV 1991-05-15 2001-05-31 الأمين العام لجامعة الدول العربية
Amr Moussa | عمرو موسى
  EGY GOV 1991-05-20 2001-05-15 FM
  GOV 2001-06-01 2011-06-30 الأمين العام لجامعة الدول العربية
Nabil Elaraby | نبيل العربي
  EGY GOV 2011-03-06 2011-07-01 FM
  GOV 2011-07-01 2016-06-30 الأمين العام لجامعة الدول العربية
Ahmed Aboul Gheit | أحمد أبو الغيط; أبو الغيط | second term was due to end 2026-06-30; no successor recorded here
  EGY GOV 2004-07-14 2011-03-06 FM
  GOV 2016-07-01 - الأمين العام لجامعة الدول العربية
Hossam Zaki | حسام زكي
  GOV 2016 - الأمين العام المساعد لجامعة الدول العربية
Ahmed Ben Helli | أحمد بن حلي; بن حلي | Algerian diplomat, deputy secretary-general of the Arab League; years from memory, the range is the part of his term we are sure of (he held the post before 2011 too)
  GOV 2011 2016 نائب الأمين العام لجامعة الدول العربية
Ahmed al-Jarwan | أحمد الجروان; أحمد بن محمد الجروان | Emirati, first president of the permanent Arab Parliament (elected 2012, succeeded in 2016); years from memory; "الجروان" alone left out (a surname)
  LEG 2012 2016 رئيس البرلمان العربي
"""

DATA += """
== turkey_iran_israel TUR
Suleyman Demirel | سليمان ديميريل; سليمان دميريل
  GOV 1993-05-16 2000-05-16 PRES
Ahmet Necdet Sezer | أحمد نجدت سيزر; نجدت سيزر; سيزر
  GOV 2000-05-16 2007-08-28 PRES
Abdullah Gul | عبد الله غل; عبد الله غول; عبد الله جول
  GOV 2002-11-18 2003-03-14 PM
  GOV 2003-03-14 2007-08-28 FM
  GOV 2007-08-28 2014-08-28 PRES
Recep Tayyip Erdogan | رجب طيب أردوغان; أردوغان; رجب أردوغان; طيب أردوغان
  GOV 2003-03-14 2014-08-28 PM
  GOV 2014-08-28 - PRES
Bulent Ecevit | بولنت أجاويد; أجاويد; بولنت أجفيد
  GOV 1999-01-11 2002-11-18 PM
Ahmet Davutoglu | أحمد داود أوغلو; داود أوغلو
  GOV 2009-05-01 2014-08-29 FM
  GOV 2014-08-29 2016-05-24 PM
  OPP 2019-12-13 - زعيم حزب المستقبل
Binali Yildirim | بن علي يلدريم; بن علي يلدرم; يلدريم
  GOV 2016-05-24 2018-07-09 PM
  LEG 2018-07-18 2019-02-18 رئيس البرلمان
Cevdet Yilmaz | جودت يلماز
  GOV 2023-06-04 - VP
Fuat Oktay | فؤاد أقطاي; فؤاد أوقطاي
  GOV 2018-07-09 2023-06-04 VP
Ismail Cem | إسماعيل جم
  GOV 1997-06-30 2002-07-11 FM
Yasar Yakis | ياشار ياكيش
  GOV 2002-11-18 2003-03-14 FM
Ali Babacan | علي باباجان; باباجان
  GOV 2007-08-29 2009-05-01 FM
  OPP 2020-03-09 - زعيم حزب الديمقراطية والتقدم
Mevlut Cavusoglu | مولود جاويش أوغلو; مولود تشاووش أوغلو; جاويش أوغلو
  GOV 2014-08-29 2015-08-28 FM
  GOV 2015-11-24 2023-06-04 FM
Feridun Sinirlioglu | فريدون سينيرلي أوغلو
  GOV 2015-08-28 2015-11-24 FM
Hakan Fidan | هاكان فيدان; فيدان; هاكان فيدن
  SPY 2010-05-27 2023-06-03 رئيس الاستخبارات
  GOV 2023-06-04 - FM
Ibrahim Kalin | إبراهيم قالن; إبراهيم كالين; قالن
  GOV 2014-12 2023-06-04 المتحدث باسم الرئاسة
  SPY 2023-06-05 - رئيس الاستخبارات
Emre Taner | أمره تانر; إمره تانر
  SPY 2005-06 2010-05-27 رئيس الاستخبارات
Sabahattin Cakmakoglu | صباح الدين تشاكماك أوغلو
  GOV 1999-05-28 2002-11-18 DM
Vecdi Gonul | وجدي غونول; وجدي جونول
  GOV 2002-11-18 2011-07-06 DM
  GOV 2015-08-28 2015-11-24 DM
Ismet Yilmaz | عصمت يلماز
  GOV 2011-07-06 2015-08-28 DM
  GOV 2015-11-24 2016-05-24 DM
Fikri Isik | فكري إشيق; فكري ايشيك
  GOV 2016-05-24 2017-07-19 DM
Nurettin Canikli | نور الدين جانيكلي
  GOV 2017-07-19 2018-07-10 DM
Hulusi Akar | خلوصي أكار; أكار
  MIL 2015-08-18 2018-07-10 COS
  GOV 2018-07-10 2023-06-04 DM
Yasar Guler | يشار غولر; ياشار غولر; يشار جولر
  MIL 2018-07-10 2023-06-04 COS
  GOV 2023-06-04 - DM
Huseyin Kivrikoglu | حسين كيفريك أوغلو
  MIL 1998-08-30 2002-08-28 COS
Hilmi Ozkok | حلمي أوزكوك
  MIL 2002-08-28 2006-08-28 COS
Yasar Buyukanit | ياشار بويوك أنيت; يشار بويوك أنيت
  MIL 2006-08-28 2008-08-28 COS
Ilker Basbug | إيلكر باشبوغ; ايلكر باشبوغ
  MIL 2008-08-28 2010-08-27 COS
Isik Kosaner | إيشيك كوشانر
  MIL 2010-08-27 2011-07-29 COS
Necdet Ozel | نجدت أوزال; نجدت أوزيل
  MIL 2011-07-29 2015-08-18 COS
Metin Gurak | متين غوراك; متين جوراك
  MIL 2023-06-05 2025-08 COS
Selcuk Bayraktaroglu | سلجوق بيرقدار أوغلو; سلجوق بيرقدار اوغلو
  MIL 2025-08 - COS
Deniz Baykal | دنيز بايكال
  OPP 2000-10-01 2010-05-10 زعيم حزب الشعب الجمهوري
Kemal Kilicdaroglu | كمال كليتشدار أوغلو; كمال قليجدار أوغلو; كليتشدار أوغلو; قليجدار أوغلو
  OPP 2010-05-22 2023-11-05 زعيم حزب الشعب الجمهوري
Ozgur Ozel | أوزغور أوزيل; أوزغور أوزال; أوزغور أوزل
  OPP 2023-11-05 - زعيم حزب الشعب الجمهوري
Devlet Bahceli | دولت بهتشلي; دولت باهتشلي; بهتشلي; باهتشلي | ally of the AKP government since 2018 (People's Alliance)
  OPP 1997-07-06 - زعيم حزب الحركة القومية
Meral Aksener | ميرال أكشنار; أكشنار
  OPP 2017-10-25 2024-04-28 زعيمة حزب الجيد
Ekrem Imamoglu | أكرم إمام أوغلو; إمام أوغلو | mayor of Istanbul, main opposition figure; detained and suspended from office in March 2025
  OPP 2019-06-27 2025-03-23 رئيس بلدية إسطنبول
Selahattin Demirtas | صلاح الدين دميرطاش; دميرطاش; دميرتاش; صلاح الدين ديمرتاش; ديمرتاش; صلاح الدين دمرتاش; دمرتاش; صلاح الدين دمرداش; دمرداش; صلاح الدين دميرتاش
  OPP 2014-06-22 2018-02-11 الرئيس المشارك لحزب الشعوب الديمقراطي
Figen Yuksekdag | فيجن يوكسيكداغ; فيغن يوكسكداغ; فيجن يوكسكداغ; يوكسيكداغ; يوكسكداغ
  OPP 2014-06-22 2017-05-20 الرئيسة المشاركة لحزب الشعوب الديمقراطي
Fethullah Gulen | فتح الله غولن; فتح الله كولن; غولن; كولن | Turkey designates his movement a terrorist organisation (FETO); in US exile from 1999
  OPP 1999-03 2024-10-20 زعيم حركة الخدمة
Abdullah Ocalan | عبد الله أوجلان; أوجلان | PKK announced its dissolution on 2025-05-12; imprisoned since 1999-02-15
  REB 1978-11-27 - زعيم حزب العمال الكردستاني
Murat Karayilan | مراد قره يلان; مراد قرايلان; قره يلان; قرايلان | PKK announced its dissolution on 2025-05-12
  REB 2004 - قيادي في حزب العمال الكردستاني
Cemil Bayik | جميل بايك; بايك | PKK announced its dissolution on 2025-05-12
  REB 2013-07 - الرئيس المشارك لمنظومة المجتمع الكردستاني
Numan Kurtulmus | نعمان قورتولموش; قورتولموش
  LEG 2023-06-07 - رئيس البرلمان

== turkey_iran_israel IRN
Ali Khamenei | علي خامنئي; خامنئي; آية الله خامنئي; علي الخامنئي
  GOV 1989-06-04 - المرشد الأعلى
Mohammad Khatami | محمد خاتمي; خاتمي
  GOV 1997-08-03 2005-08-03 PRES
Mahmoud Ahmadinejad | محمود أحمدي نجاد; أحمدي نجاد; نجاد
  GOV 2005-08-03 2013-08-03 PRES
Hassan Rouhani | حسن روحاني; روحاني
  GOV 1989-10-14 2005-08-15 أمين المجلس الأعلى للأمن القومي
  GOV 2013-08-03 2021-08-03 PRES
Ebrahim Raisi | إبراهيم رئيسي; ابراهيم رئيسي | "رئيسي" alone left out (common adjective "main")
  JUD 2019-03-07 2021-07-01 رئيس السلطة القضائية
  GOV 2021-08-03 2024-05-19 PRES
Mohammad Mokhber | محمد مخبر
  GOV 2021-08-08 2024-07-28 النائب الأول للرئيس
  GOV 2024-05-20 2024-07-28 الرئيس بالإنابة
Masoud Pezeshkian | مسعود بزشكيان; بزشكيان; بيزشكيان; مسعود پزشكيان
  GOV 2024-07-28 - PRES
Mohammad Reza Aref | محمد رضا عارف
  GOV 2024-08-01 - النائب الأول للرئيس
Eshaq Jahangiri | إسحاق جهانغيري; جهانغيري
  GOV 2013-08-05 2021-08-08 النائب الأول للرئيس
Kamal Kharazi | كمال خرازي; خرازي
  GOV 1997-08-20 2005-08-24 FM
Manouchehr Mottaki | منوشهر متكي; متكي
  GOV 2005-08-24 2010-12-13 FM
Ali Akbar Salehi | علي أكبر صالحي; صالحي
  GOV 2009-07-17 2010-12-13 رئيس منظمة الطاقة الذرية
  GOV 2010-12-13 2013-08-15 FM
  GOV 2013-08-16 2021-08-29 رئيس منظمة الطاقة الذرية
Mohammad Javad Zarif | محمد جواد ظريف; جواد ظريف; محمد ظريف; ظريف
  GOV 2013-08-15 2021-08-25 FM
  GOV 2024-08-01 2025-03-02 نائب الرئيس للشؤون الاستراتيجية
Hossein Amir-Abdollahian | حسين أمير عبد اللهيان; أمير عبد اللهيان; عبد اللهيان
  GOV 2021-08-25 2024-05-19 FM
Ali Bagheri Kani | علي باقري كني; باقري كني
  GOV 2021-09 2024-05-20 نائب وزير الخارجية وكبير المفاوضين النوويين
  GOV 2024-05-20 2024-08-21 وزير الخارجية بالوكالة
Abbas Araghchi | عباس عراقجي; عراقجي; عباس عراقتشي
  GOV 2013-08 2021-08 نائب وزير الخارجية
  GOV 2024-08-21 - FM
Ali Shamkhani | علي شمخاني; شمخاني
  GOV 1997-08-20 2005-08-24 DM
  GOV 2013-09-10 2023-05-22 أمين المجلس الأعلى للأمن القومي
Mostafa Mohammad-Najjar | مصطفى محمد نجار
  GOV 2005-08-24 2009-09-03 DM
  GOV 2009-09-03 2013-08-15 IM
Ahmad Vahidi | أحمد وحيدي; وحيدي
  MIL 1988 1998 قائد فيلق القدس
  GOV 2009-09-03 2013-08-15 DM
  GOV 2021-08-25 2024-08-21 IM
Hossein Dehghan | حسين دهقان; دهقان; حسين ديغان
  GOV 2013-08-15 2017-08-20 DM
Amir Hatami | أمير حاتمي; حاتمي
  GOV 2017-08-20 2021-08-25 DM
  MIL 2025-06-13 - قائد الجيش
Mohammad-Reza Ashtiani | محمد رضا آشتياني; آشتياني
  GOV 2021-08-25 2024-08-21 DM
Aziz Nasirzadeh | عزيز نصير زاده; نصير زاده; عزيز نصيرزاده; نصيرزاده
  GOV 2024-08-21 - DM
Hassan Firouzabadi | حسن فيروز آبادي; فيروز آبادي
  MIL 1989-09 2016-06-28 رئيس هيئة الأركان العامة للقوات المسلحة
Mohammad Bagheri | محمد باقري; محمد حسين باقري
  MIL 2016-06-28 2025-06-13 رئيس هيئة الأركان العامة للقوات المسلحة
Abdolrahim Mousavi | عبد الرحيم موسوي
  MIL 2017-08-21 2025-06-13 قائد الجيش
  MIL 2025-06-13 - رئيس هيئة الأركان العامة للقوات المسلحة
Yahya Rahim Safavi | يحيى رحيم صفوي; رحيم صفوي
  MIL 1997-09 2007-09-01 القائد العام للحرس الثوري
Mohammad Ali Jafari | محمد علي جعفري
  MIL 2007-09-01 2019-04-21 القائد العام للحرس الثوري
Hossein Salami | حسين سلامي
  MIL 2019-04-21 2025-06-13 القائد العام للحرس الثوري
Mohammad Pakpour | محمد باكبور; محمد پاكپور; باكبور
  MIL 2025-06-13 - القائد العام للحرس الثوري
Qasem Soleimani | قاسم سليماني; سليماني
  MIL 1998 2020-01-03 قائد فيلق القدس
Esmail Qaani | إسماعيل قاآني; إسماعيل قآني; قاآني; قآني
  MIL 2020-01-03 - قائد فيلق القدس
Amir Ali Hajizadeh | أمير علي حاجي زاده; حاجي زاده
  MIL 2009-10 2025-06-13 قائد القوة الجوفضائية للحرس الثوري
Ali Larijani | علي لاريجاني; لاريجاني
  GOV 2005-08-15 2007-10-20 أمين المجلس الأعلى للأمن القومي
  LEG 2008-05-28 2020-05-28 SPK
  GOV 2025-08-05 - أمين المجلس الأعلى للأمن القومي
Saeed Jalili | سعيد جليلي; جليلي
  GOV 2007-10-20 2013-09-10 أمين المجلس الأعلى للأمن القومي
Ali Akbar Ahmadian | علي أكبر أحمديان; أحمديان
  GOV 2023-05-22 2025-08-05 أمين المجلس الأعلى للأمن القومي
Mehdi Karroubi | مهدي كروبي; كروبي
  LEG 2000-05-27 2004-05-27 SPK
  OPP 2009-06 - من زعماء الحركة الخضراء المعارضة
Mir-Hossein Mousavi | مير حسين موسوي; مير حسين الموسوي
  OPP 2009-06 - من زعماء الحركة الخضراء المعارضة
Gholam-Ali Haddad-Adel | غلام علي حداد عادل; حداد عادل
  LEG 2004-05-28 2008-05-28 SPK
Mohammad Bagher Ghalibaf | محمد باقر قاليباف; قاليباف; محمد باقر قاليباف
  LEG 2020-05-28 - SPK
Mahmoud Alavi | محمود علوي
  SPY 2013-08-15 2021-08-25 وزير الاستخبارات
Esmaeil Khatib | إسماعيل خطيب
  SPY 2021-08-25 - وزير الاستخبارات
Heydar Moslehi | حيدر مصلحي; مصلحي
  SPY 2009-08 2013-08-15 وزير الاستخبارات
Gholam-Hossein Mohseni-Eje'i | غلام حسين محسني إجئي; محسني إجئي; محسني إيجئي
  SPY 2005-08-24 2009-07-26 وزير الاستخبارات
  JUD 2021-07-01 - رئيس السلطة القضائية
Sadegh Larijani | صادق لاريجاني; صادق آملي لاريجاني
  JUD 2009-08-15 2019-03-07 رئيس السلطة القضائية
Reza Pahlavi | رضا بهلوي | exiled son of the last Shah
  OPP 1980 - ولي عهد إيران السابق المعارض في المنفى
Maryam Rajavi | مريم رجوي; رجوي
  OPP 1993 - زعيمة مجاهدي خلق والمجلس الوطني للمقاومة

== turkey_iran_israel ISR
Ezer Weizman | عيزر فايتسمان
  GOV 1993-05-13 2000-07-13 PRES
Moshe Katsav | موشيه كتساف; كتساف; موشيه قصاب
  GOV 2000-08-01 2007-07-01 PRES
Shimon Peres | شمعون بيريز; شمعون بيرس; بيريز; بيرس
  GOV 2001-03-07 2002-11-02 FM
  GOV 2007-07-15 2014-07-24 PRES
Reuven Rivlin | رؤوفين ريفلين; روفين ريفلين; ريفلين; رؤوفين ريفيلين; ريفيلين
  LEG 2009-03-30 2013-03-18 رئيس الكنيست
  GOV 2014-07-24 2021-07-07 PRES
Isaac Herzog | يتسحاق هرتسوغ; إسحاق هرتسوغ; هرتسوغ; إسحق هرتسوغ; إسحاق هيرتزوغ; إسحاق هيرتزوج; هيرتزوغ; هيرتزوج; إسحاق هرتزوغ; هرتزوغ
  OPP 2013-11-22 2017-07-04 OPPL
  GOV 2021-07-07 - PRES
Ehud Barak | إيهود باراك; باراك; ايهود باراك
  GOV 1999-07-06 2001-03-07 PM
  GOV 2007-06-18 2013-03-18 DM
Ariel Sharon | أرييل شارون; أريئيل شارون; آرييل شارون; شارون | incapacitated by a stroke on 2006-01-04, replaced by Olmert as acting PM
  OPP 1999-09 2001-03-07 زعيم الليكود
  GOV 2001-03-07 2006-04-14 PM
Ehud Olmert | إيهود أولمرت; أولمرت
  GOV 2006-01-04 2006-04-14 رئيس الوزراء بالوكالة
  GOV 2006-04-14 2009-03-31 PM
Benjamin Netanyahu | بنيامين نتنياهو; نتنياهو; نتانياهو; نتيناهو; بنيامين نتانياهو; بيبي نتنياهو
  GOV 1996-06-18 1999-07-06 PM
  GOV 2002-11-06 2003-02-28 FM
  GOV 2003-02-28 2005-08-09 وزير المالية
  OPP 2006-03-28 2009-03-31 OPPL
  GOV 2009-03-31 2021-06-13 PM
  OPP 2021-06-13 2022-12-29 OPPL
  GOV 2022-12-29 - PM
Naftali Bennett | نفتالي بينيت; نفتالي بينت; بينيت
  GOV 2019-11-12 2020-05-17 DM
  GOV 2021-06-13 2022-06-30 PM
Yair Lapid | يائير لابيد; يائير لبيد; لابيد; لبيد@2012-01-08 | "لبيد" alone is also the poet Labid ibn Rabi'a and a Saudi family name; his alone only from his entry into politics (January 2012)
  GOV 2013-03-18 2014-12-02 وزير المالية
  OPP 2014-12-02 2020-05-17 رئيس حزب يش عتيد
  OPP 2020-05-17 2021-06-13 OPPL
  GOV 2021-06-13 2022-12-29 FM
  GOV 2022-07-01 2022-12-29 PM
  OPP 2022-12-29 - OPPL
Tzipi Livni | تسيبي ليفني; ليفني
  GOV 2006-01-18 2009-03-31 وزيرة الخارجية
  OPP 2009-03-31 2012-03-27 زعيمة المعارضة
Silvan Shalom | سيلفان شالوم
  GOV 2003-02-28 2006-01-16 FM
Avigdor Lieberman | أفيغدور ليبرمان; أفيجدور ليبرمان; ليبرمان
  GOV 2009-03-31 2012-12-18 FM
  GOV 2013-11-11 2015-05-14 FM
  GOV 2016-05-30 2018-11-14 DM
Israel Katz | يسرائيل كاتس; يسرائيل كاتز; كاتس
  GOV 2019-02-17 2020-05-17 FM
  GOV 2024-01-01 2024-11-07 FM
  GOV 2024-11-07 - DM
Gabi Ashkenazi | غابي أشكنازي; جابي أشكنازي; أشكنازي
  MIL 2007-02-14 2011-02-14 رئيس الأركان
  GOV 2020-05-17 2021-06-13 FM
Eli Cohen | إيلي كوهين
  GOV 2023-01-01 2024-01-01 FM
Gideon Saar | جدعون ساعر; جدعون ساعار; ساعر
  GOV 2024-11-07 - FM
Benjamin Ben-Eliezer | بنيامين بن أليعازر; بن أليعازر; بن اليعازر
  GOV 2001-03-07 2002-11-02 DM
Shaul Mofaz | شاؤول موفاز; شاؤول موفاز; موفاز
  MIL 1998-07-09 2002-07-09 رئيس الأركان
  GOV 2002-11-04 2006-05-04 DM
Amir Peretz | عمير بيرتس; عمير بيرتس; بيرتس
  GOV 2006-05-04 2007-06-18 DM
Moshe Yaalon | موشيه يعالون; موشي يعلون; يعالون; يعلون
  MIL 2002-07-09 2005-06-01 رئيس الأركان
  GOV 2013-03-18 2016-05-20 DM
Benny Gantz | بيني غانتس; بيني جانتس; غانتس
  MIL 2011-02-14 2015-02-16 رئيس الأركان
  GOV 2020-05-17 2022-12-29 DM
  GOV 2023-10-11 2024-06-09 عضو مجلس الحرب
Yoav Gallant | يوآف غالانت; يوآف جالانت; غالانت
  GOV 2022-12-29 2024-11-07 DM
Dan Halutz | دان حالوتس; حالوتس
  MIL 2005-06-01 2007-02-14 رئيس الأركان
Gadi Eisenkot | غادي آيزنكوت; غادي أيزنكوت; آيزنكوت
  MIL 2015-02-16 2019-01-15 رئيس الأركان
Aviv Kochavi | أفيف كوخافي; أفيف كوخافي; كوخافي
  MIL 2019-01-15 2023-01-16 رئيس الأركان
Herzi Halevi | هرتسي هاليفي; هرتسل هاليفي; هاليفي
  MIL 2023-01-16 2025-03-05 رئيس الأركان
Eyal Zamir | إيال زامير; زامير
  MIL 2025-03-05 - رئيس الأركان
Efraim Halevy | أفرايم هاليفي
  SPY 1998-03 2002-09 رئيس الموساد
Meir Dagan | مئير داغان; مائير داغان; داغان
  SPY 2002-09 2011-01 رئيس الموساد
Tamir Pardo | تامير باردو
  SPY 2011-01 2016-01 رئيس الموساد
Yossi Cohen | يوسي كوهين
  SPY 2016-01 2021-06-01 رئيس الموساد
David Barnea | ديفيد برنياع; دافيد برنياع; برنياع
  SPY 2021-06-01 - رئيس الموساد
Avi Dichter | آفي ديختر; ديختر
  SPY 2000-05 2005-05 رئيس جهاز الأمن العام (الشاباك)
Yuval Diskin | يوفال ديسكين
  SPY 2005-05 2011-05-15 رئيس جهاز الأمن العام (الشاباك)
Yoram Cohen | يورام كوهين
  SPY 2011-05-15 2016-05 رئيس جهاز الأمن العام (الشاباك)
Nadav Argaman | نداف أرغمان
  SPY 2016-05 2021-10-13 رئيس جهاز الأمن العام (الشاباك)
Ronen Bar | رونين بار
  SPY 2021-10-13 2025-06-15 رئيس جهاز الأمن العام (الشاباك)
David Zini | دافيد زيني; ديفيد زيني
  SPY 2025-10-05 - رئيس جهاز الأمن العام (الشاباك)
Itamar Ben-Gvir | إيتمار بن غفير; ايتمار بن جفير; بن غفير; بن جفير
  GOV 2022-12-29 2025-01-19 وزير الأمن القومي
  GOV 2025-03-18 - وزير الأمن القومي
Bezalel Smotrich | بتسلئيل سموتريتش; سموتريتش
  GOV 2022-12-29 - وزير المالية
Amir Ohana | أمير أوحانا
  LEG 2022-12-29 - رئيس الكنيست
Shai Nitzan | شاي نيتسان; شاي نيتزان | State Attorney of Israel; added after a 16-type dev phrase
  JUD 2012 ~2019-12-31 النائب العام للدولة

== jihadist AFG
Mullah Mohammed Omar | الملا محمد عمر; الملا عمر | death in 2013 was only announced on 2015-07-29
  GOV 1996-09-27 2001-11-13 زعيم طالبان وأمير إمارة أفغانستان الإسلامية
  REB 2001-11-13 2013-04-23 زعيم حركة طالبان
Akhtar Mansour | أختر منصور; الملا أختر منصور; أختر محمد منصور
  REB 2015-07-29 2016-05-21 زعيم حركة طالبان
Hibatullah Akhundzada | هبة الله أخوند زاده; هبة الله آخوند زاده; هبة الله أخوندزاده
  REB 2016-05-25 2021-08-15 زعيم حركة طالبان
  GOV 2021-08-15 - زعيم طالبان والمرشد الأعلى لإمارة أفغانستان الإسلامية
Mohammad Hasan Akhund | محمد حسن آخوند; محمد حسن أخوند; الملا حسن أخوند
  GOV 2021-09-07 - PM
Abdul Ghani Baradar | عبد الغني برادر; الملا برادر; برادر
  REB 2019-01 2021-09-07 رئيس المكتب السياسي لحركة طالبان
  GOV 2021-09-07 - DPM
Amir Khan Muttaqi | أمير خان متقي; أمير خان متقى
  GOV 2021-09-07 - FM
Sirajuddin Haqqani | سراج الدين حقاني
  REB 2015-07 2021-08-15 نائب زعيم حركة طالبان وزعيم شبكة حقاني
  GOV 2021-09-07 - IM
Mohammad Yaqoob | محمد يعقوب; الملا يعقوب; محمد يعقوب مجاهد
  GOV 2021-09-07 - DM
Zabihullah Mujahid | ذبيح الله مجاهد
  REB 2007 2021-08-15 المتحدث باسم حركة طالبان
  GOV 2021-08-15 - المتحدث باسم الحكومة
Burhanuddin Rabbani | برهان الدين رباني
  GOV 1992-06-28 2001-12-22 PRES
Ahmad Shah Massoud | أحمد شاه مسعود; شاه مسعود
  REB 1996-09 2001-09-09 قائد التحالف الشمالي
Hamid Karzai | حامد كرزاي; كرزاي
  GOV 2001-12-22 2004-12-07 رئيس الإدارة المؤقتة
  GOV 2004-12-07 2014-09-29 PRES
Ashraf Ghani | أشرف غني; أشرف غني أحمدزي; أشرف عبد الغني
  GOV 2014-09-29 2021-08-15 PRES
Abdullah Abdullah | عبد الله عبد الله
  GOV 2001-12-22 2006-03 FM
  GOV 2014-09-29 2020-03 الرئيس التنفيذي للحكومة
  GOV 2020-05-17 2021-08-15 رئيس المجلس الأعلى للمصالحة الوطنية
Osama bin Laden | أسامة بن لادن; بن لادن; أسامة بن محمد بن لادن
  IMGMUSALQ REB 1988-08-11 2011-05-02 زعيم تنظيم القاعدة
Ayman al-Zawahiri | أيمن الظواهري; الظواهري
  IMGMUSALQ REB 1998 2011-06-16 نائب زعيم تنظيم القاعدة
  IMGMUSALQ REB 2011-06-16 2022-07-31 زعيم تنظيم القاعدة
Saif al-Adel | سيف العدل; محمد صلاح الدين زيدان | al-Qaeda never formally announced him as leader
  IMGMUSALQ REB 2022-08 - الزعيم الفعلي لتنظيم القاعدة

== jihadist IMGMUSISI
Abu Musab al-Zarqawi | أبو مصعب الزرقاوي; الزرقاوي
  IMGMUSALQ REB 2004-10 2006-06-07 زعيم تنظيم القاعدة في بلاد الرافدين
Abu Ayyub al-Masri | أبو أيوب المصري; أبو حمزة المهاجر
  IMGMUSALQ REB 2006-06 2010-04-18 زعيم تنظيم القاعدة في العراق
Abu Omar al-Baghdadi | أبو عمر البغدادي
  REB 2006-10-15 2010-04-18 أمير دولة العراق الإسلامية
Abu Bakr al-Baghdadi | أبو بكر البغدادي; البغدادي; إبراهيم عواد البدري | "البغدادي" alone is also a common surname
  REB 2010-05-16 2013-04-08 أمير دولة العراق الإسلامية
  REB 2013-04-08 2019-10-27 زعيم تنظيم الدولة الإسلامية (داعش)
Abu Ibrahim al-Hashimi al-Qurashi | أبو إبراهيم الهاشمي القرشي; أبو إبراهيم القرشي; أمير محمد سعيد عبد الرحمن المولى
  REB 2019-10-31 2022-02-03 زعيم تنظيم الدولة الإسلامية (داعش)
Abu al-Hasan al-Hashimi al-Qurashi | أبو الحسن الهاشمي القرشي
  REB 2022-03-10 2022-10-15 زعيم تنظيم الدولة الإسلامية (داعش)
Abu al-Husayn al-Husayni al-Qurashi | أبو الحسين الحسيني القرشي
  REB 2022-11-30 2023-04-29 زعيم تنظيم الدولة الإسلامية (داعش)
Abu Hafs al-Hashimi al-Qurashi | أبو حفص الهاشمي القرشي
  REB 2023-08-03 - زعيم تنظيم الدولة الإسلامية (داعش)
Abu Mohammad al-Adnani | أبو محمد العدناني; العدناني
  REB 2011 2016-08-30 المتحدث باسم تنظيم الدولة الإسلامية
Umm Sayyaf | أم سياف; نسرين أسعد إبراهيم | wife of the ISIS oil official Abu Sayyaf; captured by US forces 2015-05-16, handed to the Kurdistan Regional Government 2015-08
  REB 2014 - عضو في تنظيم الدولة الإسلامية

== jihadist IMGMUSALQ
Nasir al-Wuhayshi | ناصر الوحيشي; الوحيشي
  REB 2009-01 2015-06-12 زعيم تنظيم القاعدة في جزيرة العرب
Qasim al-Raymi | قاسم الريمي; الريمي
  REB 2015-06 2020-01-29 زعيم تنظيم القاعدة في جزيرة العرب
Khalid Batarfi | خالد باطرفي; باطرفي
  REB 2020-02 2024-03-10 زعيم تنظيم القاعدة في جزيرة العرب
Saad al-Awlaki | سعد بن عاطف العولقي; سعد العولقي
  REB 2024-03 - زعيم تنظيم القاعدة في جزيرة العرب
Anwar al-Awlaki | أنور العولقي
  REB 2009 2011-09-30 قيادي في تنظيم القاعدة في جزيرة العرب

== jihadist IMGMUSALQ
Abdelmalek Droukdel | عبد المالك دروكدال; دروكدال; أبو مصعب عبد الودود
  REB 2004 2020-06-03 زعيم تنظيم القاعدة في بلاد المغرب الإسلامي
Abu Ubaydah Yusuf al-Annabi | أبو عبيدة يوسف العنابي; يزيد مبارك
  REB 2020-11 - زعيم تنظيم القاعدة في بلاد المغرب الإسلامي
Muhsin al-Fadhli | محسن الفضلي | killed in Syria on 2015-07-08; "الفضلي" alone is a common surname
  REB 2012 2015-07-08 قيادي في تنظيم القاعدة (جماعة خراسان)
Mokhtar Belmokhtar | مختار بلمختار; بلمختار
  REB 2012-12 2015 زعيم جماعة الموقعين بالدماء / المرابطون

== jihadist SOM
Ahmed Abdi Godane | أحمد عبدي غودان; أحمد عبدي جودان; غودان
  REB 2008-05 2014-09-01 زعيم حركة الشباب
Ahmad Umar Abu Ubaidah | أحمد عمر أبو عبيدة; أحمد ديري
  REB 2014-09-06 - زعيم حركة الشباب
"""


DATA += """
== egypt EGY
Magdy Abdel Ghaffar | مجدي عبد الغفار; اللواء مجدي عبد الغفار | interior minister from the March 2015 reshuffle to the June 2018 cabinet; "عبد الغفار" alone left out
  GOV 2015-03-05 2018-06-14 IM
Hosni Mubarak | محمد حسني مبارك; حسني مبارك; الرئيس مبارك; الرئيس المخلوع مبارك; المخلوع مبارك; الرئيس الأسبق مبارك | "مبارك" alone left out (common word): only after a title
  GOV 1981-10-14 2011-02-11 PRES
Ahmed el-Tayeb | أحمد الطيب; أحمد محمد الطيب; أحمد محمد أحمد الطيب
  REL 2010-03-19 - شيخ الأزهر
Ali Gomaa | علي جمعة; علي جمعة محمد
  REL 2003-09-28 2013-03-04 مفتي الديار المصرية
Shawki Allam | شوقي علام; شوقي إبراهيم علام
  REL 2013-03-04 ~2024-08-12 مفتي الديار المصرية
Mohamed Hussein Tantawi | محمد حسين طنطاوي; حسين طنطاوي; المشير طنطاوي | "طنطاوي" alone left out (also the Sheikh of al-Azhar, 1996-2010)
  GOV 1991-05-20 2012-08-12 وزير الدفاع والإنتاج الحربي
  MIL 2011-02-11 2012-06-30 رئيس المجلس الأعلى للقوات المسلحة
Omar Suleiman | عمر سليمان
  SPY 1993-01-22 2011-01-29 رئيس جهاز المخابرات العامة
  GOV 2011-01-29 2011-02-11 VP
Mohamed Morsi | محمد مرسي; مرسي; محمد مرسي العياط | "مرسي" also matches مرسى (harbour) after ى→ي folding
  OPP 2011-04-30 2012-06-24 رئيس حزب الحرية والعدالة
  GOV 2012-06-30 2013-07-03 PRES
Adly Mansour | عدلي منصور
  GOV 2013-07-04 2014-06-08 IPRES
Abdel Fattah el-Sisi | عبد الفتاح السيسي; السيسي
  SPY 2010-01 2012-08-12 مدير المخابرات الحربية
  GOV 2012-08-12 2014-03-26 وزير الدفاع والإنتاج الحربي
  GOV 2013-07-16 2014-03-26 النائب الأول لرئيس الوزراء
  GOV 2014-06-08 - PRES
Atef Ebeid | عاطف عبيد
  GOV 1999-10-05 2004-07-14 PM
Ahmed Nazif | أحمد نظيف
  GOV 2004-07-14 2011-01-29 PM
Ahmed Shafik | أحمد شفيق; شفيق
  GOV 2011-01-29 2011-03-03 PM
Essam Sharaf | عصام شرف
  GOV 2011-03-03 2011-12-07 PM
Kamal Ganzouri | كمال الجنزوري; الجنزوري
  GOV 1996-01-04 1999-10-05 PM
  GOV 2011-12-07 2012-08-02 PM
Hesham Qandil | هشام قنديل
  GOV 2012-08-02 2013-07-16 PM
Hazem el-Beblawi | حازم الببلاوي; الببلاوي
  GOV 2013-07-16 2014-03-01 PM
Ibrahim Mahlab | إبراهيم محلب; محلب
  GOV 2014-03-01 2015-09-19 PM
Sherif Ismail | شريف إسماعيل
  GOV 2015-09-19 2018-06-14 PM
Mostafa Madbouly | مصطفى مدبولي; مدبولي
  GOV 2018-06-07 - PM
Ahmed Maher | أحمد ماهر
  GOV 2001-05-15 2004-07-14 FM
Mohamed Orabi | محمد العرابي
  GOV 2011-07-01 2011-07-17 FM
Mohamed Kamel Amr | محمد كامل عمرو
  GOV 2011-07-17 2013-07-16 FM
Nabil Fahmy | نبيل فهمي
  GOV 2013-07-16 2014-06-17 FM
Sameh Shoukry | سامح شكري
  GOV 2014-06-17 2024-07-03 FM
Badr Abdelatty | بدر عبد العاطي; عبد العاطي
  GOV 2024-07-03 - FM
Sedki Sobhi | صدقي صبحي
  MIL 2012-08-12 2014-03-26 COS
  GOV 2014-03-26 2018-06-14 وزير الدفاع والإنتاج الحربي
Mohamed Zaki | محمد زكي; محمد أحمد زكي
  MIL 2012-08 2018-06-14 قائد الحرس الجمهوري
  GOV 2018-06-14 2024-07-03 وزير الدفاع والإنتاج الحربي
Abdel Mageed Saqr | عبد المجيد صقر
  GOV 2024-07-03 - وزير الدفاع والإنتاج الحربي
Hamdi Wahiba | حمدي وهيبة
  MIL 2001 2005-10 COS
Sami Anan | سامي عنان; الفريق سامي عنان
  MIL 2005-10 2012-08-12 COS
Mahmoud Hegazy | محمود حجازي
  MIL 2014-03-26 2017-10-28 COS
Mohamed Farid Hegazy | محمد فريد حجازي; محمد فريد
  MIL 2017-10-28 2021-10-27 COS
Osama Askar | أسامة عسكر
  MIL 2021-10-27 2024-07-03 COS
Ahmed Fathi Khalifa | أحمد فتحي خليفة
  MIL 2024-07-03 - COS
Murad Muwafi | مراد موافي
  SPY 2011-01-31 2012-08-08 رئيس جهاز المخابرات العامة
Mohamed Raafat Shehata | محمد رأفت شحاتة
  SPY 2012-08-08 2013-07-05 رئيس جهاز المخابرات العامة
Mohamed Farid el-Tohamy | محمد فريد التهامي
  SPY 2013-07-05 2014-12-21 رئيس جهاز المخابرات العامة
Khaled Fawzy | خالد فوزي
  SPY 2014-12-21 2018-01-18 رئيس جهاز المخابرات العامة
Abbas Kamel | عباس كامل
  SPY 2018-01-18 2024-10-16 رئيس جهاز المخابرات العامة
Hassan Rashad | حسن رشاد
  SPY 2024-10-16 - رئيس جهاز المخابرات العامة
Habib el-Adly | حبيب العادلي; العادلي
  GOV 1997-11-18 2011-01-31 IM
Mohammed Mahdi Akef | محمد مهدي عاكف; مهدي عاكف
  OPP 2004-01-14 2010-01-16 المرشد العام لجماعة الإخوان المسلمين
Mohammed Badie | محمد بديع
  OPP 2010-01-16 - المرشد العام لجماعة الإخوان المسلمين
Mahmoud Ezzat | محمود عزت
  OPP 2013-08-20 2020-08-28 القائم بأعمال المرشد العام لجماعة الإخوان المسلمين
Khairat el-Shater | خيرت الشاطر; الشاطر
  OPP 2012-01 2013-07-05 نائب المرشد العام لجماعة الإخوان المسلمين
Ayman Nour | أيمن نور
  OPP 2004-10 - زعيم حزب الغد المعارض
Abdel Wahab el-Messiri | عبد الوهاب المسيري | "المسيري" alone left out (a common surname)
  OPP 2007-01 2008-07-03 المنسق العام لحركة كفاية
Hamdeen Sabahi | حمدين صباحي; صباحي
  OPP 2012-09 2017 زعيم التيار الشعبي المعارض
Fathi Sorour | فتحي سرور
  LEG 1990-12-13 2011-02-13 رئيس مجلس الشعب
Saad el-Katatni | سعد الكتاتني; الكتاتني
  LEG 2012-01-23 2012-06-14 رئيس مجلس الشعب
Ali Abdel Aal | علي عبد العال
  LEG 2016-01-10 2021-01-12 رئيس مجلس النواب
Hanafy Gebaly | حنفي جبالي
  LEG 2021-01-12 - رئيس مجلس النواب

== gulf SAU
King Fahd | فهد بن عبد العزيز; الملك فهد; فهد بن عبد العزيز آل سعود
  GOV 1982-06-13 2005-08-01 KING
King Abdullah of Saudi Arabia | عبد الله بن عبد العزيز; الملك عبد الله بن عبد العزيز; عبد الله بن عبد العزيز آل سعود
  GOV 1982-06-13 2005-08-01 CP
  MIL 1962 2010-11-17 رئيس الحرس الوطني
  GOV 2005-08-01 2015-01-23 KING
King Salman | سلمان بن عبد العزيز; الملك سلمان; سلمان بن عبد العزيز آل سعود
  GOV 1963 2011-11-05 أمير منطقة الرياض
  GOV 2011-11-05 2015-01-23 DM
  GOV 2012-06-18 2015-01-23 CP
  GOV 2015-01-23 - KING
Sultan bin Abdulaziz | سلطان بن عبد العزيز; الأمير سلطان
  GOV 1962 2011-10-22 وزير الدفاع والطيران
  GOV 2005-08-01 2011-10-22 CP
Nayef bin Abdulaziz | نايف بن عبد العزيز; الأمير نايف
  GOV 1975 2012-06-16 IM
  GOV 2011-10-27 2012-06-16 CP
Muqrin bin Abdulaziz | مقرن بن عبد العزيز; الأمير مقرن
  SPY 2005-10-22 2012-07-19 رئيس الاستخبارات العامة
  GOV 2014-03-27 2015-01-23 ولي ولي العهد
  GOV 2015-01-23 2015-04-29 CP
Muhammad bin Nayef | محمد بن نايف
  GOV 2012-11-05 2017-06-21 IM
  GOV 2015-01-23 2015-04-29 ولي ولي العهد
  GOV 2015-04-29 2017-06-21 CP
Mohammed bin Salman | محمد بن سلمان; بن سلمان; محمد بن سلمان آل سعود
  GOV 2015-01-23 2022-09-27 DM
  GOV 2015-04-29 2017-06-21 ولي ولي العهد
  GOV 2017-06-21 - CP
  GOV 2022-09-27 - PM
Khalid bin Salman | خالد بن سلمان
  GOV 2017-04 2019-02-23 السفير لدى الولايات المتحدة
  GOV 2019-02-23 2022-09-27 نائب وزير الدفاع
  GOV 2022-09-27 - DM
Saud al-Faisal | سعود الفيصل
  GOV 1975-10-13 2015-04-29 FM
Adel al-Jubeir | عادل الجبير; الجبير
  GOV 2007-02 2015-04-29 السفير لدى الولايات المتحدة
  GOV 2015-04-29 2018-12-27 FM
  GOV 2018-12-27 - وزير الدولة للشؤون الخارجية
Abdullah al-Rabeeah | عبد الله الربيعة; عبد الله بن عبد العزيز الربيعة; عبدالله بن عبد العزيز الربيعة | adviser at the Royal Court; supervisor of KSrelief from its founding, 2015-05-13
  GOV 2009-02-14 2014-04-21 وزير الصحة
  GOV ~2015-01-29 - المستشار بالديوان الملكي
Ibrahim al-Assaf | إبراهيم العساف; إبراهيم بن عبد العزيز العساف
  GOV 1996 ~2016-11-01 وزير المالية
  GOV ~2016-11-01 2018-12-27 وزير الدولة
  GOV 2018-12-27 2019-10-23 FM
Faisal bin Farhan | فيصل بن فرحان; فيصل بن فرحان آل سعود
  GOV 2019-10-23 - FM
Turki al-Faisal | تركي الفيصل
  SPY 1977 2001-08-31 رئيس الاستخبارات العامة
  GOV 2005-07 2007-01 السفير لدى الولايات المتحدة
Nawwaf bin Abdulaziz | نواف بن عبد العزيز
  SPY 2001-09-01 2005-01 رئيس الاستخبارات العامة
Bandar bin Sultan | بندر بن سلطان
  GOV 1983-10 2005-07 السفير لدى الولايات المتحدة
  GOV 2005-10 2015-01-29 الأمين العام لمجلس الأمن الوطني
  SPY 2012-07-19 2014-04-15 رئيس الاستخبارات العامة
Khalid bin Ali al-Humaidan | خالد بن علي الحميدان; خالد الحميدان
  SPY 2015-01-29 - رئيس الاستخبارات العامة
Abdulaziz bin Saud bin Nayef | عبد العزيز بن سعود بن نايف
  GOV 2017-06-21 - IM
Mutaib bin Abdullah | متعب بن عبد الله
  MIL 2010-11-17 2013-05-27 رئيس الحرس الوطني
  GOV 2013-05-27 2017-11-04 وزير الحرس الوطني
Abdulrahman al-Bunyan | عبد الرحمن البنيان
  MIL 2014-05 2018-02-26 COS
Fayyad al-Ruwaili | فياض الرويلي; فياض بن حامد الرويلي
  MIL 2018-02-26 - COS
Ahmed Asiri | أحمد عسيري
  MIL 2015-03 2017-04 المتحدث باسم التحالف العربي في اليمن
  SPY 2017-04 2018-10-20 نائب رئيس الاستخبارات العامة
Turki al-Maliki | تركي المالكي
  MIL 2017-04 - المتحدث باسم التحالف العربي في اليمن
# Regional governors, ministers and officials named most often in 2015 SaudiNewsNet articles
# that no table had (hadath kb suggest on 2,000 articles of 2015-08-10/11, branch kbgrow).
# Short forms that are common given names or another prince's name are not listed.
Khalid al-Faisal | خالد الفيصل; خالد الفيصل بن عبد العزيز; خالد الفيصل بن عبد العزيز آل سعود
  GOV 1971 ~2007-05-16 أمير منطقة عسير
  GOV ~2007-05-16 ~2013-12-22 أمير منطقة مكة المكرمة
  GOV ~2013-12-22 2015-01-29 وزير التربية والتعليم
  GOV 2015-01-29 - أمير منطقة مكة المكرمة
Faisal bin Khalid bin Abdulaziz | فيصل بن خالد بن عبد العزيز; فيصل بن خالد بن عبد العزيز آل سعود; فيصل بن خالد عبد العزيز | "فيصل بن خالد" alone left out (also Faisal bin Khalid bin Sultan); "فيصل بن خالد عبدالعزيز" (without the second بن) is how several papers write it
  GOV ~2007-05-16 ~2018-12-27 أمير منطقة عسير
Faisal bin Bandar bin Abdulaziz | فيصل بن بندر بن عبد العزيز; فيصل بن بندر بن عبد العزيز آل سعود | "فيصل بن بندر" alone left out (also a son of Bandar bin Sultan)
  GOV 1992 2015-01-29 أمير منطقة القصيم
  GOV 2015-01-29 - أمير منطقة الرياض
Faisal bin Salman | فيصل بن سلمان بن عبد العزيز; فيصل بن سلمان
  GOV ~2013-01-14 - أمير منطقة المدينة المنورة
Saud bin Nayef | سعود بن نايف بن عبد العزيز; سعود بن نايف | father of Abdulaziz bin Saud bin Nayef, whose longer name wins where both match
  GOV ~2013-01-14 - أمير المنطقة الشرقية
Faisal bin Mishaal | فيصل بن مشعل بن سعود بن عبد العزيز; فيصل بن مشعل بن سعود; فيصل بن مشعل
  GOV 2015-01-29 - أمير منطقة القصيم
Ali Awadh Asiri | علي عواض عسيري; علي بن عواض عسيري | Saudi ambassador to Pakistan, then to Lebanon; years from memory; "عسيري" alone left out (a common Saudi surname)
  GOV 2009 2016 سفير السعودية لدى لبنان
Fahd bin Sultan | فهد بن سلطان بن عبد العزيز; فهد بن سلطان
  GOV 1987 - أمير منطقة تبوك
Mohammed bin Nasser bin Abdulaziz | محمد بن ناصر بن عبد العزيز | end of office not verified
  GOV 2001 - أمير منطقة جازان
Jiluwi bin Abdulaziz bin Musaed | جلوي بن عبد العزيز بن مساعد | end of office not verified
  GOV 2013-12 - أمير منطقة نجران
Abdullah bin Musaed | عبد الله بن مساعد بن عبد العزيز; عبد الله بن مساعد
  GOV 2014-12 2017-09 الرئيس العام لرعاية الشباب
Othman al-Mehrej | عثمان بن ناصر المحرج; عثمان المحرج
  COP 2012 2018 مدير الأمن العام
Majid al-Hogail | ماجد الحقيل; ماجد بن عبد الله الحقيل | also minister of municipal and rural affairs from 2020
  GOV 2015-07 - وزير الإسكان
Ali al-Naimi | علي النعيمي; علي بن إبراهيم النعيمي
  GOV 1995-08 2016-05-07 وزير البترول والثروة المعدنية
Khalid al-Falih | خالد الفالح; خالد بن عبد العزيز الفالح
  GOV 2015-04-29 2016-05-07 وزير الصحة
  GOV 2016-05-07 2019-09-08 وزير الطاقة والصناعة والثروة المعدنية
  GOV 2020-02-25 - وزير الاستثمار
Adel al-Toraifi | عادل الطريفي; عادل بن زيد الطريفي
  GOV 2015-01-29 2017-04-22 وزير الثقافة والإعلام
Azzam al-Dakhil | عزام الدخيل; عزام بن محمد الدخيل
  GOV 2015-01-29 ~2015-12-11 وزير التعليم
Ahmed al-Issa | أحمد بن محمد العيسى | "أحمد العيسى" alone left out (a common name)
  GOV ~2015-12-11 2018-12-27 وزير التعليم
Tawfiq al-Rabiah | توفيق الربيعة; توفيق بن فوزان الربيعة
  GOV 2011-12 2016-05-07 وزير التجارة والصناعة
  GOV 2016-05-07 2021 وزير الصحة
  GOV 2021 - وزير الحج والعمرة
Walid al-Samaani | وليد الصمعاني; وليد بن محمد الصمعاني
  GOV 2015-01-29 - وزير العدل
Mohammed al-Jadaan | محمد الجدعان; محمد بن عبد الله الجدعان
  GOV ~2016-11-01 - وزير المالية
Bandar Hajjar | بندر حجار; بندر بن محمد حجار
  GOV 2011 2016-05-07 وزير الحج
Abdul Rahman al-Sudais | عبد الرحمن السديس; عبد الرحمن بن عبد العزيز السديس; السديس
  REL 2012 - الرئيس العام لشؤون المسجد الحرام والمسجد النبوي
Ahmed Qattan | أحمد قطان; أحمد بن عبد العزيز قطان | later minister of state for African affairs (dates not listed)
  GOV 2011 2017-11 السفير لدى مصر والمندوب الدائم لدى جامعة الدول العربية
Mohammed Al Jaber | محمد آل جابر; محمد سعيد آل جابر; محمد بن سعيد آل جابر
  GOV 2014 - السفير لدى اليمن
Mufrej al-Haqbani | مفرج الحقباني; مفرج بن سعد الحقباني | "الحقباني" alone left out (namesakes in the news)
  GOV 2015-04-29 2016-12 وزير العمل
Thamer al-Sabhan | ثامر السبهان; ثامر بن سبهان السبهان | end of the second office not verified
  GOV 2015-06 2016-10 السفير لدى العراق
  GOV 2017-02 - وزير الدولة لشؤون الخليج العربي
# kbgrow5: hadath kb suggest on 2,081 articles of 2015-08-07/10/11 (seed 1241)
Khalid al-Araj | خالد بن عبد الله العرج; خالد عبد الله العرج; خالد العرج | "العرج" alone left out (وادي العرج, a place)
  GOV 2015-01-29 2017-04-22 وزير الخدمة المدنية
Mansour al-Turki | منصور التركي; اللواء منصور التركي | spokesman of the interior ministry (from 2017 of the State Security Presidency); start year approximate
  COP 2004 ~2017-07-20 المتحدث الأمني لوزارة الداخلية

== gulf ARE
Suhail al-Mazrouei | سهيل المزروعي; سهيل بن محمد المزروعي | energy minister from the 2013 cabinet (energy and industry 2016, energy and infrastructure 2020); start year from memory, in office at least into 2024; "المزروعي" alone left out (a common surname)
  GOV 2013 - وزير الطاقة
Zayed bin Sultan Al Nahyan | زايد بن سلطان آل نهيان; الشيخ زايد; زايد بن سلطان
  GOV 1971-12-02 2004-11-02 PRES
Khalifa bin Zayed Al Nahyan | خليفة بن زايد آل نهيان; خليفة بن زايد; الشيخ خليفة
  GOV 2004-11-03 2022-05-13 PRES
Mohamed bin Zayed Al Nahyan | محمد بن زايد آل نهيان; محمد بن زايد
  GOV 2004-11-03 2022-05-14 ولي عهد أبوظبي
  MIL 2005-01 2022-05-14 نائب القائد الأعلى للقوات المسلحة
  GOV 2022-05-14 - PRES
Maktoum bin Rashid Al Maktoum | مكتوم بن راشد آل مكتوم; مكتوم بن راشد
  GOV 1990-11-08 2006-01-04 نائب رئيس الدولة ورئيس مجلس الوزراء
Mohammed bin Rashid Al Maktoum | محمد بن راشد آل مكتوم; محمد بن راشد
  GOV 1971-12-09 2024-07-14 DM
  GOV 2006-01-05 - نائب رئيس الدولة ورئيس مجلس الوزراء
Hamdan bin Mohammed Al Maktoum | حمدان بن محمد بن راشد آل مكتوم; حمدان بن محمد
  GOV 2008-02-01 - ولي عهد دبي
  GOV 2024-07-14 - نائب رئيس مجلس الوزراء ووزير الدفاع
Abdullah bin Zayed Al Nahyan | عبد الله بن زايد آل نهيان; عبد الله بن زايد
  GOV 2006-02-09 - FM
  GOV 2024-07-14 - DPM
Rashid Abdullah Al Nuaimi | راشد عبد الله النعيمي
  GOV 1980 2006-02-09 FM
Mansour bin Zayed Al Nahyan | منصور بن زايد آل نهيان; منصور بن زايد
  GOV 2009-05 - DPM
  GOV 2023-03-29 - نائب رئيس الدولة
Saif bin Zayed Al Nahyan | سيف بن زايد آل نهيان; سيف بن زايد
  GOV 2004-10 - IM
Tahnoun bin Zayed Al Nahyan | طحنون بن زايد آل نهيان; طحنون بن زايد
  SPY 2016-02 - مستشار الأمن الوطني
Khaled bin Mohamed bin Zayed | خالد بن محمد بن زايد; خالد بن محمد بن زايد آل نهيان
  SPY 2016 2023-03-29 رئيس جهاز أمن الدولة في أبوظبي
  GOV 2023-03-29 - ولي عهد أبوظبي
Dhahi Khalfan | ضاحي خلفان; ضاحي خلفان تميم; ضاحي الخلفان
  COP 1980 2013-11 القائد العام لشرطة دبي
  COP 2013-11 - نائب رئيس الشرطة والأمن العام في دبي
Anwar Gargash | أنور قرقاش; قرقاش
  GOV 2008-02 2021-02-10 وزير الدولة للشؤون الخارجية
  GOV 2021-02-10 - المستشار الدبلوماسي لرئيس الدولة

== gulf QAT
Hamad bin Khalifa Al Thani | حمد بن خليفة آل ثاني; حمد بن خليفة; الشيخ حمد بن خليفة
  GOV 1995-06-27 2013-06-25 EMIR
Tamim bin Hamad Al Thani | تميم بن حمد آل ثاني; تميم بن حمد; الشيخ تميم; الأمير تميم
  GOV 2003-08-05 2013-06-25 CP
  GOV 2013-06-25 - EMIR
Abdullah bin Khalifa Al Thani | عبد الله بن خليفة آل ثاني
  GOV 1996-10-29 2007-04-03 PM
Hamad bin Jassim Al Thani | حمد بن جاسم بن جبر آل ثاني; حمد بن جاسم; حمد بن جاسم آل ثاني
  GOV 1992-09-01 2013-06-26 FM
  GOV 2007-04-03 2013-06-26 PM
Abdullah bin Nasser Al Thani | عبد الله بن ناصر بن خليفة آل ثاني; عبد الله بن ناصر آل ثاني
  GOV 2013-06-26 2020-01-28 رئيس مجلس الوزراء ووزير الداخلية
Khalid bin Khalifa Al Thani | خالد بن خليفة بن عبد العزيز آل ثاني; خالد بن خليفة آل ثاني
  GOV 2020-01-28 2023-03-07 رئيس مجلس الوزراء ووزير الداخلية
Mohammed bin Abdulrahman Al Thani | محمد بن عبد الرحمن آل ثاني; محمد بن عبد الرحمن بن جاسم آل ثاني
  GOV 2016-01-27 - FM
  GOV 2023-03-07 - PM
Hamad bin Ali al-Attiyah | حمد بن علي العطية; حمد بن علي بن خالد العطية | earlier chief of staff of the armed forces (dates not listed)
  GOV 2013-06-26 2016-01-27 وزير الدولة لشؤون الدفاع
Khalid al-Attiyah | خالد بن محمد العطية; خالد العطية
  GOV 2013-06-26 2016-01-27 FM
  GOV 2016-01-27 2024-11 وزير الدولة لشؤون الدفاع
Saoud bin Abdulrahman Al Thani | سعود بن عبد الرحمن آل ثاني | appointment date not verified
  GOV 2024-11 - وزير الدولة لشؤون الدفاع
Majed al-Ansari | ماجد الأنصاري; ماجد بن محمد الأنصاري
  GOV 2022-02 - المتحدث الرسمي باسم وزارة الخارجية

== gulf KWT
Anas al-Saleh | أنس الصالح; أنس خالد الصالح | finance minister from the January 2014 reshuffle to the December 2017 cabinet (then deputy prime minister; later roles not listed); start year and end month from memory; "الصالح" alone left out
  GOV 2014 2017-12 وزير المالية
Jaber al-Ahmad al-Sabah | جابر الأحمد الجابر الصباح; جابر الأحمد الصباح; جابر الأحمد
  GOV 1977-12-31 2006-01-15 EMIR
Saad al-Abdullah al-Sabah | سعد العبد الله السالم الصباح; سعد العبد الله الصباح; سعد العبد الله
  GOV 1978-01-31 2006-01-15 CP
  GOV 1978-02-08 2003-07-13 PM
  GOV 2006-01-15 2006-01-24 EMIR
Sabah al-Ahmad al-Sabah | صباح الأحمد الجابر الصباح; صباح الأحمد الصباح; صباح الأحمد
  GOV 1963-01-28 2003-07-13 FM
  GOV 2003-07-13 2006-01-29 PM
  GOV 2006-01-29 2020-09-29 EMIR
Nawaf al-Ahmad al-Sabah | نواف الأحمد الجابر الصباح; نواف الأحمد الصباح; نواف الأحمد
  GOV 2006-02-07 2020-09-29 CP
  GOV 2020-09-29 2023-12-16 EMIR
Mishal al-Ahmad al-Sabah | مشعل الأحمد الجابر الصباح; مشعل الأحمد الصباح; مشعل الأحمد
  MIL 2004-04 2020-10-08 نائب رئيس الحرس الوطني
  GOV 2020-10-08 2023-12-16 CP
  GOV 2023-12-16 - EMIR
Nasser al-Mohammed al-Sabah | ناصر المحمد الأحمد الصباح; ناصر المحمد الصباح; ناصر المحمد
  GOV 2006-02-07 2011-12-04 PM
Jaber al-Mubarak al-Sabah | جابر المبارك الحمد الصباح; جابر المبارك الصباح; جابر المبارك
  GOV 2001-02 2011-12-04 DM
  GOV 2011-12-04 2019-11-19 PM
Sabah al-Khalid al-Sabah | صباح الخالد الحمد الصباح; صباح خالد الحمد الصباح; صباح الخالد
  GOV 2011-10-22 ~2019-12-17 FM
  GOV 2019-11-19 2022-07-24 PM
  GOV 2024-06-01 - CP
Ahmad Nawaf al-Sabah | أحمد نواف الأحمد الصباح; أحمد النواف
  GOV 2022-07-24 2024-01-04 PM
Mohammad Sabah al-Salem al-Sabah | محمد صباح السالم الصباح; محمد الصباح السالم
  GOV 2003-07-14 2011-10-22 FM
  GOV 2024-01-04 2024-04-15 PM
Ahmad Abdullah al-Ahmad al-Sabah | أحمد عبد الله الأحمد الصباح; أحمد العبد الله
  GOV 2024-04-15 - PM
Mohammad al-Khalid al-Hamad al-Sabah | محمد الخالد الحمد الصباح; محمد خالد الحمد الصباح; محمد الخالد الصباح | deputy prime minister as well; in office in August 2015 (calls after the Abha mosque bombing); succeeded by Khalid al-Jarrah al-Sabah
  GOV 2013 2017-12 IM
Ahmad Nasser al-Mohammed al-Sabah | أحمد ناصر المحمد الصباح
  GOV ~2019-12-17 ~2022-08-01 FM
Salem Abdullah al-Jaber al-Sabah | سالم عبد الله الجابر الصباح
  GOV ~2022-08-01 ~2024-01-17 FM
Abdullah al-Yahya | عبد الله علي اليحيا; عبد الله اليحيا
  GOV ~2024-01-17 - FM
Marzouq al-Ghanim | مرزوق الغانم; مرزوق علي الغانم | also speaker again briefly in March-May 2023 when the 2020 parliament was reinstated by court
  LEG 2013-08-06 2022-10-18 رئيس مجلس الأمة
Ahmad al-Saadoun | أحمد السعدون
  LEG 2022-10-18 2024-05-10 رئيس مجلس الأمة

== gulf BHR
Hamad bin Isa Al Khalifa | حمد بن عيسى آل خليفة; حمد بن عيسى; الملك حمد
  GOV 1999-03-06 2002-02-14 EMIR
  GOV 2002-02-14 - KING
Khalifa bin Salman Al Khalifa | خليفة بن سلمان آل خليفة; خليفة بن سلمان
  GOV 1970-01-19 2020-11-11 PM
Salman bin Hamad Al Khalifa | سلمان بن حمد آل خليفة; سلمان بن حمد
  GOV 1999-03-09 - CP
  GOV 2020-11-11 - PM
Muhammad bin Mubarak Al Khalifa | محمد بن مبارك آل خليفة
  GOV 1971-08-15 2005-09 FM
Khalid bin Ahmed Al Khalifa | خالد بن أحمد آل خليفة; خالد بن أحمد
  GOV 2005-09 2020-02-11 FM
Abdullatif al-Zayani | عبد اللطيف الزياني; عبد اللطيف بن راشد الزياني; الزياني
  IGOPGSGCC GOV 2011-04 2020-01-31 الأمين العام لمجلس التعاون لدول الخليج العربية
  GOV 2020-02-11 - FM
Abdul Rahman al-Attiyah | عبد الرحمن بن حمد العطية; عبد الرحمن العطية
  IGOPGSGCC GOV 2002-04 2011-03-31 الأمين العام لمجلس التعاون لدول الخليج العربية
Nayef al-Hajraf | نايف فلاح الحجرف; نايف الحجرف
  IGOPGSGCC GOV 2020-02-01 2023-03-31 الأمين العام لمجلس التعاون لدول الخليج العربية
Jasem al-Budaiwi | جاسم محمد البديوي; جاسم البديوي
  IGOPGSGCC GOV 2023-04-01 - الأمين العام لمجلس التعاون لدول الخليج العربية
Khalifa bin Ahmed Al Khalifa | خليفة بن أحمد آل خليفة; المشير خليفة بن أحمد
  MIL 1988 - القائد العام لقوة دفاع البحرين
Ali Salman | علي سلمان; الشيخ علي سلمان | imprisoned since 2014-12; al-Wefaq dissolved by court order in 2016
  OPP 2006 - الأمين العام لجمعية الوفاق المعارضة
Isa Qassim | عيسى قاسم; الشيخ عيسى قاسم
  OPP 2001 - المرجع الروحي لجمعية الوفاق
Ahmed al-Mulla | أحمد بن إبراهيم الملا; أحمد إبراهيم الملا
  LEG 2014-12 2018-12 رئيس مجلس النواب

== gulf OMN
Qaboos bin Said | قابوس بن سعيد; السلطان قابوس; قابوس بن سعيد آل سعيد
  GOV 1970-07-23 2020-01-10 السلطان
Haitham bin Tariq | هيثم بن طارق; السلطان هيثم; هيثم بن طارق آل سعيد
  GOV 2002-02 2020-01-11 وزير التراث والثقافة
  GOV 2020-01-11 - السلطان
Theyazin bin Haitham | ذي يزن بن هيثم; ذي يزن بن هيثم آل سعيد
  GOV 2021-01-12 - CP
Yusuf bin Alawi bin Abdullah | يوسف بن علوي بن عبد الله; يوسف بن علوي
  GOV 1997 2020-08-18 الوزير المسؤول عن الشؤون الخارجية
Badr Albusaidi | بدر بن حمد البوسعيدي; بدر البوسعيدي
  GOV 2020-08-18 - FM
Shihab bin Tariq | شهاب بن طارق; شهاب بن طارق آل سعيد
  GOV 2020-08-18 - نائب رئيس الوزراء لشؤون الدفاع
Badr bin Saud Al Busaidi | بدر بن سعود بن حارب البوسعيدي; بدر بن سعود البوسعيدي
  GOV 1997 2020-08-18 الوزير المسؤول عن شؤون الدفاع

== gulf YEM
Ali Abdullah Saleh | علي عبد الله صالح; الرئيس صالح; الرئيس المخلوع صالح; المخلوع صالح; الرئيس السابق صالح; المخلوع علي صالح; الرئيس المخلوع علي صالح | "صالح" alone left out (a word and a common name): only after a title; allied with the Houthis against the recognised government 2014-2017
  GOV 1990-05-22 2012-02-27 PRES
  OPP 2012-02-27 2015-03 رئيس حزب المؤتمر الشعبي العام
  REB 2015-03 2017-12-04 رئيس حزب المؤتمر الشعبي العام المتحالف مع الحوثيين
Abdrabbuh Mansur Hadi | عبد ربه منصور هادي; منصور هادي; عبد ربه منصور; الرئيس هادي | "هادي" alone left out (a common name): only after a title
  GOV 1994-10-03 2012-02-25 VP
  GOV 2012-02-25 2022-04-07 PRES
Rashad al-Alimi | رشاد العليمي; رشاد محمد العليمي; العليمي
  GOV 2022-04-07 - رئيس مجلس القيادة الرئاسي
Ali Mohsen al-Ahmar | علي محسن الأحمر; علي محسن صالح الأحمر
  MIL 1979 2014-09 قائد الفرقة الأولى مدرع
  GOV 2016-04-03 2022-04-07 VP
Aidarous al-Zubaidi | عيدروس الزبيدي; عيدروس قاسم الزبيدي
  OPP 2017-05-11 - رئيس المجلس الانتقالي الجنوبي
  GOV 2022-04-07 - عضو مجلس القيادة الرئاسي
Tareq Saleh | طارق صالح; طارق محمد عبد الله صالح
  MIL 2018 - قائد المقاومة الوطنية
  GOV 2022-04-07 - عضو مجلس القيادة الرئاسي
Abdul Karim al-Iryani | عبد الكريم الإرياني
  GOV 1998-04-29 2001-03-31 PM
Abdul Qadir Bajamal | عبد القادر باجمال; باجمال
  GOV 2001-03-31 2007-03-31 PM
Ali Muhammad Mujawar | علي محمد مجور; مجور
  GOV 2007-03-31 2011-12-07 PM
Mohammed Basindawa | محمد سالم باسندوة; باسندوة
  GOV 2011-12-07 2014-09-24 PM
Khaled Bahah | خالد محفوظ بحاح; خالد بحاح; بحاح
  GOV 2014-11-09 2016-04-03 PM
  GOV 2015-04-13 2016-04-03 VP
Ahmed Obeid bin Daghr | أحمد عبيد بن دغر; بن دغر
  GOV 2016-04-04 2018-10-15 PM
Maeen Abdulmalik | معين عبد الملك; معين عبد الملك سعيد
  GOV 2018-10-15 2024-02-05 PM
Ahmad Awad bin Mubarak | أحمد عوض بن مبارك; بن مبارك
  GOV 2020-12-18 2024-02-05 FM
  GOV 2024-02-05 2025-05-03 PM
Salem bin Breik | سالم صالح بن بريك; سالم بن بريك; بن بريك
  GOV 2025-05-06 - PM
Abu Bakr al-Qirbi | أبو بكر القربي; القربي
  GOV 2001-04 2014-11 FM
Riad Yassin | رياض ياسين; رياض ياسين عبد الله
  GOV 2015-03 2015-12 وزير الخارجية بالوكالة
Abdulmalik al-Mekhlafi | عبد الملك المخلافي; المخلافي
  GOV 2015-12 2018-05 FM
Khaled al-Yamani | خالد اليماني
  GOV 2018-05 2019-06 FM
Mohammed al-Hadhrami | محمد الحضرمي
  GOV 2019-06 2020-12-18 FM
Shaya al-Zindani | شائع الزنداني; شائع محسن الزنداني
  GOV 2024-03 - FM
Mahmoud al-Subaihi | محمود الصبيحي; محمود أحمد سالم الصبيحي
  GOV 2014-11 2015-03-25 DM
Mohammed Ali al-Maqdashi | محمد علي المقدشي; المقدشي
  GOV 2018-03 2022-04 DM
Mohsen al-Daeri | محسن الداعري; محسن محمد الداعري
  GOV 2022-04 - DM
Hussein Badreddin al-Houthi | حسين بدر الدين الحوثي
  REB 2004-06 2004-09-10 زعيم جماعة الحوثيين
Abdul-Malik al-Houthi | عبد الملك الحوثي; عبد الملك بدر الدين الحوثي; السيد عبد الملك الحوثي | "الحوثي" alone left out (also the movement and the family)
  REB 2004-09-10 - زعيم جماعة أنصار الله (الحوثيين)
Mohammed Ali al-Houthi | محمد علي الحوثي
  REB 2015-02-06 2016-08-15 رئيس اللجنة الثورية العليا للحوثيين
Saleh al-Sammad | صالح الصماد; الصماد
  REB 2016-08-15 2018-04-19 رئيس المجلس السياسي الأعلى للحوثيين
Mahdi al-Mashat | مهدي المشاط; المشاط
  REB 2018-04-23 - رئيس المجلس السياسي الأعلى للحوثيين
Abdulaziz bin Habtour | عبد العزيز بن حبتور; بن حبتور
  REB 2016-10-04 ~2024-08-10 رئيس حكومة الحوثيين
Ahmed al-Rahawi | أحمد غالب الرهوي; الرهوي
  REB ~2024-08-10 2025-08-28 رئيس حكومة الحوثيين
Mohammed Abdulsalam | محمد عبد السلام; محمد عبد السلام فليتة
  REB 2015 - المتحدث باسم الحوثيين ورئيس وفدهم المفاوض
Yahya Saree | يحيى سريع
  REB 2019 - المتحدث العسكري باسم الحوثيين
Mohammed al-Ghamari | محمد عبد الكريم الغماري; الغماري
  REB 2016 ~2025-10-16 رئيس أركان قوات الحوثيين
"""


DATA += """
== levant IRQ
Saddam Hussein | صدام حسين; صدام; صدام حسين المجيد
  GOV 1979-07-16 2003-04-09 PRES
  GOV 1994-05-29 2003-04-09 PM
Tariq Aziz | طارق عزيز
  GOV 1979 2003-04-09 DPM
Naji Sabri | ناجي صبري; ناجي صبري الحديثي
  GOV 2001-04 2003-04-09 FM
Mohammed Saeed al-Sahhaf | محمد سعيد الصحاف; الصحاف
  GOV 1992 2001-04 FM
  GOV 2001-04 2003-04-09 وزير الإعلام
Izzat Ibrahim al-Douri | عزة إبراهيم الدوري; عزت إبراهيم الدوري; عزة الدوري
  GOV 1979-07-16 2003-04-09 نائب رئيس مجلس قيادة الثورة
  REB 2003-04-09 2020-10-26 زعيم حزب البعث المنحل والتمرد المسلح
Ghazi al-Yawar | غازي الياور; غازي عجيل الياور
  GOV 2004-06-28 2005-04-07 PRES
Iyad Allawi | إياد علاوي; علاوي
  GOV 2004-06-28 2005-05-03 PM
  GOV 2014-09-09 2015-08-11 VP
Jalal Talabani | جلال طالباني; جلال الطالباني; طالباني
  GOV 2005-04-07 2014-07-24 PRES
Fuad Masum | فؤاد معصوم; فؤاد معصوم
  GOV 2014-07-24 2018-10-02 PRES
Barham Salih | برهم صالح; برهم أحمد صالح
  GOV 2018-10-02 2022-10-17 PRES
Abdul Latif Rashid | عبد اللطيف رشيد; عبد اللطيف جمال رشيد | in office pending the presidential election after the November 2025 parliamentary election
  GOV 2022-10-17 - PRES
Ibrahim al-Jaafari | إبراهيم الجعفري
  GOV 2005-05-03 2006-05-20 PM
  GOV 2014-09-08 2018-10-25 FM
Nouri al-Maliki | نوري المالكي; نوري كامل المالكي; المالكي
  GOV 2006-05-20 2014-09-08 PM
  GOV 2014-09-09 2015-08-11 VP
  GOV 2016-10-10 2018-10-02 VP
Haider al-Abadi | حيدر العبادي; العبادي
  GOV 2014-09-08 2018-10-25 PM
Qasim al-Fahdawi | قاسم الفهداوي; قاسم محمد الفهداوي | minister of electricity in the Abadi government (earlier governor of Anbar); added after a 16-type dev phrase
  GOV ~2014-09-08 ~2018-10-25 وزير الكهرباء
Adil Abdul-Mahdi | عادل عبد المهدي; عبد المهدي | end of the oil ministry uncertain (resigned 2016, successor named 2016-08-15)
  GOV 2014-09-08 ~2016-08-15 وزير النفط
  GOV 2018-10-25 2020-05-07 PM
Mustafa al-Kadhimi | مصطفى الكاظمي; الكاظمي
  SPY 2016-06 2020-05-07 رئيس جهاز المخابرات
  GOV 2020-05-07 2022-10-27 PM
Mohammed Shia al-Sudani | محمد شياع السوداني; شياع السوداني | "السوداني" alone left out (the nisba "Sudanese"); in office (caretaker after the November 2025 election) as far as recorded here
  GOV 2022-10-27 - PM
Hoshyar Zebari | هوشيار زيباري; زيباري
  GOV 2003-09-03 2014-07-11 FM
  GOV 2014-09-08 2016-09-21 وزير المالية
Mohamed Ali Alhakim | محمد علي الحكيم
  GOV 2018-10-25 2020-06-06 FM
Fuad Hussein | فؤاد حسين
  GOV 2020-06-06 - FM
Hazim al-Shaalan | حازم الشعلان
  GOV 2004-06-28 2005-05-03 DM
Saadoun al-Dulaimi | سعدون الدليمي
  GOV 2005-05-03 2006-05-20 DM
Abdul Qadir al-Obeidi | عبد القادر العبيدي; عبد القادر محمد جاسم العبيدي
  GOV 2006-06-08 2010-12-21 DM
Khaled al-Obaidi | خالد العبيدي
  GOV 2014-10-18 2016-08-25 DM
Erfan al-Hiyali | عرفان الحيالي
  GOV 2017-01-30 2018-10-25 DM
Najah al-Shammari | نجاح الشمري
  GOV 2019-06-24 2020-05-07 DM
Juma Inad | جمعة عناد; جمعة عناد سعدون
  GOV 2020-05-07 2022-10-27 DM
Thabet al-Abbasi | ثابت العباسي; ثابت محمد سعيد العباسي
  GOV 2022-10-27 - DM
Babakir Zebari | بابكر زيباري; بابكر بدرخان زيباري
  MIL 2004 2015-06 COS
Othman al-Ghanimi | عثمان الغانمي
  MIL 2015-06 2020-05-07 COS
  GOV 2020-05-07 2022-10-27 IM
Abdul Amir Yarallah | عبد الأمير يار الله; عبد الأمير رشيد يار الله
  MIL 2020-05 - COS
Masoud Barzani | مسعود بارزاني; مسعود البارزاني
  GOV 2005-06-13 2017-11-01 رئيس إقليم كردستان
  OPP 1979-03 - رئيس الحزب الديمقراطي الكردستاني
Nechirvan Barzani | نيجيرفان بارزاني; نيجيرفان البارزاني
  GOV 2006-05-07 2009-10-28 رئيس حكومة إقليم كردستان
  GOV 2012-03-05 2019-06-10 رئيس حكومة إقليم كردستان
  GOV 2019-06-10 - رئيس إقليم كردستان
Masrour Barzani | مسرور بارزاني; مسرور البارزاني
  GOV 2019-07-10 - رئيس حكومة إقليم كردستان
Bafel Talabani | بافل طالباني; بافل جلال طالباني
  OPP 2020-02 - رئيس الاتحاد الوطني الكردستاني
Moqtada al-Sadr | مقتدى الصدر; السيد مقتدى الصدر | "الصدر" alone left out
  REB 2003-06 2008-08-28 زعيم جيش المهدي
  OPP 2008-08-28 - زعيم التيار الصدري
Ali al-Sistani | علي السيستاني; السيستاني; علي الحسيني السيستاني; علي سيستاني
  REL 1992-08 - المرجع الديني الأعلى
Abu Mahdi al-Muhandis | أبو مهدي المهندس; جمال جعفر إبراهيم
  MIL 2014-06 2020-01-03 نائب رئيس هيئة الحشد الشعبي
Faleh al-Fayyadh | فالح الفياض
  GOV 2011-06 2020-07-04 مستشار الأمن الوطني
  MIL 2014-06 - رئيس هيئة الحشد الشعبي
Qais al-Khazali | قيس الخزعلي; الخزعلي
  REB 2007 - الأمين العام لعصائب أهل الحق
Hadi al-Amiri | هادي العامري
  MIL 2003 - الأمين العام لمنظمة بدر
Mahmoud al-Mashhadani | محمود المشهداني; المشهداني
  LEG 2006-04-22 2008-12-23 SPK
  LEG 2024-10-31 - SPK
Osama al-Nujaifi | أسامة النجيفي
  LEG 2010-11-11 2014-07-15 SPK
Salim al-Jabouri | سليم الجبوري
  LEG 2014-07-15 2018-09-15 SPK
Mohamed al-Halbousi | محمد الحلبوسي; الحلبوسي
  LEG 2018-09-15 2023-11-14 SPK

== levant SYR
Bouthaina Shaaban | بثينة شعبان | expatriates minister, then political and media adviser to Bashar al-Assad until the regime fell; start years from memory
  GOV 2003 2008 وزيرة المغتربين
  GOV 2008 2024-12-08 المستشارة السياسية والإعلامية للرئيس
Hafez al-Assad | حافظ الأسد; الأسد | "الأسد" alone (also "the lion") is shared with Bashar al-Assad; roles do not overlap
  GOV 1971-03-14 2000-06-10 PRES
Bashar al-Assad | بشار الأسد; الأسد; بشار حافظ الأسد | "الأسد" alone also means "the lion"
  GOV 2000-07-17 2024-12-08 PRES
Maher al-Assad | ماهر الأسد
  MIL 2018-04 2024-12-08 قائد الفرقة الرابعة
Abdul Halim Khaddam | عبد الحليم خدام
  GOV 1984-03-11 2005-06-06 VP
  OPP 2006-03 2020-03-31 معارض في المنفى
Farouk al-Sharaa | فاروق الشرع
  GOV 1984-03 2006-02-11 FM
  GOV 2006-02-11 2014 VP
Najah al-Attar | نجاح العطار
  GOV 2006-03-23 2024-12-08 نائبة الرئيس
Walid Muallem | وليد المعلم
  GOV 2006-02-11 2020-11-16 FM
Faisal Mekdad | فيصل المقداد; المقداد
  GOV 2020-11-22 2024-09-23 FM
  GOV 2024-09-23 2024-12-08 VP
Bassam al-Sabbagh | بسام الصباغ; بسام صباغ
  GOV 2020-11 2024-09-23 المندوب الدائم لدى الأمم المتحدة
  GOV 2024-09-23 2024-12-08 FM
Bashar Jaafari | بشار الجعفري
  GOV 2006-04 2020-11 المندوب الدائم لدى الأمم المتحدة
Muhammad Mustafa Mero | محمد مصطفى ميرو
  GOV 2000-03-13 2003-09-10 PM
Muhammad Naji al-Otari | محمد ناجي عطري; ناجي العطري
  GOV 2003-09-10 2011-04-14 PM
Adel Safar | عادل سفر
  GOV 2011-04-14 2012-06-23 PM
Riyad Hijab | رياض حجاب; رياض فريد حجاب
  GOV 2012-06-23 2012-08-06 PM
  OPP 2015-12-10 2017-11-20 المنسق العام للهيئة العليا للمفاوضات
Wael al-Halqi | وائل الحلقي
  GOV 2012-08-09 2016-07-03 PM
Imad Khamis | عماد خميس
  GOV 2016-07-03 2020-06-11 PM
Hussein Arnous | حسين عرنوس
  GOV 2020-06-11 2024-09-14 PM
Mohammad Ghazi al-Jalali | محمد غازي الجلالي
  GOV 2024-09-14 2024-12-10 PM
Mohammed al-Bashir | محمد البشير; محمد البشير السوري
  REB 2024-01 2024-12-10 رئيس حكومة الإنقاذ في إدلب
  GOV 2024-12-10 2025-03-29 رئيس حكومة تصريف الأعمال
Ahmed al-Sharaa | أحمد الشرع; الشرع@2024-12-08; أبو محمد الجولاني; الجولاني; الرئيس الشرع | "الشرع" alone is his only from December 2024 (before, Islamic law or Farouk al-Sharaa)
  REB 2012-01-23 2016-07-28 زعيم جبهة النصرة
  REB 2016-07-28 2017-01-28 زعيم جبهة فتح الشام
  REB 2017-01-28 2024-12-08 القائد العام لهيئة تحرير الشام
  GOV 2024-12-08 2025-01-29 قائد الإدارة السورية الجديدة
  GOV 2025-01-29 - IPRES
Asaad al-Shaibani | أسعد حسن الشيباني; أسعد الشيباني; الشيباني
  GOV 2024-12-21 - FM
Murhaf Abu Qasra | مرهف أبو قصرة; أبو حسن الحموي
  REB 2019 2024-12-08 القائد العسكري لهيئة تحرير الشام
  GOV 2024-12-21 - DM
Anas Khattab | أنس خطاب
  SPY 2024-12-26 2025-03-29 رئيس جهاز الاستخبارات العامة
  GOV 2025-03-29 - IM
Ali Nur al-Din al-Naasan | علي نور الدين النعسان
  MIL 2025-01 - COS
Mustafa Tlass | مصطفى طلاس
  GOV 1972-03 2004-05-11 DM
Hassan Turkmani | حسن تركماني
  MIL 2002 2004-05-11 COS
  GOV 2004-05-11 2009-06-03 DM
Ali Habib Mahmud | علي حبيب; علي حبيب محمود
  MIL 2004-05 2009-06-03 COS
  GOV 2009-06-03 2011-08-08 DM
Dawoud Rajiha | داود راجحة; داوود راجحة
  MIL 2009-06-03 2011-08-08 COS
  GOV 2011-08-08 2012-07-18 DM
Fahd Jassem al-Freij | فهد جاسم الفريج
  MIL 2011-08-08 2012-07-18 COS
  GOV 2012-07-18 2018-01-01 DM
Ali Abdullah Ayyoub | علي عبد الله أيوب; علي أيوب
  MIL 2012-07-18 2018-01-01 COS
  GOV 2018-01-01 2022-04-28 DM
Ali Mahmoud Abbas | علي محمود عباس
  GOV 2022-04-28 2024-12-08 DM
Abdul Karim Mahmoud Ibrahim | عبد الكريم محمود إبراهيم
  MIL 2022-04 2024-12-08 COS
Ali Mamlouk | علي مملوك
  SPY 2005 2012-07-24 مدير إدارة المخابرات العامة
  SPY 2012-07-24 2024-07 رئيس مكتب الأمن الوطني
Assef Shawkat | آصف شوكت
  SPY 2005-02 2009 رئيس شعبة المخابرات العسكرية
  GOV 2011-08 2012-07-18 نائب وزير الدفاع
Rustum Ghazaleh | رستم غزالة; رستم غزالي
  SPY 2002-10 2005-04 رئيس جهاز الأمن والاستطلاع في لبنان
  SPY 2012-07 2015-03 رئيس شعبة الأمن السياسي
Burhan Ghalioun | برهان غليون
  OPP 2011-08-29 2012-06-10 رئيس المجلس الوطني السوري
Moaz al-Khatib | معاذ الخطيب; أحمد معاذ الخطيب
  OPP 2012-11-11 2013-04-21 رئيس الائتلاف الوطني السوري
Ahmad Jarba | أحمد الجربا; أحمد عاصي الجربا
  OPP 2013-07-06 2014-07-09 رئيس الائتلاف الوطني السوري
Hadi al-Bahra | هادي البحرة
  OPP 2014-07-09 2015-01-05 رئيس الائتلاف الوطني السوري
  OPP 2023-09-12 2025 رئيس الائتلاف الوطني السوري
Khaled Khoja | خالد خوجة
  OPP 2015-01-05 2016-03-05 رئيس الائتلاف الوطني السوري
Salem al-Meslet | سالم المسلط
  OPP 2021-07-12 2023-09-12 رئيس الائتلاف الوطني السوري
Riad al-Asaad | رياض الأسعد; العقيد رياض الأسعد
  REB 2011-07-29 2012-12 قائد الجيش السوري الحر
Salim Idris | سليم إدريس
  REB 2012-12 2014-02-16 رئيس أركان الجيش السوري الحر
Zahran Alloush | زهران علوش; علوش
  REB 2011-09 2015-12-25 قائد جيش الإسلام
Mazloum Abdi | مظلوم عبدي; مظلوم كوباني; فرهاد عبدي شاهين
  REB 2015-10-10 - القائد العام لقوات سوريا الديمقراطية

== levant LBN
Nohad Machnouk | نهاد المشنوق; المشنوق | interior minister of the Salam and Hariri cabinets
  GOV 2014-02-15 2019-01-31 IM
Ashraf Rifi | أشرف ريفي; اللواء أشرف ريفي | "ريفي" alone left out (also "rural"); director-general of the Internal Security Forces (months from memory), then justice minister until his resignation
  COP 2005-04 2013-04 المدير العام لقوى الأمن الداخلي
  GOV 2014-02-15 2016-02-21 وزير العدل
Wael Abu Faour | وائل أبو فاعور; أبو فاعور | health minister of the Salam cabinet (later roles not listed)
  GOV 2014-02-15 2016-12-18 وزير الصحة
Emile Lahoud | إميل لحود; لحود
  MIL 1989-11-28 1998-11-24 قائد الجيش
  GOV 1998-11-24 2007-11-24 PRES
Michel Suleiman | ميشال سليمان; ميشيل سليمان
  MIL 1998-12-21 2008-05-25 قائد الجيش
  GOV 2008-05-25 2014-05-25 PRES
Michel Aoun | ميشال عون; ميشيل عون; العماد ميشال عون; الجنرال عون | "عون" alone left out (common word; also Joseph Aoun)
  OPP 2005-05-07 2015-08-27 رئيس التيار الوطني الحر
  GOV 2016-10-31 2022-10-30 PRES
Joseph Aoun | جوزيف عون; العماد جوزيف عون; الرئيس جوزيف عون
  MIL 2017-03-08 2025-01-09 قائد الجيش
  GOV 2025-01-09 - PRES
Rodolphe Haykal | رودولف هيكل
  MIL 2025-03-13 - قائد الجيش
Jean Kahwaji | جان قهوجي; قهوجي
  MIL 2008-08-29 2017-03-08 قائد الجيش
Salim Hoss | سليم الحص; الحص
  GOV 1998-12-04 2000-10-26 PM
Rafic Hariri | رفيق الحريري; رفيق بهاء الدين الحريري; الحريري | "الحريري" alone is shared with his son Saad Hariri; roles do not overlap
  GOV 1992-10-31 1998-12-04 PM
  GOV 2000-10-26 2004-10-21 PM
Omar Karami | عمر كرامي
  GOV 2004-10-26 2005-04-19 PM
Najib Mikati | نجيب ميقاتي; ميقاتي
  GOV 2005-04-19 2005-07-19 PM
  GOV 2011-06-13 2014-02-15 PM
  GOV 2021-09-10 2025-02-08 PM
Fouad Siniora | فؤاد السنيورة; السنيورة
  GOV 2005-07-19 2009-11-09 PM
Saad Hariri | سعد الحريري; سعد الدين الحريري; الحريري | "الحريري" alone is shared with his father Rafic Hariri; roles do not overlap
  OPP 2005-04-20 2009-11-09 زعيم تيار المستقبل
  GOV 2009-11-09 2011-06-13 PM
  OPP 2011-06-13 2016-12-18 زعيم تيار المستقبل
  GOV 2016-12-18 2020-01-21 PM
Ramzi Jreij | رمزي جريج
  GOV 2014-02-15 2016-12-18 وزير الإعلام
Tammam Salam | تمام سلام
  GOV 2014-02-15 2016-12-18 PM
Hassan Diab | حسان دياب
  GOV 2020-01-21 2021-09-10 PM
Nawaf Salam | نواف سلام
  IGOUNO JUD 2024-02-06 2025-01-14 رئيس محكمة العدل الدولية
  GOV 2025-02-08 - PM
Antoine Ghanem | أنطوان غانم | Kataeb MP, killed in a bombing on 2007-09-19
  LEG 2000-09 2007-09-19 نائب في البرلمان
Walid Eido | وليد عيدو | Future Movement MP, killed in a bombing on 2007-06-13
  LEG 2000-09 2007-06-13 نائب في البرلمان
Pierre Amine Gemayel | بيار الجميل; بيار أمين الجميل | minister of industry, killed on 2006-11-21
  GOV 2005-07-19 2006-11-21 وزير الصناعة
Gebran Tueni | جبران تويني | journalist and MP, killed in a bombing on 2005-12-12
  LEG 2005-06 2005-12-12 نائب في البرلمان
Nabih Berri | نبيه بري; الرئيس بري | "بري" alone left out (common word: برّي "by land")
  LEG 1992-10-20 - رئيس مجلس النواب
Jean Obeid | جان عبيد
  GOV 2003-04-17 2004-10-26 FM
Mahmoud Hammoud | محمود حمود
  GOV 2000-10-26 2003-04-17 FM
  GOV 2004-10-26 2005-07-19 FM
Fawzi Salloukh | فوزي صلوخ
  GOV 2005-07-19 2009-11-09 FM
Ali al-Shami | علي الشامي
  GOV 2009-11-09 2011-06-13 FM
Adnan Mansour | عدنان منصور
  GOV 2011-06-13 2014-02-15 FM
Gebran Bassil | جبران باسيل; باسيل
  GOV 2014-02-15 2020-01-21 FM
  OPP 2015-08-27 - رئيس التيار الوطني الحر
Nassif Hitti | ناصيف حتي
  GOV 2020-01-21 2020-08-03 FM
Charbel Wehbe | شربل وهبة
  GOV 2020-08-03 2021-05-19 FM
Abdallah Bou Habib | عبد الله بو حبيب
  GOV 2021-09-10 2025-02-08 FM
Youssef Rajji | يوسف رجي
  GOV 2025-02-08 - FM
Elias Murr | إلياس المر; الياس المر
  GOV 2005-04-19 2011-06-13 DM
Fayez Ghosn | فايز غصن
  GOV 2011-06-13 2014-02-15 DM
Samir Mokbel | سمير مقبل
  GOV 2014-02-15 2016-12-18 DM
Yaacoub Sarraf | يعقوب الصراف
  GOV 2016-12-18 2019-01-31 DM
Elias Bou Saab | إلياس بو صعب; الياس بو صعب
  GOV 2019-01-31 2020-01-21 DM
Zeina Akar | زينة عكر
  GOV 2020-01-21 2021-09-10 وزيرة الدفاع
Maurice Slim | موريس سليم
  GOV 2021-09-10 2025-02-08 DM
Michel Menassa | ميشال منسى
  GOV 2025-02-08 - DM
Abbas Ibrahim | عباس إبراهيم; اللواء عباس إبراهيم
  SPY 2011-07-18 2023-03-02 المدير العام للأمن العام
Hassan Nasrallah | حسن نصر الله; نصر الله; السيد حسن نصر الله; حسن نصرالله; نصرالله
  REB 1992-02-16 2024-09-27 الأمين العام لحزب الله
Naim Qassem | نعيم قاسم; الشيخ نعيم قاسم
  REB 1991 2024-10-29 نائب الأمين العام لحزب الله
  REB 2024-10-29 - الأمين العام لحزب الله
Hashem Safieddine | هاشم صفي الدين; السيد هاشم صفي الدين
  REB 1995 2024-10-03 رئيس المجلس التنفيذي لحزب الله
Imad Mughniyeh | عماد مغنية; الحاج رضوان
  REB 1990 2008-02-12 القائد العسكري لحزب الله
Fuad Shukr | فؤاد شكر; الحاج محسن
  REB 2016 2024-07-30 القائد العسكري لحزب الله
Samir Geagea | سمير جعجع; جعجع
  OPP 2005-07-26 - رئيس حزب القوات اللبنانية
Walid Jumblatt | وليد جنبلاط; جنبلاط
  OPP 1977-03-16 2023-06-25 رئيس الحزب التقدمي الاشتراكي
Taymour Jumblatt | تيمور جنبلاط
  OPP 2023-06-25 - رئيس الحزب التقدمي الاشتراكي

== levant JOR
King Abdullah II | عبد الله الثاني; الملك عبد الله الثاني; عبد الله الثاني بن الحسين; العاهل الأردني عبد الله الثاني
  GOV 1999-02-07 - KING
Hussein bin Abdullah | الحسين بن عبد الله; الأمير الحسين بن عبد الله الثاني
  GOV 2009-07-02 - CP
Hamzah bin Hussein | حمزة بن الحسين; الأمير حمزة
  GOV 1999-02-07 2004-11-28 CP
Abdul Raouf Rawabdeh | عبد الرؤوف الروابدة
  GOV 1999-03-04 2000-06-19 PM
Ali Abu al-Ragheb | علي أبو الراغب
  GOV 2000-06-19 2003-10-25 PM
Faisal al-Fayez | فيصل الفايز
  GOV 2003-10-25 2005-04-07 PM
Adnan Badran | عدنان بدران
  GOV 2005-04-07 2005-11-27 PM
Marouf al-Bakhit | معروف البخيت
  GOV 2005-11-27 2007-11-25 PM
  GOV 2011-02-09 2011-10-24 PM
Nader al-Dahabi | نادر الذهبي
  GOV 2007-11-25 2009-12-14 PM
Samir Rifai | سمير الرفاعي; سمير زيد الرفاعي
  GOV 2009-12-14 2011-02-09 PM
Awn Khasawneh | عون الخصاونة
  GOV 2011-10-24 2012-05-02 PM
Fayez Tarawneh | فايز الطراونة
  GOV 2012-05-02 2012-10-11 PM
Abdullah Ensour | عبد الله النسور
  GOV 2012-10-11 2016-06-01 PM
Hani Mulki | هاني الملقي
  GOV 2004-10 2005-04 FM
  GOV 2016-06-01 2018-06-05 PM
Omar Razzaz | عمر الرزاز
  GOV 2018-06-05 2020-10-12 PM
Bisher Khasawneh | بشر الخصاونة
  GOV 2020-10-12 2024-09-15 PM
Jafar Hassan | جعفر حسان
  GOV 2024-09-15 - PM
Marwan Muasher | مروان المعشر
  GOV 2002-01 2004-10 FM
Abdul Ilah Khatib | عبد الإله الخطيب
  GOV 1998-08 2002-01 FM
  GOV 2005-11 2007-11 FM
Salaheddine al-Bashir | صلاح الدين البشير
  GOV 2007-11 2009-02-23 FM
Nasser Judeh | ناصر جودة
  GOV 2009-02-23 2017-01-15 FM
Ayman Safadi | أيمن الصفدي; الصفدي
  GOV 2017-01-15 - FM
Mashal al-Zaben | مشعل الزبن; مشعل محمد الزبن
  MIL 2010 2016-06 رئيس هيئة الأركان المشتركة
Mahmoud Freihat | محمود فريحات; محمود عبد الحليم فريحات
  MIL 2016-06 2019-07 رئيس هيئة الأركان المشتركة
Yousef Huneiti | يوسف الحنيطي; يوسف أحمد الحنيطي
  MIL 2019-07 - رئيس هيئة الأركان المشتركة
Ahmed Husni | أحمد حسني; أحمد حسني حاتوقاي
  SPY 2019-05 - مدير دائرة المخابرات العامة

== levant PSE
Yasser Arafat | ياسر عرفات; عرفات; أبو عمار
  GOV 1969-02-04 2004-11-11 رئيس اللجنة التنفيذية لمنظمة التحرير
  GOV 1994-07-05 2004-11-11 رئيس السلطة الفلسطينية
Rawhi Fattouh | روحي فتوح
  GOV 2004-11-11 2005-01-15 رئيس السلطة الفلسطينية المؤقت
  LEG 2022-02-08 - رئيس المجلس الوطني الفلسطيني
Mahmoud Abbas | محمود عباس; أبو مازن; عباس | "عباس" alone is also a common first name; kept because news uses it alone for him
  GOV 2003-04-30 2003-10-07 PM
  GOV 2004-11-11 - رئيس اللجنة التنفيذية لمنظمة التحرير
  GOV 2005-01-15 - رئيس السلطة الفلسطينية
Nabil Abu Rudeineh | نبيل أبو ردينة; أبو ردينة | spokesman of Arafat from the 1990s, then of Abbas
  GOV 1996 - الناطق باسم الرئاسة الفلسطينية
Saeb Erekat | صائب عريقات; عريقات
  GOV 2003 2020-11-10 كبير المفاوضين الفلسطينيين
  GOV 2015-08-26 2020-11-10 أمين سر اللجنة التنفيذية لمنظمة التحرير
Hussein al-Sheikh | حسين الشيخ
  GOV 2022-05-26 - أمين سر اللجنة التنفيذية لمنظمة التحرير
  GOV 2025-04-26 - نائب رئيس دولة فلسطين ومنظمة التحرير
Ahmed Qurei | أحمد قريع; أبو علاء قريع
  GOV 2003-10-07 2006-03-29 PM
Salam Fayyad | سلام فياض
  GOV 2007-06-15 2013-06-06 PM
Rami Hamdallah | رامي الحمد الله; رامي الحمدالله
  GOV 2013-06-06 2019-04-14 PM
Mohammad Shtayyeh | محمد اشتية; اشتية; محمد اشتيه
  GOV 2019-04-14 2024-03-31 PM
Mohammad Mustafa | محمد مصطفى
  GOV 2024-03-31 - PM
Nabil Shaath | نبيل شعث
  GOV 2003-04-30 2005-02-24 FM
Nasser al-Qudwa | ناصر القدوة
  GOV 2005-02-24 2006-03-29 FM
Riyad al-Maliki | رياض المالكي
  GOV 2007-06-17 2024-03-31 FM
Varsen Aghabekian | فارسين أغابكيان; فارسين أغابكيان شاهين
  GOV 2024-03-31 - وزيرة الخارجية
Majed Faraj | ماجد فرج
  SPY 2009 - رئيس جهاز المخابرات العامة
Mohammed Dahlan | محمد دحلان; دحلان
  SPY 1994 2002 رئيس جهاز الأمن الوقائي في غزة
  OPP 2011-06 - زعيم تيار الإصلاح الديمقراطي في فتح
Marwan Barghouti | مروان البرغوثي | imprisoned in Israel since 2002-04-15
  REB 2000-09 2002-04-15 أمين سر حركة فتح في الضفة الغربية وقائد التنظيم
Ahmed Yassin | أحمد ياسين; الشيخ أحمد ياسين
  REB 1987-12 2004-03-22 مؤسس حركة حماس وزعيمها
Abdel Aziz al-Rantisi | عبد العزيز الرنتيسي; الرنتيسي
  REB 2004-03-22 2004-04-17 زعيم حركة حماس في غزة
Khaled Mashal | خالد مشعل; مشعل | "مشعل" alone also a first name (e.g. the Emir of Kuwait)
  REB 1996 2017-05-06 رئيس المكتب السياسي لحركة حماس
  REB 2021-04 - رئيس حركة حماس في الخارج
Ismail Haniyeh | إسماعيل هنية; هنية
  GOV 2006-03-29 2007-06-14 PM
  REB 2007-06-14 2014-06-02 رئيس حكومة حماس في غزة
  REB 2017-05-06 2024-07-31 رئيس المكتب السياسي لحركة حماس
Yahya Sinwar | يحيى السنوار; السنوار
  REB 2017-02-13 2024-10-16 رئيس حركة حماس في غزة
  REB 2024-08-06 2024-10-16 رئيس المكتب السياسي لحركة حماس
Mohammed Sinwar | محمد السنوار
  REB 2024-10 2025-05-13 قائد كتائب القسام
Mohammed Deif | محمد الضيف; أبو خالد الضيف | "الضيف" alone left out (common word "the guest")
  REB 2002-09 2024-07-13 القائد العام لكتائب القسام
Izz al-Din al-Haddad | عز الدين الحداد
  REB 2025-05 - قائد كتائب القسام
Saleh al-Arouri | صالح العاروري; العاروري
  REB 2017-10 2024-01-02 نائب رئيس المكتب السياسي لحركة حماس
Khalil al-Hayya | خليل الحية
  REB 2024-10 - رئيس حركة حماس في غزة وكبير مفاوضيها
Mahmoud al-Zahar | محمود الزهار; الزهار
  GOV 2006-03-29 2007-06-14 FM
Musa Abu Marzouk | موسى أبو مرزوق; أبو مرزوق
  REB 1997 - عضو المكتب السياسي لحركة حماس
Abu Obaida | أبو عبيدة; أبو عبيدة الناطق باسم القسام; حذيفة الكحلوت
  REB 2006 ~2025-08-30 الناطق العسكري باسم كتائب القسام
Ramadan Shalah | رمضان عبد الله شلح; رمضان شلح
  REB 1995-10 2018-09-28 الأمين العام لحركة الجهاد الإسلامي
Ziyad al-Nakhalah | زياد النخالة; النخالة
  REB 2018-09-28 - الأمين العام لحركة الجهاد الإسلامي
"""


DATA += """
== africa LBY
Muammar Gaddafi | معمر القذافي; القذافي; العقيد معمر القذافي; العقيد القذافي | "القذافي" alone refers to him; his sons are listed by full name
  GOV 1969-09-01 2011-10-20 قائد الثورة (رئيس الدولة)
Shukri Ghanem | شكري غانم
  GOV 2003-06-14 2006-03-05 PM
Baghdadi Mahmudi | البغدادي المحمودي; البغدادي علي المحمودي
  GOV 2006-03-05 2011-08-23 PM
Abdel Rahman Shalgham | عبد الرحمن شلقم; شلقم
  GOV 2000-03 2009-03-04 FM
  GOV 2009 2011-02 المندوب الدائم لدى الأمم المتحدة
Moussa Koussa | موسى كوسا; كوسا
  SPY 1994 2009-03-04 رئيس جهاز الاستخبارات الخارجية
  GOV 2009-03-04 2011-03-30 FM
Saif al-Islam Gaddafi | سيف الإسلام القذافي; سيف الإسلام معمر القذافي | presidential candidate for the postponed December 2021 election
  OPP 2021-11-14 - مرشح للرئاسة
Mustafa Abdul Jalil | مصطفى عبد الجليل
  GOV 2007-01 2011-02-21 وزير العدل
  GOV 2011-03-05 2012-08-08 رئيس المجلس الوطني الانتقالي
Mahmoud Jibril | محمود جبريل
  GOV 2011-03-23 2011-10-23 رئيس المكتب التنفيذي للمجلس الوطني الانتقالي
Abdurrahim El-Keib | عبد الرحيم الكيب
  GOV 2011-11-24 2012-11-14 PM
Mohamed Magariaf | محمد المقريف; محمد يوسف المقريف
  LEG 2012-08-09 2013-05-28 رئيس المؤتمر الوطني العام
Nouri Abusahmain | نوري أبو سهمين; نوري بوسهمين; أبو سهمين
  LEG 2013-06-25 2016-04 رئيس المؤتمر الوطني العام
Ali Zeidan | علي زيدان
  GOV 2012-11-14 2014-03-11 PM
Abdullah al-Thani | عبد الله الثني; الثني | eastern-based government from 2014
  GOV 2014-03-11 2021-03-15 PM
Aguila Saleh | عقيلة صالح; عقيلة صالح عيسى
  LEG 2014-08-05 - رئيس مجلس النواب
Fayez al-Sarraj | فائز السراج; السراج
  GOV 2016-03-30 2021-03-15 رئيس المجلس الرئاسي لحكومة الوفاق الوطني
Mohamed al-Menfi | محمد المنفي; المنفي@2021-02-05 | "المنفي" alone is also "the exiled" (الرئيس المنفي); his alone only from his election to the Presidential Council
  GOV 2021-03-15 - رئيس المجلس الرئاسي
Abdul Hamid Dbeibah | عبد الحميد الدبيبة; الدبيبة; عبد الحميد دبيبة
  GOV 2021-03-15 - رئيس حكومة الوحدة الوطنية
Fathi Bashagha | فتحي باشاغا; باشاغا
  GOV 2018-10-07 2021-03-15 IM
  GOV 2022-03-03 2023-05-16 رئيس الحكومة المكلفة من مجلس النواب
Osama Hammad | أسامة حماد
  GOV 2023-05-16 - رئيس الحكومة المكلفة من مجلس النواب
Mohamed Taha Siala | محمد الطاهر سيالة; سيالة
  GOV 2016-03 2021-03-15 FM
Najla Mangoush | نجلاء المنقوش; المنقوش
  GOV 2021-03-15 2023-08-27 وزيرة الخارجية
Khalifa Haftar | خليفة حفتر; حفتر; المشير خليفة حفتر; المشير حفتر
  MIL 2014-05-16 2015-03-02 قائد عملية الكرامة
  MIL 2015-03-02 - القائد العام للجيش الوطني الليبي
Saddam Haftar | صدام حفتر; صدام خليفة حفتر
  MIL 2021 2025-08 قائد القوات البرية للجيش الوطني الليبي
  MIL 2025-08 - نائب القائد العام للجيش الوطني الليبي
Abdel Razek al-Nadoori | عبد الرازق الناظوري; الناظوري
  MIL 2014-05 - رئيس أركان الجيش الوطني الليبي
Abdalla el-Badri | عبد الله البدري; عبد الله سالم البدري
  IGOOPC GOV 2007-01-01 2016-07-31 الأمين العام لمنظمة أوبك
Abdelhakim Belhadj | عبد الحكيم بلحاج
  REB 2011-08 2012-05 رئيس المجلس العسكري في طرابلس

== africa TUN
Zine El Abidine Ben Ali | زين العابدين بن علي | "بن علي" alone left out (part of many names)
  GOV 1987-11-07 2011-01-14 PRES
Fouad Mebazaa | فؤاد المبزع; المبزع
  GOV 2011-01-15 2011-12-13 IPRES
Moncef Marzouki | المنصف المرزوقي; منصف المرزوقي; المرزوقي
  GOV 2011-12-13 2014-12-31 PRES
Beji Caid Essebsi | الباجي قائد السبسي; الباجي قايد السبسي; قائد السبسي; السبسي
  GOV 2011-02-27 2011-12-24 PM
  GOV 2014-12-31 2019-07-25 PRES
Mohamed Ennaceur | محمد الناصر
  LEG 2014-12-04 2019-11-13 رئيس مجلس نواب الشعب
  GOV 2019-07-25 2019-10-23 IPRES
Kais Saied | قيس سعيد; قيس سعيّد
  GOV 2019-10-23 - PRES
Mohamed Ghannouchi | محمد الغنوشي
  GOV 1999-11-17 2011-02-27 PM
Hamadi Jebali | حمادي الجبالي; الجبالي
  GOV 2011-12-24 2013-03-14 PM
Ali Laarayedh | علي العريض
  GOV 2013-03-14 2014-01-29 PM
Mehdi Jomaa | مهدي جمعة
  GOV 2014-01-29 2015-02-06 PM
Habib Essid | الحبيب الصيد; حبيب الصيد
  GOV 2015-02-06 2016-08-27 PM
Youssef Chahed | يوسف الشاهد
  GOV 2016-08-27 2020-02-27 PM
Elyes Fakhfakh | إلياس الفخفاخ; الفخفاخ
  GOV 2020-02-27 2020-09-02 PM
Hichem Mechichi | هشام المشيشي; المشيشي
  GOV 2020-09-02 2021-07-25 PM
Najla Bouden | نجلاء بودن; نجلاء بودن رمضان
  GOV 2021-10-11 2023-08-01 رئيسة الحكومة
Ahmed Hachani | أحمد الحشاني; الحشاني
  GOV 2023-08-01 2024-08-07 PM
Kamel Maddouri | كمال المدوري; المدوري
  GOV 2024-08-07 2025-03-20 PM
Sara Zaafrani Zenzri | سارة الزعفراني الزنزري; سارة الزعفراني
  GOV 2025-03-21 - رئيسة الحكومة
Rached Ghannouchi | راشد الغنوشي | "الغنوشي" alone left out (shared with Mohamed Ghannouchi)
  OPP 1991 - رئيس حركة النهضة
  LEG 2019-11-13 2021-07-25 رئيس مجلس نواب الشعب
Rafik Abdessalem | رفيق عبد السلام
  GOV 2011-12-24 2013-03-14 FM
Othman Jerandi | عثمان الجرندي; الجرندي
  GOV 2013-03-14 2014-01-29 FM
  GOV 2020-09-02 2023-02-07 FM
Khemaies Jhinaoui | خميس الجهيناوي; الجهيناوي
  GOV 2016-01-12 2019-10-29 FM
Nabil Ammar | نبيل عمار
  GOV 2023-02-07 2024-08-25 FM
Mohamed Ali Nafti | محمد علي النفطي
  GOV 2024-08-25 - FM
Abdelkarim Zbidi | عبد الكريم الزبيدي
  GOV 2011-01-27 2013-03-14 DM
  GOV 2017-09-12 2019-08-30 DM
Rachid Ammar | رشيد عمار
  MIL 2011-04 2013-06-24 رئيس أركان الجيوش الثلاثة

== africa DZA
Abdelaziz Bouteflika | عبد العزيز بوتفليقة; بوتفليقة
  GOV 1999-04-27 2019-04-02 PRES
Abdelkader Bensalah | عبد القادر بن صالح
  LEG 2002-07-02 2019-04-09 رئيس مجلس الأمة
  GOV 2019-04-09 2019-12-19 IPRES
Abdelmadjid Tebboune | عبد المجيد تبون; تبون
  GOV 2017-05-25 2017-08-15 PM
  GOV 2019-12-19 - PRES
Ahmed Benbitour | أحمد بن بيتور; بن بيتور
  GOV 1999-12-23 2000-08-26 PM
Ali Benflis | علي بن فليس; بن فليس
  GOV 2000-08-26 2003-05-05 PM
Ahmed Ouyahia | أحمد أويحيى; أويحيى
  GOV 2003-05-05 2006-05-24 PM
  GOV 2008-06-23 2012-09-03 PM
  GOV 2017-08-15 2019-03-11 PM
Abdelaziz Belkhadem | عبد العزيز بلخادم; بلخادم
  GOV 2000-08-26 2005-05-01 FM
  GOV 2006-05-24 2008-06-23 PM
Abdelmalek Sellal | عبد المالك سلال
  GOV 2012-09-03 2017-05-24 PM
Noureddine Bedoui | نور الدين بدوي
  GOV 2019-03-11 2019-12-19 PM
Abdelaziz Djerad | عبد العزيز جراد
  GOV 2019-12-28 2021-06-30 PM
Aymen Benabderrahmane | أيمن بن عبد الرحمن
  GOV 2021-06-30 2023-11-11 PM
Nadir Larbaoui | نذير العرباوي; العرباوي
  GOV 2023-11-11 2025-08-28 PM
Sifi Ghrieb | سيفي غريب
  GOV 2025-08-28 - PM
Mohamed Bedjaoui | محمد بجاوي
  GOV 2005-05-01 2007-06-04 FM
Mourad Medelci | مراد مدلسي; مدلسي
  GOV 2007-06-04 2013-09-11 FM
Ramtane Lamamra | رمطان لعمامرة; لعمامرة
  GOV 2013-09-11 2017-05-25 FM
  GOV 2021-07-07 2023-03-16 FM
Abdelkader Messahel | عبد القادر مساهل; مساهل
  GOV 2017-05-25 2019-03-31 FM
Sabri Boukadoum | صبري بوقدوم; بوقدوم
  GOV 2019-04-01 2021-07-07 FM
Ahmed Attaf | أحمد عطاف; عطاف
  GOV 2023-03-16 - FM
Mohamed Lamari | محمد العماري
  MIL 1993-07 2004-08-03 رئيس أركان الجيش الوطني الشعبي
Ahmed Gaid Salah | أحمد قايد صالح; قايد صالح; القايد صالح
  MIL 2004-08-03 2019-12-23 رئيس أركان الجيش الوطني الشعبي
  GOV 2013-09-11 2019-12-23 نائب وزير الدفاع
Said Chanegriha | السعيد شنقريحة; سعيد شنقريحة; شنقريحة
  MIL 2019-12-23 - رئيس أركان الجيش الوطني الشعبي
  GOV 2024-11-18 - الوزير المنتدب لدى وزير الدفاع
Salah Khebri | صالح خبري
  GOV 2015-05-14 2016-06-11 وزير الطاقة
Mohamed Mediene | محمد مدين; الجنرال توفيق
  SPY 1990-09 2015-09-13 رئيس دائرة الاستعلام والأمن

== africa MAR
Mohammed VI | محمد السادس; الملك محمد السادس
  GOV 1999-07-23 - KING
Abderrahmane Youssoufi | عبد الرحمن اليوسفي
  GOV 1998-03-14 2002-10-09 PM
Driss Jettou | إدريس جطو; جطو
  GOV 2002-10-09 2007-09-19 PM
Abbas El Fassi | عباس الفاسي
  GOV 2007-09-19 2011-11-29 PM
Abdelilah Benkirane | عبد الإله بنكيران; عبد الإله بن كيران; بنكيران; بن كيران
  GOV 2011-11-29 2017-04-05 PM
  OPP 2008-07 2017-12-10 الأمين العام لحزب العدالة والتنمية
  OPP 2021-10-30 - الأمين العام لحزب العدالة والتنمية
Saadeddine Othmani | سعد الدين العثماني
  GOV 2012-01-03 2013-10-10 FM
  GOV 2017-04-05 2021-10-07 PM
Aziz Akhannouch | عزيز أخنوش; أخنوش
  GOV 2021-10-07 - PM
Mohamed Benaissa | محمد بن عيسى
  GOV 1999-04-06 2007-10-15 FM
Taieb Fassi Fihri | الطيب الفاسي الفهري; الفاسي الفهري
  GOV 2007-10-15 2012-01-03 FM
Salaheddine Mezouar | صلاح الدين مزوار; مزوار
  GOV 2013-10-10 2017-04-05 FM
Nasser Bourita | ناصر بوريطة; بوريطة
  GOV 2017-04-05 - FM
Abdellatif Loudiyi | عبد اللطيف لوديي
  GOV 2010-01 - الوزير المنتدب المكلف بإدارة الدفاع الوطني
Mohamed Abdelaziz | محمد عبد العزيز; محمد عبد العزيز المراكشي
  ESH REB 1976-08-30 2016-05-31 الأمين العام لجبهة البوليساريو
Brahim Ghali | إبراهيم غالي
  ESH REB 2016-07-09 - الأمين العام لجبهة البوليساريو

== africa MRT
Maaouya Ould Sid'Ahmed Taya | معاوية ولد سيدي أحمد الطايع; ولد الطايع
  GOV 1984-12-12 2005-08-03 PRES
Ely Ould Mohamed Vall | اعل ولد محمد فال; علي ولد محمد فال
  GOV 2005-08-03 2007-04-19 رئيس المجلس العسكري للعدالة والديمقراطية
Sidi Ould Cheikh Abdallahi | سيدي ولد الشيخ عبد الله; سيدي محمد ولد الشيخ عبد الله
  GOV 2007-04-19 2008-08-06 PRES
Mohamed Ould Abdel Aziz | محمد ولد عبد العزيز; ولد عبد العزيز
  GOV 2008-08-06 2009-04-15 رئيس المجلس الأعلى للدولة
  GOV 2009-08-05 2019-08-01 PRES
Ba Mamadou Mbare | با مامادو امباري
  GOV 2009-04-15 2009-08-05 IPRES
Mohamed Ould Ghazouani | محمد ولد الشيخ الغزواني; محمد ولد الغزواني; ولد الغزواني; الغزواني
  MIL 2008-08 2018-11 قائد الأركان العامة للجيوش
  GOV 2018-11 2019-03 DM
  GOV 2019-08-01 - PRES
Moulaye Ould Mohamed Laghdaf | مولاي ولد محمد الأغظف
  GOV 2008-08-14 2014-08-21 PM
Yahya Ould Hademine | يحيى ولد حدمين
  GOV 2014-08-21 2018-10-29 PM
Ismail Ould Bedde Ould Cheikh Sidiya | إسماعيل ولد الشيخ سيديا; إسماعيل ولد بده ولد الشيخ سيديا
  GOV 2019-08-03 2020-08-06 PM
Mohamed Ould Bilal | محمد ولد بلال; محمد ولد بلال مسعود
  GOV 2020-08-06 2024-08-02 PM
Mokhtar Ould Djay | المختار ولد أجاي; المختار ولد اجاي
  GOV 2024-08-02 - PM
Mohamed Salem Ould Merzoug | محمد سالم ولد مرزوك; ولد مرزوك
  GOV 2022-03-31 - FM

== africa SDN
Omar al-Bashir | عمر البشير; عمر حسن أحمد البشير; البشير | "البشير" alone also a common name
  GOV 1989-06-30 2019-04-11 PRES
Ahmed Awad Ibn Auf | أحمد عوض ابن عوف; عوض ابن عوف; ابن عوف
  GOV 2015-06 2019-04-11 DM
  GOV 2019-04-11 2019-04-12 رئيس المجلس العسكري الانتقالي
Abdel Fattah al-Burhan | عبد الفتاح البرهان; البرهان@2019-04-11 | "البرهان" alone is also the noun "proof"; his alone only from April 2019, when news began to use it alone for him
  MIL 2019-04-12 - القائد العام للقوات المسلحة
  GOV 2019-04-12 2019-08-21 رئيس المجلس العسكري الانتقالي
  GOV 2019-08-21 - رئيس مجلس السيادة
Mohamed Hamdan Dagalo | محمد حمدان دقلو; حميدتي; دقلو; محمد حمدان دقلو حميدتي | "دقلو" alone is shared with his brother Abdel Rahim Dagalo (listed by full name)
  MIL 2013-08 2023-04-15 قائد قوات الدعم السريع
  GOV 2019-04-13 2023-05-19 نائب رئيس مجلس السيادة
  REB 2023-04-15 - قائد قوات الدعم السريع
  REB 2025-08-30 - رئيس المجلس الرئاسي لحكومة تأسيس الموازية
Abdel Rahim Dagalo | عبد الرحيم دقلو; عبد الرحيم حمدان دقلو
  REB 2023-04-15 - نائب قائد قوات الدعم السريع
Abdalla Hamdok | عبد الله حمدوك; حمدوك
  GOV 2019-08-21 2021-10-25 PM
  GOV 2021-11-21 2022-01-02 PM
Kamil Idris | كامل إدريس; كامل الطيب إدريس
  GOV 2025-05-19 - PM
Bakri Hassan Saleh | بكري حسن صالح
  GOV 2013-12-08 2019-02-23 النائب الأول للرئيس
  GOV 2017-03-01 2018-09-09 PM
Motazz Moussa | معتز موسى
  GOV 2018-09-10 2019-02-23 PM
Ali Osman Taha | علي عثمان محمد طه; علي عثمان طه
  GOV 1998-02 2005-07-09 النائب الأول للرئيس
  GOV 2011-09 2013-12-08 النائب الأول للرئيس
John Garang | جون قرنق; قرنق
  REB 1983 2005-07-09 زعيم الحركة الشعبية لتحرير السودان
  GOV 2005-07-09 2005-07-30 النائب الأول للرئيس
Salva Kiir Mayardit | سلفا كير; سلفا كير ميارديت
  GOV 2005-08-11 2011-07-09 النائب الأول للرئيس
  SSD GOV 2011-07-09 - PRES
Mustafa Osman Ismail | مصطفى عثمان إسماعيل
  GOV 1998-02 2005-09 FM
Lam Akol | لام أكول
  GOV 2005-09 2007-10 FM
Ali Karti | علي كرتي; كرتي
  GOV 2010-06 2015-06 FM
Ibrahim Ghandour | إبراهيم غندور; غندور
  GOV 2015-06 2018-04 FM
Asma Mohamed Abdalla | أسماء محمد عبد الله
  GOV 2019-09-08 2020-07-09 وزيرة الخارجية
Mariam al-Sadiq al-Mahdi | مريم الصادق المهدي; مريم المهدي
  GOV 2021-02-08 2021-11 وزيرة الخارجية
Abdel Rahim Mohamed Hussein | عبد الرحيم محمد حسين
  GOV 2005-09 2015-06 DM
Sadiq al-Mahdi | الصادق المهدي
  OPP 1964 2020-11-26 رئيس حزب الأمة القومي
Hassan al-Turabi | حسن الترابي | "الترابي" alone left out (adjective "earthen", e.g. ساتر ترابي)
  OPP 1999-12 2016-03-05 الأمين العام لحزب المؤتمر الشعبي
Khalil Ibrahim | خليل إبراهيم
  REB 2001 2011-12-24 زعيم حركة العدل والمساواة
Gibril Ibrahim | جبريل إبراهيم
  REB 2012-01-26 2021-02-08 زعيم حركة العدل والمساواة
  GOV 2021-02-08 - وزير المالية
Minni Minnawi | مني أركو مناوي; مني مناوي; مناوي
  REB 2003 2021-08 زعيم حركة تحرير السودان
  GOV 2021-08 - حاكم إقليم دارفور
Abdel Wahid al-Nur | عبد الواحد محمد نور; عبد الواحد نور
  REB 2003 - زعيم حركة تحرير السودان
Abdelaziz al-Hilu | عبد العزيز الحلو
  REB 2017-06 - رئيس الحركة الشعبية لتحرير السودان - شمال
Malik Agar | مالك عقار
  REB 2011 2020-10-03 رئيس الحركة الشعبية لتحرير السودان - شمال
  GOV 2023-05-19 - نائب رئيس مجلس السيادة
Hassabu Mohamed Abdel Rahman | حسبو محمد عبد الرحمن | "حسبو" alone left out (حسبوه "they deemed it")
  GOV 2013-12-08 2019-02-23 نائب الرئيس

== africa SOM
Abdiqasim Salad Hassan | عبد القاسم صلاد حسن
  GOV 2000-08-27 2004-10-14 PRES
Abdullahi Yusuf Ahmed | عبد الله يوسف أحمد
  GOV 2004-10-14 2008-12-29 PRES
Sharif Sheikh Ahmed | شريف شيخ أحمد; شيخ شريف شيخ أحمد
  REB 2006-06 2006-12 رئيس اتحاد المحاكم الإسلامية
  GOV 2009-01-31 2012-08-20 PRES
Hassan Sheikh Mohamud | حسن شيخ محمود
  GOV 2012-09-16 2017-02-16 PRES
  GOV 2022-05-23 - PRES
Mohamed Abdullahi Farmaajo | محمد عبد الله فرماجو; محمد عبد الله محمد فرماجو; فرماجو
  GOV 2010-11-01 2011-06-19 PM
  GOV 2017-02-16 2022-05-23 PRES
Ali Mohamed Gedi | علي محمد جيدي
  GOV 2004-11-03 2007-10-29 PM
Omar Abdirashid Ali Sharmarke | عمر عبد الرشيد علي شرماركي; عمر عبد الرشيد شرماركي
  GOV 2009-02-14 2010-09-21 PM
  GOV 2014-12-24 2017-03-01 PM
Hassan Ali Khaire | حسن علي خيري
  GOV 2017-03-01 2020-07-25 PM
Mohamed Hussein Roble | محمد حسين روبلي; روبلي
  GOV 2020-09-18 2022-06-25 PM
Hamza Abdi Barre | حمزة عبدي بري
  GOV 2022-06-25 - PM
Hassan Dahir Aweys | حسن طاهر أويس; حسن ظاهر عويس
  REB 2006-06 2013-06 زعيم الحزب الإسلامي والمحاكم الإسلامية

== africa DJI
Ismail Omar Guelleh | إسماعيل عمر جيله; إسماعيل عمر غيله | bare "جيله" left out: it is "his generation" (أبناء جيله) in all 10 of its SaudiNewsNet uses
  GOV 1999-05-08 - PRES
Dileita Mohamed Dileita | ديليتا محمد ديليتا
  GOV 2001-03-04 2013-04-01 PM
Abdoulkader Kamil Mohamed | عبد القادر كامل محمد
  GOV 2013-04-01 - PM
Mahmoud Ali Youssouf | محمود علي يوسف
  GOV 2005-07 2025-02-15 FM
  IGOAFR GOV 2025-02-15 - رئيس مفوضية الاتحاد الأفريقي

== africa COM
Azali Assoumani | غزالي عثماني; عثمان غزالي | "عثماني" alone left out (the nisba "Ottoman")
  GOV 1999-04-30 2002-01-21 رئيس اللجنة العسكرية للدولة
  GOV 2002-05-26 2006-05-26 PRES
  GOV 2016-05-26 - PRES
Ahmed Abdallah Sambi | أحمد عبد الله سامبي; سامبي
  GOV 2006-05-26 2011-05-26 PRES
Ikililou Dhoinine | إكليل ظنين; إكليلو ظنين
  GOV 2011-05-26 2016-05-26 PRES
== africa TCD
Hissene Habre | حسين حبري; حسين هبري | "حبري" alone left out (also a common adjective form); tried in Senegal 2015-2016
  GOV 1982-06-07 1990-12-01 PRES
Idriss Deby | إدريس ديبي; إدريس ديبي إتنو; ديبي
  GOV 1990-12-02 2021-04-20 PRES
Mahamat Deby | محمد إدريس ديبي; محمد ديبي; محمد كاكا
  GOV 2021-04-20 - PRES
"""

DATA += """
== asia PAK
Muhammad Rafiq Tarar | محمد رفيق تارار; رفيق تارار
  GOV 1998-01-01 2001-06-20 PRES
Pervez Musharraf | برويز مشرف; بيرويز مشرف; برفيز مشرف; الجنرال برويز مشرف; الجنرال مشرف; الرئيس مشرف | "مشرف" alone left out (the word "supervisor, honourable")
  MIL 1998-10-07 2007-11-28 قائد الجيش
  GOV 1999-10-12 2002-11-23 الرئيس التنفيذي
  GOV 2001-06-20 2008-08-18 PRES
Asif Ali Zardari | آصف علي زرداري; آصف زرداري; زرداري
  GOV 2008-09-09 2013-09-09 PRES
  OPP 2013-09-09 2022-04-10 الرئيس المشارك لحزب الشعب الباكستاني
  GOV 2024-03-10 - PRES
Mamnoon Hussain | ممنون حسين
  GOV 2013-09-09 2018-09-09 PRES
Arif Alvi | عارف علوي
  GOV 2018-09-09 2024-03-10 PRES
Benazir Bhutto | بي نظير بوتو; بينظير بوتو; بنظير بوتو; بوتو | "بوتو" alone: her son Bilawal is listed with his first name
  GOV 1993-10-19 1996-11-05 رئيسة الوزراء
  OPP 1996-11-05 2007-12-27 زعيمة حزب الشعب الباكستاني
Nawaz Sharif | نواز شريف; محمد نواز شريف | "شريف" alone left out (a word and a common name)
  GOV 1997-02-17 1999-10-12 PM
  OPP 2008-08-25 2013-06-05 زعيم حزب الرابطة الإسلامية الباكستانية - جناح نواز
  GOV 2013-06-05 2017-07-28 PM
Shehbaz Sharif | شهباز شريف; شاهباز شريف
  GOV 2008-06-08 2018-06-07 رئيس حكومة إقليم البنجاب
  OPP 2018-08-20 2022-04-10 OPPL
  GOV 2022-04-11 2023-08-14 PM
  GOV 2024-03-04 - PM
Imran Khan | عمران خان | "خان" alone left out
  OPP 2013-06-05 2018-08-18 زعيم حركة الإنصاف
  GOV 2018-08-18 2022-04-10 PM
  OPP 2022-04-10 2023-12-02 زعيم حركة الإنصاف
Zafarullah Khan Jamali | ظفر الله خان جمالي; ظفر الله جمالي; مير ظفر الله خان جمالي
  GOV 2002-11-23 2004-06-26 PM
Chaudhry Shujaat Hussain | شجاعت حسين; تشودري شجاعت حسين
  GOV 2004-06-30 2004-08-26 PM
Shaukat Aziz | شوكت عزيز
  GOV 1999-11-06 2007-11-15 وزير المالية
  GOV 2004-08-28 2007-11-16 PM
Muhammad Mian Soomro | محمد ميان سومرو
  GOV 2007-11-16 2008-03-25 رئيس الوزراء المؤقت
Yousaf Raza Gillani | يوسف رضا جيلاني; يوسف رضا كيلاني; يوسف رضا غيلاني | "جيلاني" alone left out (Syed Ali Shah Geelani, al-Jilani)
  GOV 2008-03-25 2012-06-19 PM
Raja Pervaiz Ashraf | راجا برويز أشرف; راجه برويز أشرف
  GOV 2012-06-22 2013-03-25 PM
Shahid Khaqan Abbasi | شاهد خاقان عباسي
  GOV 2017-08-01 2018-05-31 PM
Anwaar-ul-Haq Kakar | أنوار الحق كاكار; أنوار الحق كاكر
  GOV 2023-08-14 2024-03-04 رئيس الوزراء المؤقت
Khurshid Mahmud Kasuri | خورشيد محمود قصوري; خورشيد قصوري; قصوري
  GOV 2002-11-23 2007-11-15 FM
Shah Mehmood Qureshi | شاه محمود قريشي; شاه محمود قرشي | "قريشي" alone left out (a common surname)
  GOV 2008-03-31 2011-02-11 FM
  GOV 2018-08-20 2022-04-10 FM
Hina Rabbani Khar | حنا رباني خار; هينا رباني خار; حنا رباني كهر
  GOV 2011-07-20 2013-03-16 وزيرة الخارجية
Sartaj Aziz | سرتاج عزيز
  GOV 2013-06-07 2017-07-28 مستشار رئيس الوزراء للشؤون الخارجية
Khawaja Muhammad Asif | خواجة آصف; خواجة محمد آصف; خواجه آصف
  GOV 2017-08-04 2018-05-31 FM
  GOV 2022-04-19 2023-08-10 DM
  GOV 2024-03-11 - DM
Bilawal Bhutto Zardari | بلاول بوتو زرداري; بلاول بوتو; بلاول زرداري; بلاول
  OPP 2013-06-05 2022-04-10 رئيس حزب الشعب الباكستاني
  GOV 2022-04-27 2023-08-10 FM
Ishaq Dar | إسحاق دار; إسحق دار
  GOV 2024-03-11 - FM
  GOV 2024-04-28 - DPM
Ashfaq Parvez Kayani | أشفاق برويز كياني; أشفاق كياني; الجنرال كياني | "كياني" alone left out (an Iranian surname)
  SPY 2004-10 2007-10 المدير العام للاستخبارات الباكستانية
  MIL 2007-11-28 2013-11-29 قائد الجيش
Raheel Sharif | راحيل شريف; الجنرال راحيل شريف
  MIL 2013-11-29 2016-11-29 قائد الجيش
Qamar Javed Bajwa | قمر جاويد باجوا; قمر باجوا; باجوا
  MIL 2016-11-29 2022-11-29 قائد الجيش
Asim Munir | عاصم منير; الجنرال عاصم منير; المشير عاصم منير
  SPY 2018-10-25 2019-06-16 المدير العام للاستخبارات الباكستانية
  MIL 2022-11-29 - قائد الجيش
Faiz Hameed | فيض حميد; الجنرال فيض حميد
  SPY 2019-06-16 2021-11-19 المدير العام للاستخبارات الباكستانية
Nadeem Taj | نديم تاج; الجنرال نديم تاج
  SPY 2007-10 2008-10 المدير العام للاستخبارات الباكستانية
Ahmad Shuja Pasha | أحمد شجاع باشا; شجاع باشا; الجنرال أحمد شجاع باشا
  SPY 2008-10 ~2012-03-18 المدير العام للاستخبارات الباكستانية
Zaheer-ul-Islam | ظهير الإسلام; الجنرال ظهير الإسلام
  SPY ~2012-03-19 ~2014-11-07 المدير العام للاستخبارات الباكستانية
Rizwan Akhtar | رضوان أختر; الجنرال رضوان أختر
  SPY ~2014-11-07 ~2016-12-11 المدير العام للاستخبارات الباكستانية
Naveed Mukhtar | نويد مختار; نافيد مختار; الجنرال نويد مختار
  SPY ~2016-12-11 2018-10-25 المدير العام للاستخبارات الباكستانية
Nadeem Anjum | نديم أنجم; نديم انجم; الجنرال نديم أنجم
  SPY 2021-11-20 2024-09-30 المدير العام للاستخبارات الباكستانية
Muhammad Asim Malik | محمد عاصم مالك; عاصم مالك; الجنرال عاصم مالك
  SPY 2024-09-30 - المدير العام للاستخبارات الباكستانية
Fazl-ur-Rehman | مولانا فضل الرحمن; المولانا فضل الرحمن | "فضل الرحمن" alone left out (a common name)
  OPP 2004-05 2007-11 OPPL
  OPP 2020-09-20 2022-04-10 رئيس الحركة الديمقراطية الباكستانية المعارضة

Baitullah Mehsud | بيت الله محسود; بيت الله مسعود | "محسود" alone left out (the tribe and its other leaders)
  REB 2007-12-14 2009-08-05 زعيم حركة طالبان باكستان
Hakimullah Mehsud | حكيم الله محسود; حكيم الله مسعود
  REB 2009-08-22 2013-11-01 زعيم حركة طالبان باكستان
Mullah Fazlullah | الملا فضل الله; مولانا فضل الله; المولوي فضل الله | "فضل الله" alone left out (a Lebanese family name)
  REB 2013-11-07 2018-06-13 زعيم حركة طالبان باكستان
Noor Wali Mehsud | نور ولي محسود; مفتي نور ولي محسود
  REB 2018-06-23 - زعيم حركة طالبان باكستان

== asia IND
K. R. Narayanan | كيه آر نارايانان; كي آر نارايانان
  GOV 1997-07-25 2002-07-25 PRES
A. P. J. Abdul Kalam | عبد الكلام; أبو بكر زين العابدين عبد الكلام; إيه بي جيه عبد الكلام
  GOV 2002-07-25 2007-07-25 PRES
Pratibha Patil | براتيبها باتيل; براتيبا باتيل; براتيبها باتل
  GOV 2007-07-25 2012-07-25 الرئيسة
Pranab Mukherjee | براناب موخيرجي; براناب موخرجي; براناب مخرجي; براناب موكرجي
  GOV 2004-05-22 2006-10-24 DM
  GOV 2006-10-24 2009-05-22 FM
  GOV 2012-07-25 2017-07-25 PRES
Ram Nath Kovind | رام نات كوفيند; رام ناث كوفيند; كوفيند
  GOV 2017-07-25 2022-07-25 PRES
Droupadi Murmu | دروبادي مورمو; دروبادى مورمو; مورمو
  GOV 2022-07-25 - الرئيسة
Atal Bihari Vajpayee | أتال بيهاري فاجبايي; أتال بيهاري فاجبايى; فاجبايي; فاجبايى
  GOV 1998-03-19 2004-05-22 PM
Manmohan Singh | مانموهان سينغ; مانموهان سينج; مانموهان سنغ; مانموهان | "سينغ" alone left out (a very common Indian surname)
  GOV 2004-05-22 2014-05-26 PM
Narendra Modi | ناريندرا مودي; نارندرا مودي; ناريندرا مودى; مودي; مودى
  GOV 2001-10-07 2014-05-22 رئيس حكومة ولاية غوجارات
  GOV 2014-05-26 - PM
Jaswant Singh | جاسوانت سينغ; جاسوانت سينج
  GOV 1998-12-05 2002-07-01 FM
Yashwant Sinha | ياشوانت سينها; ياشوانت سنها
  GOV 2002-07-01 2004-05-22 FM
Natwar Singh | ناتوار سينغ; ناتوار سينج; كنوار ناتوار سينغ
  GOV 2004-05-22 ~2005-11-07 FM
S. M. Krishna | إس إم كريشنا; اس ام كريشنا
  GOV 2009-05-22 2012-10-28 FM
Salman Khurshid | سلمان خورشيد
  GOV 2012-10-28 2014-05-26 FM
Sushma Swaraj | سوشما سواراج; سواراج
  OPP 2009-12-21 2014-05-18 زعيمة المعارضة
  GOV 2014-05-26 2019-05-30 وزيرة الخارجية
Subrahmanyam Jaishankar | سوبراهمانيام جايشانكار; سوبرامانيام جايشانكار; جايشانكار; جاي شانكار; إس جايشانكار
  GOV 2019-05-31 - FM
Rajnath Singh | راجناث سينغ; راجنات سينغ; راجناث سينج
  GOV 2014-05-26 2019-05-30 IM
  GOV 2019-05-31 - DM
Lal Krishna Advani | لال كريشنا أدفاني; إل كيه أدفاني; أدفاني; أدواني
  GOV 1998-03-19 2004-05-22 IM
  GOV 2002-06-29 2004-05-22 DPM
  OPP 2004-05-22 2009-12-21 OPPL
Sonia Gandhi | سونيا غاندي; سونيا جاندي | "غاندي" alone left out (several Gandhis)
  OPP 1998-03-14 2004-05-22 رئيسة حزب المؤتمر
  OPP 2014-05-26 2017-12-16 رئيسة حزب المؤتمر
  OPP 2019-08-10 2022-10-26 رئيسة حزب المؤتمر
Rahul Gandhi | راهول غاندي; راهول جاندي
  OPP 2017-12-16 2019-08-10 رئيس حزب المؤتمر
  OPP ~2024-06-09 - OPPL
Mallikarjun Kharge | ماليكارجون خارجي; مالكارجون خارغي; ماليكارجون خارغي
  OPP 2022-10-26 - رئيس حزب المؤتمر
Deepak Kapoor | ديباك كابور; الجنرال ديباك كابور
  MIL 2007-09-30 2010-03-31 قائد الجيش
V. K. Singh | في كيه سينغ; الجنرال في كيه سينغ
  MIL 2010-03-31 2012-05-31 قائد الجيش
Bikram Singh | بيكرام سينغ; الجنرال بيكرام سينغ
  MIL 2012-05-31 2014-07-31 قائد الجيش
Dalbir Singh Suhag | دالبير سينغ سوهاغ; دالبير سينغ
  MIL 2014-07-31 2016-12-31 قائد الجيش
Bipin Rawat | بيبين راوات; بيبين روات; الجنرال بيبين راوات
  MIL 2016-12-31 2019-12-31 قائد الجيش
  MIL 2020-01-01 2021-12-08 رئيس أركان الدفاع
Manoj Mukund Naravane | مانوج موكوند نارافاني; مانوج نارافاني; مانوج نارافان
  MIL 2019-12-31 2022-04-30 قائد الجيش
Manoj Pande | مانوج باندي
  MIL 2022-04-30 2024-06-30 قائد الجيش
Upendra Dwivedi | أوبندرا دويفيدي; أوبيندرا دويفيدي
  MIL 2024-06-30 - قائد الجيش
Anil Chauhan | أنيل تشوهان; أنيل شوهان
  MIL 2022-09-30 - رئيس أركان الدفاع
A. K. Antony | إيه كيه أنتوني; أي كيه أنتوني; أراكابارامبيل كورين أنتوني
  GOV 2006-10-25 2014-05-26 DM
Manohar Parrikar | مانوهار باريكار; مانوهار باريكر
  GOV 2014-11-09 2017-03-13 DM
Nirmala Sitharaman | نيرمالا سيتارامان; نيرمالا سيثارامان
  GOV 2017-09-03 2019-05-30 وزيرة الدفاع
  GOV 2019-05-31 - وزيرة المالية
Amit Shah | أميت شاه; اميت شاه
  GOV 2019-05-31 - IM
Ajit Doval | أجيت دوفال; أجيت دوفل
  GOV 2014-05-30 - مستشار الأمن القومي

== asia BGD
Sheikh Hasina | الشيخة حسينة; شيخة حسينة; الشيخة حسينة واجد; شيخ حسينة; حسينة واجد | "حسينة" alone left out (a common first name)
  GOV 1996-06-23 2001-07-15 رئيسة الوزراء
  OPP 2001-07-15 2009-01-06 زعيمة رابطة عوامي
  GOV 2009-01-06 2024-08-05 رئيسة الوزراء
Khaleda Zia | خالدة ضياء; خالدة ضيا; خالدة ضياء الرحمن
  OPP 1996-06-23 2001-10-10 زعيمة الحزب القومي البنغلاديشي
  GOV 2001-10-10 2006-10-29 رئيسة الوزراء
  OPP 2006-10-29 2024-08-05 زعيمة الحزب القومي البنغلاديشي
Iajuddin Ahmed | إياج الدين أحمد; إياز الدين أحمد
  GOV 2002-09-06 2009-02-12 PRES
Fakhruddin Ahmed | فخر الدين أحمد
  GOV 2007-01-12 2009-01-06 رئيس الحكومة الانتقالية
Zillur Rahman | ذلور رحمن; زلور رحمن; ظل الرحمن
  GOV 2009-02-12 2013-03-20 PRES
Mohammed Shahabuddin | محمد شهاب الدين تشوبو; شهاب الدين تشوبو | "محمد شهاب الدين" alone left out (a common name)
  GOV 2023-04-24 - PRES
Muhammad Yunus | محمد يونس
  GOV 2024-08-08 - كبير مستشاري الحكومة المؤقتة
Dipu Moni | ديبو موني
  GOV 2009-01-06 2014-01-12 وزيرة الخارجية
A. K. Abdul Momen | أبو الكلام عبد المؤمن; أ ك عبد المؤمن
  GOV 2019-01-07 2024-01-11 FM
Touhid Hossain | توحيد حسين; محمد توحيد حسين
  GOV ~2024-08-16 - مستشار الشؤون الخارجية
Waker-uz-Zaman | وقار الزمان; الجنرال وقار الزمان
  MIL 2024-06-23 - قائد الجيش

== asia LKA
Chandrika Kumaratunga | تشاندريكا كوماراتونغا; شاندريكا كوماراتونغا; كوماراتونغا
  GOV 1994-11-12 2005-11-19 الرئيسة
Mahinda Rajapaksa | ماهيندا راجاباكسا; ماهيندا راجاباكسي; ماهيندا راجاباكسه | "راجاباكسا" alone left out (Mahinda and Gotabaya held office together)
  GOV 2004-04-06 2005-11-19 PM
  GOV 2005-11-19 2015-01-09 PRES
  GOV 2019-11-21 2022-05-09 PM
Maithripala Sirisena | مايثريبالا سيريسينا; سيريسينا; مايتريبالا سيريسينا
  GOV 2015-01-09 2019-11-18 PRES
Gotabaya Rajapaksa | غوتابايا راجاباكسا; جوتابايا راجاباكسا; غوتابايا
  GOV 2005-11-25 2015-01-08 أمين وزارة الدفاع
  GOV 2019-11-18 2022-07-14 PRES
Ranil Wickremesinghe | رانيل ويكريميسينغه; رانيل ويكرمسينغ; رانيل ويكريمسينغه; ويكريميسينغه; ويكرمسينغ
  GOV 2001-12-09 2004-04-06 PM
  GOV 2015-01-09 2018-10-26 PM
  GOV 2018-12-16 2019-11-21 PM
  GOV 2022-05-12 2022-07-21 PM
  GOV 2022-07-21 2024-09-23 PRES
Dinesh Gunawardena | دينيش غوناواردينا; دينيش جوناواردينا
  GOV 2022-07-22 2024-09-23 PM
Anura Kumara Dissanayake | أنورا كومارا ديساناياكا; أنورا كومارا ديسانايكا; ديساناياكا
  GOV 2024-09-23 - PRES
Harini Amarasuriya | هاريني أماراسوريا
  GOV 2024-09-24 - رئيسة الوزراء
Lakshman Kadirgamar | لاكشمان كاديرغامار; لكشمان كاديرجامار; كاديرغامار
  GOV 2004-04-10 2005-08-12 FM
Velupillai Prabhakaran | فيلوبيلاي برابهاكاران; برابهاكاران
  REB 1976-05-05 2009-05-18 زعيم نمور تحرير تاميل إيلام

== asia IDN
Abdurrahman Wahid | عبد الرحمن واحد
  GOV 1999-10-20 2001-07-23 PRES
Megawati Sukarnoputri | ميغاواتي سوكارنو بوتري; ميغاواتي سوكارنوبوتري; ميجاواتي سوكارنو بوتري; ميغاواتي
  GOV 1999-10-21 2001-07-23 نائبة الرئيس
  GOV 2001-07-23 2004-10-20 الرئيسة
Susilo Bambang Yudhoyono | سوسيلو بامبانغ يودويونو; سوسيلو بامبانج يودويونو; سوسيلو بامبانغ يودهويونو; يودويونو; يودهويونو
  GOV 2004-10-20 2014-10-20 PRES
Jusuf Kalla | يوسف كالا
  GOV 2004-10-20 2009-10-20 VP
  GOV 2014-10-20 2019-10-20 VP
Joko Widodo | جوكو ويدودو; جوكو ويدوضو; ويدودو; جوكوي
  GOV 2014-10-20 2024-10-20 PRES
Ma'ruf Amin | معروف أمين
  GOV 2019-10-20 2024-10-20 VP
Prabowo Subianto | برابوو سوبيانتو; برابو سوبيانتو; برابوو
  GOV 2019-10-23 2024-10-20 DM
  GOV 2024-10-20 - PRES
Gibran Rakabuming Raka | جبران راكابومينغ راكا; جبران راكابومينج
  GOV 2024-10-20 - VP
Alwi Shihab | علوي شهاب
  GOV 1999-10-26 2001-07-23 FM
Hassan Wirajuda | حسن ويراجودا; حسن ويرايودا
  GOV 2001-08-10 2009-10-22 FM
Marty Natalegawa | مارتي ناتاليغاوا; مارتي ناتاليجاوا
  GOV 2009-10-22 2014-10-20 FM
Retno Marsudi | ريتنو مارسودي; ريتنو مرسودي
  GOV 2014-10-27 2024-10-20 وزيرة الخارجية
Sugiono | سوجيونو; سوغيونو
  GOV 2024-10-21 - FM

== asia MYS
Mahathir Mohamad | مهاتير محمد; مهاتير
  GOV 1981-07-16 2003-10-31 PM
  GOV 2018-05-10 2020-03-01 PM
Abdullah Ahmad Badawi | عبد الله أحمد بدوي; عبد الله بدوي
  GOV 2003-10-31 2009-04-03 PM
Najib Razak | نجيب عبد الرزاق; نجيب رزاق; محمد نجيب عبد الرزاق
  GOV 2009-04-03 2018-05-10 PM
Muhyiddin Yassin | محيي الدين ياسين; محي الدين ياسين
  GOV 2020-03-01 2021-08-16 PM
Ismail Sabri Yaakob | إسماعيل صبري يعقوب
  GOV 2021-08-21 2022-11-24 PM
Anwar Ibrahim | أنور إبراهيم
  GOV 1993-12-01 1998-09-02 DPM
  OPP ~2008-08-28 2015-02-10 OPPL
  OPP 2020-05-18 2022-11-24 OPPL
  GOV 2022-11-24 - PM
Syed Hamid Albar | سيد حامد البار; سيد حامد ألبار
  GOV 1999-12-15 2008-03-18 FM
Anifah Aman | حنيفة أمان; أنيفة أمان
  GOV 2009-04-10 2018-05-09 FM
Hishammuddin Hussein | هشام الدين حسين; هشام الدين حسين عون
  GOV 2013-05-16 2018-05-09 DM
  GOV 2020-03-10 2021-07-07 FM
  GOV 2021-08-30 2022-11-24 DM
Zambry Abdul Kadir | زامبري عبد القادر
  GOV 2022-12-03 2023-12-12 FM

== asia THA
Thaksin Shinawatra | تاكسين شيناواترا; تاكسين; ثاكسين شيناواترا; ثاكسين | "شيناواترا" alone left out (three Shinawatras)
  GOV 2001-02-09 2006-09-19 PM
Surayud Chulanont | سورايود تشولانونت; سورايود
  GOV 2006-10-01 2008-01-29 PM
Samak Sundaravej | ساماك سوندارافيج; ساماك ساندرافيج
  GOV 2008-01-29 2008-09-09 PM
Somchai Wongsawat | سومتشاي وونغساوات; سومشاي وونغساوات
  GOV 2008-09-18 2008-12-02 PM
Abhisit Vejjajiva | أبهيسيت فيجاجيفا; أبهيسيت فيجاجيوا; أبهيسيت
  GOV 2008-12-17 2011-08-05 PM
Yingluck Shinawatra | ينغلوك شيناواترا; ينغلاك شيناواترا; ينغلوك; ينغلاك
  GOV 2011-08-05 2014-05-07 رئيسة الوزراء
Prayut Chan-o-cha | برايوت تشان أوتشا; برايوت تشان أو تشا; برايوت شان أوشا; برايوت
  MIL 2010-10-01 2014-09-30 قائد الجيش
  GOV 2014-05-22 2019-07-16 رئيس المجلس الوطني للسلام والنظام
  GOV 2014-08-24 2023-08-22 PM
Srettha Thavisin | سريثا تافيسين; سريتا تافيسين
  GOV 2023-08-22 2024-08-14 PM
Paetongtarn Shinawatra | بايتونغتارن شيناواترا; بيتونغتارن شيناواترا; بايتونغتارن
  GOV 2024-08-16 2025-08-29 رئيسة الوزراء
Anutin Charnvirakul | أنوتين تشارنفيراكول; أنوتين شارنفيراكول; أنوتين
  GOV ~2025-09-07 - PM
King Bhumibol Adulyadej | الملك بوميبول أدولياديج; بوميبول أدولياديج; الملك بوميبول; بوميبول
  GOV 1946-06-09 2016-10-13 KING
King Vajiralongkorn | الملك ماها فاجيرالونغكورن; ماها فاجيرالونغكورن; الملك فاجيرالونغكورن; فاجيرالونغكورن
  GOV 2016-10-13 - KING

== asia PHL
Joseph Estrada | جوزيف إسترادا; جوزيف استرادا
  GOV 1998-06-30 2001-01-20 PRES
Gloria Macapagal Arroyo | غلوريا ماكاباغال أرويو; غلوريا أرويو; جلوريا أرويو; أرويو
  GOV 2001-01-20 2010-06-30 الرئيسة
Benigno Aquino III | بنينو أكينو; بينينو أكينو; بنيغنو أكينو; أكينو
  GOV 2010-06-30 2016-06-30 PRES
Rodrigo Duterte | رودريغو دوتيرتي; رودريجو دوتيرتي; رودريغو دوتيرتى; دوتيرتي | "دوتيرتي" alone is the father; Sara is listed with her first name
  GOV 2016-06-30 2022-06-30 PRES
Sara Duterte | سارة دوتيرتي; سارا دوتيرتي
  GOV 2022-06-30 - نائبة الرئيس
Ferdinand Marcos Jr. | فرديناند ماركوس جونيور; فرديناند ماركوس الابن; بونغبونغ ماركوس; فرديناند ماركوس | "ماركوس" alone left out (common name)
  GOV 2022-06-30 - PRES
Hashim Salamat | هاشم سلامات
  REB 1977 2003-07-13 زعيم جبهة تحرير مورو الإسلامية
Murad Ebrahim | الحاج مراد إبراهيم; مراد إبراهيم الحاج | "مراد إبراهيم" alone left out (a common Arab name)
  REB 2003-07 2019-02-22 زعيم جبهة تحرير مورو الإسلامية
  GOV 2019-02-22 2025-03 رئيس وزراء منطقة بانغسامورو ذات الحكم الذاتي
Khadaffy Janjalani | قذافي جنجلاني; خدافي جنجلاني; جنجلاني
  REB 1998 2006-09-04 زعيم جماعة أبو سياف
Nur Misuari | نور ميسواري; نور مسواري
  REB 1972 - زعيم الجبهة الوطنية لتحرير مورو
Albert del Rosario | ألبرت ديل روساريو; ألبرت دل روساريو; ديل روساريو
  GOV ~2011-02-24 ~2016-03-07 FM

== asia MMR
Than Shwe | ثان شوي; الجنرال ثان شوي
  GOV 1992-04-23 2011-03-30 رئيس مجلس الدولة للسلام والتنمية
Khin Nyunt | خين نيونت; خين نيون
  GOV 2003-08-25 2004-10-19 PM
Soe Win | سو وين
  GOV 2004-10-19 2007-10-12 PM
Thein Sein | ثين سين; تين سين
  GOV 2007-10-24 2011-03-30 PM
  GOV 2011-03-30 2016-03-30 PRES
Htin Kyaw | هتين كياو; تين كياو
  GOV 2016-03-30 2018-03-21 PRES
Win Myint | وين مينت; وين ميينت
  GOV 2018-03-30 2021-02-01 PRES
Aung San Suu Kyi | أونغ سان سو تشي; أونغ سان سوتشي; أون سان سو تشي; أونج سان سو تشي; سو تشي | "سوتشي" left out (Sochi)
  OPP 1988-09-27 2016-03-30 زعيمة المعارضة
  GOV 2016-03-30 2021-02-01 وزيرة الخارجية
  GOV 2016-04-06 2021-02-01 مستشارة الدولة
Min Aung Hlaing | مين أونغ هلاينغ; مين أونج هلاينج; مين أونغ هلينغ; الجنرال مين أونغ هلاينغ
  MIL 2011-03-30 - القائد العام للقوات المسلحة
  GOV 2021-02-02 2025-07-31 رئيس مجلس إدارة الدولة
  GOV 2021-08-01 2025-07-31 PM
  GOV 2024-07-22 - الرئيس بالوكالة
Myint Swe | مينت سوي; ميينت سوي
  GOV 2021-02-01 2024-07-22 الرئيس بالوكالة

== asia JPN
Emperor Akihito | الإمبراطور أكيهيتو; أكيهيتو
  GOV 1989-01-07 2019-04-30 الإمبراطور
Emperor Naruhito | الإمبراطور ناروهيتو; ناروهيتو
  GOV 2019-05-01 - الإمبراطور
Yoshiro Mori | يوشيرو موري
  GOV 2000-04-05 2001-04-26 PM
Junichiro Koizumi | جونيتشيرو كويزومي; جونيشيرو كويزومي; جونيتشيرو كويزومى | "كويزومي" alone left out (his son Shinjiro)
  GOV 2001-04-26 2006-09-26 PM
Shinzo Abe | شينزو آبي; شينزو أبي; شينزو آبى | "آبي" alone left out (reads as أبي, "my father")
  GOV 2006-09-26 2007-09-26 PM
  GOV 2012-12-26 2020-09-16 PM
Yasuo Fukuda | ياسو فوكودا; ياسوو فوكودا; فوكودا
  GOV 2007-09-26 2008-09-24 PM
Taro Aso | تارو آسو; تارو أسو
  GOV 2005-10-31 2007-08-27 FM
  GOV 2008-09-24 2009-09-16 PM
Yukio Hatoyama | يوكيو هاتوياما; هاتوياما
  GOV 2009-09-16 2010-06-08 PM
Naoto Kan | ناوتو كان | "كان" alone is a verb
  GOV 2010-06-08 2011-09-02 PM
Yoshihiko Noda | يوشيهيكو نودا
  GOV 2011-09-02 2012-12-26 PM
Yoshihide Suga | يوشيهيدي سوغا; يوشيهيدي سوجا; سوغا
  GOV 2020-09-16 2021-10-04 PM
Fumio Kishida | فوميو كيشيدا; كيشيدا
  GOV 2012-12-26 2017-08-03 FM
  GOV 2021-10-04 2024-10-01 PM
Shigeru Ishiba | شيغيرو إيشيبا; شيجيرو إيشيبا; إيشيبا
  GOV 2024-10-01 2025-10-21 PM
Sanae Takaichi | ساناي تاكايتشي; سناي تاكايتشي; تاكايتشي
  GOV 2025-10-21 - رئيسة الوزراء
Makiko Tanaka | ماكيكو تاناكا
  GOV 2001-04-26 2002-01-30 وزيرة الخارجية
Yoriko Kawaguchi | يوريكو كاواغوتشي; يوريكو كاواجوتشي
  GOV 2002-02-01 2004-09-27 وزيرة الخارجية
Nobutaka Machimura | نوبوتاكا ماتشيمورا
  GOV 2004-09-27 2005-10-31 FM
Katsuya Okada | كاتسويا أوكادا
  GOV 2009-09-16 2010-09-17 FM
Seiji Maehara | سيجي مايهارا; سيجي ميهارا
  GOV 2010-09-17 2011-03-07 FM
Koichiro Gemba | كويتشيرو غيمبا; كويشيرو جيمبا
  GOV 2011-09-02 2012-12-26 FM
Taro Kono | تارو كونو
  GOV 2017-08-03 2019-09-11 FM
  GOV 2019-09-11 2020-09-16 DM
Toshimitsu Motegi | توشيميتسو موتيغي; توشيميتسو موتيجي; موتيغي
  GOV 2019-09-11 2021-11-10 FM
  GOV 2025-10-21 - FM
Yoshimasa Hayashi | يوشيماسا هاياشي
  GOV 2021-11-10 2023-09-13 FM
Yoko Kamikawa | يوكو كاميكاوا
  GOV 2023-09-13 2024-10-01 وزيرة الخارجية
Takeshi Iwaya | تاكيشي إيوايا
  GOV 2024-10-01 2025-10-21 FM
Shinjiro Koizumi | شينجيرو كويزومي
  GOV 2025-10-21 - DM

== asia KOR
Kim Dae-jung | كيم داي جونغ; كيم دي جونغ; كيم داي جونج
  GOV 1998-02-25 2003-02-24 PRES
Roh Moo-hyun | روه مو هيون; روه موهيون; روه مو-هيون
  GOV 2003-02-25 2008-02-24 PRES
Lee Myung-bak | لي ميونغ باك; لي ميونج باك; لي ميونغ-باك
  GOV 2008-02-25 2013-02-24 PRES
Park Geun-hye | بارك غيون هاي; بارك جيون هاي; بارك كون هيه; بارك كون هي; بارك غيون هيه; بارك جون هاي
  GOV 2013-02-25 2017-03-10 الرئيسة
Moon Jae-in | مون جاي إن; مون جيه إن; مون جاي-إن
  GOV 2017-05-10 2022-05-09 PRES
Yoon Suk Yeol | يون سوك يول; يون سوك-يول; يون سوك يئول
  GOV 2022-05-10 2025-04-04 PRES
Lee Jae-myung | لي جاي ميونغ; لي جاي ميونج; لي جيه ميونغ; لي جاي-ميونغ
  OPP 2022-08-28 2025-04-09 زعيم الحزب الديمقراطي المعارض
  GOV 2025-06-04 - PRES
Hwang Kyo-ahn | هوانغ كيو آن; هوانج كيو آن
  GOV 2015-06-18 2017-05-11 PM
  GOV 2016-12-09 2017-05-10 الرئيس بالوكالة
Han Duck-soo | هان دوك سو; هان داك سو; هان دوك-سو
  GOV 2007-04-02 2008-02-29 PM
  GOV 2022-05-21 2024-12-27 PM
  GOV 2024-12-14 2024-12-27 الرئيس بالوكالة
  GOV 2025-03-24 2025-05-01 PM
  GOV 2025-03-24 2025-05-01 الرئيس بالوكالة
Choi Sang-mok | تشوي سانغ موك; تشوي سانج موك
  GOV 2024-12-27 2025-03-24 الرئيس بالوكالة
Lee Nak-yon | لي ناك يون; لي ناك-يون
  GOV 2017-05-31 2020-01-14 PM
Chung Sye-kyun | تشونغ سي كيون; تشونج سي كيون
  GOV 2020-01-14 2021-04-16 PM
Kim Boo-kyum | كيم بو كيوم
  GOV 2021-05-14 2022-05-12 PM
Kim Min-seok | كيم مين سوك; كيم مين-سوك
  GOV 2025-07-03 - PM
Yu Myung-hwan | يو ميونغ هوان
  GOV 2008-02-29 2010-09-04 FM
Kim Sung-hwan | كيم سونغ هوان; كيم سونغ-هوان
  GOV 2010-10-08 2013-03-11 FM
Yun Byung-se | يون بيونغ سي; يون بيونغ-سي
  GOV 2013-03-11 2017-06-18 FM
Kang Kyung-wha | كانغ كيونغ وا; كانغ كيونغ-وا; كانج كيونج وا
  GOV 2017-06-18 2021-02-08 وزيرة الخارجية
Chung Eui-yong | تشونغ إيوي يونغ; تشونغ أوي يونغ; تشونج إيوي يونج
  GOV 2017-05-14 2020-07-03 مدير مكتب الأمن الوطني
  GOV 2021-02-09 2022-05-10 FM
Park Jin | بارك جين
  GOV 2022-05-12 2024-01-10 FM
Cho Tae-yul | تشو تاي يول; تشو تاي-يول; جو تاي يول
  GOV 2024-01-12 2025-06 FM
Cho Hyun | تشو هيون; جو هيون
  GOV 2025-07 - FM

== asia PRK
Kim Jong-il | كيم جونغ إيل; كيم جونغ ايل; كيم جونج إيل; كيم يونغ إيل; كيم جونغ-إيل
  GOV 1994-07-08 2011-12-17 الزعيم
Kim Jong-un | كيم جونغ أون; كيم جونغ اون; كيم جونج أون; كيم يونغ أون; كيم جونغ-أون; كيم جونغ ون
  GOV 2011-12-17 - الزعيم
Kim Yo-jong | كيم يو جونغ; كيم يو جونج; كيم يو-جونغ
  GOV 2014 - مسؤولة بارزة في حزب العمال الحاكم
Kim Yong-nam | كيم يونغ نام; كيم يونج نام
  GOV 1998-09-05 2019-04-11 رئيس هيئة رئاسة مجلس الشعب الأعلى
Pak Pong-ju | باك بونغ جو; باك بونج جو
  GOV 2003-09-03 2007-04-11 PM
  GOV 2013-04-01 2019-04-11 PM
Paek Nam-sun | باك نام سون; بايك نام سون; بيك نام سون
  GOV 1998-09-05 2007-01-02 FM
Pak Ui-chun | باك أوي تشون; باك اوي تشون; باك إيوي تشون
  GOV 2007-05-18 2014-04-09 FM
Ri Su-yong | ري سو يونغ; ري سو-يونغ; ري سو يونج
  GOV 2014-04-09 2016-05 FM
Ri Yong-ho | ري يونغ هو; ري يونج هو; ري يونغ-هو
  GOV 2016-05 2020-01 FM
Ri Son-gwon | ري سون غوون; ري سون جوون; ري سون كوون
  GOV 2020-01 2022-06 FM
Choe Son-hui | تشوي سون هوي; تشوي سون-هوي; تشوي سون هيي
  GOV 2022-06 - وزيرة الخارجية
"""

DATA += """
== world UKR
Leonid Kuchma | ليونيد كوتشما; كوتشما
  GOV 1994-07-19 2005-01-23 PRES
Viktor Yushchenko | فيكتور يوشينكو; فيكتور يوشتشينكو; يوشينكو; يوشتشينكو
  GOV 1999-12-22 2001-05-29 PM
  OPP 2001-05-29 2005-01-23 OPPL
  GOV 2005-01-23 2010-02-25 PRES
Viktor Yanukovych | فيكتور يانوكوفيتش; فيكتور يانوكوفيش; يانوكوفيتش; يانوكوفيش
  GOV 2002-11-21 ~2005-01-05 PM
  OPP ~2005-01-05 2006-08-04 زعيم حزب الأقاليم
  GOV 2006-08-04 2007-12-18 PM
  OPP 2007-12-18 2010-02-25 زعيم حزب الأقاليم
  GOV 2010-02-25 2014-02-22 PRES
Yulia Tymoshenko | يوليا تيموشينكو; يوليا تيموشنكو; تيموشينكو; تيموشنكو
  GOV 2005-01-24 2005-09-08 رئيسة الوزراء
  OPP 2005-09-08 2007-12-18 زعيمة المعارضة
  GOV 2007-12-18 2010-03-04 رئيسة الوزراء
  OPP 2010-03-04 2011-10-11 زعيمة المعارضة
Yuriy Yekhanurov | يوري يخانوروف; يوري ييخانوروف
  GOV 2005-09-22 2006-08-04 PM
Mykola Azarov | ميكولا أزاروف; نيكولاي أزاروف; أزاروف
  GOV 2010-03-11 2014-01-28 PM
Oleksandr Turchynov | أولكسندر تورتشينوف; ألكسندر تورتشينوف; أولكسندر تورشينوف; تورتشينوف
  GOV 2014-02-22 2014-11-27 SPK
  GOV 2014-02-23 2014-06-07 الرئيس بالوكالة
  GOV 2014-12-16 2019-05 أمين مجلس الأمن القومي والدفاع
Arseniy Yatsenyuk | أرسيني ياتسينيوك; أرسيني ياتسنيوك; ياتسينيوك; ياتسنيوك
  GOV 2007-03-21 2007-12-04 FM
  GOV 2014-02-27 2016-04-14 PM
Petro Poroshenko | بيترو بوروشينكو; بيترو بوروشنكو; بوروشينكو; بوروشنكو
  GOV 2009-10-09 2010-03-11 FM
  GOV 2014-06-07 2019-05-20 PRES
  OPP 2019-05-20 - زعيم حزب التضامن الأوروبي
Volodymyr Groysman | فولوديمير غرويسمان; غرويسمان
  GOV 2016-04-14 2019-08-29 PM
Oleksiy Honcharuk | أوليكسي غونتشاروك; أليكسي غونتشاروك; غونتشاروك
  GOV 2019-08-29 2020-03-04 PM
Denys Shmyhal | دينيس شميهال; دنيس شميهال; شميهال
  GOV 2020-03-04 2025-07-17 PM
  GOV 2025-07-17 - DM
Yulia Svyrydenko | يوليا سفيريدينكو; يوليا سفيريدنكو; سفيريدينكو
  GOV 2021-11-04 2025-07-17 النائبة الأولى لرئيس الوزراء ووزيرة الاقتصاد
  GOV 2025-07-17 - رئيسة الوزراء
Volodymyr Zelensky | فولوديمير زيلينسكي; فلاديمير زيلينسكي; فولوديمير زيلنسكي; زيلينسكي; زيلنسكي
  GOV 2019-05-20 - PRES
Kostyantyn Gryshchenko | كوستيانتين غريشتشينكو; كونستانتين غريشتشينكو; غريشتشينكو
  GOV 2003-09-02 2005-02-03 FM
  GOV 2010-03-11 2012-12-24 FM
Borys Tarasyuk | بوريس تاراسيوك; تاراسيوك
  GOV 2005-02-04 2007-01-30 FM
Volodymyr Ohryzko | فولوديمير أوغريزكو; أوغريزكو
  GOV 2007-12-18 2009-03-03 FM
Leonid Kozhara | ليونيد كوجارا; كوجارا
  GOV 2012-12-24 2014-02-23 FM
Andrii Deshchytsia | أندريه ديشتشيتسا; أندريه ديشيتسا; ديشتشيتسا
  GOV 2014-02-27 2014-06-19 وزير الخارجية بالوكالة
Pavlo Klimkin | بافلو كليمكين; بافلو كليمكن; كليمكين
  GOV 2014-06-19 2019-08-29 FM
Vadym Prystaiko | فاديم بريستايكو; بريستايكو
  GOV 2019-08-29 2020-03-04 FM
Dmytro Kuleba | دميترو كوليبا; دميتري كوليبا; ديميترو كوليبا; كوليبا
  GOV 2020-03-04 2024-09-05 FM
Andrii Sybiha | أندريه سيبيها; أندري سيبيها; أندريه سيبيغا; سيبيها; سيبيغا
  GOV 2024-09-05 - FM
Oleksii Reznikov | أوليكسي ريزنيكوف; أليكسي ريزنيكوف; ريزنيكوف
  GOV 2021-11-04 2023-09-05 DM
Rustem Umerov | رستم عمروف; روستم عمروف; رستم أوميروف; عمروف; أوميروف
  GOV 2023-09-06 2025-07-17 DM
  GOV ~2025-07-17 - أمين مجلس الأمن القومي والدفاع
Viktor Muzhenko | فيكتور موجينكو; موجينكو
  MIL 2014-07-03 2019-05-21 رئيس هيئة الأركان العامة
Ruslan Khomchak | رسلان خومتشاك; روسلان خومتشاك; خومتشاك
  MIL 2019-05-21 2021-07-28 رئيس هيئة الأركان العامة
Valerii Zaluzhnyi | فاليري زالوجني; فاليري زالوجنى; فاليري زالوزني; زالوجني; زالوزني
  MIL 2021-07-27 2024-02-08 القائد العام للقوات المسلحة
  GOV 2024-05 - السفير لدى المملكة المتحدة
Oleksandr Syrskyi | أولكسندر سيرسكي; ألكسندر سيرسكي; أولكسندر سيرسكى; سيرسكي
  MIL 2019-08-05 2024-02-08 قائد القوات البرية
  MIL 2024-02-08 - القائد العام للقوات المسلحة
Kyrylo Budanov | كيريلو بودانوف; كيريل بودانوف; بودانوف
  SPY 2020-08-05 - رئيس الاستخبارات العسكرية
Andriy Yermak | أندريه يرماك; أندري يرماك; أندريه ييرماك; يرماك
  GOV 2020-02-11 ~2025-11-28 رئيس مكتب الرئيس
Oleksiy Danilov | أوليكسي دانيلوف; أولكسي دانيلوف; أليكسي دانيلوف
  GOV 2019-10-03 2024-03-26 أمين مجلس الأمن القومي والدفاع
Vitali Klitschko | فيتالي كليتشكو | "كليتشكو" alone left out (his brother Wladimir)
  GOV 2014-06-05 - رئيس بلدية كييف
Viktor Medvedchuk | فيكتور ميدفيدتشوك; ميدفيدتشوك
  OPP 2018-11 2022-04-12 زعيم المعارضة الموالية لروسيا

== world BLR
Alexander Lukashenko | ألكسندر لوكاشينكو; ألكسندر لوكاشنكو; أليكساندر لوكاشينكو; لوكاشينكو; لوكاشنكو
  GOV 1994-07-20 - PRES
Sviatlana Tsikhanouskaya | سفيتلانا تيخانوفسكايا; سفيتلانا تسيخانوسكايا; سفيتلانا تيخانوفسكيا; تيخانوفسكايا
  OPP 2020-08 - زعيمة المعارضة
Sergei Martynov | سيرغي مارتينوف; سيرجي مارتينوف
  GOV 2003-03 2012-08-20 FM
Vladimir Makei | فلاديمير ماكي; فلاديمير ماكيه; فلاديمير ماكيي
  GOV 2012-08-20 2022-11-26 FM

== world AZE
Heydar Aliyev | حيدر علييف; حيدر عالييف
  GOV 1993-06-24 2003-10-31 PRES
Ilham Aliyev | إلهام علييف; إلهام عالييف; علييف
  GOV 2003-08-04 2003-10-31 PM
  GOV 2003-10-31 - PRES
Mehriban Aliyeva | مهربان علييفا; مهربان عالييفا
  GOV 2017-02-21 - نائبة الرئيس الأولى
Artur Rasizade | أرتور راسي زاده; أرتور راسيزاده
  GOV 1996-07-26 2003-08-04 PM
  GOV 2003-11-04 2018-04-21 PM
Novruz Mammadov | نوروز محمدوف; نوروز ماميدوف
  GOV 2018-04-21 2019-10-08 PM
Ali Asadov | علي أسدوف
  GOV 2019-10-08 - PM
Elmar Mammadyarov | إلمار محمدياروف; إلمار مامادياروف; محمدياروف; مامادياروف
  GOV 2004-04-02 2020-07-16 FM
Jeyhun Bayramov | جيهون بيراموف; جيحون بيراموف; جيهون بايراموف; بيراموف
  GOV 2020-07-16 - FM

== world ARM
Robert Kocharyan | روبرت كوتشاريان; روبرت كوتشاريان; كوتشاريان
  GOV 1997-03-20 1998-04-10 PM
  GOV 1998-04-09 2008-04-09 PRES
Serzh Sargsyan | سيرج سركيسيان; سيرج سركسيان; سيرجي سركيسيان | "سركيسيان" alone left out (also Armen Sarkissian)
  GOV 2000-05-20 2007-04-04 DM
  GOV 2007-04-04 2008-04-09 PM
  GOV 2008-04-09 2018-04-09 PRES
  GOV 2018-04-17 2018-04-23 PM
Armen Sarkissian | أرمين سركيسيان; أرمن سركيسيان; أرمين ساركيسيان
  GOV 2018-04-09 2022-02-01 PRES
Vahagn Khachaturyan | فاهاغن خاتشاتوريان; فاهاجن خاتشاتوريان
  GOV 2022-03-13 - PRES
Nikol Pashinyan | نيكول باشينيان; نيكول باشينيان; باشينيان
  GOV 2018-05-08 - PM
Vartan Oskanian | فارتان أوسكانيان; أوسكانيان
  GOV 1998-04-10 2008-04-21 FM
Edward Nalbandyan | إدوارد نالبانديان; إدوارد نالبنديان; نالبانديان
  GOV 2008-04-21 2018-05-12 FM
Zohrab Mnatsakanyan | زهراب مناتساكانيان; زوهراب مناتساكانيان; مناتساكانيان
  GOV 2018-05-12 2020-11-16 FM
Ararat Mirzoyan | أرارات ميرزويان; ميرزويان
  GOV 2021-08-19 - FM

== world GEO
Eduard Shevardnadze | إدوارد شيفرنادزه; إدوارد شيفاردنادزه; شيفرنادزه; شيفاردنادزه
  GOV 1995-11-26 2003-11-23 PRES
Nino Burjanadze | نينو بورجانادزه; بورجانادزه
  GOV 2001-11-09 2008-06-07 SPK
  GOV 2003-11-23 2004-01-25 الرئيسة بالوكالة
  GOV 2007-11-25 2008-01-20 الرئيسة بالوكالة
Mikheil Saakashvili | ميخائيل ساكاشفيلي; ميخائيل ساكاشيفلي; ساكاشفيلي; ساكاشيفلي
  GOV 2004-01-25 2007-11-25 PRES
  GOV 2008-01-20 2013-11-17 PRES
Zurab Zhvania | زوراب جفانيا; زوراب زفانيا
  GOV 2004-02-17 2005-02-03 PM
Giorgi Margvelashvili | جيورجي مارغفيلاشفيلي; غيورغي مارغفيلاشفيلي; مارغفيلاشفيلي
  GOV 2013-11-17 2018-12-16 PRES
Salome Zourabichvili | سالومي زورابيشفيلي; سالومي زورابشفيلي; زورابيشفيلي
  GOV 2004-03-18 2005-10-19 وزيرة الخارجية
  GOV 2018-12-16 2024-12-29 الرئيسة
Mikheil Kavelashvili | ميخائيل كافيلاشفيلي; كافيلاشفيلي
  GOV 2024-12-29 - PRES
Bidzina Ivanishvili | بيدزينا إيفانيشفيلي; بدزينا إيفانيشفيلي; إيفانيشفيلي
  OPP 2012-04 2012-10-25 زعيم ائتلاف الحلم الجورجي
  GOV 2012-10-25 2013-11-20 PM
Irakli Garibashvili | إيراكلي غاريباشفيلي; إيراكلي جاريباشفيلي; غاريباشفيلي
  GOV 2013-11-20 2015-12-30 PM
  GOV 2021-02-22 2024-02-08 PM
Giorgi Kvirikashvili | جيورجي كفيريكاشفيلي; غيورغي كفيريكاشفيلي; كفيريكاشفيلي
  GOV 2015-12-30 2018-06-20 PM
Mamuka Bakhtadze | ماموكا بختادزه; ماموكا باختادزه
  GOV 2018-06-20 2019-09-08 PM
Giorgi Gakharia | جيورجي غاخاريا; غيورغي غاخاريا; غاخاريا
  GOV 2019-09-08 2021-02-18 PM
Irakli Kobakhidze | إيراكلي كوباخيدزه; كوباخيدزه
  GOV 2024-02-08 - PM

== world ITA
Carlo Azeglio Ciampi | كارلو أزيليو تشامبي; كارلو تشامبي; تشامبي
  GOV 1999-05-18 2006-05-15 PRES
Giorgio Napolitano | جورجيو نابوليتانو; نابوليتانو
  GOV 2006-05-15 2015-01-14 PRES
Sergio Mattarella | سيرجيو ماتاريلا; سيرجو ماتاريلا; ماتاريلا
  GOV 2015-02-03 - PRES
Giuliano Amato | جوليانو أماتو
  GOV 2000-04-25 2001-06-11 PM
Silvio Berlusconi | سيلفيو برلسكوني; سيلفيو بيرلسكوني; سيلفيو بيرلوسكوني; برلسكوني; بيرلسكوني; بيرلوسكوني
  GOV 1994-05-10 1995-01-17 PM
  GOV 2001-06-11 2006-05-17 PM
  OPP 2006-05-17 2008-05-08 OPPL
  GOV 2008-05-08 2011-11-16 PM
Mario Monti | ماريو مونتي
  GOV 2011-11-16 2013-04-28 PM
Enrico Letta | إنريكو ليتا; انريكو ليتا
  GOV 2013-04-28 2014-02-22 PM
Matteo Renzi | ماتيو رينزي; ماتيو رنزي; رينزي
  GOV 2014-02-22 2016-12-12 PM
Paolo Gentiloni | باولو جنتيلوني; باولو جينتيلوني; جنتيلوني; جينتيلوني
  GOV 2014-10-31 2016-12-12 FM
  GOV 2016-12-12 2018-06-01 PM
Giuseppe Conte | جوزيبي كونتي; جوزيبى كونتي; جوزيف كونتي | "كونتي" alone left out (Antonio Conte, the football coach)
  GOV 2018-06-01 2021-02-13 PM
Mario Draghi | ماريو دراغي; ماريو دراجي; دراغي
  GOV 2021-02-13 2022-10-22 PM
Giorgia Meloni | جورجيا ميلوني; جورجا ميلوني; ميلوني
  GOV 2022-10-22 - رئيسة الوزراء
Renato Ruggiero | ريناتو روجيرو; ريناتو روجييرو
  GOV 2001-06-11 2002-01-06 FM
Franco Frattini | فرانكو فراتيني; فراتيني
  GOV 2002-11-14 2004-11-18 FM
  GOV 2008-05-08 2011-11-16 FM
Gianfranco Fini | جانفرانكو فيني; جيانفرانكو فيني
  GOV 2004-11-18 2006-05-17 FM
Massimo D'Alema | ماسيمو داليما; داليما
  GOV 2006-05-17 2008-05-08 FM
Giulio Terzi | جوليو تيرزي; جوليو ترزي
  GOV 2011-11-16 2013-03-26 FM
Emma Bonino | إيما بونينو; إيما بونينو; بونينو
  GOV 2013-04-28 2014-02-22 وزيرة الخارجية
Angelino Alfano | أنجلينو ألفانو; أنجيلينو ألفانو; ألفانو
  GOV 2016-12-12 2018-06-01 FM
Enzo Moavero Milanesi | إنزو موافيرو ميلانيزي; إنزو موافيرو
  GOV 2018-06-01 2019-09-05 FM
Luigi Di Maio | لويجي دي مايو
  GOV 2019-09-05 2022-10-22 FM
Antonio Tajani | أنطونيو تاياني; أنطونيو تاجاني; تاياني; تاجاني
  IGOEUREEC GOV 2017-01-17 2019-07-03 رئيس البرلمان الأوروبي
  GOV 2022-10-22 - FM
Matteo Salvini | ماتيو سالفيني; سالفيني
  GOV 2018-06-01 2019-09-05 IM
  GOV 2022-10-22 - DPM

== world ESP
Jose Maria Aznar | خوسيه ماريا أثنار; خوسيه ماريا أزنار; أثنار; أزنار
  GOV 1996-05-05 2004-04-17 PM
Jose Luis Rodriguez Zapatero | خوسيه لويس رودريغيث ثاباتيرو; خوسيه لويس رودريغيز ثاباتيرو; خوسيه لويس ثاباتيرو; ثاباتيرو; ثاباثيرو; زاباتيرو; سباتيرو
  OPP 2000-07-22 2004-04-17 OPPL
  GOV 2004-04-17 2011-12-21 PM
Mariano Rajoy | ماريانو راخوي; راخوي
  OPP 2004-04-17 2011-12-21 OPPL
  GOV 2011-12-21 2018-06-02 PM
Pedro Sanchez | بيدرو سانشيز; بيدرو سانشيث; بيدرو سانتشيز | "سانشيز" alone left out (footballers)
  GOV 2018-06-02 - PM
Alberto Nunez Feijoo | ألبرتو نونيز فيخو; ألبيرتو نونيث فيخو; فيخو
  OPP 2022-04-02 - OPPL
King Juan Carlos I | الملك خوان كارلوس; خوان كارلوس الأول
  GOV 1975-11-22 2014-06-19 KING
King Felipe VI | الملك فيليبي السادس; الملك فيليب السادس; فيليبي السادس; الملك فيليبي
  GOV 2014-06-19 - KING
Josep Pique | جوزيب بيكيه; خوسيب بيكيه
  GOV 2000-04-28 2002-07-10 FM
Ana Palacio | آنا بالاثيو; آنا بالاسيو; أنا بالاثيو
  GOV 2002-07-10 2004-04-18 وزيرة الخارجية
Miguel Angel Moratinos | ميغيل أنخيل موراتينوس; ميغيل انخيل موراتينوس; ميجيل أنخيل موراتينوس; موراتينوس
  GOV 2004-04-18 2010-10-21 FM
  IGOUNO GOV 2019-01 - الممثل السامي لتحالف الحضارات
Trinidad Jimenez | ترينيداد خيمينيث; ترينيداد خيمينيز
  GOV 2010-10-21 2011-12-22 وزيرة الخارجية
Jose Manuel Garcia-Margallo | خوسيه مانويل غارسيا مارغايو; غارسيا مارغايو; مارغايو; خوسيه مانويل جارسيا مارغالو; خوسيه مانويل غارسيا مارغالو; جارسيا مارغالو; غارسيا مارغالو
  GOV 2011-12-22 2016-11-04 FM
Alfonso Dastis | ألفونسو داستيس; داستيس
  GOV 2016-11-04 2018-06-07 FM
Arancha Gonzalez Laya | أرانتشا غونزاليس لايا; أرانشا غونزاليس لايا
  GOV 2020-01-13 2021-07-12 وزيرة الخارجية
Jose Manuel Albares | خوسيه مانويل ألباريس; خوسيه مانويل الباريس; ألباريس
  GOV 2021-07-12 - FM

== world GRC
Kostis Stephanopoulos | كوستيس ستيفانوبولوس; كونستانتينوس ستيفانوبولوس
  GOV 1995-03-10 2005-03-12 PRES
Karolos Papoulias | كارولوس بابولياس; بابولياس
  GOV 2005-03-12 2015-03-13 PRES
Prokopis Pavlopoulos | بروكوبيس بافلوبولوس; بروكوبيوس بافلوبولوس; بافلوبولوس
  GOV 2015-03-13 2020-03-13 PRES
Katerina Sakellaropoulou | كاترينا ساكيلاروبولو; ساكيلاروبولو
  GOV 2020-03-13 2025-03-13 الرئيسة
Konstantinos Tasoulas | كونستانتينوس تاسولاس; تاسولاس
  GOV 2025-03-13 - PRES
Costas Simitis | كوستاس سيميتيس; سيميتيس
  GOV 1996-01-22 2004-03-10 PM
Kostas Karamanlis | كوستاس كارامانليس; كوستاس كرامنليس; كارامانليس
  GOV 2004-03-10 2009-10-06 PM
George Papandreou | جورج باباندريو; يورغوس باباندريو; باباندريو
  GOV 1999-02-18 2004-02-13 FM
  OPP 2004-02-08 2009-10-06 OPPL
  GOV 2009-10-06 2011-11-11 PM
  GOV 2009-10-07 2010-09-07 FM
Lucas Papademos | لوكاس باباديموس; باباديموس
  GOV 2011-11-11 2012-05-16 PM
Antonis Samaras | أنطونيس ساماراس; أنتونيس ساماراس; ساماراس
  OPP 2009-11-30 2012-06-20 OPPL
  GOV 2012-06-20 2015-01-26 PM
Alexis Tsipras | أليكسيس تسيبراس; ألكسيس تسيبراس; ألكيسيس تسيبراس; تسيبراس
  OPP 2012-06-20 2015-01-26 OPPL
  GOV 2015-01-26 2015-08-27 PM
  GOV 2015-09-21 2019-07-08 PM
  OPP 2019-07-08 2023-06-29 OPPL
Kyriakos Mitsotakis | كيرياكوس ميتسوتاكيس; كرياكوس ميتسوتاكيس; ميتسوتاكيس
  OPP 2016-01-10 2019-07-08 OPPL
  GOV 2019-07-08 2023-05-25 PM
  GOV 2023-06-26 - PM
Petros Molyviatis | بيتروس موليفياتيس; موليفياتيس
  GOV 2004-03-10 2006-02-15 FM
Dora Bakoyannis | دورا باكويانيس; دورا باكوياني; باكويانيس
  GOV 2006-02-15 2009-10-07 وزيرة الخارجية
Dimitris Avramopoulos | ديميتريس أفراموبولوس; ديمتريس أفراموبولوس; أفراموبولوس
  GOV 2012-06-21 2013-06-25 FM
  GOV 2013-06-25 2014-11-01 DM
Evangelos Venizelos | إيفانجيلوس فينيزيلوس; إيفانغيلوس فينيزيلوس; فينيزيلوس
  GOV 2013-06-25 2015-01-27 FM
Yanis Varoufakis | يانيس فاروفاكيس; فاروفاكيس
  GOV 2015-01-27 2015-07-06 وزير المالية
Euclid Tsakalotos | إقليدس تساكالوتوس; يوكليد تساكالوتوس; تساكالوتوس
  GOV 2015-07-06 2019-07-09 وزير المالية
Giorgos Stathakis | جيورجيوس ستاثاكيس; يورغوس ستاثاكيس; جورج ستاثاكيس; ستاثاكيس
  GOV 2015-01-27 2018-11-05 وزير الاقتصاد
  GOV 2018-11-05 2019-07-09 وزير البيئة والطاقة
Nikos Kotzias | نيكوس كوتزياس; كوتزياس
  GOV 2015-01-27 2018-10-18 FM
Nikos Dendias | نيكوس ديندياس; نيكوس دندياس; ديندياس; دندياس
  GOV 2019-07-09 2023-05-26 FM
  GOV 2023-06-27 - DM
Giorgos Gerapetritis | جورجوس جيرابيتريتيس; يورغوس جيرابيتريتيس; جيورجوس جيرابيتريتيس; جيرابيتريتيس
  GOV 2023-06-27 - FM

== world NGA
Olusegun Obasanjo | أولوسيغون أوباسانجو; أولوسيجون أوباسانجو; أوباسانجو
  GOV 1976-02-13 1979-10-01 رئيس الدولة العسكري
  GOV 1999-05-29 2007-05-29 PRES
Atiku Abubakar | عتيق أبو بكر; أتيكو أبو بكر; أتيكو أبوبكر
  GOV 1999-05-29 2007-05-29 VP
Umaru Musa Yar'Adua | عمر موسى يارادوا; عمرو موسى يارادوا; أومارو موسى يارادوا; يارادوا; يار أدوا
  GOV 2007-05-29 2010-05-05 PRES
Goodluck Jonathan | غودلاك جوناثان; جودلاك جوناثان; غودلك جوناثان
  GOV 2007-05-29 2010-02-09 VP
  GOV 2010-02-09 2010-05-06 الرئيس بالوكالة
  GOV 2010-05-06 2015-05-29 PRES
Muhammadu Buhari | محمد بخاري; محمدو بخاري; محمدو بوهاري; محمدو بوخاري; محمد بوخاري; الرئيس بخاري; الجنرال بخاري | "بخاري" alone left out (a common Saudi and Lebanese surname: وليد بخاري, فواز بخاري)
  GOV 1983-12-31 1985-08-27 رئيس الدولة العسكري
  GOV 2015-05-29 2023-05-29 PRES
Bola Tinubu | بولا تينوبو; بولا أحمد تينوبو; تينوبو
  GOV 2023-05-29 - PRES
Yemi Osinbajo | يمي أوسينباجو; ييمي أوسينباجو; أوسينباجو
  GOV 2015-05-29 2023-05-29 VP
Kashim Shettima | كاشم شيتيما; قاسم شتيما; كاشيم شيتيما
  GOV 2023-05-29 - VP
Geoffrey Onyeama | جيفري أونياما; جيفري أونيياما; أونياما
  GOV 2015-11-11 2023-05-29 FM
Yusuf Tuggar | يوسف توغار; يوسف تغار
  GOV 2023-08-21 - FM
Abubakar Shekau | أبو بكر شيكاو; أبوبكر شيكاو; شيكاو
  REB 2009-07-30 2021-05-19 زعيم جماعة بوكو حرام

== world ETH
Meles Zenawi | ملس زيناوي; ميليس زيناوي; ميلس زيناوي; زيناوي
  GOV 1995-08-23 2012-08-20 PM
Hailemariam Desalegn | هايلي مريام ديسالين; هايلي ماريام ديسالين; هيلا ماريام ديسالين; هيلي ماريام ديسالين; هايله مريام ديسالين; ديسالين
  GOV 2010-10 2012-11 FM
  GOV 2012-08-21 2018-04-02 PM
Abiy Ahmed | آبي أحمد; آبي أحمد علي; أبيي أحمد
  GOV 2018-04-02 - PM
Girma Wolde-Giorgis | غيرما ولد جيورجيس; جيرما ولد جيورجيس; غيرما ولدي جيورجيس
  GOV 2001-10-08 2013-10-07 PRES
Mulatu Teshome | مولاتو تيشومي; ملاتو تشومي
  GOV 2013-10-07 2018-10-25 PRES
Sahle-Work Zewde | سهلورق زودي; ساهلي ورق زودي; سهلي ورق زودي; سهلورك زودي
  GOV 2018-10-25 2024-10-07 الرئيسة
Taye Atske Selassie | تاي أتسكي سيلاسي; تايي أصقي سلاسي; تاي أتسقي سيلاسي
  GOV 2024-02 2024-10-07 FM
  GOV 2024-10-07 - PRES
Seyoum Mesfin | سيوم مسفين; سيوم مسفن
  GOV 1991-06 2010-10 FM
Workneh Gebeyehu | ورقنه جبيهو; وركنه جبيهو; ورقينه جبيهو
  GOV 2016-11-01 2019-04 FM
Gedu Andargachew | غيدو أندارغاتشو; جيدو أندارجاتشو
  GOV 2019-04 2020-11 FM
Demeke Mekonnen | دمقي مكونن; ديميكي ميكونين; دمقى مكونن; دمقي موكونن
  GOV 2012-11-29 2024-02 DPM
  GOV 2020-11 2024-02 FM
Seleshi Bekele | سيليشي بيكيلي; سيلشي بيكيلي; سيلشي بقلي
  GOV 2016-11 2021-10 وزير المياه والري
Debretsion Gebremichael | دبرصيون جبراميكائيل; دبرتسيون جبراميكائيل; دبرصيون جبرميكائيل; دبرصيون
  REB 2020-11-04 2022-11-02 زعيم جبهة تحرير شعب تيغراي
Getachew Reda | غيتاتشو رضا; جيتاتشو رضا; قيتاشو ردا
  GOV 2023-03-23 2025-04-08 رئيس الإدارة المؤقتة لإقليم تيغراي

== world KEN
Daniel arap Moi | دانيال أراب موي; دانيال موي
  GOV 1978-10-14 2002-12-30 PRES
Mwai Kibaki | مواي كيباكي; موا كيباكي; كيباكي
  GOV 2002-12-30 2013-04-09 PRES
Uhuru Kenyatta | أوهورو كينياتا; اوهورو كينياتا; أوهورو كنياتا; كينياتا
  GOV 2013-04-09 2022-09-13 PRES
William Ruto | وليام روتو; ويليام روتو; الرئيس روتو
  GOV 2013-04-09 2022-09-13 VP
  GOV 2022-09-13 - PRES
Raila Odinga | رايلا أودينغا; رايلا أودينجا; أودينغا; أودينجا
  GOV 2008-04-17 2013-04-09 PM
  OPP 2013-04-09 2018-03-09 OPPL
  OPP 2022-09-13 ~2025-03-07 OPPL
Musalia Mudavadi | موساليا مودافادي; مودافادي
  GOV 2023-10-04 - FM

== world VEN
Hugo Chavez | هوغو تشافيز; هوجو تشافيز; هوغو شافيز; هوجو شافيز; تشافيز; شافيز
  GOV 1999-02-02 2013-03-05 PRES
Nicolas Maduro | نيكولاس مادورو; نيكولا مادورو; مادورو
  GOV 2006-08-09 2013-01-15 FM
  GOV 2012-10-13 2013-03-05 VP
  GOV 2013-03-05 2013-04-19 الرئيس بالوكالة
  GOV 2013-04-19 - PRES
Delcy Rodriguez | ديلسي رودريغيز; ديلسي رودريجيز; ديلسي رودريغيث
  GOV 2014-12-26 2017-06-21 وزيرة الخارجية
  GOV 2018-06-14 - نائبة الرئيس
Jorge Arreaza | خورخي أرياسا; خورخي أريازا; أرياسا
  GOV 2017-08-02 2021-08 FM
Yvan Gil | إيفان خيل; إيفان غيل
  GOV 2023-03 - FM
Henrique Capriles | إنريكي كابريليس; هنريكي كابريليس; كابريليس
  OPP 2012-02-12 2015-12 مرشح المعارضة للرئاسة
Juan Guaido | خوان غوايدو; خوان جوايدو; خوان غوايدو; غوايدو; جوايدو
  OPP 2019-01-05 2022-12-30 OPPL
Diosdado Cabello | ديوسدادو كابيلو | "كابيلو" alone left out (Fabio Capello)
  GOV 2012-01-05 2016-01-05 SPK
  GOV 2024-08-27 - IM
Maria Corina Machado | ماريا كورينا ماتشادو; ماريا كورينا ماشادو; كورينا ماتشادو
  OPP 2023-10-22 - زعيمة المعارضة
Edmundo Gonzalez Urrutia | إدموندو غونزاليس أوروتيا; إدموندو جونزاليس أوروتيا; إدموندو غونزاليس
  OPP 2024-04-19 - مرشح المعارضة للرئاسة

== world BRA
Fernando Henrique Cardoso | فرناندو هنريكي كاردوسو; فرناندو إنريكي كاردوسو; كاردوسو
  GOV 1995-01-01 2003-01-01 PRES
Luiz Inacio Lula da Silva | لويس إيناسيو لولا دا سيلفا; لويس ايناسيو لولا دا سيلفا; لولا دا سيلفا; لولا داسيلفا; الرئيس لولا | "لولا" alone left out (the conjunction "were it not for")
  GOV 2003-01-01 2011-01-01 PRES
  GOV 2023-01-01 - PRES
Dilma Rousseff | ديلما روسيف; ديلما روسيوف; ديلما روسف; روسيف
  GOV 2011-01-01 2016-08-31 الرئيسة
Michel Temer | ميشال تامر; ميشيل تامر; ميشال تيمر; ميشيل تيمر | "تامر" alone left out (an Arabic first name)
  GOV 2011-01-01 2016-05-12 VP
  GOV 2016-05-12 2016-08-31 الرئيس بالوكالة
  GOV 2016-08-31 2019-01-01 PRES
Jair Bolsonaro | جايير بولسونارو; جاير بولسونارو; بولسونارو
  GOV 2019-01-01 2023-01-01 PRES
Geraldo Alckmin | جيرالدو ألكمين; جيرالدو الكمين
  GOV 2023-01-01 - VP
Celso Amorim | سيلسو أموريم; سلسو أموريم; أموريم
  GOV 2003-01-01 2011-01-01 FM
  GOV 2011-08-08 2015-01-01 DM
  GOV 2023-01-01 - كبير مستشاري الرئيس للشؤون الخارجية
Antonio Patriota | أنطونيو باتريوتا; باتريوتا
  GOV 2011-01-01 2013-08-26 FM
Mauro Vieira | ماورو فييرا; ماورو فيرا
  GOV 2015-01-01 2016-05-12 FM
  GOV 2023-01-01 - FM
Jose Serra | جوزيه سيرا; خوسيه سيرا
  GOV 2016-05-18 2017-02-22 FM
Ernesto Araujo | إرنستو أراوجو; إرنستو أراوخو
  GOV 2019-01-01 2021-03-29 FM
Carlos Franca | كارلوس فرانسا; كارلوس فرانكا
  GOV 2021-04-06 2023-01-01 FM

== world CAN
Jean Chretien | جان كريتيان; جان كرتيان; كريتيان
  GOV 1993-11-04 2003-12-12 PM
Paul Martin | بول مارتن
  GOV 2003-12-12 2006-02-06 PM
Stephen Harper | ستيفن هاربر; ستيفان هاربر | "هاربر" alone left out (Harper Lee)
  GOV 2006-02-06 2015-11-04 PM
Justin Trudeau | جاستن ترودو; جستن ترودو; جاستين ترودو; ترودو
  GOV 2015-11-04 2025-03-14 PM
Mark Carney | مارك كارني; كارني
  GOV 2025-03-14 - PM
Pierre Poilievre | بيير بواليفر; بيير بوالييفر; بواليفر
  OPP 2022-09-10 - OPPL
Peter MacKay | بيتر ماكاي; بيتر ماكي
  GOV 2006-02-06 2007-08-14 FM
  GOV 2007-08-14 2013-07-15 DM
Maxime Bernier | ماكسيم برنييه; ماكسيم بيرنييه
  GOV 2007-08-14 2008-05-26 FM
Lawrence Cannon | لورنس كانون; لورانس كانون
  GOV 2008-10-30 2011-05-18 FM
John Baird | جون بيرد; جون بيرد
  GOV 2011-05-18 2015-02-03 FM
Stephane Dion | ستيفان ديون; ستيفاني ديون
  GOV 2015-11-04 2017-01-10 FM
Chrystia Freeland | كريستيا فريلاند; كريستيا فريلاند; فريلاند
  GOV 2017-01-10 2019-11-20 وزيرة الخارجية
  GOV 2019-11-20 2024-12-16 نائبة رئيس الوزراء
Francois-Philippe Champagne | فرانسوا فيليب شامبين; فرانسوا فيليب شامباني; فرانسوا-فيليب شامبين
  GOV 2019-11-20 2021-01-12 FM
Marc Garneau | مارك غارنو; مارك جارنو
  GOV 2021-01-12 2021-10-26 FM
Melanie Joly | ميلاني جولي; ميلاني جولى
  GOV 2021-10-26 2025-05-13 وزيرة الخارجية
Anita Anand | أنيتا أناند; انيتا أناند
  GOV 2021-10-26 2023-07-26 وزيرة الدفاع
  GOV 2025-05-13 - وزيرة الخارجية

== world AUS
John Howard | جون هوارد; جون هاورد | "هوارد" alone left out (Howard University, other Howards)
  GOV 1996-03-11 2007-12-03 PM
Kevin Rudd | كيفن راد; كيفن رود; كيفين رود
  GOV 2007-12-03 2010-06-24 PM
  GOV 2010-09-14 2012-02-22 FM
  GOV 2013-06-27 2013-09-18 PM
Julia Gillard | جوليا غيلارد; جوليا جيلارد; غيلارد; جيلارد
  GOV 2010-06-24 2013-06-27 رئيسة الوزراء
Andrew Robb | أندرو روب
  GOV 2013-09-18 2016-07-19 وزير التجارة
Tony Abbott | توني أبوت; توني آبوت; توني أبوط
  GOV 2013-09-18 2015-09-15 PM
Malcolm Turnbull | مالكولم تيرنبول; مالكوم ترنبول; مالكولم ترنبول; تيرنبول; ترنبول
  GOV 2015-09-15 2018-08-24 PM
Scott Morrison | سكوت موريسون | "موريسون" alone left out (common surname)
  GOV 2018-08-24 2022-05-23 PM
Anthony Albanese | أنتوني ألبانيز; أنتوني ألبانيزي; أنطوني ألبانيز; أنطوني ألبانيزي | "ألبانيزي" alone is Francesca Albanese (persons_intl)
  GOV 2022-05-23 - PM
Alexander Downer | ألكسندر داونر; الكسندر داونر; داونر
  GOV 1996-03-11 2007-12-03 FM
Stephen Smith | ستيفن سميث
  GOV 2007-12-03 2010-09-14 FM
Bob Carr | بوب كار
  GOV 2012-03-13 2013-09-18 FM
Julie Bishop | جولي بيشوب; جولي بيشب
  GOV 2013-09-18 2018-08-26 وزيرة الخارجية
Marise Payne | ماريز باين; ماريس باين
  GOV 2018-08-26 2022-05-23 وزيرة الخارجية
Penny Wong | بيني وونغ; بيني وونج; بيني وانغ
  GOV 2022-05-23 - وزيرة الخارجية

== world NER
Mahamadou Issoufou | محمدو إيسوفو; إيسوفو محمدو; محمد إيسوفو; إيسوفو
  GOV 2011-04-07 2021-04-02 PRES

== world SGP
Tony Tan | توني تان كنق يام; توني تان كينغ يام; توني تان
  GOV 2011-09-01 2017-08-31 PRES

== world ECU
Rafael Correa | رافائيل كوريا; رفائيل كوريا; رافاييل كوريا; رفائيل كوريا دلجادو; رافائيل كوريا ديلغادو | "كوريا" alone is Korea
  GOV 2007-01-15 2017-05-24 PRES

== world ZAF
Jacob Zuma | جاكوب زوما; جيكوب زوما; زوما
  GOV 1999-06-14 2005-06-14 VP
  GOV 2009-05-09 2018-02-14 PRES

== world COL
Juan Manuel Santos | خوان مانويل سانتوس; خوان مانويل سانتوس كالديرون
  GOV 2010-08-07 2018-08-07 PRES

== world SSD
Riek Machar | رياك مشار; ريك مشار; رياك مشار تيني
  GOV 2011-07-09 2013-07-23 VP
  REB 2013-12 2016-04-26 زعيم الحركة الشعبية لتحرير السودان في المعارضة
  GOV 2016-04-26 2016-07-25 النائب الأول للرئيس
  GOV 2020-02-22 2025-09 النائب الأول للرئيس

== turkey_iran_israel ISR
Ayelet Shaked | أييلت شاكيد; أيليت شاكيد; اييلت شكيد; أيليت شكيد; أييلت شكيد
  GOV 2015-05-14 2019-06-02 وزيرة العدل
  GOV 2021-06-13 2022-12-29 وزيرة الداخلية
Ron Dermer | رون ديرمر; رون درمر
  GOV 2013 2021-01 السفير لدى الولايات المتحدة

== levant LBN
Sejaan Azzi | سجعان قزي
  GOV 2014-02-15 2016-12-18 وزير العمل
Marwan Hamadeh | مروان حمادة
  LEG 1992 2020-08 نائب في البرلمان
  GOV 2016-12-18 2019-01-31 وزير التربية والتعليم العالي

== egypt EGY
Abdel Wahed al-Nabawy | عبد الواحد النبوي
  GOV 2015-03-05 2015-09-19 وزير الثقافة

== africa DZA
Abderrazak Makri | عبد الرزاق مقري
  OPP 2013-05 2023-03 رئيس حركة مجتمع السلم

== levant IRQ
Baha al-Araji | بهاء الأعرجي
  GOV 2014-09-08 ~2015-08-11 DPM

== gulf SAU
Saleh Al ash-Sheikh | صالح بن عبدالعزيز آل الشيخ; صالح بن عبدالعزيز بن محمد آل الشيخ; صالح آل الشيخ
  GOV 1999 2014-12-08 وزير الشؤون الإسلامية والدعوة والإرشاد
  GOV 2014-12-08 2015-04-29 وزير الدولة
  GOV 2015-04-29 - وزير الشؤون الإسلامية والدعوة والإرشاد

== world SAU
Walid Bukhari | وليد بخاري; وليد عبد الله بخاري | listed so that "بخاري" in Lebanese news is not Nigeria's president
  GOV 2016 - القائم بالأعمال ثم السفير لدى لبنان

== usa USA
Wendy Sherman | ويندي شيرمان; وندي شيرمان; ويندي روث شيرمان; شيرمان
  GOV 2011-09-21 2015-10-16 وكيلة وزير الخارجية للشؤون السياسية
  GOV 2021-04-14 2023-07-28 نائبة وزير الخارجية
John McCain | جون ماكين; ماكين
  LEG 1983-01-03 1987-01-03 عضو مجلس النواب
  LEG 1987-01-03 2018-08-25 عضو مجلس الشيوخ
John F. Campbell | جون كامبل; جون كامبيل
  MIL 2014-08-26 2016-03-02 قائد قوات الناتو والقوات الأمريكية في أفغانستان

== russia_china RUS
Vitaly Mutko | فيتالي موتكو; موتكو
  GOV 2008-05-12 2016-10-19 وزير الرياضة
  GOV 2016-10-19 2020-01-15 DPM
Anton Siluanov | أنطون سيلوانوف; انطون سيلوانوف; سيلوانوف
  GOV 2011-12-16 - وزير المالية

== europe GBR
Margaret Thatcher | مارغريت تاتشر; مارجريت تاتشر; تاتشر
  GOV 1979-05-04 1990-11-28 PM

== europe DEU
Wolfgang Schauble | فولفغانغ شويبله; فولفغانغ شوبله; فولفجانج شويبله; فولفجانج شيوبله; شويبله; شوبله; شيوبله
  GOV 2005-11-22 2009-10-28 IM
  GOV 2009-10-28 2017-10-24 وزير المالية
  LEG 2017-10-24 2021-10-26 رئيس البرلمان الاتحادي

== intl IGOUNODEV
Irina Bokova | إيرينا بوكوفا; ايرينا بوكوفا; بوكوفا
  GOV 2009-11-15 2017-11-15 المديرة العامة لليونسكو

== turkey_iran_israel IRN
Akbar Hashemi Rafsanjani | أكبر هاشمي رفسنجاني; علي أكبر هاشمي رفسنجاني; هاشمي رفسنجاني; رفسنجاني
  LEG 1980-07-28 1989-08-03 رئيس مجلس الشورى
  GOV 1989-08-03 1997-08-03 PRES
  GOV 1989 2017-01-08 رئيس مجمع تشخيص مصلحة النظام
Habibollah Sayyari | حبيب الله سياري; حبيب الله سيّاري; سياري
  MIL 2007-08 2017-11 قائد القوة البحرية للجيش

== gulf SAU
Saud bin Abdulmohsen bin Abdulaziz | سعود بن عبد المحسن بن عبد العزيز; سعود بن عبد المحسن
  GOV 1999 ~2017-04-22 أمير منطقة حائل

== gulf BHR
Rashid bin Abdullah Al Khalifa | راشد بن عبد الله آل خليفة; راشد بن عبد الله بن أحمد آل خليفة
  GOV 2004-05 - IM

== egypt EGY
Gamal Abdel Nasser | جمال عبد الناصر; جمال عبد الناصر حسين | "عبد الناصر" alone left out (a common name)
  GOV 1954-11-14 1970-09-28 PRES

== levant PSE
Salim Zanoun | سليم الزعنون; سليم زعنون
  LEG 1996 2022-02 رئيس المجلس الوطني الفلسطيني

== africa TCD
Kalzeube Pahimi Deubet | كالزوبي باهيمي دوبي; كالزيوبي باهيمي ديبيه; كالزوبيه باهيمي ديبيه
  GOV 2013-11-21 2016-02-15 PM

== africa MRT
Biram Dah Abeid | بيرام ولد الداه ولد اعبيدي; بيرام ولد الداه ولد اعبيد; بيرام ولد اعبيدي; بيرام الداه اعبيد
  OPP 2008 - رئيس مبادرة انبعاث الحركة الانعتاقية

== asia MDV
Abdulla Yameen | عبد الله يامين; عبد الله يامين عبد القيوم
  GOV 2013-11-17 2018-11-17 PRES

== world CUB
Bruno Rodriguez Parrilla | برونو رودريغيز; برونو رودريغيز باريا; برونو رودريجيز
  GOV 2009-03-02 - FM

== world CMR
Paul Biya | بول بيا
  GOV 1975-06-30 1982-11-06 PM
  GOV 1982-11-06 - PRES

== world CYP
Nicos Anastasiades | نيكوس أناستاسيادس; نيكوس اناستاسيادس; أناستاسيادس; اناستاسيادس
  GOV 2013-02-28 2023-02-28 PRES
== egypt EGY
Mohamed Mokhtar Gomaa | محمد مختار جمعة; مختار جمعة
  GOV 2013-07-16 2024-07-03 وزير الأوقاف

== turkey_iran_israel ISR
Ahmad Tibi | أحمد الطيبي | "الطيبي" alone left out (a common surname)
  LEG 1999-06-07 - عضو الكنيست

== levant LBN
Ahmad Fatfat | أحمد فتفت
  LEG 2005-06 2018-05 نائب في البرلمان

== levant PSE
Ahmed Jibril | أحمد جبريل | founder and leader of the PFLP-General Command
  REB 1968 2021-07-07 الأمين العام للجبهة الشعبية لتحرير فلسطين - القيادة العامة

== gulf YEM
Mohammed al-Bukhaiti | محمد البخيتي | "البخيتي" alone left out (Ali al-Bukhaiti, another Houthi figure)
  REB 2014 - عضو المكتب السياسي لجماعة أنصار الله

== usa USA
Chuck Schumer | تشاك شومر; تشارلز شومر; شومر
  LEG 1981-01-03 1999-01-03 عضو مجلس النواب
  LEG 1999-01-03 - عضو مجلس الشيوخ
Dianne Feinstein | دايان فاينستاين; ديان فاينستاين; ديان فينستاين; فاينستاين
  LEG 1992-11-10 2023-09-29 عضو مجلس الشيوخ
Jimmy Carter | جيمي كارتر | "كارتر" alone is also Ash Carter
  GOV 1977-01-20 1981-01-20 PRES

== world CIV
Alassane Ouattara | الحسن واتارا; الحسن وتارا; الحسن أواتارا; الحسن درامان واتارا; واتارا
  GOV 1990-11-07 1993-12-09 PM
  GOV 2010-12-04 - PRES

== europe GBR
James Brokenshire | جيمس بروكنشاير; بروكنشاير
  GOV 2014-02-08 2016-07-14 وزير الدولة لشؤون الهجرة
  GOV 2016-07-14 2018-01-08 وزير شؤون أيرلندا الشمالية

== world HRV
Vesna Pusić | فيسنا بوسيتش; فيسنا بوزيتش
  GOV 2011-12-23 2016-01-22 وزيرة الخارجية

== world AUS
Bronwyn Bishop | برونوين بيشوب | "بيشوب" alone is Julie Bishop
  LEG 2013-11-12 2015-08-02 رئيسة مجلس النواب

== gulf SAU
Majid al-Qasabi | ماجد القصبي; ماجد بن عبد الله القصبي; ماجد عبد الله القصبي | "القصبي" alone left out (an adjective, the trachea's, and other namesakes)
  GOV 2015-01-29 2016-05-07 وزير الشؤون الاجتماعية
  GOV 2016-05-07 - وزير التجارة والاستثمار

== gulf YEM
Ezzaddin al-Asbahi | عز الدين الأصبحي; عز الدين سعيد الأصبحي | minister of human rights in Khaled Bahah's government; "الأصبحي" alone left out
  GOV ~2014-11-09 ~2016-04-03 وزير حقوق الإنسان

== levant IRQ
Mohammed al-Ghabban | محمد الغبان; محمد سالم الغبان | "الغبان" alone left out (Saudi namesakes in the news)
  GOV 2014-10-18 ~2016-07-05 IM

== africa LBY
Omar al-Hassi | عمر الحاسي | Tripoli (General National Congress) government, rival of the eastern one
  GOV 2014-08-25 2015-03-31 رئيس حكومة الإنقاذ الوطني في طرابلس
Khalifa al-Ghawil | خليفة الغويل; الغويل | Tripoli (General National Congress) government, rival of the eastern one
  GOV 2015-03-31 2016-04-05 رئيس حكومة الإنقاذ الوطني في طرابلس

== usa USA
Joseph Westphal | جوزيف وستفال; جوزيف ويستفال | ambassador in Riyadh; month of arrival only
  GOV 2014-04 2017-01-20 السفير لدى السعودية
== europe GBR
Tobias Ellwood | توباياس إلوود; توبياس إلوود; توبياس ألوود | Foreign Office minister for the Middle East 2014-2017, then Defence; "إلوود" alone left out
  GOV 2014-07-15 2019-07-24 وزير الدولة

== gulf KWT
Mubarak al-Khurainej | مبارك الخرينج; مبارك بنيه الخرينج | deputy speaker of the National Assembly elected in 2013; "الخرينج" alone left out
  LEG 2013-08-06 2016-10-16 نائب رئيس مجلس الأمة

"""


if __name__ == "__main__":
    sys.exit(main())
