"""Corpus-level views of the store: dyad time series, the actor network, top lists.

An event counts for a dyad (A, B) when one of its actors has code A and one of its recipients has
code B (``event_actors``), so an event with two actors counts for both. Quad classes follow
PLOVER/GDELT: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
conflict. The cooperation–conflict index of a period is ``(q1 + q2 − q3 − q4) / total``: +1 when
every event is cooperative, −1 when every event is conflictual.

``unit="clusters"`` counts de-duplicated events (one per ``event_clusters`` row, see
:mod:`hadath.store.dedup`) instead of every report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

import duckdb
import networkx as nx

Period = Literal["month", "week", "day"]
Unit = Literal["events", "clusters"]


@dataclass(frozen=True, slots=True)
class Filters:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    types: tuple[str, ...] = ()

    def sql(self, alias: str = "e") -> tuple[str, list[Any]]:
        conds: list[str] = []
        params: list[Any] = []
        if self.date_from:
            conds.append(f"{alias}.date >= ?")
            params.append(self.date_from)
        if self.date_to:
            conds.append(f"{alias}.date <= ?")
            params.append(self.date_to)
        if self.types:
            conds.append(f"{alias}.event IN ({', '.join('?' for _ in self.types)})")
            params.extend(t.upper() for t in self.types)
        return (" AND ".join(conds) or "TRUE"), params


def _unit_events(unit: Unit) -> str:
    """The set of events counted: every report, or each cluster's root report."""
    if unit == "clusters":
        return ("(SELECT e.* FROM events e JOIN event_clusters c "
                "ON c.root_event_id = e.id)")
    return "events"


def _pairs(unit: Unit) -> str:
    return f"""
        SELECT DISTINCT e.id, e.date, e.event, e.quad_code, e.goldstein,
               a.code AS src, r.code AS dst
        FROM {_unit_events(unit)} e
        JOIN event_actors a ON a.event_id = e.id AND a.role = 'actor' AND a.code IS NOT NULL
        JOIN event_actors r ON r.event_id = e.id AND r.role = 'recipient'
                            AND r.code IS NOT NULL"""


def dyads(con: duckdb.DuckDBPyConnection, actor: str, recipient: str, by: Period = "month",
          filters: Filters | None = None, unit: Unit = "events",
          both_directions: bool = False) -> list[dict[str, Any]]:
    """One row per period: counts per quad class, summed Goldstein, cooperation–conflict index."""
    if by not in ("month", "week", "day"):
        raise ValueError(f"by must be month, week or day, not {by!r}")
    where, params = (filters or Filters()).sql("p")
    dir_cond = "(p.src = ? AND p.dst = ?)"
    dparams: list[Any] = [actor.upper(), recipient.upper()]
    if both_directions:
        dir_cond = "((p.src = ? AND p.dst = ?) OR (p.src = ? AND p.dst = ?))"
        dparams += [recipient.upper(), actor.upper()]
    q = f"""
        WITH p AS ({_pairs(unit)})
        SELECT date_trunc('{by}', p.date)::DATE AS period, count(DISTINCT p.id) AS total,
               count(DISTINCT p.id) FILTER (WHERE p.quad_code = 1) AS q1,
               count(DISTINCT p.id) FILTER (WHERE p.quad_code = 2) AS q2,
               count(DISTINCT p.id) FILTER (WHERE p.quad_code = 3) AS q3,
               count(DISTINCT p.id) FILTER (WHERE p.quad_code = 4) AS q4,
               sum(p.goldstein) AS goldstein
        FROM (SELECT DISTINCT id, date, quad_code, goldstein FROM p
              WHERE {dir_cond} AND {where}) p
        GROUP BY ALL ORDER BY period NULLS LAST"""
    out = []
    for period, total, q1, q2, q3, q4, gs in con.execute(q, dparams + params).fetchall():
        out.append({"period": period.isoformat() if period else None, "total": total,
                    "q1": q1, "q2": q2, "q3": q3, "q4": q4,
                    "goldstein": round(float(gs or 0.0), 3),
                    "cci": round((q1 + q2 - q3 - q4) / total, 4) if total else 0.0})
    return out


def network(con: duckdb.DuckDBPyConnection, filters: Filters | None = None,
            unit: Unit = "events", min_count: int = 1) -> nx.DiGraph:
    """Nodes = actor codes; edge A→B weighted by event count, with mean Goldstein."""
    where, params = (filters or Filters()).sql("p")
    q = f"""
        WITH p AS ({_pairs(unit)})
        SELECT src, dst, count(*) AS n, avg(goldstein) AS g,
               count(*) FILTER (WHERE quad_code IN (1, 2)) AS coop,
               count(*) FILTER (WHERE quad_code IN (3, 4)) AS conf
        FROM p WHERE src <> dst AND {where}
        GROUP BY src, dst HAVING count(*) >= ? ORDER BY n DESC, src, dst"""
    g = nx.DiGraph()
    for src, dst, n, mean_g, coop, conf in con.execute(q, [*params, min_count]).fetchall():
        g.add_edge(src, dst, weight=int(n), goldstein=round(float(mean_g or 0.0), 3),
                   cooperation=int(coop), conflict=int(conf))
    for node in g.nodes:
        g.nodes[node]["label"] = node
        g.nodes[node]["events_out"] = int(sum(d["weight"] for *_, d in g.out_edges(node,
                                                                                   data=True)))
        g.nodes[node]["events_in"] = int(sum(d["weight"] for *_, d in g.in_edges(node,
                                                                                 data=True)))
    return g


def top(con: duckdb.DuckDBPyConnection, what: Literal["actors", "dyads", "places"],
        limit: int = 20, filters: Filters | None = None, unit: Unit = "events"
        ) -> list[dict[str, Any]]:
    where, params = (filters or Filters()).sql("e")
    ev = _unit_events(unit)
    if what == "actors":
        q = f"""SELECT a.code, count(DISTINCT e.id) AS n,
                       count(DISTINCT e.id) FILTER (WHERE a.role = 'actor') AS as_actor,
                       count(DISTINCT e.id) FILTER (WHERE a.role = 'recipient') AS as_recipient
                FROM {ev} e JOIN event_actors a ON a.event_id = e.id
                WHERE a.code IS NOT NULL AND {where}
                GROUP BY a.code ORDER BY n DESC, a.code LIMIT ?"""
        cols = ["code", "events", "as_actor", "as_recipient"]
    elif what == "dyads":
        pw, pp = (filters or Filters()).sql("p")
        q = f"""WITH p AS ({_pairs(unit)})
                SELECT src, dst, count(DISTINCT id) AS n, avg(goldstein) AS g
                FROM p WHERE src <> dst AND {pw}
                GROUP BY src, dst ORDER BY n DESC, src, dst LIMIT ?"""
        params = pp
        cols = ["actor", "recipient", "events", "mean_goldstein"]
    elif what == "places":
        q = f"""SELECT e.place, any_value(e.geonameid), any_value(e.country_code),
                       count(*) AS n
                FROM {ev} e WHERE e.place IS NOT NULL AND {where}
                GROUP BY e.place ORDER BY n DESC, e.place LIMIT ?"""
        cols = ["place", "geonameid", "country_code", "events"]
    else:
        raise ValueError(f"top: unknown {what!r} (actors, dyads or places)")
    rows = con.execute(q, [*params, limit]).fetchall()
    out = [dict(zip(cols, r, strict=True)) for r in rows]
    for d in out:
        if "mean_goldstein" in d and d["mean_goldstein"] is not None:
            d["mean_goldstein"] = round(float(d["mean_goldstein"]), 3)
    return out
