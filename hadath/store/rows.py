"""The per-article function of the corpus path, and the rows it produces.

``code_record(coder, record)`` turns one input record (an Article or an InputProblem) into plain
rows for the store's tables. It is what both engines run: the local process pool and Dask. The
rows of many records are gathered into a :class:`Batch`, which becomes one Arrow table per store
table (written to DuckDB in one transaction, or to Parquet by the Dask engine). This module does
not import pyarrow (nor DuckDB): a worker process that only codes does not load them (≈ 60 MB).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from hadath.errors import InputProblem
from hadath.io.corpora import CorpusRecord
from hadath.model import Article, Event

if TYPE_CHECKING:
    import pyarrow as pa

SLOW_ENV = "HADATH_INGEST_SLOW_MS"  # testing aid: sleep this long per article in the worker

#: The store tables a Batch fills, in order (their Arrow schemas: hadath.store.tables).
TABLES = ("articles", "events", "event_actors", "mentions", "errors")


class AnalysingCoder(Protocol):
    def analyse(self, article: Article) -> Any: ...


@dataclass(slots=True)
class Batch:
    """Rows of several records, one list of tuples per table (columns in SCHEMAS order)."""

    articles: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)
    event_actors: list[tuple[Any, ...]] = field(default_factory=list)
    mentions: list[tuple[Any, ...]] = field(default_factory=list)
    errors: list[tuple[Any, ...]] = field(default_factory=list)
    n_sentences: int = 0

    def extend(self, other: Batch) -> None:
        for name in TABLES:
            getattr(self, name).extend(getattr(other, name))
        self.n_sentences += other.n_sentences

    @property
    def n_records(self) -> int:
        return len(self.articles) + len(self.errors)

    def article_ids(self) -> list[str]:
        return [r[0] for r in self.articles]

    def table(self, name: str) -> pa.Table:
        from hadath.store.tables import rows_table  # pyarrow: only where tables are written

        return rows_table(name, getattr(self, name))

    def tables(self) -> dict[str, pa.Table]:
        return {name: self.table(name) for name in TABLES}


def event_rows(ev: Event, article_id: str) -> tuple[tuple[Any, ...], list[tuple[Any, ...]]]:
    a0 = ev.actor[0] if ev.actor else None
    r0 = ev.recipient[0] if ev.recipient else None
    att = ev.attribution
    loc = ev.event_loc
    date = dt.date.fromisoformat(ev.date) if ev.date else None
    row = (
        ev.id, article_id, date, ev.date_source, ev.event, ev.mode, list(ev.context),
        ev.quad_code, ev.cameo, float(ev.goldstein),
        a0.code if a0 else None, a0.sector if a0 else None,
        r0.code if r0 else None, r0.sector if r0 else None,
        ev.event_text, ev.sequence, ev.start, ev.end, ev.negated, ev.modality,
        att.kind if att else None, att.text if att else None, att.code if att else None,
        loc.extracted_place if loc else None, loc.geonameid if loc else None,
        loc.lat if loc else None, loc.lon if loc else None, loc.country_code if loc else None,
        ev.mentions, json.dumps(ev.to_json(), ensure_ascii=False),
    )
    actors = [(ev.id, article_id, role, k, a.code, a.sector, a.entity_text, a.start, a.end,
               a.identifier_text, a.country_from)
              for role, refs in (("actor", ev.actor), ("recipient", ev.recipient))
              for k, a in enumerate(refs)]
    return row, actors


def _mention_rows(article_id: str, sentences: Sequence[Any]) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for sa in sentences:
        idx = sa.sentence.index
        for a in getattr(sa, "actors", ()):
            out.append((article_id, idx, "actor", a.start, a.end, a.text, a.code, a.sector,
                        a.entity_id, None))
        for _tok_start, _tok_end, loc in getattr(sa, "places", ()):
            out.append((article_id, idx, "place", loc.start, loc.end, loc.extracted_place,
                        loc.country_code, None, None, loc.geonameid))
    return out


def code_record(coder: AnalysingCoder, rec: CorpusRecord, run_id: str,
                now: dt.datetime | None = None) -> Batch:
    """The per-article function: one record in, its rows out. Never raises for a bad record."""
    now = now or dt.datetime.now()
    b = Batch()
    r = rec.record
    if isinstance(r, InputProblem):
        b.errors.append((rec.source, rec.position, None, r.code, r.field, r.reason, r.hint,
                         run_id, now))
        return b
    slow = os.environ.get(SLOW_ENV)
    if slow:
        time.sleep(float(slow) / 1000.0)
    try:
        an = coder.analyse(r)
    except Exception as exc:  # a coder bug must not lose the record: it becomes an error row
        b.errors.append((rec.source, rec.position, r.id, "E900",
                         None, f"the coder failed on this article ({type(exc).__name__}: {exc})",
                         "report it as a hadath bug, with the article", run_id, now))
        return b
    events: Sequence[Event] = an.events
    b.articles.append((r.id, rec.source, rec.position, r.date, r.title, r.url, r.source,
                       len(r.text), len(an.sentences), len(events), run_id, now, r.text))
    for ev in events:
        row, actors = event_rows(ev, r.id)
        b.events.append(row)
        b.event_actors.extend(actors)
    b.mentions.extend(_mention_rows(r.id, an.sentences))
    b.n_sentences = len(an.sentences)
    return b


def code_records(coder: AnalysingCoder, recs: Iterable[CorpusRecord], run_id: str) -> Batch:
    out = Batch()
    now = dt.datetime.now()
    for rec in recs:
        out.extend(code_record(coder, rec, run_id, now))
    return out


@functools.cache
def worker_coder(dictionaries: tuple[str, ...] = (), one_a_story: bool = True,
                 factory: str | None = None) -> AnalysingCoder:
    """The coder of this worker process, loaded once (a cache, not shared state).

    ``factory`` (``"module:function"``) replaces ``Coder.load`` — for tests and for plugging in
    another coder with the same ``analyse`` method.
    """
    if factory:
        import importlib

        mod, _, fn = factory.partition(":")
        return importlib.import_module(mod).__dict__[fn]()
    from hadath.api import Coder

    return Coder.load(dictionaries, one_a_story=one_a_story)
