"""Check that a change to the corpus path leaves the stored events unchanged (not a test).

    python benchmarks/same_events.py --n 300 --save benchmarks/out/events-ref.jsonl   # before
    python benchmarks/same_events.py --n 300 --check benchmarks/out/events-ref.jsonl  # after

Ingests the ``--n``-article SaudiNewsNet sample (as bench_corpus.py draws it) with
``hadath ingest`` and dumps every stored row of ``articles`` (less the run id, time and
temporary file name), ``events``, ``event_actors`` and ``mentions`` in a fixed order, one JSON
line per row.
``PYTHONHASHSEED`` is fixed for the run: some matches (an ambiguous place name's candidates)
are ordered by set iteration, which Python randomises per process.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_corpus import ROOT, sample, write_jsonl

QUERIES = {
    "articles": "SELECT * EXCLUDE (run_id, coded_at, source_file) FROM articles ORDER BY id",
    "events": "SELECT * FROM events ORDER BY id",
    "event_actors": "SELECT * FROM event_actors ORDER BY event_id, role, position",
    "mentions": "SELECT * FROM mentions ORDER BY article_id, sentence, start_char, kind, "
                "end_char, code, geonameid",
}


def dump(n: int, workers: int, seed: str) -> list[str]:
    import duckdb

    with tempfile.TemporaryDirectory() as d:
        src, db = Path(d) / "sample.jsonl", Path(d) / "s.duckdb"
        write_jsonl(sample(n), src)
        env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-m", "hadath.cli", "ingest", str(src), "--db", str(db),
                        "--workers", str(workers), "--no-progress"], env=env, check=True)
        con = duckdb.connect(str(db), read_only=True)
        lines = []
        for table, q in QUERIES.items():
            cur = con.execute(q)
            cols = [c[0] for c in cur.description]
            for row in cur.fetchall():
                lines.append(json.dumps({"table": table, **dict(zip(cols, row, strict=True))},
                                        ensure_ascii=False, default=str))
        con.close()
    return lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", default="0", help="PYTHONHASHSEED of the ingest run")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--save", type=Path)
    g.add_argument("--check", type=Path)
    a = ap.parse_args()
    lines = dump(a.n, a.workers, a.seed)
    if a.save:
        a.save.parent.mkdir(parents=True, exist_ok=True)
        a.save.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"saved {len(lines)} rows to {a.save}")
        return
    ref = a.check.read_text(encoding="utf-8").splitlines()
    if ref == lines:
        print(f"identical: {len(lines)} rows")
        return
    diff = [k for k, (x, y) in enumerate(zip(ref, lines, strict=False)) if x != y]
    print(f"DIFFERENT: {len(ref)} rows before, {len(lines)} now; {len(diff)} rows differ, "
          f"first at row {diff[0] if diff else min(len(ref), len(lines))}")
    sys.exit(1)


if __name__ == "__main__":
    main()
