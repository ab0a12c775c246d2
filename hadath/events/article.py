"""The country an article is about, for the state bodies of sentences that name none.

A Saudi article tells «وزارة الصحة», «رجال الأمن», «المحافظ» without a nationality once the
dateline (الرياض - واس) or the story has made the country plain. The sentence coder leaves such a
body without a country when its sentence names no country (``SentenceAnalysis.open_sides``);
here the article's country is counted from what the coder already found in every sentence
(``SentenceAnalysis.countries``) and given to those bodies, marked ``country_from="article"``.

The rule: each country mention counts one, the dateline's place (a place or capital opening the
article, followed by a dash, a colon or a date: «الرياض - واس», «جدة: عكاظ», «مسقط 26 شوال …»)
counts ``DATELINE_WEIGHT``; the article's country is the one holding more than half of all
counts, and at least ``MIN_MENTIONS`` of them. None when no country holds a majority (an
article about two states) or the article names its country only once (a single mention is as
often a surname, المغربي, or a word GeoNames also spells as a country's).
A sentence with a country mention has no open sides (a one-sentence article keeps them shut).
A state body that took the sentence's one country (or the event location's) from a mention far
from it, outside its clause and the event's (``SentenceAnalysis.far_sides``: «… ومنها الأحداث
الجارية في الأردن» after the Saudi cabinet's verb), takes the article's country instead where
the article has one; a dateline can give one to a one-sentence article. A state body in
construct with a bare «المملكة» (حكومة المملكة, سلطات المملكة: ``SentenceAnalysis.kingdom_sides``)
takes the article's leading country (``leading_country``: the one counted most, at least twice,
with no tie), majority or not: an article of many states' condolences names the kingdom most.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from hadath.events.coder import SentenceAnalysis, within_jurisdiction
from hadath.model import ActorRef
from hadath.text.punctuation import LINE_DASHES

DATELINE_WEIGHT = 2
MIN_MENTIONS = 2  # a dateline alone is enough
DATELINE_MARKS = LINE_DASHES | {"ـ"}  # and the tatweel of «واس ـ»
DATELINE_LEAD = 1  # tokens before the place (punctuation, a bullet)


def dateline(first: SentenceAnalysis) -> tuple[int, str] | None:
    """The token and country of the place or capital the article opens with, when a dateline
    mark or a date follows it."""
    tokens = first.sentence.tokens
    opening = [(s, e, p.country_code) for s, e, p in first.places] + \
        [(a.tok_start, a.tok_end, a.code) for a in first.actors if a.head_kind == "capital"]
    for s, e, code in sorted(opening):
        if s > DATELINE_LEAD or any(not tokens[j].is_punct() for j in range(s)):
            break
        if code and e < len(tokens) and (tokens[e].text[:1] in DATELINE_MARKS or
                                         tokens[e].text[:1].isdigit()):
            return s, code[:3]
    return None


def sentence_counts(sa: SentenceAnalysis, first: bool) -> Counter[str]:
    """One sentence's country mentions by country; in the article's first sentence the dateline
    counts ``DATELINE_WEIGHT``. Summed over the sentences as they are coded (``Coder.analyse``),
    so the article so far is never counted again."""
    line = dateline(sa) if first else None
    counts: Counter[str] = Counter(c for i, c in sa.countries
                                   if line is None or i != line[0])
    if line is not None:
        counts[line[1]] += DATELINE_WEIGHT
    return counts


def country_counts(sentences: Sequence[SentenceAnalysis]) -> Counter[str]:
    """The article's country mentions by country, the dateline counting ``DATELINE_WEIGHT``."""
    counts: Counter[str] = Counter()
    for k, sa in enumerate(sentences):
        counts.update(sentence_counts(sa, k == 0))
    return counts


def country_of(counts: Counter[str]) -> str | None:
    """The country holding more than half of the counts and at least ``MIN_MENTIONS``."""
    if not counts:
        return None
    country, n = counts.most_common(1)[0]
    return country if n >= MIN_MENTIONS and 2 * n > sum(counts.values()) else None


def leading_country(counts: Counter[str]) -> str | None:
    """The country counted most, at least ``MIN_MENTIONS`` times and more than any other: the
    kingdom of «حكومة المملكة» in an article of many states' condolences, where no country holds
    a majority."""
    top = counts.most_common(2)
    if not top or top[0][1] < MIN_MENTIONS or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def article_country(sentences: Sequence[SentenceAnalysis]) -> str | None:
    """The country holding more than half of the article's country mentions and at least
    ``MIN_MENTIONS`` (the dateline counting ``DATELINE_WEIGHT``), or None."""
    return country_of(country_counts(sentences))


def _given(ref: ActorRef, sa: SentenceAnalysis, country: str | None,
           leading: str | None) -> ActorRef:
    at = (ref.start, ref.end)
    if leading is not None and ref.code != leading and at in sa.kingdom_sides:
        return replace(ref, code=leading, country_from="article")
    if country is not None and ((ref.code is None and at in sa.open_sides) or
                                (ref.code != country and at in sa.far_sides)):
        return replace(ref, code=country, country_from="article")
    return ref


def with_article_country(sa: SentenceAnalysis, country: str | None,
                         leading: str | None = None) -> SentenceAnalysis:
    """The sentence's events, their open sides given the article's country (and, as in the
    sentence coder, the people an article-country police or court holds:
    ``within_jurisdiction``); a body of «المملكة» the article's leading country."""
    if not (sa.open_sides or sa.far_sides) and not (leading and sa.kingdom_sides):
        return sa
    events = []
    for e in sa.events:
        actor = tuple(_given(a, sa, country, leading) for a in e.actor)
        recipient = tuple(_given(a, sa, country, leading) for a in e.recipient)
        if actor != e.actor:
            held = within_jurisdiction(e.event, actor, recipient)
            recipient = tuple(replace(r, country_from="article")
                              if r.code is not None and q.code is None else r
                              for r, q in zip(held, recipient, strict=True))
        if actor != e.actor or recipient != e.recipient:
            e = replace(e, actor=actor, recipient=recipient)
        events.append(e)
    return replace(sa, events=tuple(events))


def give_article_country(sentences: Sequence[SentenceAnalysis], country: str | None,
                         leading: str | None = None) -> list[SentenceAnalysis]:
    """Every sentence's open sides given the article's country, and its bodies of «المملكة»
    the leading country (none: unchanged)."""
    if country is None and leading is None:
        return list(sentences)
    return [with_article_country(sa, country, leading) for sa in sentences]
