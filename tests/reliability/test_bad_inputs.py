"""Dirty input: every record of the generated bad-input corpus is coded or rejected with a clear
error (file, line, field, hint) by `hadath code` and `hadath ingest`; never a traceback, and
records in = coded + rejected, always."""

from __future__ import annotations

import json
import pathlib
import re
import subprocess
import sys
from collections import Counter

import duckdb
import pytest
from make_bad_inputs import Manifest, make_bad_inputs
from reliability_contract import ROOT, check_event

# error: [E107] /tmp/x/garbage.txt:1 field 'text': reason — hint
ERROR_LINE = re.compile(r"^error: \[(E\d{3})\] (.+?)(?::(\d+))?(?: field '(\w+)')?: (.+) — (.+)$")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Manifest:
    return make_bad_inputs(tmp_path_factory.mktemp("bad_inputs"))


def _expected_errors(m: Manifest) -> Counter[tuple[str, int | None, str]]:
    return Counter((r.file, r.line, r.error) for r in m.rejected if r.error)


def test_hadath_code_accounts_for_every_record(corpus: Manifest, tmp_path: pathlib.Path
                                               ) -> None:
    out, errs = tmp_path / "events.jsonl", tmp_path / "errors.jsonl"
    p = subprocess.run([sys.executable, "-m", "hadath.cli", "code", str(corpus.root),
                        "-o", str(out), "--errors", str(errs)],
                       capture_output=True, cwd=ROOT, timeout=300)
    err = p.stderr.decode("utf-8")
    assert "Traceback" not in err
    assert p.returncode == 1  # some records were rejected
    n_in, n_ok, n_bad = corpus.n_in, len(corpus.coded), len(corpus.rejected)
    assert f"{n_in} records read, {n_ok} coded, {n_bad} rejected" in err
    assert n_in == n_ok + n_bad
    # every rejection is one clear line: code, file, line (JSONL), field, reason and hint
    got: Counter[tuple[str, int | None, str]] = Counter()
    for line in err.splitlines():
        if line.startswith("error:"):
            m = ERROR_LINE.match(line)
            assert m, f"unclear error line: {line}"
            code, src, ln, _fld, reason, hint = m.groups()
            assert reason.strip() and hint.strip()
            got[(pathlib.Path(src).name, int(ln) if ln else None, code)] += 1
    # .txt decoding errors name the line of the bad byte; compare those by file only
    norm = Counter((f, None if f.endswith(".txt") else ln, c) for f, ln, c in got)
    assert norm == _expected_errors(corpus)
    rows = [json.loads(x) for x in errs.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == n_bad and all(r["code"] and r["hint"] for r in rows)
    # every event of every coded record meets the output contract
    texts = corpus.texts()
    events = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert events, "the good records code events"
    for ev in events:
        check_event(texts[ev["doc_id"]], ev)


def test_hadath_ingest_accounts_for_every_record(corpus: Manifest, tmp_path: pathlib.Path
                                                 ) -> None:
    from hadath.store.ingest import IngestOptions, ingest

    db = tmp_path / "bad.duckdb"
    opts = IngestOptions(db=db, workers=0, progress=False, dedup=False)
    rep = ingest([str(corpus.root)], opts)
    assert rep.consistent
    assert (rep.n_in, rep.n_coded, rep.n_rejected) == (corpus.n_in, len(corpus.coded),
                                                       len(corpus.rejected))
    again = ingest([str(corpus.root)], opts)  # rerun: nothing coded twice, nothing lost
    assert again.consistent and (again.n_coded, again.n_skipped, again.n_rejected) == (
        0, len(corpus.coded), len(corpus.rejected))
    con = duckdb.connect(str(db), read_only=True)
    try:
        runs = con.execute("SELECT n_in, n_coded, n_skipped, n_rejected, status FROM runs "
                           "ORDER BY started_at").fetchall()
        assert runs == [(corpus.n_in, len(corpus.coded), 0, len(corpus.rejected), "done"),
                        (corpus.n_in, 0, len(corpus.coded), len(corpus.rejected), "done")]
        errors = con.execute("SELECT source_file, position, code, reason, hint FROM errors"
                             ).fetchall()
        stored = {r[0] for r in con.execute("SELECT id FROM articles").fetchall()}
        texts = dict(con.execute("SELECT id, text FROM articles").fetchall())
        events = [json.loads(r[0]) for r in con.execute("SELECT json FROM events").fetchall()]
    finally:
        con.close()
    assert all(reason and hint for *_x, reason, hint in errors)
    got = Counter((pathlib.Path(f).name, p if f.endswith("jsonl") else None, c)
                  for f, p, c, _r, _h in errors)
    assert got == _expected_errors(corpus)
    assert stored == {r.id for r in corpus.coded}
    assert {i: texts[i] for i in corpus.texts()} == corpus.texts()  # stored exactly as decoded
    for ev in events:
        check_event(texts[ev["doc_id"]], ev)


def test_ingest_cli_reports_the_invariant(corpus: Manifest, tmp_path: pathlib.Path) -> None:
    db = tmp_path / "cli.duckdb"
    p = subprocess.run([sys.executable, "-m", "hadath.cli", "ingest", str(corpus.root),
                        "--db", str(db), "--workers", "0", "--no-progress", "--no-dedup"],
                       capture_output=True, cwd=ROOT, timeout=300)
    err = p.stderr.decode("utf-8")
    assert p.returncode == 0 and "Traceback" not in err
    assert (f"{corpus.n_in} records in = {len(corpus.coded)} coded ({len(corpus.coded)} now, "
            f"0 already stored) + {len(corpus.rejected)} rejected") in err
