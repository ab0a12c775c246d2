"""hadath ingest: counts, idempotence, --recode, resume after SIGKILL, engines, schema."""

import datetime as dt
import json
import os
import pathlib
import signal
import time

import duckdb
import pytest
from click.testing import CliRunner
from store_helpers import FAKE, SENTENCES, ingest_cli, write_corpus

from hadath.cli import main
from hadath.errors import KnowledgeBaseError
from hadath.io.corpora import parse_field_map, read_corpus
from hadath.model import Article
from hadath.store.ingest import IngestOptions, ingest
from hadath.store.schema import MIGRATIONS, SCHEMA_VERSION, StoreError, connect, migrate

N_GOOD = 24 + 12
N_BAD = 2


def opts(db: pathlib.Path, **kw: object) -> IngestOptions:
    base: dict[str, object] = {"db": db, "workers": 0, "progress": False}
    base.update(kw)
    return IngestOptions(**base)  # type: ignore[arg-type]


def snapshot(db: pathlib.Path) -> dict[str, list[tuple[object, ...]]]:
    """Table contents without the per-run columns (run ids, timestamps)."""
    con = duckdb.connect(str(db), read_only=True)
    out = {
        "articles": con.execute("SELECT id, source_file, position, date, title, url, source, "
                                "n_chars, n_sentences, n_events FROM articles ORDER BY id"
                                ).fetchall(),
        "events": con.execute("SELECT id, article_id, json FROM events ORDER BY id").fetchall(),
        "event_actors": con.execute("SELECT * FROM event_actors ORDER BY ALL").fetchall(),
        "mentions": con.execute("SELECT * FROM mentions ORDER BY ALL").fetchall(),
        "errors": con.execute("SELECT source_file, position, code, field FROM errors "
                              "ORDER BY ALL").fetchall(),
        "event_clusters": con.execute("SELECT * FROM event_clusters ORDER BY ALL").fetchall(),
    }
    con.close()
    return out


def test_ingest_counts_and_ids(tmp_path, corpus):
    db = tmp_path / "s.duckdb"
    rep = ingest(corpus, opts(db, coder_factory=FAKE))
    assert rep.consistent
    assert (rep.n_in, rep.n_coded, rep.n_rejected, rep.n_skipped) == (N_GOOD + N_BAD, N_GOOD,
                                                                      N_BAD, 0)
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (N_GOOD,)
    errs = con.execute("SELECT source_file, position, code FROM errors ORDER BY position"
                       ).fetchall()
    assert [(pathlib.Path(s).name, p, c) for s, p, c in errs] == [
        ("news.jsonl", 7, "E102"), ("news.jsonl", 12, "E103")]
    row = con.execute("SELECT id, source, url, date, position FROM articles "
                      "WHERE id = '2015-08-03/4'").fetchone()
    assert row == ("2015-08-03/4", "aawsat", "http://example.org/4", dt.date(2015, 8, 3), 4)
    run = con.execute("SELECT n_in, n_coded, n_rejected, status FROM runs").fetchone()
    assert run == (N_GOOD + N_BAD, N_GOOD, N_BAD, "done")
    assert con.execute("SELECT max(version) FROM schema_version").fetchone() == (SCHEMA_VERSION,)
    con.close()


def test_rerun_adds_nothing_and_recode_recodes(tmp_path, corpus):
    db = tmp_path / "s.duckdb"
    ingest(corpus, opts(db, coder_factory=FAKE))
    first = snapshot(db)
    assert first["events"], "the fake coder emits events"
    rep = ingest(corpus, opts(db, coder_factory=FAKE))
    assert (rep.n_coded, rep.n_skipped, rep.n_rejected) == (0, N_GOOD, N_BAD)
    assert rep.consistent
    assert snapshot(db) == first
    rep = ingest(corpus, opts(db, coder_factory=FAKE, recode=True))
    assert (rep.n_coded, rep.n_skipped, rep.n_rejected) == (N_GOOD, 0, N_BAD)
    assert snapshot(db) == first
    con = duckdb.connect(str(db), read_only=True)
    runs = con.execute("SELECT run_id FROM runs ORDER BY started_at").fetchall()
    assert con.execute("SELECT DISTINCT run_id FROM articles").fetchall() == [runs[-1]]
    con.close()


def test_cli_pool_matches_inline(tmp_path, corpus):
    """The real coder, in a pool of 2 processes, stores exactly what it stores inline."""
    inline, pool = tmp_path / "inline.duckdb", tmp_path / "pool.duckdb"
    ingest(corpus, opts(inline))
    res = CliRunner().invoke(main, ["ingest", *corpus, "--db", str(pool), "--workers", "2",
                                    "--chunk-size", "3", "--no-progress"])
    assert res.exit_code == 0, res.output
    assert f"{N_GOOD + N_BAD} records in = {N_GOOD} coded" in res.output
    assert f"+ {N_BAD} rejected" in res.output
    assert snapshot(pool) == snapshot(inline)


def test_assault_sentence_is_stored_with_offsets(tmp_path, coder):
    text = "قال شهود إن " + SENTENCES[0]
    evs = coder.code_article(Article("x", text, dt.date(2015, 8, 1)))
    if not evs:
        pytest.skip("the knowledge base has no trigger for قصف yet")
    f = tmp_path / "one.jsonl"
    f.write_text(json.dumps({"id": "x", "text": text, "date": "2015-08-01"},
                            ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    ingest([str(f)], opts(db))
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT event, start_char, end_char, json FROM events").fetchall()
    assert [r[0] for r in rows] == [e.event for e in evs]
    assert "ASSAULT" in [r[0] for r in rows]
    for (_, s, e, js), ev in zip(rows, evs, strict=True):
        assert (s, e) == (ev.start, ev.end)
        assert json.loads(js) == ev.to_json()
    con.close()


def test_field_mapping(tmp_path):
    f = tmp_path / "foreign.jsonl"
    f.write_text(json.dumps({"guid": "g1", "body": SENTENCES[1], "published": "2015-07-30"},
                            ensure_ascii=False) + "\n", encoding="utf-8")
    m = parse_field_map("id=guid,text=body,date=published")
    recs = list(read_corpus([str(f)], m))
    assert len(recs) == 1
    a = recs[0].record
    assert isinstance(a, Article)
    assert (a.id, a.text, a.date) == ("g1", SENTENCES[1], dt.date(2015, 7, 30))
    # without the mapping the record is rejected (no text), never dropped
    assert not isinstance(next(read_corpus([str(f)])).record, Article)


def test_schema_migrates_old_store(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    assert migrate(con, MIGRATIONS[:1]) == [1]
    con.close()
    con = connect(path)
    versions = con.execute("SELECT version FROM schema_version ORDER BY 1").fetchall()
    assert versions == [(m.version,) for m in MIGRATIONS]
    cols = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                      "WHERE table_name = 'events'").fetchall()}
    assert "cluster_id" in cols
    assert migrate(con) == []
    con.close()


def test_empty_store_file_left_by_a_kill_is_started_afresh(tmp_path, corpus):
    """A SIGKILL while DuckDB creates the file leaves it at zero bytes, which DuckDB refuses
    to open: ingest must start the store afresh, and readers say what happened."""
    db = tmp_path / "killed.duckdb"
    db.touch()
    with pytest.raises(StoreError, match="empty file"):
        connect(db, read_only=True)
    rep = ingest(corpus, opts(db, coder_factory=FAKE))
    assert rep.consistent and rep.n_coded == N_GOOD
    con = connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (N_GOOD,)
    con.close()


def test_a_file_that_is_not_a_store_is_never_removed(tmp_path, corpus):
    db = tmp_path / "notes.txt"
    db.write_text("my notes", encoding="utf-8")
    with pytest.raises(StoreError) as err:
        ingest(corpus, opts(db, coder_factory=FAKE))
    assert "not a hadath store" in (err.value.hint or "")
    assert db.read_text(encoding="utf-8") == "my notes"


def test_sigkill_then_resume_equals_uninterrupted(tmp_path):
    corpus = write_corpus(tmp_path, n_jsonl=120, n_zip=40)
    n_good = 160
    ref, killed = tmp_path / "ref.duckdb", tmp_path / "killed.duckdb"
    ingest(corpus, opts(ref, coder_factory=FAKE))
    p = ingest_cli(*corpus, "--db", str(killed), "--workers", "1", "--chunk-size", "2",
                   "--flush-seconds", "0.2", "--no-progress", "--coder-factory", FAKE,
                   env={"HADATH_INGEST_SLOW_MS": "40"})
    # wait until some (not all) articles are committed: the WAL grows as batches commit
    wal = pathlib.Path(str(killed) + ".wal")
    deadline = time.time() + 60
    while time.time() < deadline and p.poll() is None:
        if wal.exists() and wal.stat().st_size > 20_000:
            time.sleep(0.5)
            break
        time.sleep(0.05)
    assert p.poll() is None, "the run ended before it could be killed"
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    con = duckdb.connect(str(killed), read_only=True)
    (stored,) = con.execute("SELECT count(*) FROM articles").fetchone()
    # every stored article has all its rows: the batch is one transaction
    orphans = con.execute("SELECT count(*) FROM events WHERE article_id NOT IN "
                          "(SELECT id FROM articles)").fetchone()
    con.close()
    assert 0 < stored < n_good
    assert orphans == (0,)
    p = ingest_cli(*corpus, "--db", str(killed), "--workers", "1", "--no-progress",
                   "--coder-factory", FAKE)
    _out, err = p.communicate(timeout=120)
    assert p.returncode == 0, err.decode()
    assert f"({n_good - stored} now, {stored} already stored)" in err.decode()
    assert snapshot(killed) == snapshot(ref)


def test_bad_dictionary_fails_with_the_knowledge_base_message(tmp_path, corpus):
    """The pool's workers start before the knowledge-base check: when the check fails, the user
    sees the knowledge base's own message (not a broken pool) and no store is created."""
    bad = tmp_path / "mydict"
    bad.mkdir()
    (bad / "agents.yaml").write_text("- sector: GOV\n  names: [وزير الري]\n  bogus: 1\n"
                                     "- names: [مزارع]\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    with pytest.raises(KnowledgeBaseError, match=r"knowledge base has \d+ error") as exc:
        ingest(corpus, opts(db, workers=2, dictionaries=(str(bad),)))
    assert "mydict" in str(exc.value)
    assert not db.exists()  # failed before the store was opened: no run recorded


def test_worker_module_does_not_load_duckdb_or_pyarrow():
    """A local worker imports hadath.store.worker to run its tasks; DuckDB and pyarrow would add
    about 60 MB to every worker, so that module and what it imports must not load them."""
    import subprocess
    import sys

    code = ("import sys, hadath.store.worker; "
            "print(sorted(m for m in ('duckdb', 'pyarrow', 'hadath.store.ingest') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"
