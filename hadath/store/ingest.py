"""``hadath ingest``: code a corpus into the store, idempotently and resumably.

The main process reads the inputs, drops records whose article id is already stored (unless
``recode``), cuts the rest into chunks and hands the chunks to an engine — a local process pool
(default) or a Dask cluster — which runs the per-article function (:func:`code_record`). Results
are written in *write batches*: one DuckDB transaction holds the batch's articles, their events,
actors and mentions, and the batch's rejected records. A run killed at any point therefore leaves
only whole articles behind, and a rerun continues where it stopped: nothing lost, nothing twice.

Counting: every record read is exactly one of *coded now*, *already stored* (skipped) or
*rejected* (a row in ``errors``); the report checks that invariant.
"""

from __future__ import annotations

import concurrent.futures as cf
import datetime as dt
import multiprocessing as mp
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Any, Literal

import duckdb
import pyarrow as pa

from hadath.errors import InputProblem
from hadath.io.corpora import CorpusRecord, count_records, read_corpus
from hadath.io.readers import DEFAULT_MAX_CHARS
from hadath.model import Article
from hadath.store.rows import Batch, code_records, worker_coder
from hadath.store.schema import StoreError, connect
from hadath.store.tables import SCHEMAS
from hadath.store.worker import CoderConfig, init_worker, local_task, ready

Engine = Literal["local", "dask"]


@dataclass
class IngestOptions:
    db: str | Path = "hadath.duckdb"
    recode: bool = False
    engine: Engine = "local"
    scheduler: str | None = None
    workers: int | None = None  # None: number of cores; 0: code in the main process
    chunk_size: int = 16  # records per task sent to a local worker
    partition_size: int = 256  # records per Dask partition (one Parquet part per table)
    flush_records: int = 256  # write a batch when this many records are waiting…
    flush_seconds: float = 2.0  # …or when the oldest has waited this long
    mapping: dict[str, str] = field(default_factory=dict)
    encoding: str = "auto"
    max_chars: int = DEFAULT_MAX_CHARS  # longer articles are rejected (E112)
    default_date: dt.date | None = None  # the date of articles that give none (.txt files)
    dictionaries: tuple[str, ...] = ()
    one_a_story: bool = True
    coder_factory: str | None = None
    parts_dir: str | Path | None = None  # Dask staging Parquet (default: <db>.parts)
    keep_parts: bool = False
    dedup: bool = True
    progress: bool = True
    count_first: bool = True  # pre-count the inputs for the progress bar's ETA


@dataclass
class IngestReport:
    run_id: str
    n_in: int = 0
    n_coded: int = 0  # coded in this run
    n_skipped: int = 0  # already in the store (not recoded)
    n_rejected: int = 0
    n_events: int = 0
    n_sentences: int = 0
    seconds: float = 0.0
    workers: int = 0
    engine: str = "local"

    @property
    def consistent(self) -> bool:
        return self.n_in == self.n_coded + self.n_skipped + self.n_rejected

    def summary(self) -> str:
        rate = self.n_coded / self.seconds if self.seconds else 0.0
        return (f"hadath ingest: {self.n_in} records in = {self.n_coded + self.n_skipped} coded "
                f"({self.n_coded} now, {self.n_skipped} already stored) + {self.n_rejected} "
                f"rejected; {self.n_events} events, {self.n_sentences} sentences; "
                f"{self.seconds:.1f} s ({rate:.1f} articles/s, {self.engine}, "
                f"{self.workers} worker(s))")


# --------------------------------------------------------------------------- writing

_DATA_TABLES = ("articles", "events", "event_actors", "mentions")


def _insert(con: duckdb.DuckDBPyConnection, name: str, tbl: pa.Table, verb: str = "INSERT"
            ) -> None:
    if tbl.num_rows == 0:
        return
    cols = ", ".join(f'"{c}"' for c in tbl.column_names)
    view = f"_hadath_batch_{name}"
    con.register(view, tbl)
    try:
        con.execute(f"{verb} INTO {name} ({cols}) SELECT {cols} FROM {view}")
    finally:
        con.unregister(view)


def write_tables(con: duckdb.DuckDBPyConnection, tables: dict[str, pa.Table], *,
                 recode: bool = False) -> None:
    """One transaction: (for recode, delete the articles' old rows), insert everything."""
    con.execute("BEGIN TRANSACTION")
    try:
        arts = tables.get("articles")
        if recode and arts is not None and arts.num_rows:
            ids = pa.table({"id": arts.column("id")})
            con.register("_hadath_recode_ids", ids)
            try:
                for t in ("event_actors", "mentions", "events"):
                    con.execute(f"DELETE FROM {t} WHERE article_id IN "
                                "(SELECT id FROM _hadath_recode_ids)")
                con.execute("DELETE FROM articles WHERE id IN (SELECT id FROM _hadath_recode_ids)")
            finally:
                con.unregister("_hadath_recode_ids")
        for name in _DATA_TABLES:
            if name in tables:
                _insert(con, name, tables[name])
        if "errors" in tables:
            _insert(con, "errors", tables["errors"], "INSERT OR REPLACE")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def write_batch(con: duckdb.DuckDBPyConnection, batch: Batch, *, recode: bool = False) -> None:
    write_tables(con, batch.tables(), recode=recode)


# --------------------------------------------------------------------------- engines

class _Result:
    """What an engine hands back for one chunk: a Batch, or Parquet parts to load."""

    def __init__(self, batch: Batch | None = None, parts: dict[str, str] | None = None,
                 n_sentences: int = 0) -> None:
        self.batch = batch
        self.parts = parts
        self.n_sentences = n_sentences

    def tables(self) -> dict[str, pa.Table]:
        if self.batch is not None:
            return self.batch.tables()
        import pyarrow.parquet as pq

        assert self.parts is not None
        return {name: pq.read_table(path, schema=SCHEMAS[name])
                for name, path in self.parts.items()}


def _bounded(submit: Callable[[list[CorpusRecord]], Any],
             wait_any: Callable[[set[Any]], tuple[set[Any], set[Any]]],
             collect: Callable[[Any], _Result], chunks: Iterator[list[CorpusRecord]],
             max_in_flight: int) -> Iterator[_Result]:
    """Submit chunks with at most ``max_in_flight`` outstanding; yield results as they finish."""
    pending: set[Any] = set()
    exhausted = False
    while True:
        while not exhausted and len(pending) < max_in_flight:
            chunk = next(chunks, None)
            if chunk is None:
                exhausted = True
                break
            pending.add(submit(chunk))
        if not pending:
            return
        done, pending = wait_any(pending)
        for f in done:
            yield collect(f)


def _start_pool(cfg: CoderConfig, workers: int
                ) -> tuple[cf.ProcessPoolExecutor, list[cf.Future[None]]]:
    """A pool whose workers are already starting (importing and loading the coder), and one
    future per worker that is done when its coder is loaded (or failed to load)."""
    ctx = mp.get_context("spawn")  # never fork a process that holds a DuckDB connection
    pool = cf.ProcessPoolExecutor(workers, mp_context=ctx, initializer=init_worker,
                                  initargs=(cfg, os.getpid()))
    return pool, [pool.submit(ready, cfg) for _ in range(workers)]


def _run_local(chunks: Iterator[list[CorpusRecord]], run_id: str, cfg: CoderConfig,
               workers: int, pool: cf.ProcessPoolExecutor | None = None) -> Iterator[_Result]:
    if workers == 0:
        coder = worker_coder(*cfg)
        for chunk in chunks:
            b = code_records(coder, chunk, run_id)
            yield _Result(b, n_sentences=b.n_sentences)
        return
    with pool or _start_pool(cfg, workers)[0] as running:
        def submit(chunk: list[CorpusRecord]) -> cf.Future[Batch]:
            return running.submit(local_task, chunk, run_id, cfg)

        def wait_any(fs: set[Any]) -> tuple[set[Any], set[Any]]:
            d, p = cf.wait(fs, return_when=cf.FIRST_COMPLETED)
            return set(d), set(p)

        def collect(f: cf.Future[Batch]) -> _Result:
            b = f.result()
            return _Result(b, n_sentences=b.n_sentences)

        yield from _bounded(submit, wait_any, collect, chunks, workers * 3)


# --------------------------------------------------------------------------- orchestration

def _chunks(recs: Iterable[CorpusRecord], size: int) -> Iterator[list[CorpusRecord]]:
    it = iter(recs)
    while chunk := list(islice(it, size)):
        yield chunk


def _make_progress(enabled: bool, total: int | None) -> Any:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} art/s"),
        TextColumn("events {task.fields[events]}"), TextColumn("errors {task.fields[errors]}"),
        TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
        console=Console(stderr=True), disable=not enabled, transient=False,
    )


def ingest(inputs: Sequence[str], opts: IngestOptions | None = None) -> IngestReport:
    """Code ``inputs`` into the store ``opts.db``; see the module docstring."""
    opts = opts or IngestOptions()
    workers = (os.cpu_count() or 1) if opts.workers is None else opts.workers
    cfg: CoderConfig = (tuple(str(d) for d in opts.dictionaries), opts.one_a_story,
                        opts.coder_factory)
    pool = None
    if opts.engine == "local" and workers > 0:
        pool, loaded = _start_pool(cfg, workers)
    try:
        if pool is not None:
            # a bad knowledge base fails here, with its own message, before the store is
            # opened; the workers check it (the main process loads no coder, so both cores
            # are theirs)
            done, _ = cf.wait(loaded, return_when=cf.FIRST_COMPLETED)
            for f in done:
                f.result()
        return _ingest(inputs, opts, workers, cfg, pool)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _ingest(inputs: Sequence[str], opts: IngestOptions, workers: int, cfg: CoderConfig,
            pool: cf.ProcessPoolExecutor | None) -> IngestReport:
    if opts.engine == "dask":
        # fail here, with the knowledge base's own message, rather than in every worker
        worker_coder.__wrapped__(*cfg)
    run_id = dt.datetime.now().strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    rep = IngestReport(run_id, workers=workers, engine=opts.engine)
    con = connect(opts.db)
    t0 = time.perf_counter()
    started = dt.datetime.now()
    con.execute("INSERT INTO runs (run_id, started_at, inputs, engine, workers, status) "
                "VALUES (?, ?, ?, ?, ?, 'running')",
                [run_id, started, "\n".join(inputs), opts.engine, workers])
    stored: set[str] = set()
    if not opts.recode:
        stored = {r[0] for r in con.execute("SELECT id FROM articles").fetchall()}
    seen: set[str] = set()

    def todo() -> Iterator[CorpusRecord]:
        for rec in read_corpus(inputs, opts.mapping, opts.encoding,
                               max_chars=opts.max_chars):
            rep.n_in += 1
            r = rec.record
            if isinstance(r, Article) and r.date is None and opts.default_date is not None:
                r = replace(r, date=opts.default_date)
                rec = CorpusRecord(rec.source, rec.position, r)
            if isinstance(r, Article):
                # a repeated id is a duplicate in every run, also once its first record is stored
                if r.id in seen:
                    rec = CorpusRecord(rec.source, rec.position, InputProblem(
                        rec.source, rec.position, "id",
                        f"duplicate article id {r.id!r} (an earlier record has it)",
                        "give each record a unique id, or map another field to id", "E111"))
                else:
                    seen.add(r.id)
                    if r.id in stored:
                        rep.n_skipped += 1
                        progress.advance(task)
                        continue
            yield rec

    total = count_records(inputs) if (opts.progress and opts.count_first) else None
    progress = _make_progress(opts.progress, total)
    task = progress.add_task("ingest", total=total, rate=0.0, events=0, errors=0)
    pending = Batch()
    pending_parts: list[_Result] = []
    last_flush = time.perf_counter()

    def flush() -> None:
        nonlocal pending, pending_parts, last_flush
        tables: dict[str, pa.Table] = {}
        parts = [p.tables() for p in pending_parts]
        if pending.n_records:
            parts.append(pending.tables())
        if parts:
            for name in SCHEMAS:
                ts = [p[name] for p in parts if name in p]
                tables[name] = pa.concat_tables(ts) if ts else SCHEMAS[name].empty_table()
            write_tables(con, tables, recode=opts.recode)
            n_art = tables["articles"].num_rows
            n_err = tables["errors"].num_rows
            rep.n_coded += n_art
            rep.n_rejected += n_err
            rep.n_events += tables["events"].num_rows
            for p in pending_parts:
                if p.parts and not opts.keep_parts:
                    for path in p.parts.values():
                        Path(path).unlink(missing_ok=True)
            el = time.perf_counter() - t0
            progress.update(task, advance=n_art + n_err, rate=rep.n_coded / el if el else 0.0,
                            events=rep.n_events, errors=rep.n_rejected)
        pending = Batch()
        pending_parts = []
        last_flush = time.perf_counter()

    size = opts.partition_size if opts.engine == "dask" else opts.chunk_size
    chunks = _chunks(todo(), max(1, size))
    try:
        with progress:
            if opts.engine == "dask":
                from hadath.store.dask_engine import run_dask

                parts_dir = Path(opts.parts_dir) if opts.parts_dir else Path(f"{opts.db}.parts")
                if parts_dir.exists() and not opts.keep_parts:
                    shutil.rmtree(parts_dir)  # staging of an earlier run: the store is the truth
                results = run_dask(chunks, run_id, cfg, parts_dir, opts.scheduler, workers)
            elif opts.engine == "local":
                results = _run_local(chunks, run_id, cfg, workers, pool)
            else:
                raise StoreError(f"unknown engine {opts.engine!r}", hint="use local or dask")
            for res in results:
                rep.n_sentences += res.n_sentences
                if res.batch is not None:
                    pending.extend(res.batch)
                    n_waiting = pending.n_records
                else:
                    pending_parts.append(res)
                    n_waiting = opts.flush_records  # one Dask partition = one transaction
                if (n_waiting >= opts.flush_records
                        or time.perf_counter() - last_flush >= opts.flush_seconds):
                    flush()
            flush()
    except BaseException:
        con.execute("UPDATE runs SET finished_at = ?, n_in = ?, n_coded = ?, n_skipped = ?, "
                    "n_rejected = ?, n_events = ?, status = 'failed' WHERE run_id = ?",
                    [dt.datetime.now(), rep.n_in, rep.n_coded, rep.n_skipped, rep.n_rejected,
                     rep.n_events, run_id])
        con.close()
        raise
    rep.seconds = time.perf_counter() - t0
    if opts.dedup:
        from hadath.store.dedup import dedup

        dedup(con)
    con.execute("UPDATE runs SET finished_at = ?, n_in = ?, n_coded = ?, n_skipped = ?, "
                "n_rejected = ?, n_events = ?, status = ? WHERE run_id = ?",
                [dt.datetime.now(), rep.n_in, rep.n_coded, rep.n_skipped, rep.n_rejected,
                 rep.n_events, "done" if rep.consistent else "inconsistent", run_id])
    con.close()
    return rep
