"""What a new user meets on the command line: bad options and bad files give a clear error that
names the input (and line) and what to do, never a traceback, and never lose the other records.
Found by following the README as a new user (docs/RELIABILITY.md, "New-user walkthrough")."""

import json

import pytest
from click.testing import CliRunner

import hadath.api
from hadath.cli import main

# Written for these tests (not from any corpus).
ATTACK = "قصفت طائرات حربية روسية مواقع للمعارضة قرب مدينة إدلب."
VISIT = "استقبل الرئيس التركي في أنقرة وزير الخارجية الإيراني وبحث معه العلاقات الثنائية."


def _invoke(args):
    return CliRunner().invoke(main, args)


def _no_traceback(r):
    assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
    assert "Traceback" not in r.output + r.stderr


def test_kb_lookup_bad_date_is_a_usage_error():
    for bad in ("2023-13-01", "tomorrow"):
        r = _invoke(["kb", "lookup", "وزير الخارجية التركي", "--date", bad])
        _no_traceback(r)
        assert r.exit_code == 2
        assert bad in r.stderr and "YYYY-MM-DD" in r.stderr


@pytest.mark.parametrize("cmd", [["code"], ["ingest", "--db", "x.duckdb"]])
def test_unknown_encoding_is_refused_before_reading(tmp_path, cmd):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "a", "text": ATTACK}, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    r = _invoke([*cmd, "--encoding", "no-such-codec", str(f)])
    _no_traceback(r)
    assert r.exit_code == 2
    assert "unknown encoding 'no-such-codec'" in r.stderr and "cp1256" in r.stderr
    assert not (tmp_path / "x.duckdb").exists()


def test_windows_1256_jsonl_names_the_line_and_the_option(tmp_path):
    f = tmp_path / "win.jsonl"
    f.write_bytes((json.dumps({"id": "w1", "date": "2024-03-01", "text": VISIT},
                              ensure_ascii=False) + "\n").encode("cp1256"))
    r = _invoke(["code", str(f)])
    assert r.exit_code == 1
    assert "[E107]" in r.stderr and "win.jsonl:1" in r.stderr
    assert "--encoding cp1256" in r.stderr
    r = _invoke(["code", "--encoding", "cp1256", str(f)])
    assert r.exit_code == 0, r.stderr
    assert any(json.loads(x)["event"] == "CONSULT" for x in r.stdout.splitlines())


def test_date_option_dates_the_articles_without_one(tmp_path):
    (tmp_path / "raid.txt").write_text(ATTACK, encoding="utf-8")
    jl = tmp_path / "more.jsonl"
    jl.write_text(json.dumps({"id": "own", "date": "2019-05-04", "text": ATTACK},
                             ensure_ascii=False) + "\n"
                  + json.dumps({"id": "none", "text": VISIT}, ensure_ascii=False) + "\n",
                  encoding="utf-8")
    r = _invoke(["code", str(tmp_path / "raid.txt"), str(jl)])
    assert r.exit_code == 0, r.stderr
    # the note names the undated articles and says how to date them
    assert "2 article(s) had no date (raid, none)" in r.stderr and "--date" in r.stderr
    r = _invoke(["code", "--date", "2024-02-10", str(tmp_path / "raid.txt"), str(jl)])
    assert r.exit_code == 0, r.stderr
    dates = {json.loads(x)["doc_id"]: json.loads(x)["date"] for x in r.stdout.splitlines()}
    assert dates == {"raid": "2024-02-10", "own": "2019-05-04", "none": "2024-02-10"}
    assert "no date" not in r.stderr
    r = _invoke(["code", "--date", "2024-02-30", str(tmp_path / "raid.txt")])
    assert r.exit_code == 2 and "'2024-02-30' is not a date" in r.stderr


def test_empty_input_is_said(tmp_path):
    (tmp_path / "empty.jsonl").write_bytes(b"\n  \n")
    r = _invoke(["code", str(tmp_path / "empty.jsonl")])
    assert r.exit_code == 0
    assert "no records in" in r.stderr and "empty.jsonl" in r.stderr


def test_ingest_prints_the_rejected_records(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_text("\n".join([
        json.dumps({"id": "ok1", "date": "2024-01-02", "text": ATTACK}, ensure_ascii=False),
        "{this is not json",
        json.dumps({"id": "bad-date", "date": "02.01.24 ص", "text": VISIT}, ensure_ascii=False),
        json.dumps({"id": "ok2", "text": VISIT}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    r = _invoke(["ingest", "--db", str(db), "--workers", "0", "--no-progress", str(f),
                 str(tmp_path / "missing.jsonl")])
    _no_traceback(r)
    assert "5 records in = 2 coded (2 now, 0 already stored) + 3 rejected" in r.stderr
    assert "[E102]" in r.stderr and "mixed.jsonl:2" in r.stderr
    assert "[E106]" in r.stderr and "mixed.jsonl:3 field 'date'" in r.stderr
    assert "[E108]" in r.stderr and "missing.jsonl" in r.stderr
    assert "SELECT * FROM errors" in r.stderr


def test_evaluate_names_the_bad_gold_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": ATTACK, "events": [{"type": "ASSAULT"}]},
                               ensure_ascii=False) + "\n{broken\n", encoding="utf-8")
    r = _invoke(["evaluate", "events", str(gold)])
    _no_traceback(r)
    assert r.exit_code == 2 and "gold.jsonl:2" in r.stderr and "not valid JSON" in r.stderr
    r = _invoke(["evaluate", "gsr", str(gold)])
    _no_traceback(r)
    assert r.exit_code == 2 and "no <Sentence> elements" in r.stderr


def test_export_to_an_unwritable_path_is_an_error(tmp_path):
    f = tmp_path / "one.jsonl"
    f.write_text(json.dumps({"id": "e1", "date": "2024-01-02", "text": ATTACK},
                            ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    assert _invoke(["ingest", "--db", str(db), "--workers", "0", "--no-progress",
                    str(f)]).exit_code == 0
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    r = _invoke(["export", "--db", str(db), "--format", "csv", "-o", str(blocker / "x.csv")])
    _no_traceback(r)
    assert r.exit_code == 2 and "cannot write" in r.stderr and "x.csv" in r.stderr


def test_api_code_bad_date_names_it():
    with pytest.raises(ValueError, match=r"'2024-02-30'.*YYYY-MM-DD"):
        hadath.api.code(ATTACK, date="2024-02-30")
    assert hadath.api.code(ATTACK, date="10/02/2024")[0].date is not None


def test_ingest_date_option_dates_txt_articles(tmp_path):
    import duckdb

    (tmp_path / "raid.txt").write_text(ATTACK, encoding="utf-8")
    jl = tmp_path / "own.jsonl"
    jl.write_text(json.dumps({"id": "own", "date": "2019-05-04", "text": VISIT},
                             ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    r = _invoke(["ingest", "--db", str(db), "--workers", "0", "--no-progress",
                 "--date", "2024-02-10", str(tmp_path / "raid.txt"), str(jl)])
    assert r.exit_code == 0, r.stderr
    con = duckdb.connect(str(db), read_only=True)
    dates = dict(con.execute("SELECT id, CAST(date AS VARCHAR) FROM articles").fetchall())
    events = con.execute("SELECT count(*) FROM events WHERE date IS NULL").fetchone()
    con.close()
    assert dates == {"raid": "2024-02-10", "own": "2019-05-04"}
    assert events == (0,)
    r = _invoke(["ingest", "--db", str(db), "--date", "10/02/2024", str(jl)])
    assert r.exit_code == 2 and "'10/02/2024' is not a date" in r.stderr
