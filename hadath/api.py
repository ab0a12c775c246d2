"""The Python API: ``Coder.load()`` once, then ``coder.code_article(article)`` per article.

``code(text, date=...)`` is the one-call convenience; it loads the knowledge base and models each
time, so keep a ``Coder`` for anything longer than a handful of texts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from hadath.events.coder import SentenceAnalysis, code_sentence, one_a_story
from hadath.kb.loader import KnowledgeBase
from hadath.model import Article, Event
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
                 max_sentence_tokens: int = MAX_SENTENCE_TOKENS) -> None:
        self.ner = ner
        self.max_sentence_tokens = max_sentence_tokens  # longer sentences are coded in windows
        self.kb = kb
        self.analyzer = analyzer
        self.places = places
        self.dates = dates
        self.one_a_story = one_a_story

    @classmethod
    def load(cls, dictionaries: Sequence[str | Path] = (), *, one_a_story: bool = True,
             places: bool = True, dates: bool = True, ner: bool = True) -> Coder:
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
        return cls(kb, TextAnalyzer(), places=place_matcher, dates=resolver, ner=tagger,
                   one_a_story=one_a_story)

    def analyse(self, article: Article) -> ArticleAnalysis:
        text = article.text
        sents = []
        events: list[Event] = []
        for s in window_sentences(self.analyzer.analyse(text), self.max_sentence_tokens):
            sa = code_sentence(text, s, self.kb, doc_id=article.id, article_date=article.date,
                               places=self.places, dates=self.dates,  # type: ignore[arg-type]
                               ner=self.ner)  # type: ignore[arg-type]
            sents.append(sa)
            events.extend(sa.events)
        if self.one_a_story:
            events = one_a_story(events)
        events = [replace(e, id=f"{article.id}-{k}") for k, e in enumerate(events)]
        return ArticleAnalysis(article, tuple(sents), tuple(events))

    def code_article(self, article: Article) -> list[Event]:
        return list(self.analyse(article).events)


def code(text: str, date: dt.date | str | None = None, *, doc_id: str = "doc",
         coder: Coder | None = None) -> list[Event]:
    """Code one text. ``date`` (the article date) resolves dated roles and relative dates."""
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    c = coder or Coder.load()
    return c.code_article(Article(id=doc_id, text=text, date=date))
