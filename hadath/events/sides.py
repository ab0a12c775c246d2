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

from collections.abc import Mapping, Sequence
from dataclasses import replace

from hadath.events.coder import SentenceAnalysis
from hadath.kb.cue_words import cue_words
from hadath.model import ActorRef, Event, Segment, Token

# the styles that address a person as «ل» + style + «ه» (لفخامته, لسموه): a cable's addressee
PRONOUN_STYLES = cue_words("pronoun_styles")
CABLE_REACH = 2  # sentences back to the cable whose addressee the pronoun is
# the council noun that opens a council's name (مجلس الوزراء, المجلس): what this rule is about,
# not vocabulary to extend (another body's bare noun names another body)
COUNCIL = "مجلس"


def _addresses_style(tok: Token) -> bool:
    """Is the word «ل» + a style + «ه» and nothing more (لفخامته, لجلالته, لسموه)?"""
    return [s.kind for s in tok.segments] == ["prep", "stem", "pron"] and \
        tok.starts_with("prep", "ل") and tok.stem in PRONOUN_STYLES and tok.has("pron", "ه")


def _council_word(segments: Sequence[Segment]) -> bool:
    """Are the segments «مجلس» or «المجلس» alone (no preposition, no pronoun)?"""
    kinds = [s.kind for s in segments]
    return kinds in (["stem"], ["det", "stem"]) and segments[-1].norm == COUNCIL


def addressee_of_cable(sents: Sequence[SentenceAnalysis]) -> list[SentenceAnalysis]:
    """A SUPPORT with no recipient whose sentence addresses «لفخامته/لجلالته/لسموه» after the
    trigger takes the recipient of the latest SUPPORT with a coded recipient in the same or the
    ``CABLE_REACH`` sentences before (the cable the pronoun refers back to)."""
    out: list[SentenceAnalysis] = []
    last: list[tuple[int, tuple[ActorRef, ...]]] = []  # (sentence no., recipient) of SUPPORTs
    for k, sa in enumerate(sents):
        events = []
        for e in sa.events:
            if e.event == "SUPPORT" and not e.recipient and \
                    any(t.start >= e.end and _addresses_style(t) for t in sa.sentence.tokens):
                prior = [r for n, r in last if k - n <= CABLE_REACH]
                if prior:
                    e = replace(e, recipient=prior[-1])
            if e.event == "SUPPORT" and any(r.code for r in e.recipient):
                last.append((k, e.recipient))
            events.append(e)
        out.append(replace(sa, events=tuple(events)) if events != list(sa.events) else sa)
    return out


def _segments(sents: Sequence[SentenceAnalysis]) -> dict[int, tuple[Segment, ...]]:
    """Each segment's offset -> the segments of its word from it on (والمجلس: و → و ال مجلس,
    ال → ال مجلس), to read an actor's first word from the offset it starts at."""
    return {seg.start: tok.segments[i:] for sa in sents for tok in sa.sentence.tokens
            for i, seg in enumerate(tok.segments)}


def _councils(sents: Sequence[SentenceAnalysis],
              segments: Mapping[int, Sequence[Segment]]) -> list[tuple[int, ActorRef]]:
    """The coded councils on the article's event sides (a side that opens with «مجلس» or
    «المجلس»), by their offset."""
    found = {(a.start, a.end): a for sa in sents for e in sa.events
             for a in e.actor + e.recipient if a.code and _council_word(segments.get(a.start, ()))}
    return sorted((a.start, a) for a in found.values())


def _bare_subject(e: Event, sa: SentenceAnalysis) -> tuple[int, int] | None:
    """The span of «المجلس» in the word right after the event's verb (وقدم المجلس, وهدد
    المجلس), or None."""
    tokens = sa.sentence.tokens
    verb = next((j for j, t in enumerate(tokens) if t.start <= e.start < t.end), None)
    if verb is None or verb + 1 >= len(tokens):
        return None
    word = tokens[verb + 1].segments
    if word and word[0].kind == "conj":  # والمجلس
        word = word[1:]
    if not (word and word[0].kind == "det" and _council_word(word)):
        return None
    return word[0].start, word[-1].end


def _council_for(e: Event, sa: SentenceAnalysis, text: str,
                 councils: Sequence[tuple[int, ActorRef]],
                 segments: Mapping[int, Sequence[Segment]]) -> tuple[ActorRef, ...] | None:
    if not e.actor:
        span = _bare_subject(e, sa)
        before = [a for s, a in councils if s < sa.sentence.start]
        if span is None or not before:
            return None
        a = before[-1]
        return (ActorRef(a.code, a.sector, text[span[0]:span[1]], *span,
                         country_from="article"),)
    if len(e.actor) != 1 or e.actor[0].code is not None or \
            not _council_word(segments.get(e.actor[0].start, ())):
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
    segments = _segments(sents)
    councils = _councils(sents, segments)
    if not councils:
        return list(sents)
    out: list[SentenceAnalysis] = []
    for sa in sents:
        events = []
        for e in sa.events:
            actor = _council_for(e, sa, text, councils, segments)
            events.append(replace(e, actor=actor) if actor is not None else e)
        out.append(replace(sa, events=tuple(events)) if events != list(sa.events) else sa)
    return out


def article_sides(sents: Sequence[SentenceAnalysis], text: str) -> list[SentenceAnalysis]:
    """The sides of the article's cables and council statements that earlier sentences give."""
    return council_of_article(addressee_of_cable(sents), text)
