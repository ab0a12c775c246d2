"""The hadath web app: a versioned JSON API over the coder and the corpus store, and two pages.

``create_app(db_path=..., coder=None)`` builds everything a server needs and keeps it on the app
(``app.state``), never in module globals, so tests and several servers in one process don't
share anything. The coder is loaded on the first coding request unless one is given.
"""


import datetime as dt
import json
import re
import threading
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field

from hadath.kb.schema import PLOVER_TYPES
from hadath.model import Article, Event
from hadath.web import problems
from hadath.web.corpus import CorpusStore, EventFilter
from hadath.web.labels import Labels
from hadath.web.limits import BodyLimit, Limits
from hadath.web.problems import ProblemError
from hadath.web.spans import article_network, build_spans

STATIC = Path(__file__).parent / "static"
API_VERSION = "v1"
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")

Json = dict[str, Any]


class CoderSlot:
    """The coder of one app: given, or loaded once on first use (thread-safe)."""

    def __init__(self, coder: Any = None, dictionaries: Sequence[str] = ()) -> None:
        self._coder = coder
        self._dictionaries = tuple(dictionaries)
        self._lock = threading.Lock()

    def get(self) -> Any:
        with self._lock:
            if self._coder is None:
                from hadath.api import Coder

                self._coder = Coder.load(self._dictionaries)
            return self._coder


class CodeRequest(BaseModel):
    """One article to code."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "text": "التقى الرئيس الروسي فلاديمير بوتين مع الرئيس التركي رجب طيب أردوغان في سوتشي.",
        "date": "2023-08-25"}]})

    text: str = Field(description="The article text (Arabic); offsets in the answer point here")
    date: str | None = Field(None, description="Article date, YYYY-MM-DD: resolves dated roles "
                                               "and relative dates")
    id: str = Field("doc", max_length=200, description="Article id used in event ids")
    title: str | None = Field(None, max_length=2000)


def _parse_date(value: str | None, name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ProblemError(422, "bad-date", f"{name}: {value!r} is not a date; use YYYY-MM-DD "
                                            "(for example 2023-08-25)") from None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _article(req: CodeRequest, limits: Limits) -> Article:
    for name, value in (("text", req.text), ("id", req.id), ("title", req.title),
                        ("date", req.date)):
        if value and _SURROGATE.search(value):
            raise ProblemError(422, "bad-text", f"{name} holds an unpaired UTF-16 surrogate "
                                                "(a broken \\uXXXX escape)",
                               hint="send the text as valid UTF-8")
    if not req.text.strip():
        raise ProblemError(422, "empty-text", "text is empty: there is nothing to code")
    if len(req.text) > limits.max_text_chars:
        raise ProblemError(413, "text-too-long",
                           f"text has {len(req.text)} characters; the limit is "
                           f"{limits.max_text_chars}",
                           hint="split the article, or code large corpora with `hadath ingest`")
    return Article(id=req.id, text=req.text, date=_parse_date(req.date, "date"), title=req.title)


def _notes(art: Article) -> list[str]:
    if art.date is None:
        return ["no date given: dated roles were not filtered by date and events carry no date "
                "(date_source=none)"]
    return []


def _one_a_story_key(e: Event) -> tuple[Any, ...]:
    return (e.event, tuple((a.code, a.sector) for a in e.actor),
            tuple((a.code, a.sector) for a in e.recipient), e.date, e.negated, e.modality)


def analysis_json(an: Any, labels: Labels) -> Json:
    """A coder ``ArticleAnalysis`` as the article view's JSON (same shape as a stored article)."""
    final: list[Event] = list(an.events)
    flat: list[Event] = [e for sa in an.sentences for e in sa.events]
    if len(flat) == len(final):
        ids = [e.id for e in final]
    else:  # one-a-story merged some: every trigger still gets highlighted, under its event's id
        keymap = {_one_a_story_key(e): e.id for e in final}
        ids = [keymap.get(_one_a_story_key(e), "") for e in flat]
    span_events = [replace(e, id=i).to_json() for e, i in zip(flat, ids, strict=True)]
    mentions: list[Json] = []
    for sa in an.sentences:
        for a in sa.actors:
            mentions.append({"kind": "actor", "start": a.start, "end": a.end, "text": a.text,
                             "code": a.code, "sector": a.sector})
        for _s, _e, loc in sa.places:
            mentions.append({"kind": "place", "start": loc.start, "end": loc.end,
                             "text": loc.extracted_place, "code": loc.country_code})
    events = [e.to_json() for e in final]
    art: Article = an.article
    return {
        "article": {"id": art.id, "date": art.date.isoformat() if art.date else None,
                    "title": art.title, "n_chars": len(art.text),
                    "n_sentences": len(an.sentences), "n_events": len(events)},
        "text": art.text,
        "sentences": [{"index": sa.sentence.index, "start": sa.sentence.start,
                       "end": sa.sentence.end} for sa in an.sentences],
        "events": events,
        "spans": build_spans(span_events, mentions, labels),
        "network": article_network(events, labels),
        "notes": _notes(art),
    }


def create_app(db_path: str | Path | None = None, coder: Any = None, *,
               limits: Limits | None = None, dictionaries: Sequence[str] = ()) -> FastAPI:
    """Build the app. ``db_path``: the corpus store (DuckDB) or None for coding only."""
    lim = limits or Limits()
    app = FastAPI(
        title="hadath", version=API_VERSION,
        summary="Arabic news in, PLOVER political event data out",
        description="Code Arabic text into PLOVER events, and query a corpus store. Errors are "
                    "RFC 9457 problem details (application/problem+json).",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    labels = Labels()
    app.state.limits = lim
    app.state.labels = labels
    app.state.coder = CoderSlot(coder, dictionaries)
    app.state.store = CorpusStore(db_path, lim, labels)
    problems.install(app)
    app.add_middleware(BodyLimit, max_bytes=lim.max_body_bytes)

    @app.middleware("http")
    async def _headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]
                       ) -> Response:
        resp = await call_next(request)
        resp.headers.setdefault("Content-Security-Policy", CSP)
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Referrer-Policy", "no-referrer")
        return resp

    store: CorpusStore = app.state.store
    slot: CoderSlot = app.state.coder

    # ------------------------------------------------------------------ pages

    def page(name: str) -> Callable[[], FileResponse]:
        def serve() -> FileResponse:
            return FileResponse(STATIC / name, media_type="text/html; charset=utf-8")
        return serve

    app.add_api_route("/", page("index.html"), include_in_schema=False)
    app.add_api_route("/explorer", page("explorer.html"), include_in_schema=False)
    app.add_api_route("/docs", page("api.html"), include_in_schema=False)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    # ------------------------------------------------------------------ coding

    @app.post("/v1/code", tags=["coding"], summary="Code one text into PLOVER events")
    def code(req: CodeRequest, format: Annotated[str, Query(
            pattern="^(json|jsonl)$", description="json: an object with `events`; jsonl: one "
                                                   "event per line, exactly as `hadath code`")]
             = "json") -> Any:
        art = _article(req, lim)
        events = [e.to_json() for e in slot.get().code_article(art)]
        if format == "jsonl":
            body = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events)
            return Response(body, media_type="application/x-ndjson")
        return {"id": art.id, "date": req.date, "n_events": len(events), "events": events,
                "notes": _notes(art)}

    @app.post("/v1/analyse", tags=["coding"],
              summary="Code one text and return highlight spans and its actor graph")
    def analyse(req: CodeRequest) -> Json:
        art = _article(req, lim)
        return analysis_json(slot.get().analyse(art), labels)

    # ------------------------------------------------------------------ corpus

    def filters(actor: str | None, recipient: str | None, type: str | None,
                quad: int | None, start: str | None, end: str | None, place: str | None,
                q: str | None, article: str | None = None) -> EventFilter:
        if type and type.upper() not in PLOVER_TYPES:
            raise ProblemError(422, "bad-type", f"type: {type!r} is not a PLOVER event type",
                               hint="one of " + ", ".join(PLOVER_TYPES))
        f = EventFilter(actor=actor or None, recipient=recipient or None, type=type or None,
                        quad=quad, start=_parse_date(start, "start"),
                        end=_parse_date(end, "end"), place=place or None, q=q or None,
                        article=article or None)
        if f.start and f.end and f.start > f.end:
            raise ProblemError(422, "bad-date-range", f"start {f.start} is after end {f.end}")
        return f

    Code = Annotated[str | None, Query(max_length=40, pattern=r"^[A-Za-z0-9_]+$",
                                       description="Actor code (RUS, IGOUNO…)")]
    Type = Annotated[str | None, Query(max_length=20, description="PLOVER event type")]
    Quad = Annotated[int | None, Query(ge=1, le=4, description="1 verbal cooperation, 2 material "
                                       "cooperation, 3 verbal conflict, 4 material conflict")]
    Day = Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD (inclusive)")]
    Place = Annotated[str | None, Query(max_length=100, description="Country code or place "
                                                                    "words")]
    Text = Annotated[str | None, Query(max_length=200, description="Text search")]
    Rows = Annotated[int, Query(ge=1, le=lim.max_rows)]
    MinCount = Annotated[int, Query(ge=1, le=1_000_000)]

    @app.get("/v1/events", tags=["corpus"], summary="Events, filtered and paginated")
    def events(actor: Code = None, recipient: Code = None, type: Type = None, quad: Quad = None,
               start: Day = None, end: Day = None, place: Place = None, q: Text = None,
               article: Annotated[str | None, Query(max_length=500)] = None,
               limit: Annotated[int, Query(ge=1, le=lim.max_page_size)] = 50,
               offset: Annotated[int, Query(ge=0, le=lim.max_offset)] = 0) -> Json:
        return store.events(filters(actor, recipient, type, quad, start, end, place, q, article),
                            limit, offset)

    @app.get("/v1/dyads", tags=["corpus"], summary="Actor → recipient pairs by event count")
    def dyads(actor: Code = None, recipient: Code = None, type: Type = None, quad: Quad = None,
              start: Day = None, end: Day = None, place: Place = None, q: Text = None,
              limit: Rows = 50, min_count: MinCount = 1) -> Json:
        f = filters(actor, recipient, type, quad, start, end, place, q)
        return {"items": store.dyads(f, limit, min_count)}

    @app.get("/v1/network", tags=["corpus"],
             summary="Actor network: nodes, and directed edges with counts per quad class")
    def network(actor: Code = None, recipient: Code = None, type: Type = None,
                quad: Quad = None, start: Day = None, end: Day = None, place: Place = None,
                q: Text = None, limit: Annotated[int, Query(ge=1, le=lim.max_rows)] = 150,
                min_count: MinCount = 1) -> Json:
        f = filters(actor, recipient, type, quad, start, end, place, q)
        return store.network(f, limit, min_count)

    @app.get("/v1/timeline", tags=["corpus"],
             summary="Events per month and quad class, and summed Goldstein (dyad timeline)")
    def timeline(actor: Code = None, recipient: Code = None, type: Type = None,
                 quad: Quad = None, start: Day = None, end: Day = None, place: Place = None,
                 q: Text = None) -> Json:
        return store.timeline(filters(actor, recipient, type, quad, start, end, place, q))

    @app.get("/v1/actors", tags=["corpus"], summary="Top actors by number of events")
    def actors(type: Type = None, quad: Quad = None, start: Day = None, end: Day = None,
               place: Place = None, q: Text = None, limit: Rows = 30) -> Json:
        f = filters(None, None, type, quad, start, end, place, q)
        return {"items": store.actors(f, limit)}

    @app.get("/v1/places", tags=["corpus"], summary="Event locations with counts (for the map)")
    def places(actor: Code = None, recipient: Code = None, type: Type = None,
               quad: Quad = None, start: Day = None, end: Day = None, q: Text = None,
               limit: Rows = 500) -> Json:
        f = filters(actor, recipient, type, quad, start, end, None, q)
        return {"items": store.places(f, limit)}

    @app.get("/v1/stats", tags=["corpus"], summary="What the store holds")
    def stats() -> Json:
        return store.stats()

    @app.get("/v1/articles/{article_id:path}", tags=["corpus"],
             summary="One stored article: its events, and event and mention spans")
    def article(article_id: str) -> Json:
        if len(article_id) > 500:
            raise ProblemError(422, "bad-id", "article id is longer than 500 characters")
        found = store.article(article_id)
        if found is None:
            raise ProblemError(404, "no-such-article", f"no article with id {article_id!r} "
                                                       "in the store")
        return found

    @app.get("/v1/health", tags=["meta"], summary="Liveness, and whether a store is configured")
    def health() -> Json:
        return {"status": "ok", "version": API_VERSION,
                "store": str(store.path) if store.path else None,
                "limits": {"max_body_bytes": lim.max_body_bytes,
                           "max_text_chars": lim.max_text_chars,
                           "max_page_size": lim.max_page_size,
                           "query_seconds": lim.query_seconds}}

    @app.get("/v1", include_in_schema=False)
    def index() -> JSONResponse:
        return JSONResponse({"openapi": "/openapi.json", "docs": "/docs",
                             "endpoints": sorted({r.path for r in app.routes  # type: ignore[attr-defined]
                                                  if getattr(r, "path", "").startswith("/v1/")})})

    return app
