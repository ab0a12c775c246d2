"""Exports of the store: PLOVER JSON Lines, CSV, Parquet (by month), GDELT 2.0 events, GraphML.

* ``plover-jsonl``: the PLOVER record of every event exactly as the coder wrote it (DESIGN.md).
* ``csv``: the flat ``events`` table (without the JSON column), with a header.
* ``parquet``: the flat ``events`` table as a pyarrow dataset partitioned by month, hive style
  (``PATH/month=2015-07/part-0.parquet``; undated events under ``month=undated``).
* ``gdelt``: one row per de-duplicated event (``event_clusters``), tab-separated, no header, in the
  GDELT 2.0 event-table column order (61 columns); docs/DATA_MODEL.md maps the columns.
* ``graphml``: the actor network (:func:`hadath.store.aggregate.network`).
"""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path
from typing import Any, Literal

import duckdb

from hadath.store.aggregate import Filters, network

Format = Literal["plover-jsonl", "csv", "parquet", "gdelt", "graphml"]
FORMATS: tuple[str, ...] = ("plover-jsonl", "csv", "parquet", "gdelt", "graphml")

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
# organisation prefixes that go to Actor*KnownGroupCode rather than Actor*CountryCode
_GROUP_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "UNO", "NGM")

_FLAT_COLUMNS = """e.id, e.article_id, e.cluster_id, e.date, e.date_source, e.event, e.mode,
    e.context, e.quad_code, e.cameo, e.goldstein, e.actor_code, e.actor_sector, e.recipient_code,
    e.recipient_sector, e.event_text, e.sentence, e.start_char, e.end_char, e.negated,
    e.modality, e.attribution_kind, e.attribution_text, e.attribution_code, e.place,
    e.geonameid, e.lat, e.lon, e.country_code, e.mentions"""


def _where(filters: Filters | None) -> tuple[str, list[Any]]:
    return (filters or Filters()).sql("e")


def export_plover_jsonl(con: duckdb.DuckDBPyConnection, path: Path,
                        filters: Filters | None = None) -> int:
    where, params = _where(filters)
    cur = con.execute(f"SELECT e.json FROM events e WHERE {where} ORDER BY e.article_id, "
                      "e.sentence, e.start_char, e.id", params)
    n = 0
    with path.open("w", encoding="utf-8") as f:
        while rows := cur.fetchmany(10_000):
            for (js,) in rows:
                f.write(js + "\n")
                n += 1
    return n


def export_csv(con: duckdb.DuckDBPyConnection, path: Path, filters: Filters | None = None) -> int:
    where, params = _where(filters)
    cur = con.execute(f"SELECT {_FLAT_COLUMNS} FROM events e WHERE {where} "
                      "ORDER BY e.date NULLS LAST, e.id", params)
    names = [d[0] for d in cur.description]
    n = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(names)
        while rows := cur.fetchmany(10_000):
            for r in rows:
                w.writerow(["|".join(v) if isinstance(v, list) else v for v in r])
                n += 1
    return n


def export_parquet(con: duckdb.DuckDBPyConnection, path: Path,
                   filters: Filters | None = None) -> int:
    import pyarrow.dataset as ds

    where, params = _where(filters)
    rel = con.cursor().sql(
        f"SELECT {_FLAT_COLUMNS}, coalesce(strftime(e.date, '%Y-%m'), 'undated') "
        f"AS month FROM events e WHERE {where} ORDER BY e.date NULLS LAST, e.id",
        params=params)
    # duckdb >= 2 names it to_arrow_table; 1.x arrow()
    tbl = rel.to_arrow_table() if hasattr(rel, "to_arrow_table") else rel.arrow()
    ds.write_dataset(tbl, path, format="parquet", partitioning=["month"],
                     partitioning_flavor="hive", existing_data_behavior="delete_matching",
                     basename_template="part-{i}.parquet")
    return tbl.num_rows


def _event_int_id(cluster_id: str) -> int:
    return int.from_bytes(hashlib.blake2b(cluster_id.encode(), digest_size=8).digest(),
                          "big") >> 1


def _actor_cols(code: str | None, sector: str | None, name: str | None) -> list[Any]:
    """Actor{n}Code … Actor{n}Type3Code (10 columns)."""
    if not code and not sector:
        return [""] * 10
    code = code or ""
    is_group = code.startswith(_GROUP_PREFIXES) or len(code) != 3
    country = "" if is_group else code
    group = code if is_group else ""
    return [code + (sector or ""), name or "", country, group, "", "", "", sector or "", "", ""]


def gdelt_rows(con: duckdb.DuckDBPyConnection, filters: Filters | None = None
               ) -> list[list[Any]]:
    where, params = _where(filters)
    q = f"""
        SELECT c.cluster_id, e.date, e.actor_code, e.actor_sector,
               (SELECT entity_text FROM event_actors x WHERE x.event_id = e.id
                AND x.role = 'actor' ORDER BY position LIMIT 1),
               e.recipient_code, e.recipient_sector,
               (SELECT entity_text FROM event_actors x WHERE x.event_id = e.id
                AND x.role = 'recipient' ORDER BY position LIMIT 1),
               e.sentence, e.cameo, e.quad_code, e.goldstein, c.num_mentions, c.num_sources,
               c.num_articles, e.place, e.country_code, e.lat, e.lon, e.geonameid,
               a.coded_at, a.url
        FROM event_clusters c JOIN events e ON e.id = c.root_event_id
        LEFT JOIN articles a ON a.id = e.article_id
        WHERE {where} ORDER BY e.date NULLS LAST, c.cluster_id"""
    out = []
    for (cid, date, ac, asec, aname, rc, rsec, rname, sent, cameo, quad, gs, nm, ns, na, place,
         cc, lat, lon, gid, coded_at, url) in con.execute(q, params).fetchall():
        cameo = cameo or ""
        if date:
            doy = date.timetuple().tm_yday
            datecols = [date.strftime("%Y%m%d"), date.strftime("%Y%m"), date.year,
                        f"{date.year + doy / 365:.4f}"]
        else:
            datecols = ["", "", "", ""]
        geo = ([4 if gid else 1, place, cc or "", "", "", lat if lat is not None else "",
                lon if lon is not None else "", gid or ""] if place else [""] * 8)
        row = [_event_int_id(cid), *datecols,
               *_actor_cols(ac, asec, aname), *_actor_cols(rc, rsec, rname),
               1 if sent == 0 else 0, cameo, cameo[:3], cameo[:2], quad, gs, nm, ns, na, "",
               *([""] * 8), *([""] * 8), *geo,
               coded_at.strftime("%Y%m%d%H%M%S") if coded_at else "", url or ""]
        out.append(row)
    return out


def export_gdelt(con: duckdb.DuckDBPyConnection, path: Path, filters: Filters | None = None
                 ) -> int:
    stale = con.execute("SELECT count(*) FROM events WHERE cluster_id IS NULL").fetchone()
    if stale and stale[0]:  # events not yet de-duplicated
        from hadath.store.dedup import dedup

        dedup(con)
    rows = gdelt_rows(con, filters)
    with path.open("w", encoding="utf-8", newline="") as f:
        for r in rows:
            assert len(r) == len(GDELT_COLUMNS)
            f.write("\t".join("" if v is None else str(v).replace("\t", " ") for v in r) + "\n")
    return len(rows)


def export_graphml(con: duckdb.DuckDBPyConnection, path: Path, filters: Filters | None = None
                   ) -> int:
    import networkx as nx

    g = network(con, filters)
    nx.write_graphml(g, path)
    return int(g.number_of_edges())


def export(con: duckdb.DuckDBPyConnection, fmt: str, path: str | Path,
           filters: Filters | None = None) -> int:
    """Write ``fmt`` to ``path``; returns the number of records (edges for GraphML)."""
    p = Path(path)
    if fmt != "parquet":
        p.parent.mkdir(parents=True, exist_ok=True)
    fn = {"plover-jsonl": export_plover_jsonl, "csv": export_csv, "parquet": export_parquet,
          "gdelt": export_gdelt, "graphml": export_graphml}.get(fmt)
    if fn is None:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    return fn(con, p, filters)


def dumps_rows(rows: list[dict[str, Any]]) -> str:
    return "\n".join(json.dumps(r, ensure_ascii=False, default=str) for r in rows)
