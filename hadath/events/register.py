"""Long articles that tell of no day: columns, memoirs, interviews, features and explainers.

PLOVER codes the events of the reporting period. A news report anchors what it tells in days:
«أمس», a weekday, «صباح اليوم», a date (10 أغسطس, الشهر الماضي), a dateline with the day's date.
A long opinion column, a memoir, a feature on a festival or a science story, an explainer of
rules names no such day: its event words are the writer's generalities (تستمرئ قتل
الأبرياء), metaphors (اقتحام عالم الأعمال), history told without a year, or the everyday senses
of trigger words (الالتزام بقواعد المهنة). In such an article (``LONG_ARTICLE`` characters or
more and no date within ``ANCHOR_REACH_DAYS`` of the article's) an event with no coded party on
either side (no state, IGO, known group or person: ``salience.names_coded_party``) tells
nobody's act and is dropped; an event with a coded party stays, like the sentence-level rule
for a column's rhetoric (``salience.rhetorical``).

A bare «اليوم» or «الليلة» is no anchor: in a column it also means «nowadays» (العالم اليوم,
حديثي اليوم); «صباح اليوم», «اليوم الاثنين» are. Short articles keep all their events: a
condemnation or a police statement of a few lines often names no day («أدان … التفجير
الإرهابي الذي استهدف مسجدا»). An article with no date given keeps all its events.

A column told by its own text (``is_column``: a paper's footer, the writer's signature on a
last line, the writer speaking of the column) loses the same events whatever its length and
dates. Columns with no such mark (an unsigned editorial) are only reached by the length rule.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any, Protocol

from hadath.events.salience import names_coded_party
from hadath.kb.cue_words import cue_phrases
from hadath.model import Event
from hadath.text import normalize

ANCHOR_REACH_DAYS = 45  # «الشهر الماضي», «12 تموز» in a story of August: the reporting period
LONG_ARTICLE = 2500  # characters; shorter undated articles are mostly statements and notices
COLUMN_MARKERS = cue_phrases("column_markers")
COLUMN_VOICE = cue_phrases("column_voice")
SIGNATURE_LINES = 4  # the last non-empty lines where a writer signs with an address
# a line that is only an e-mail address or a handle (after at most a one-word label and a
# colon): m.althaidy@asharqalawsat.com, «تويتر: @abedhashem1»
_SIGNATURE = re.compile(r"\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\w+\s*:\s*)?@\w+)\s*")


class _Dates(Protocol):
    def find(self, text: str, article_date: dt.date | None) -> Sequence[Any]: ...

    def says_today(self, mention: Any) -> bool: ...


def anchored(text: str, date: dt.date | None, dates: _Dates | None) -> bool:
    """Is the article short, or does it name a day of the reporting period (within
    ``ANCHOR_REACH_DAYS`` of its date; a year alone, as in هذا العام, is none)? True when it
    cannot be told (no article date, no date resolver)."""
    if date is None or dates is None or len(text) < LONG_ARTICLE:
        return True
    for m in dates.find(text, date):
        if m.precision == "year" or dates.says_today(m):
            continue  # هذا العام; اليوم, الليلة: also «nowadays»
        if abs((m.date - date).days) <= ANCHOR_REACH_DAYS:
            return True
    return False


def _column_footer(text: str) -> bool:
    """Does the text hold a column's footer (cue ``column_markers``: «مقالات أخرى للكاتب»
    with the list of the writer's other titles after it, «للتواصل مع الكاتب», «لمراسلة
    الكاتب», «للتواصل أرسل»)?"""
    norm = normalize(text)
    return any(m in norm for m in COLUMN_MARKERS)


def _signed(text: str) -> bool:
    """Does the article end with a writer's signature: one of its last ``SIGNATURE_LINES``
    non-empty lines only an e-mail address or a handle (m.althaidy@asharqalawsat.com, «تويتر:
    @abedhashem1»)? A news item gives an address inside a sentence (أو عبر البريد الإلكتروني
    992@gdp.gov.sa), not on a line of its own."""
    lines = [ln for ln in text.splitlines() if ln.strip()][-SIGNATURE_LINES:]
    return any(_SIGNATURE.fullmatch(ln) for ln in lines)


def is_column(text: str) -> bool:
    """Is the article a column: it has a column's footer (``_column_footer``), its writer
    speaks of it in its body (cue ``column_voice``: في هذا المقال, في مقالة سابقة, عبر هذه
    الزاوية) or signs it with an address (``_signed``)?"""
    norm = normalize(text)
    return any(m in norm for m in (*COLUMN_MARKERS, *COLUMN_VOICE)) or _signed(text)


def unanchored(events: Sequence[Event], text: str, date: dt.date | None,
               dates: _Dates | None) -> list[Event]:
    """The article's events, without those that name no coded party when the article is long
    and names no day of the reporting period (module docstring), or when it is a column
    (``is_column``: a footer, the writer's own words on the column, a signature), whatever its
    length and dates; the titles of the writer's other columns in a footer are no events at
    all. The article's dates are read only when some event could go."""
    if is_column(text):  # a column: and nothing of its footer's titles
        return [e for e in events if names_coded_party(e) and not _column_footer(text[:e.start])]
    kept = [e for e in events if names_coded_party(e)]
    if len(kept) == len(events) or anchored(text, date, dates):
        return list(events)
    return kept
