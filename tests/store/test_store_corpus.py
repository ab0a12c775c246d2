"""Corpus level: de-duplication, dyads, network, top lists, exports, the Dask engine."""

import csv
import json
import pathlib

import duckdb
import networkx as nx
import pytest
from click.testing import CliRunner
from store_helpers import FAKE, SENTENCES, write_corpus

from hadath.cli import main
from hadath.store.aggregate import dyads, network, top
from hadath.store.export import GDELT_COLUMNS
from hadath.store.ingest import IngestOptions, ingest
from hadath.store.schema import connect

ASSAULT, CONSULT, ACCUSE, AID = SENTENCES[:4]
DOCS = [  # id, text, date, source
    ("d1", ASSAULT, "2015-08-01", "aawsat"),
    ("d2", ASSAULT, "2015-08-02", "okaz"),
    ("d3", f"{ASSAULT} {SENTENCES[4]} {ASSAULT}", "2015-08-02", "aawsat"),
    ("d4", ASSAULT, "2015-08-04", "okaz"),
    ("d5", CONSULT, "2015-08-01", "aawsat"),
    ("d6", CONSULT, "2015-08-15", "okaz"),
    ("d7", ACCUSE, "2015-08-01", "sabq"),
    ("d8", AID, "2015-09-02", "sabq"),
    ("d9", ASSAULT, None, "sabq"),
    ("d10", SENTENCES[5], "2015-08-03", "sabq"),
]
N_EVENTS = 10


@pytest.fixture
def store(tmp_path: pathlib.Path) -> pathlib.Path:
    f = tmp_path / "docs.jsonl"
    with f.open("w", encoding="utf-8") as fh:
        for i, text, date, src in DOCS:
            fh.write(json.dumps({"id": i, "text": text, "date": date, "source": src},
                                ensure_ascii=False) + "\n")
    db = tmp_path / "c.duckdb"
    rep = ingest([str(f)], IngestOptions(db=db, workers=0, progress=False, coder_factory=FAKE))
    assert (rep.n_coded, rep.n_events) == (len(DOCS), N_EVENTS)
    return db


def test_dedup_clusters_gdelt_counts(store):
    con = connect(store, read_only=True)
    rows = con.execute("SELECT event, actor_code, recipient_code, place_key, date_first, "
                       "date_last, num_mentions, num_sources, num_articles FROM event_clusters "
                       "ORDER BY event, date_first NULLS LAST").fetchall()
    assert len(rows) == 7
    assault = [r for r in rows if r[0] == "ASSAULT"]
    assert [(str(r[4]), str(r[5]), r[6], r[7], r[8]) for r in assault] == [
        ("2015-08-01", "2015-08-02", 4, 2, 3),  # d1, d2, d3 (twice): ±1 day, two sources
        ("2015-08-04", "2015-08-04", 1, 1, 1),  # two days later: another event
        ("None", "None", 1, 1, 1),  # undated: only within its article
    ]
    assert assault[0][1:4] == ("RUS", "SYR", "174018")
    assert len([r for r in rows if r[0] == "CONSULT"]) == 2  # 14 days apart
    # every event is in exactly one cluster and keeps its own evidence
    assert con.execute("SELECT count(*) FROM events WHERE cluster_id IS NULL").fetchone() == (0,)
    ev = con.execute("SELECT article_id, start_char, end_char FROM events WHERE article_id = 'd3' "
                     "ORDER BY start_char").fetchall()
    second = len(ASSAULT) + 1 + len(SENTENCES[4]) + 1
    assert ev == [("d3", 0, 4), ("d3", second, second + 4)]
    con.close()
    res = CliRunner().invoke(main, ["dedup", "--db", str(store)])
    assert res.exit_code == 0 and "in 7 clusters" in res.output
    con = connect(store, read_only=True)
    assert con.execute("SELECT count(*) FROM event_clusters").fetchone() == (7,)  # idempotent
    con.close()


def test_dyads(store):
    con = connect(store, read_only=True)
    rt = dyads(con, "RUS", "TUR", "month")
    assert rt == [{"period": "2015-08-01", "total": 2, "q1": 2, "q2": 0, "q3": 0, "q4": 0,
                   "goldstein": 2.0, "cci": 1.0}]
    rs = dyads(con, "rus", "syr", "day")
    assert [(r["period"], r["total"], r["cci"]) for r in rs] == [
        ("2015-08-01", 1, -1.0), ("2015-08-02", 3, -1.0), ("2015-08-04", 1, -1.0), (None, 1, -1.0)]
    assert rs[1]["goldstein"] == -30.0
    rc = dyads(con, "RUS", "SYR", "week", unit="clusters")
    assert sum(r["total"] for r in rc) == 3
    assert dyads(con, "TUR", "RUS", "month") == []
    assert len(dyads(con, "TUR", "RUS", "month", both_directions=True)) == 1
    con.close()
    res = CliRunner().invoke(main, ["dyads", "--db", str(store), "--actor", "RUS",
                                    "--recipient", "TUR", "--by", "week", "--format", "json"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.output.splitlines()]
    assert [(x["period"], x["total"]) for x in lines] == [("2015-07-27", 1), ("2015-08-10", 1)]


def test_network_and_top(store, tmp_path):
    con = connect(store, read_only=True)
    g = network(con)
    assert set(g.edges) == {("RUS", "SYR"), ("RUS", "TUR"), ("IRN", "USA"), ("TUR", "SYR")}
    assert g.edges["RUS", "SYR"]["weight"] == 6
    assert g.edges["RUS", "SYR"]["goldstein"] == -10.0
    g2 = network(con, __import__("hadath.store.aggregate").store.aggregate.Filters(
        types=("CONSULT",)))
    assert set(g2.edges) == {("RUS", "TUR")}
    assert top(con, "actors", 2)[0] == {"code": "RUS", "events": 8, "as_actor": 8,
                                        "as_recipient": 0}
    assert top(con, "dyads", 1)[0]["actor"] == "RUS"
    assert top(con, "places")[0]["place"] == "الباب"
    con.close()
    out = tmp_path / "net.graphml"
    res = CliRunner().invoke(main, ["network", "--db", str(store), "--from", "2015-08-01",
                                    "--to", "2015-08-31", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert nx.read_graphml(out).number_of_edges() == 3  # AID is in September
    res = CliRunner().invoke(main, ["top", "actors", "--db", str(store), "--format", "csv"])
    assert res.exit_code == 0 and res.output.splitlines()[1].startswith("RUS,8")


def test_exports(store, tmp_path):
    r = CliRunner()
    paths = {f: tmp_path / f"out.{f}" for f in ("plover-jsonl", "csv", "gdelt", "graphml")}
    paths["parquet"] = tmp_path / "pq"
    for fmt, p in paths.items():
        res = r.invoke(main, ["export", "--db", str(store), "--format", fmt, "-o", str(p)])
        assert res.exit_code == 0, (fmt, res.output)
    recs = [json.loads(x) for x in paths["plover-jsonl"].read_text("utf-8").splitlines()]
    assert len(recs) == N_EVENTS
    assert {"id", "doc_id", "event", "actor", "recipient", "text_info"} <= set(recs[0])
    with paths["csv"].open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == N_EVENTS and rows[0]["event"]
    con = duckdb.connect()
    pq = str(paths["parquet"] / "**" / "*.parquet")
    got = con.execute(f"SELECT month, count(*) FROM read_parquet('{pq}', hive_partitioning=true) "
                      "GROUP BY month ORDER BY month").fetchall()
    assert got == [("2015-08", 8), ("2015-09", 1), ("undated", 1)]
    assert sorted(p.name for p in paths["parquet"].iterdir()) == [
        "month=2015-08", "month=2015-09", "month=undated"]
    lines = paths["gdelt"].read_text("utf-8").splitlines()
    assert len(lines) == 7
    cols = [dict(zip(GDELT_COLUMNS, x.split("\t"), strict=True)) for x in lines]
    big = next(c for c in cols if c["NumArticles"] == "3")
    assert (big["SQLDATE"], big["Actor1Code"], big["Actor1CountryCode"], big["Actor2Code"],
            big["EventCode"], big["EventRootCode"], big["QuadClass"], big["NumMentions"],
            big["NumSources"], big["ActionGeo_FeatureID"], big["ActionGeo_Type"]) == (
        "20150801", "RUSGOV", "RUS", "SYR", "195", "19", "4", "4", "2", "174018", "4")
    assert len({c["GLOBALEVENTID"] for c in cols}) == 7
    g = nx.read_graphml(paths["graphml"])
    assert g.number_of_edges() == 4 and g.edges["RUS", "SYR"]["weight"] == 6


def test_dask_local_cluster_two_workers(tmp_path):
    corpus = write_corpus(tmp_path, n_jsonl=30, n_zip=10)
    inline, dsk = tmp_path / "inline.duckdb", tmp_path / "dask.duckdb"
    ingest(corpus, IngestOptions(db=inline, workers=0, progress=False, coder_factory=FAKE))
    rep = ingest(corpus, IngestOptions(db=dsk, workers=2, engine="dask", progress=False,
                                       coder_factory=FAKE, partition_size=8, keep_parts=True))
    assert rep.consistent and (rep.n_coded, rep.n_rejected) == (40, 2)
    a, b = duckdb.connect(str(inline), read_only=True), duckdb.connect(str(dsk), read_only=True)
    for q in ("SELECT id, n_events FROM articles ORDER BY id",
              "SELECT id, json FROM events ORDER BY id",
              "SELECT source_file, position, code FROM errors ORDER BY ALL"):
        assert a.execute(q).fetchall() == b.execute(q).fetchall()
    parts = pathlib.Path(f"{dsk}.parts")
    n = b.execute(f"SELECT count(*) FROM read_parquet('{parts}/events/*/*.parquet')").fetchone()
    assert n == b.execute("SELECT count(*) FROM events").fetchone()
    assert not list(parts.rglob("*.tmp"))
    a.close()
    b.close()
    rep = ingest(corpus, IngestOptions(db=dsk, workers=2, engine="dask", progress=False,
                                       coder_factory=FAKE))
    assert (rep.n_coded, rep.n_skipped) == (0, 40)
