"""Sides of cables and council statements that only the article before them names.

Saudi agency news tells a royal cable in two or three sentences: «بعث خادم الحرمين الشريفين
برقية تهنئة لفخامة الرئيس X …» and then «وأعرب … عن أصدق التهاني … لفخامته» or «وعبر نائب خادم
الحرمين الشريفين عن أبلغ التهاني … لفخامته». The addressee of the later sentences is an honorific
with a pronoun (لفخامته, لجلالته, لسموه), which the sentence coder cannot resolve; it is the
addressee of the cable the article told last (``addressee_of_cable``).

A council's statement names the council once and then says «المجلس» («وقدم المجلس خالص
تعازيه», «وهدد المجلس …») or names it without a country in a sentence about another state
(«وهنأ مجلس الوزراء جمهورية مصر العربية …»). Such a subject is the council the article coded
(``council_of_article``): the same words (or more: مجلس الوزراء السعودي) coded elsewhere in
the article, or for the bare «المجلس» the last council coded before it.

Both run on the whole article after its country is given (``Coder.analyse``), and only fill an
empty side or an uncoded one: a side the sentence coded stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from hadath.events.coder import SentenceAnalysis
from hadath.model import ActorRef, Event

# «ل» + an honorific + the pronoun «ه»: the addressee of a cable's greeting or condolence
ADDRESSEE_PRONOUN = re.compile(r"(?<!\w)ل(?:فخامت|جلالت|سمو|معالي|دولت|سيادت)ه(?!\w)")
CABLE_REACH = 2  # sentences back to the cable whose addressee the pronoun is
COUNCIL = re.compile(r"^(?:ال)?مجلس(?!\w)")
BARE_COUNCIL = "المجلس"
SUBJECT_REACH = 12  # characters after the verb where its subject «المجلس» stands


def _text(sa: SentenceAnalysis, text: str) -> str:
    return text[sa.sentence.start:sa.sentence.end]


def addressee_of_cable(sents: Sequence[SentenceAnalysis], text: str) -> list[SentenceAnalysis]:
    """A SUPPORT with no recipient whose sentence addresses «لفخامته/لجلالته/لسموه» after the
    trigger takes the recipient of the latest SUPPORT with a coded recipient in the same or the
    ``CABLE_REACH`` sentences before (the cable the pronoun refers back to)."""
    out: list[SentenceAnalysis] = []
    last: list[tuple[int, tuple[ActorRef, ...]]] = []  # (sentence no., recipient) of SUPPORTs
    for k, sa in enumerate(sents):
        events = []
        for e in sa.events:
            if e.event == "SUPPORT" and not e.recipient and \
                    ADDRESSEE_PRONOUN.search(text, e.end, sa.sentence.end):
                prior = [r for n, r in last if k - n <= CABLE_REACH]
                if prior:
                    e = replace(e, recipient=prior[-1])
            if e.event == "SUPPORT" and any(r.code for r in e.recipient):
                last.append((k, e.recipient))
            events.append(e)
        out.append(replace(sa, events=tuple(events)) if events != list(sa.events) else sa)
    return out


def _councils(sents: Sequence[SentenceAnalysis]) -> list[tuple[int, ActorRef]]:
    """The coded councils on the article's event sides, by their offset."""
    found = {(a.start, a.end): a for sa in sents for e in sa.events
             for a in e.actor + e.recipient if a.code and COUNCIL.match(a.entity_text)}
    return sorted((a.start, a) for a in found.values())


def _bare_subject(e: Event, text: str) -> int | None:
    """The offset of «المجلس» right after the event's verb (وقدم المجلس, وهدد المجلس), or None."""
    at = text.find(BARE_COUNCIL, e.start, e.end + SUBJECT_REACH)
    if at < 0 or text[e.start:at].count(" ") > 1:
        return None
    return at


def _council_for(e: Event, sa: SentenceAnalysis, text: str,
                 councils: Sequence[tuple[int, ActorRef]]) -> tuple[ActorRef, ...] | None:
    if not e.actor:
        at = _bare_subject(e, text)
        before = [a for s, a in councils if s < sa.sentence.start]
        if at is None or not before:
            return None
        a = before[-1]
        return (ActorRef(a.code, a.sector, BARE_COUNCIL, at, at + len(BARE_COUNCIL),
                         country_from="article"),)
    if len(e.actor) != 1 or e.actor[0].code is not None or \
            not COUNCIL.match(e.actor[0].entity_text):
        return None
    # مجلس الوزراء السعودي coded, مجلس الوزراء not: the same council named shorter
    same = [a for _s, a in councils if a.entity_text.startswith(e.actor[0].entity_text)]
    if not same:
        return None
    return (replace(e.actor[0], code=same[0].code, sector=same[0].sector,
                    country_from="article"),)


def council_of_article(sents: Sequence[SentenceAnalysis], text: str) -> list[SentenceAnalysis]:
    """A statement's subject «المجلس» with no actor, or a council named with no code, takes the
    council the article coded: the same words coded elsewhere, or for «المجلس» the last council
    coded in a sentence before."""
    councils = _councils(sents)
    if not councils:
        return list(sents)
    out: list[SentenceAnalysis] = []
    for sa in sents:
        events = []
        for e in sa.events:
            actor = _council_for(e, sa, text, councils)
            events.append(replace(e, actor=actor) if actor is not None else e)
        out.append(replace(sa, events=tuple(events)) if events != list(sa.events) else sa)
    return out


def article_sides(sents: Sequence[SentenceAnalysis], text: str) -> list[SentenceAnalysis]:
    """The sides of the article's cables and council statements that earlier sentences give."""
    return council_of_article(addressee_of_cable(sents, text), text)
