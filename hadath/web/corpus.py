"""Read-only queries over the corpus store (docs/DATA_MODEL.md) for the API and the explorer.

Each request opens its own read-only DuckDB connection with file access outside the store turned
off (``enable_external_access=false``), runs parameterised SQL only, and is interrupted after
``Limits.query_seconds``. Holding no connection between requests lets ``hadath ingest`` write to
the same file while the server is idle.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from hadath.web.labels import Labels
from hadath.web.limits import Limits
from hadath.web.problems import ProblemError
from hadath.web.spans import article_network, build_spans, dominant_quad

Json = dict[str, Any]
QUADS = ("1", "2", "3", "4")
REQUIRED_TABLES = ("articles", "events", "event_actors", "mentions")


def _like(s: str) -> str:
    return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@dataclass(frozen=True, slots=True)
class EventFilter:
    """The filters every corpus endpoint understands (all optional, combined with AND)."""

    actor: str | None = None  # code of any actor of the event
    recipient: str | None = None  # code of any recipient
    type: str | None = None  # PLOVER event type
    quad: int | None = None  # 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material
    start: dt.date | None = None
    end: dt.date | None = None  # inclusive
    place: str | None = None  # ISO alpha-3 country code, or words of the place name
    q: str | None = None  # text search: trigger words, actor words, place, article title
    article: str | None = None
    include_negated: bool = True

    def where(self) -> tuple[str, list[Any]]:
        conds: list[str] = []
        params: list[Any] = []
        if self.actor:
            conds.append("e.id IN (SELECT event_id FROM event_actors "
                         "WHERE role = 'actor' AND code = ?)")
            params.append(self.actor)
        if self.recipient:
            conds.append("e.id IN (SELECT event_id FROM event_actors "
                         "WHERE role = 'recipient' AND code = ?)")
            params.append(self.recipient)
        if self.type:
            conds.append("e.event = ?")
            params.append(self.type.upper())
        if self.quad is not None:
            conds.append("e.quad_code = ?")
            params.append(self.quad)
        if self.start:
            conds.append("e.date >= ?")
            params.append(self.start)
        if self.end:
            conds.append("e.date <= ?")
            params.append(self.end)
        if self.place:
            conds.append("(e.country_code = ? OR e.place ILIKE ? ESCAPE '\\')")
            params += [self.place.upper(), _like(self.place)]
        if self.q:
            conds.append("(e.event_text ILIKE ? ESCAPE '\\' OR e.place ILIKE ? ESCAPE '\\' "
                         "OR e.attribution_text ILIKE ? ESCAPE '\\' "
                         "OR ar.title ILIKE ? ESCAPE '\\' OR e.id IN (SELECT event_id FROM "
                         "event_actors WHERE entity_text ILIKE ? ESCAPE '\\'))")
            params += [_like(self.q)] * 5
        if self.article:
            conds.append("e.article_id = ?")
            params.append(self.article)
        if not self.include_negated:
            conds.append("NOT coalesce(e.negated, false)")
        return (" AND ".join(conds) or "true"), params


class CorpusStore:
    def __init__(self, path: str | Path | None, limits: Limits, labels: Labels) -> None:
        self.path = Path(path) if path is not None else None
        self.limits = limits
        self.labels = labels

    # ------------------------------------------------------------------ plumbing

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if self.path is None:
            raise ProblemError(503, "no-store", "this server was started without a store",
                               hint="restart it with `hadath serve --db FILE`")
        if not self.path.is_file():
            raise ProblemError(503, "no-store", f"there is no store at {self.path}",
                               hint=f"create it with `hadath ingest INPUT... --db {self.path}`")
        try:
            con = duckdb.connect(str(self.path), read_only=True, config={
                "enable_external_access": False, "threads": self.limits.db_threads,
                "memory_limit": self.limits.db_memory})
        except duckdb.Error as exc:
            raise ProblemError(503, "store-busy", f"cannot open the store ({exc})",
                               hint="another process (hadath ingest?) may be writing to it; "
                                    "try again when it has finished") from exc
        try:
            names = {r[0] for r in con.execute(
                "SELECT table_name FROM information_schema.tables").fetchall()}
            missing = [t for t in REQUIRED_TABLES if t not in names]
            if missing:
                raise ProblemError(503, "not-a-store",
                                   f"{self.path} is not a hadath store (no table "
                                   f"{', '.join(missing)})",
                                   hint="point --db at a file written by `hadath ingest`")
            yield con
        finally:
            con.close()

    def run(self, con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None
            ) -> list[Json]:
        timer = threading.Timer(self.limits.query_seconds, con.interrupt)
        timer.start()
        try:
            cur = con.execute(sql, params or [])
            cols = [d[0] for d in cur.description or []]
            return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
        except duckdb.InterruptException as exc:
            raise ProblemError(504, "query-timeout",
                               f"the query ran longer than {self.limits.query_seconds:g} s "
                               "and was stopped", hint="narrow the filters (dates, actor, type)"
                               ) from exc
        finally:
            timer.cancel()

    def has_text(self, con: duckdb.DuckDBPyConnection) -> bool:
        rows = con.execute("SELECT 1 FROM information_schema.columns WHERE table_name = "
                           "'articles' AND column_name = 'text'").fetchall()
        return bool(rows)

    # ------------------------------------------------------------------ endpoints

    def stats(self) -> Json:
        with self.connect() as con:
            a = self.run(con, "SELECT count(*) AS articles, min(date) AS first, "
                              "max(date) AS last FROM articles")[0]
            e = self.run(con, "SELECT count(*) AS events, count(*) FILTER (WHERE date IS NULL) "
                              "AS undated, count(DISTINCT event) AS types FROM events")[0]
            return {"articles": a["articles"], "events": e["events"], "undated": e["undated"],
                    "event_types": e["types"], "first_date": _iso(a["first"]),
                    "last_date": _iso(a["last"]), "has_text": self.has_text(con)}

    def events(self, f: EventFilter, limit: int, offset: int) -> Json:
        where, params = f.where()
        with self.connect() as con:
            text = self.has_text(con)
            base = f"FROM events e LEFT JOIN articles ar ON ar.id = e.article_id WHERE {where}"
            total = self.run(con, f"SELECT count(*) AS n {base}", params)[0]["n"]
            sent = ", ar.text AS article_text" if text else ""
            rows = self.run(con, f"SELECT e.json, e.article_id, ar.title, e.sentence{sent} "
                                 f"{base} ORDER BY e.date DESC NULLS LAST, e.id "
                                 "LIMIT ? OFFSET ?", [*params, limit, offset])
        items = []
        for r in rows:
            ev = json.loads(r["json"])
            ev["article_id"] = r["article_id"]
            ev["article_title"] = r["title"]
            ev["sentence_text"] = _sentence_of(r.get("article_text"), ev) if text else None
            items.append(ev)
        return {"total": total, "limit": limit, "offset": offset, "items": items,
                "has_text": text}

    def _pairs(self, where: str, network: bool) -> str:
        loops = "AND a.code <> r.code" if network else ""
        return f"""WITH f AS (
                SELECT e.id, e.quad_code, e.goldstein, e.date FROM events e
                LEFT JOIN articles ar ON ar.id = e.article_id WHERE {where}),
            p AS (SELECT DISTINCT f.id, f.quad_code, f.goldstein, f.date,
                    a.code AS source, r.code AS target
                FROM f JOIN event_actors a ON a.event_id = f.id AND a.role = 'actor'
                JOIN event_actors r ON r.event_id = f.id AND r.role = 'recipient'
                WHERE a.code IS NOT NULL AND r.code IS NOT NULL {loops})"""

    def dyads(self, f: EventFilter, limit: int, min_count: int = 1, network: bool = False
              ) -> list[Json]:
        where, params = f.where()
        sql = self._pairs(where, network) + """
            SELECT source, target, count(*) AS count,
                count(*) FILTER (WHERE quad_code = 1) AS q1,
                count(*) FILTER (WHERE quad_code = 2) AS q2,
                count(*) FILTER (WHERE quad_code = 3) AS q3,
                count(*) FILTER (WHERE quad_code = 4) AS q4,
                round(sum(goldstein), 2) AS goldstein,
                min(date) AS first_date, max(date) AS last_date
            FROM p GROUP BY source, target HAVING count(*) >= ?
            ORDER BY count DESC, source, target LIMIT ?"""
        with self.connect() as con:
            rows = self.run(con, sql, [*params, min_count, limit])
        out = []
        for r in rows:
            quads = {q: int(r[f"q{q}"]) for q in QUADS}
            out.append({"source": r["source"], "target": r["target"],
                        "source_label": self.labels.code(r["source"]),
                        "target_label": self.labels.code(r["target"]),
                        "count": r["count"], "quads": quads, "quad": dominant_quad(quads),
                        "goldstein": r["goldstein"], "first_date": _iso(r["first_date"]),
                        "last_date": _iso(r["last_date"])})
        return out

    def network(self, f: EventFilter, limit: int, min_count: int) -> Json:
        edges = self.dyads(f, limit, min_count, network=True)
        nodes: dict[str, Json] = {}
        for e in edges:
            for k in (e["source"], e["target"]):
                n = nodes.setdefault(k, {"id": k, "code": k, "label": self.labels.code(k),
                                         "events": 0})
                n["events"] += e["count"]
        return {"nodes": list(nodes.values()), "edges": edges}

    def timeline(self, f: EventFilter) -> Json:
        where, params = f.where()
        sql = f"""SELECT strftime(date_trunc('month', e.date), '%Y-%m') AS month,
                count(*) AS count,
                count(*) FILTER (WHERE e.quad_code = 1) AS q1,
                count(*) FILTER (WHERE e.quad_code = 2) AS q2,
                count(*) FILTER (WHERE e.quad_code = 3) AS q3,
                count(*) FILTER (WHERE e.quad_code = 4) AS q4,
                round(sum(e.goldstein), 2) AS goldstein
            FROM events e LEFT JOIN articles ar ON ar.id = e.article_id
            WHERE {where} AND e.date IS NOT NULL
            GROUP BY month ORDER BY month DESC LIMIT ?"""
        with self.connect() as con:
            rows = self.run(con, sql, [*params, self.limits.max_months])
            undated = self.run(con, "SELECT count(*) AS n FROM events e LEFT JOIN articles ar "
                                    f"ON ar.id = e.article_id WHERE {where} AND e.date IS NULL",
                               params)[0]["n"]
        months = [{"month": r["month"], "count": r["count"],
                   "quads": {q: int(r[f"q{q}"]) for q in QUADS},
                   "goldstein": r["goldstein"]} for r in reversed(rows)]
        return {"months": months, "undated": undated}

    def actors(self, f: EventFilter, limit: int) -> list[Json]:
        where, params = f.where()
        sql = f"""WITH f AS (SELECT e.id, e.quad_code, e.goldstein FROM events e
                LEFT JOIN articles ar ON ar.id = e.article_id WHERE {where})
            SELECT a.code, count(DISTINCT f.id) FILTER (WHERE a.role = 'actor') AS as_actor,
                count(DISTINCT f.id) FILTER (WHERE a.role = 'recipient') AS as_recipient,
                count(DISTINCT f.id) AS events
            FROM f JOIN event_actors a ON a.event_id = f.id WHERE a.code IS NOT NULL
            GROUP BY a.code ORDER BY events DESC, a.code LIMIT ?"""
        with self.connect() as con:
            rows = self.run(con, sql, [*params, limit])
        for r in rows:
            r["label"] = self.labels.code(r["code"])
        return rows

    def places(self, f: EventFilter, limit: int) -> list[Json]:
        where, params = f.where()
        sql = f"""SELECT e.place, e.country_code, round(avg(e.lat), 3) AS lat,
                round(avg(e.lon), 3) AS lon, count(*) AS count,
                count(*) FILTER (WHERE e.quad_code = 1) AS q1,
                count(*) FILTER (WHERE e.quad_code = 2) AS q2,
                count(*) FILTER (WHERE e.quad_code = 3) AS q3,
                count(*) FILTER (WHERE e.quad_code = 4) AS q4
            FROM events e LEFT JOIN articles ar ON ar.id = e.article_id
            WHERE {where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL
            GROUP BY e.place, e.country_code, e.geonameid ORDER BY count DESC LIMIT ?"""
        with self.connect() as con:
            rows = self.run(con, sql, [*params, limit])
        out = []
        for r in rows:
            quads = {q: int(r.pop(f"q{q}")) for q in QUADS}
            out.append({**r, "quads": quads, "quad": dominant_quad(quads),
                        "country": self.labels.code(r["country_code"])
                        if r["country_code"] else None})
        return out

    def article(self, article_id: str) -> Json | None:
        with self.connect() as con:
            text = self.has_text(con)
            cols = "id, date, title, url, source, n_chars, n_sentences, n_events" + \
                (", text" if text else "")
            rows = self.run(con, f"SELECT {cols} FROM articles WHERE id = ?", [article_id])
            if not rows:
                return None
            art = rows[0]
            evs = [json.loads(r["json"]) for r in self.run(
                con, "SELECT json FROM events WHERE article_id = ? ORDER BY sentence, start_char",
                [article_id])]
            ments = self.run(con, "SELECT kind, start_char AS start, end_char AS \"end\", text, "
                                  "code, sector FROM mentions WHERE article_id = ? "
                                  "ORDER BY start_char", [article_id])
        body = art.pop("text", None)
        art["date"] = _iso(art["date"])
        return {"article": art, "text": body,
                "text_note": None if text else "this store keeps no article text: spans are "
                                               "given as offsets only",
                "events": evs, "spans": build_spans(evs, ments, self.labels),
                "network": article_network(evs, self.labels)}


def _iso(d: Any) -> str | None:
    return d.isoformat() if isinstance(d, dt.date) else None


def _sentence_of(text: str | None, ev: Json) -> str | None:
    """The sentence around the trigger: cut at sentence punctuation (no segmenter needed)."""
    ti = ev.get("text_info") or {}
    if not text or ti.get("start") is None:
        return None
    s, e = int(ti["start"]), int(ti["end"])
    stops = ".!?؟\n"
    a = max((text.rfind(c, 0, s) for c in stops), default=-1) + 1
    ends = [i for i in (text.find(c, e) for c in stops) if i >= 0]
    b = min(ends) + 1 if ends else len(text)
    return text[a:b].strip()[:2000]
