"""What runs in a local ingest worker process (the pool's initializer and task).

Kept light on purpose: importing it (which a spawned worker does to unpickle its functions) loads
the coder's modules and the row builders, not DuckDB, pyarrow or the ingest orchestration, which
would add ≈ 60 MB to every worker's memory.
"""

from __future__ import annotations

import os
import time

from hadath.io.corpora import CorpusRecord
from hadath.store.rows import Batch, code_records, worker_coder

CoderConfig = tuple[tuple[str, ...], bool, str | None]  # dictionaries, one_a_story, factory


def _watch_parent(parent: int) -> None:
    """Exit when the parent dies (a SIGKILLed ingest must not leave workers behind)."""
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(0)


GC_THRESHOLD0 = 10_000  # a worker's first-generation GC threshold (Python's default is 700)


def init_worker(cfg: CoderConfig, parent: int) -> None:
    import gc
    import threading

    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    # The cyclic GC cost a worker ~9 % of its time (2,000 articles: 1.6 of 18.6 s): it ran every
    # 700 container allocations and re-scanned the loaded knowledge base and models. They live as
    # long as the worker, so they are frozen out of the GC once loaded, and the per-article
    # objects (freed by reference counting) are collected less often. Same memory peak.
    gc.set_threshold(GC_THRESHOLD0, *gc.get_threshold()[1:])
    try:
        worker_coder(*cfg)
    except Exception:  # reported by ready(), with its own message
        return  # (raising here would only break the pool)
    gc.freeze()


def local_task(chunk: list[CorpusRecord], run_id: str, cfg: CoderConfig) -> Batch:
    return code_records(worker_coder(*cfg), chunk, run_id)


def ready(cfg: CoderConfig) -> None:
    """The pool's first task, one per worker (which makes the pool start every worker at once):
    returns once the worker's coder is loaded, or raises the error that loading it raised (a
    bad knowledge base: the main process reports that, and needs no coder of its own to check
    it)."""
    worker_coder(*cfg)
