"""The Python API: ``Coder.load()`` once, then ``coder.code_article(article)`` per article.

``code(text, date=...)`` is the one-call convenience; it loads the knowledge base and models each
time, so keep a ``Coder`` for anything longer than a handful of texts.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from hadath.events.article import (
    country_of,
    give_article_country,
    leading_country,
    sentence_counts,
)
from hadath.events.coder import SentenceAnalysis, article_surnames, code_sentence, one_a_story
from hadath.events.discourse import Context, passes_on, quote_depths
from hadath.events.register import unanchored
from hadath.events.sides import article_sides
from hadath.kb.loader import KnowledgeBase
from hadath.model import Article, Event, Sentence
from hadath.text import TextAnalyzer
from hadath.text.analyzer import MAX_SENTENCE_TOKENS, window_sentences


@dataclass(frozen=True)
class ArticleAnalysis:
    article: Article
    sentences: tuple[SentenceAnalysis, ...]
    events: tuple[Event, ...]


class Coder:
    """Everything the per-article function needs, loaded once (safe to pickle to workers)."""

    def __init__(self, kb: KnowledgeBase, analyzer: TextAnalyzer, *, places: object = None,
                 dates: object = None, ner: object = None, one_a_story: bool = True,
                 max_sentence_tokens: int = MAX_SENTENCE_TOKENS,
                 article_country: bool = True) -> None:
        self.ner = ner
        self.max_sentence_tokens = max_sentence_tokens  # longer sentences are coded in windows
        self.kb = kb
        self.analyzer = analyzer
        self.places = places
        self.dates = dates
        self.one_a_story = one_a_story
        # state bodies in sentences naming no country take the article's (events/article.py)
        self.article_country = article_country

    @classmethod
    def load(cls, dictionaries: Sequence[str | Path] = (), *, one_a_story: bool = True,
             places: bool = True, dates: bool = True, ner: bool = True,
             article_country: bool = True) -> Coder:
        kb = KnowledgeBase.load(dictionaries)
        place_matcher = None
        if places:
            from hadath.mentions.gazetteer_match import PlaceMatcher
            from hadath.mentions.places import Gazetteer

            place_matcher = PlaceMatcher(Gazetteer.load())
        resolver = None
        if dates:
            from hadath.mentions.dates import DateResolver

            resolver = DateResolver()
        tagger = None
        if ner:
            from hadath.mentions.ner import NerTagger

            tagger = NerTagger.load()
        # the segmenter reads a known name after ب/ل it has no counts for (بأدواني)
        return cls(kb, TextAnalyzer(names=kb.name_words()), places=place_matcher,
                   dates=resolver, ner=tagger, one_a_story=one_a_story,
                   article_country=article_country)

    def analyse(self, article: Article) -> ArticleAnalysis:
        text = article.text
        sents: list[SentenceAnalysis] = []
        counts: Counter[str] = Counter()  # the article's country mentions so far
        # the persons named in full so far: a bare surname after a verb is one of them
        surnames: dict[str, tuple[str | None, str | None]] = {}
        sentences = window_sentences(self.analyzer.analyse(text), self.max_sentence_tokens)
        depths = quote_depths(text, [s.start for s in sentences])  # one pass, not one a sentence
        # what each sentence was coded with: the context before it, the article's country so far
        coded_with: list[tuple[Context | None, str | None]] = []
        for s in sentences:
            # the article's country so far reads the place names of several countries
            so_far = country_of(counts) if self.article_country else None
            # the subject and the pair the sentence before left (events/discourse.py); the
            # subject not across a blank line or a quotation
            before = self._left(sents, s, text, depths)
            sa = self._sentence(article, s, so_far, surnames, before)
            if sa.wants_subject and self.ner is not None and sents and \
                    not sents[-1].triggers and passes_on(sents[-1].sentence.start,
                                                         sents[-1].sentence.end, s.start, text,
                                                         depths):
                # «قال محمد العلي إن … . وأدان …»: the sentence before had no trigger, so the
                # NER did not read the name that is the subject; read it now
                named = self._sentence(article, sents[-1].sentence, coded_with[-1][1],
                                       surnames, coded_with[-1][0], names=True)
                surnames.update(article_surnames(named))
                if named.left.subject is not None:
                    sents[-1] = replace(sents[-1], left=named.left)
                    before = self._left(sents, s, text, depths)
                    sa = self._sentence(article, s, so_far, surnames, before)
            coded_with.append((before, so_far))
            surnames.update(article_surnames(sa))
            counts.update(sentence_counts(sa, not sents))
            sents.append(sa)
        if self.article_country:
            sents = give_article_country(sents, country_of(counts), leading_country(counts))
        # a cable's «لفخامته», a statement's «المجلس»: sides the article before gives
        sents = article_sides(sents, text)
        events: list[Event] = [e for sa in sents for e in sa.events]
        # a column, a memoir, a feature: events/register.py
        events = unanchored(events, text, article.date, self.dates)  # type: ignore[arg-type]
        if self.one_a_story:
            events = one_a_story(events)
        events = [replace(e, id=f"{article.id}-{k}") for k, e in enumerate(events)]
        return ArticleAnalysis(article, tuple(sents), tuple(events))

    def _left(self, sents: Sequence[SentenceAnalysis], s: Sentence, text: str,
              depths: Mapping[int, int]) -> Context | None:
        """What the sentence before ``s`` leaves it; its subject not across a blank line or a
        quotation (``discourse.passes_on``)."""
        if not sents:
            return None
        before = sents[-1].left
        if before.subject is not None and not passes_on(
                sents[-1].sentence.start, sents[-1].sentence.end, s.start, text, depths):
            return replace(before, subject=None)
        return before

    def _sentence(self, article: Article, s: Sentence, so_far: str | None,
                  surnames: Mapping[str, tuple[str | None, str | None]],
                  before: Context | None, names: bool = False) -> SentenceAnalysis:
        return code_sentence(article.text, s, self.kb, doc_id=article.id,
                             article_date=article.date,
                             places=self.places,  # type: ignore[arg-type]
                             dates=self.dates,  # type: ignore[arg-type]
                             ner=self.ner,  # type: ignore[arg-type]
                             article_country=so_far, surnames=surnames, before=before,
                             names=names)

    def code_article(self, article: Article) -> list[Event]:
        return list(self.analyse(article).events)


def code(text: str, date: dt.date | str | None = None, *, doc_id: str = "doc",
         coder: Coder | None = None) -> list[Event]:
    """Code one text. ``date`` (the article date) resolves dated roles and relative dates; a
    string is read as in input files (ISO, YYYYMMDD, DD/MM/YYYY …), anything else is a
    ``ValueError`` that names it."""
    if isinstance(date, str):
        from hadath.io.readers import parse_date

        try:
            date = parse_date(date)
        except ValueError as exc:
            raise ValueError(f"date: {exc}; use YYYY-MM-DD, e.g. 2023-08-25") from None
    c = coder or Coder.load()
    return c.code_article(Article(id=doc_id, text=text, date=date))
