#!/usr/bin/env bash
# Corpus-path benchmarks on SaudiNewsNet (../shared/data/news/saudinewsnet). Not tests.
# Usage: benchmarks/run.sh [quick|all]   (default all; "quick" skips the whole-corpus run)
# Results: one JSON object per benchmark in benchmarks/out/results-<date>.jsonl, profile in
# benchmarks/out/profile-<date>.txt/.html. Figures are copied by hand into docs/BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
N=${N:-2000}
RUNS=${RUNS:-3}
STAMP=$(date +%Y-%m-%d)
OUT=benchmarks/out
mkdir -p "$OUT"
RES="$OUT/results-$STAMP.jsonl"
B=benchmarks/bench_corpus.py

echo "== load times of the shipped models, NER sentence pass speed, median of 5" >&2
nice "$PY" benchmarks/bench_models.py --runs 5 >> "$RES"
echo "== coder alone, 1 process, $N articles, median of $RUNS" >&2
nice "$PY" $B coder --n "$N" --runs "$RUNS" --out "$RES"
echo "== hadath ingest end to end, 1 and 2 workers, $N articles, median of $RUNS" >&2
nice "$PY" $B ingest --n "$N" --runs "$RUNS" --workers 1,2 --out "$RES"
echo "== profile (pyinstrument), 300 articles" >&2
nice "$PY" $B profile --n 300 --html "$OUT/profile-$STAMP.html" --out "$RES" \
  > "$OUT/profile-$STAMP.txt"
head -60 "$OUT/profile-$STAMP.txt" >&2
if [[ "${1:-all}" != "quick" ]]; then
  echo "== whole corpus (31,030 articles), one hadath ingest run, 2 workers" >&2
  nice "$PY" $B full --workers "$(nproc)" --out "$RES"
fi
echo "results: $RES" >&2
