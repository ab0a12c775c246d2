"""Interleaved A/B of ``hadath ingest`` between source trees (not a test; see BENCHMARKS.md).

    mkdir -p /tmp/a && git archive REV | tar -x -C /tmp/a        # the "before" tree
    python benchmarks/ab_ingest.py --workers 1 --runs 2 /tmp/a .

Each round runs every tree once, in turn, on the same ``--n``-article SaudiNewsNet sample, so
both see the same machine load. Reported per tree: wall seconds, and CPU seconds of the whole
ingest (main process and workers, user + system), which a shared machine disturbs far less than
wall time. Medians at the end.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_corpus import sample, write_jsonl


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("trees", nargs="+", type=Path, help="source trees (repository roots)")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--workers", type=int, default=1)
    a = ap.parse_args()
    walls: dict[Path, list[float]] = {t: [] for t in a.trees}
    cpus: dict[Path, list[float]] = {t: [] for t in a.trees}
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "sample.jsonl"
        write_jsonl(sample(a.n), src)
        for _ in range(a.runs):
            for k, tree in enumerate(a.trees):
                db = Path(d) / f"ab{k}.duckdb"
                for old in (db, Path(f"{db}.wal")):
                    old.unlink(missing_ok=True)
                env = dict(os.environ, PYTHONPATH=str(tree.resolve()))
                t, c = time.perf_counter(), _children_cpu()
                p = subprocess.run([sys.executable, "-m", "hadath.cli", "ingest", str(src),
                                    "--db", str(db), "--workers", str(a.workers),
                                    "--no-progress"], env=env, cwd=d, capture_output=True,
                                   text=True)
                if p.returncode:
                    sys.exit(p.stderr[-2000:])
                walls[tree].append(round(time.perf_counter() - t, 2))
                cpus[tree].append(round(_children_cpu() - c, 2))
                print(f"{tree}: wall {walls[tree][-1]} s, cpu {cpus[tree][-1]} s", flush=True)
    for tree in a.trees:
        print(f"median {tree}: wall {statistics.median(walls[tree])} s {walls[tree]}, "
              f"cpu {statistics.median(cpus[tree])} s {cpus[tree]}")


if __name__ == "__main__":
    main()
