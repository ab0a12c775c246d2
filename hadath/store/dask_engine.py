"""The Dask engine of ``hadath ingest``: the same per-article function, mapped over partitions.

Each partition (a list of records) goes to a Dask worker, which codes it with
:func:`hadath.store.rows.code_records` and writes one Parquet file per store table under
``<parts>/<table>/run_id=<run>/part-<k>.parquet`` (hive layout). A file is written under a
hidden temporary name (``.part-<k>.parquet.tmp``) and renamed only when complete, so a partial
file never looks like a part. The main process loads each finished partition into DuckDB in one
transaction, then deletes its files (unless ``--keep-parts``).

Without a scheduler address a ``LocalCluster`` is started (``workers`` processes, one thread
each). With ``--scheduler tcp://HOST:8786`` the cluster's workers must have hadath installed and
see the parts directory at the same path (a shared filesystem).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hadath.io.corpora import CorpusRecord
from hadath.store.rows import code_records, worker_coder


def code_partition(chunk: list[CorpusRecord], k: int, run_id: str,
                   cfg: tuple[tuple[str, ...], bool, str | None],
                   parts_dir: str) -> tuple[dict[str, str], int]:
    """Code one partition and write its Parquet parts; returns ({table: path}, n_sentences)."""
    import pyarrow.parquet as pq

    batch = code_records(worker_coder(*cfg), chunk, run_id)
    out: dict[str, str] = {}
    for name, tbl in batch.tables().items():
        d = Path(parts_dir) / name / f"run_id={run_id}"
        d.mkdir(parents=True, exist_ok=True)
        final = d / f"part-{k:06d}.parquet"
        tmp = d / f".part-{k:06d}.parquet.tmp"
        pq.write_table(tbl, tmp)
        os.replace(tmp, final)
        out[name] = str(final)
    return out, batch.n_sentences


def run_dask(chunks: Iterator[list[CorpusRecord]], run_id: str,
             cfg: tuple[tuple[str, ...], bool, str | None], parts_dir: Path,
             scheduler: str | None, workers: int) -> Iterator[Any]:
    from distributed import Client, LocalCluster, wait

    from hadath.store.ingest import _bounded, _Result

    parts_dir.mkdir(parents=True, exist_ok=True)
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                               processes=True, dashboard_address=None,
                               silence_logs=40)
        client = Client(cluster)
    n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
    counter = iter(range(1 << 62))
    try:
        def submit(chunk: list[CorpusRecord]) -> Any:
            k = next(counter)
            return client.submit(code_partition, chunk, k, run_id, cfg, str(parts_dir),
                                 key=f"hadath-part-{run_id}-{k}", pure=False)

        def wait_any(fs: set[Any]) -> tuple[set[Any], set[Any]]:
            res = wait(list(fs), return_when="FIRST_COMPLETED")
            return set(res.done), set(res.not_done)

        def collect(f: Any) -> _Result:
            parts, n_sent = f.result()
            f.release()
            return _Result(parts=parts, n_sentences=n_sent)

        yield from _bounded(submit, wait_any, collect, chunks, n_workers * 2)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

