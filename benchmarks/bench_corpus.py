"""Corpus-path benchmarks on SaudiNewsNet (not tests; see docs/BENCHMARKS.md and run.sh).

    python benchmarks/bench_corpus.py coder   --n 2000 --runs 3   # coder alone, one process
    python benchmarks/bench_corpus.py ingest  --n 2000 --runs 3   # hadath ingest, 1 vs 2 workers
    python benchmarks/bench_corpus.py full                        # whole corpus, one ingest run
    python benchmarks/bench_corpus.py profile --n 300             # pyinstrument profile of coding

Each prints one JSON object (and ``--out`` appends it to a JSON Lines file). Memory is sampled
from /proc every 0.25 s: RSS of the main process and of every worker process (its children).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet"


def zips() -> list[Path]:
    z = sorted(DATA.glob("*.zip"))
    if not z:
        sys.exit(f"SaudiNewsNet not found at {DATA}")
    return z


def sample(n: int) -> list[dict[str, Any]]:
    """``n`` articles spread evenly over the corpus (deterministic)."""
    arts: list[dict[str, Any]] = []
    for z in zips():
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                for k, a in enumerate(json.loads(zf.read(name))):
                    arts.append({"id": f"{z.stem}/{k}", "text": a.get("content") or "",
                                 "date": (a.get("date_extracted") or "")[:10] or None,
                                 "source": a.get("source"), "url": a.get("url")})
    step = max(1, len(arts) // n)
    return arts[::step][:n]


def write_jsonl(arts: list[dict[str, Any]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")


# ----------------------------------------------------------------------------- memory sampling

def _rss_kb(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) in kB, 0 if gone."""
    rss = hwm = 0
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
    except OSError:
        pass
    return rss, hwm


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                out.extend(int(x) for x in f.read().split())
    except OSError:
        pass
    return out


class Sampler(threading.Thread):
    """Samples the RSS of a process tree: main process and each descendant separately."""

    def __init__(self, pid: int, interval: float = 0.25) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.series: list[tuple[float, int, int]] = []  # (t, main kB, workers total kB)
        self.peak_main = 0
        self.peak_worker: dict[int, int] = {}
        self._halt = threading.Event()

    def run(self) -> None:
        t0 = time.perf_counter()
        while not self._halt.is_set():
            rss, hwm = _rss_kb(self.pid)
            self.peak_main = max(self.peak_main, hwm, rss)
            total = 0
            stack = _children(self.pid)
            while stack:
                c = stack.pop()
                stack.extend(_children(c))
                crss, chwm = _rss_kb(c)
                if crss < 20_000:  # resource tracker and the like
                    continue
                total += crss
                self.peak_worker[c] = max(self.peak_worker.get(c, 0), chwm, crss)
            self.series.append((round(time.perf_counter() - t0, 2), rss, total))
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join()


# ----------------------------------------------------------------------------- benchmarks

def bench_coder(n: int, runs: int) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT))
    import datetime as dt

    from hadath.api import Coder
    from hadath.model import Article

    arts = [Article(a["id"], a["text"], dt.date.fromisoformat(a["date"]) if a["date"] else None)
            for a in sample(n)]
    t = time.perf_counter()
    coder = Coder.load()
    load_s = time.perf_counter() - t
    times, n_sent, n_ev = [], 0, 0
    for _ in range(runs):
        n_sent = n_ev = 0
        t = time.perf_counter()
        for a in arts:
            an = coder.analyse(a)
            n_sent += len(an.sentences)
            n_ev += len(an.events)
        times.append(time.perf_counter() - t)
    med = statistics.median(times)
    import resource

    return {"bench": "coder", "articles": len(arts), "sentences": n_sent, "events": n_ev,
            "load_s": round(load_s, 2), "times_s": [round(x, 2) for x in times],
            "median_s": round(med, 2), "sentences_per_s": round(n_sent / med, 1),
            "articles_per_s": round(len(arts) / med, 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def _ingest_once(inputs: list[str], db: Path, workers: int,
                 extra: tuple[str, ...] = ()) -> dict[str, Any]:
    for old in (db, Path(f"{db}.wal")):
        old.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "hadath.cli", "ingest", *inputs, "--db", str(db),
           "--workers", str(workers), "--no-progress", *extra]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    t = time.perf_counter()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    s = Sampler(p.pid)
    s.start()
    _out, err = p.communicate()
    wall = time.perf_counter() - t
    s.stop()
    if p.returncode != 0:
        raise SystemExit(f"ingest failed ({p.returncode}): {err.decode()[-2000:]}")
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    (n_art, n_sent, n_ev) = con.execute(
        "SELECT count(*), sum(n_sentences), (SELECT count(*) FROM events) FROM articles"
    ).fetchall()[0]
    (n_err,) = con.execute("SELECT count(*) FROM errors").fetchall()[0]
    con.close()
    return {"workers": workers, "wall_s": round(wall, 2), "articles": n_art,
            "sentences": int(n_sent or 0), "events": n_ev, "errors": n_err,
            "peak_rss_main_mb": round(s.peak_main / 1024, 1),
            "peak_rss_worker_mb": [round(v / 1024, 1) for v in s.peak_worker.values()],
            "series": s.series, "summary": err.decode().strip().splitlines()[-1:]}


def bench_ingest(n: int, runs: int, workers_list: list[int]) -> dict[str, Any]:
    out: dict[str, Any] = {"bench": "ingest", "articles": n, "by_workers": {}}
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "sample.jsonl"
        write_jsonl(sample(n), src)
        for w in workers_list:
            rs = [_ingest_once([str(src)], Path(d) / "b.duckdb", w) for _ in range(runs)]
            walls = [r["wall_s"] for r in rs]
            med = statistics.median(walls)
            r0 = rs[0]
            out["by_workers"][str(w)] = {
                "walls_s": walls, "median_s": med, "sentences": r0["sentences"],
                "events": r0["events"], "articles_per_s": round(r0["articles"] / med, 1),
                "sentences_per_s": round(r0["sentences"] / med, 1),
                "sentences_per_s_per_core": round(r0["sentences"] / med / max(1, w), 1),
                "peak_rss_worker_mb": max(max(r["peak_rss_worker_mb"] or [0]) for r in rs),
                "peak_rss_main_mb": max(r["peak_rss_main_mb"] for r in rs)}
    bw = out["by_workers"]
    if "1" in bw and "2" in bw:
        out["speedup_2_vs_1"] = round(bw["1"]["median_s"] / bw["2"]["median_s"], 2)
    return out


def bench_full(workers: int, db: Path | None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as d:
        r = _ingest_once([str(z) for z in zips()], db or Path(d) / "full.duckdb", workers)
    series = r.pop("series")
    step = max(1, len(series) // 60)
    r["memory_series_mb"] = [(t, round(m / 1024), round(w / 1024)) for t, m, w in series[::step]]
    r["bench"] = "full"
    r["articles_per_s"] = round(r["articles"] / r["wall_s"], 1)
    r["sentences_per_s"] = round(r["sentences"] / r["wall_s"], 1)
    return r


def bench_profile(n: int, out_html: Path | None) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT))
    import datetime as dt

    from pyinstrument import Profiler

    from hadath.api import Coder
    from hadath.model import Article

    arts = [Article(a["id"], a["text"], dt.date.fromisoformat(a["date"]) if a["date"] else None)
            for a in sample(n)]
    coder = Coder.load()
    prof = Profiler(interval=0.002)
    prof.start()
    for a in arts:
        coder.analyse(a)
    prof.stop()
    text = prof.output_text(unicode=False, color=False, show_all=False)
    if out_html:
        out_html.write_text(prof.output_html(), encoding="utf-8")
    return {"bench": "profile", "articles": n, "text": text}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["coder", "ingest", "full", "profile"])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--db", type=Path, default=None)
    ap.add_argument("--html", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=None, help="append the result (JSON Lines)")
    a = ap.parse_args()
    if a.what == "coder":
        res = bench_coder(a.n, a.runs)
    elif a.what == "ingest":
        res = bench_ingest(a.n, a.runs, [int(x) for x in a.workers.split(",")])
    elif a.what == "full":
        res = bench_full(int(a.workers.split(",")[-1]), a.db)
    else:
        res = bench_profile(a.n, a.html)
    res["machine"] = {"cpus": os.cpu_count(), "python": platform.python_version(),
                      "platform": platform.platform()}
    line = json.dumps(res, ensure_ascii=False)
    if a.out:
        with a.out.open("a", encoding="utf-8") as f:
            f.write(line + "\n")
    if a.what == "profile":
        print(res["text"])
    else:
        print(json.dumps({k: v for k, v in res.items() if k != "series"}, ensure_ascii=False))


if __name__ == "__main__":
    main()
