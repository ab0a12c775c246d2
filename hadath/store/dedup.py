"""De-duplication across articles: one ``event_clusters`` row per real-world event.

Several articles (or sources) reporting the same event yield several ``events`` rows; each keeps
its own evidence (article, sentence, character offsets). :func:`dedup` groups them into clusters:

* same key: PLOVER type, first actor code, first recipient code, place (GeoNames id, else the
  place text, else none) and negation (a denial is not the report of the event);
* dates: every member lies within one day of the cluster's first report (so any two members are
  at most one day apart); a new cluster starts at the first report more than a day later;
* undated events are clustered only within their own article.

Counts follow GDELT 2.0: ``num_mentions`` = all mentions (sum of the events' ``mentions``, which
counts repeats inside one article), ``num_sources`` = distinct sources (``articles.source``, else
the URL host, else the article), ``num_articles`` = distinct articles. The cluster id is
``c:<root event id>``, the root being the earliest report (then the smallest event id), so ids
are stable while the store's content is. The whole table is rebuilt in one transaction.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb
import pyarrow as pa

CLUSTER_SCHEMA = pa.schema([
    ("cluster_id", pa.string()), ("root_event_id", pa.string()), ("event", pa.string()),
    ("actor_code", pa.string()), ("recipient_code", pa.string()), ("place_key", pa.string()),
    ("negated", pa.bool_()), ("date_first", pa.date32()), ("date_last", pa.date32()),
    ("quad_code", pa.int8()), ("goldstein", pa.float64()), ("num_mentions", pa.int32()),
    ("num_sources", pa.int32()), ("num_articles", pa.int32()),
])

_QUERY = """
SELECT e.id, e.article_id, e.date, e.event, coalesce(e.actor_code, '') AS ac,
       coalesce(e.recipient_code, '') AS rc,
       coalesce(CAST(e.geonameid AS VARCHAR), e.place, '') AS place_key,
       coalesce(e.negated, false) AS neg, e.quad_code, e.goldstein, coalesce(e.mentions, 1),
       coalesce(a.source, nullif(regexp_extract(a.url, '://([^/]+)', 1), ''), e.article_id)
FROM events e LEFT JOIN articles a ON a.id = e.article_id
ORDER BY e.event, ac, rc, place_key, neg, e.date IS NULL, e.date, e.id
"""


class _Cluster:
    __slots__ = ("articles", "date_last", "first", "key", "mentions", "root", "sources")

    def __init__(self, key: tuple[Any, ...], row: tuple[Any, ...]) -> None:
        self.key = key
        self.root = row
        self.first: dt.date | None = row[2]
        self.date_last: dt.date | None = row[2]
        self.mentions = 0
        self.articles: set[str] = set()
        self.sources: set[str] = set()

    def add(self, row: tuple[Any, ...]) -> None:
        self.mentions += int(row[10])
        self.articles.add(row[1])
        self.sources.add(row[11])
        if row[2] is not None and (self.date_last is None or row[2] > self.date_last):
            self.date_last = row[2]

    def row(self) -> tuple[Any, ...]:
        r = self.root
        return (f"c:{r[0]}", r[0], r[3], r[4] or None, r[5] or None, r[6] or None, r[7],
                self.first, self.date_last, r[8], r[9], self.mentions, len(self.sources),
                len(self.articles))


def cluster_rows(rows: list[tuple[Any, ...]]) -> tuple[list[tuple[Any, ...]],
                                                       list[tuple[str, str]]]:
    """Clusters and (event id, cluster id) pairs from rows sorted as in ``_QUERY``."""
    clusters: list[tuple[Any, ...]] = []
    members: list[tuple[str, str]] = []
    cur: _Cluster | None = None
    cur_ids: list[str] = []

    def close() -> None:
        if cur is not None:
            cid = f"c:{cur.root[0]}"
            clusters.append(cur.row())
            members.extend((eid, cid) for eid in cur_ids)

    for row in rows:
        key: tuple[Any, ...] = (row[3], row[4], row[5], row[6], row[7])
        date = row[2]
        if date is None:
            key = (*key, row[1])  # undated: only within one article
        same = (cur is not None and cur.key == key
                and (date is None or (cur.first is not None
                                      and (date - cur.first).days <= 1)))
        if not same:
            close()
            cur = _Cluster(key, row)
            cur_ids = []
        assert cur is not None
        cur.add(row)
        cur_ids.append(row[0])
    close()
    return clusters, members


def dedup(con: duckdb.DuckDBPyConnection) -> int:
    """Rebuild ``event_clusters`` and ``events.cluster_id``; returns the number of clusters."""
    rows = con.execute(_QUERY).fetchall()
    clusters, members = cluster_rows(rows)
    ctab = pa.Table.from_arrays(
        [pa.array(list(c), type=f.type) for c, f in
         zip(zip(*clusters, strict=True) if clusters else [[] for _ in CLUSTER_SCHEMA],
             CLUSTER_SCHEMA, strict=True)], schema=CLUSTER_SCHEMA)
    mtab = pa.table({"event_id": pa.array([m[0] for m in members], pa.string()),
                     "cluster_id": pa.array([m[1] for m in members], pa.string())})
    con.execute("BEGIN TRANSACTION")
    try:
        con.register("_hadath_clusters", ctab)
        con.register("_hadath_members", mtab)
        con.execute("DELETE FROM event_clusters")
        con.execute("INSERT INTO event_clusters SELECT * FROM _hadath_clusters")
        con.execute("UPDATE events SET cluster_id = NULL WHERE cluster_id IS NOT NULL")
        con.execute("UPDATE events SET cluster_id = m.cluster_id FROM _hadath_members m "
                    "WHERE events.id = m.event_id")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        con.unregister("_hadath_clusters")
        con.unregister("_hadath_members")
    return len(clusters)
