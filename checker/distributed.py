"""Scale-out: events checked in parallel on Dask distributed.

Each task checks a chunk of whole events, so no event is split across
workers, and a claim's vector does not depend on the claims embedded with
it (see ``Embedder._batches``), so the result is byte for byte the one a
serial run gives. Models load once per
worker process (``load_spacy`` and the embedder are cached per process).
Dask's nanny starts each worker with ``OMP_NUM_THREADS=1``, so torch runs
one thread per worker thread and N workers on N cores do not oversubscribe.
The cluster is created here, inside a function the CLI calls, never at
import time: Dask starts worker processes by spawning, which re-imports the
main module.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from checker.config import Settings
from checker.errors import ConfigError
from checker.records import EventResult, Report


@lru_cache(maxsize=2)
def _worker_embedder(model: str) -> Any:
    from checker.models import Embedder, default_cache_dir

    return Embedder(model, default_cache_dir())


def _check_chunk(events: list[tuple[str, list[Report]]], settings: Settings) -> list[EventResult]:
    from checker.models import default_cache_dir
    from checker.pipeline import check_events

    return check_events(events, settings, _worker_embedder(settings.model), cache_dir=default_cache_dir())


def _chunks(events: Sequence[tuple[str, list[Report]]], n: int) -> list[list[tuple[str, list[Report]]]]:
    # Balance by text length (parsing and embedding cost grow with it),
    # largest events first, so one big event does not leave the other
    # workers idle at the end.
    bins: list[list[tuple[str, list[Report]]]] = [[] for _ in range(n)]
    loads = [0] * n
    for event in sorted(events, key=lambda e: (-_size(e[1]), e[0])):
        i = loads.index(min(loads))
        bins[i].append(event)
        loads[i] += _size(event[1])
    return [b for b in bins if b]


def _size(reports: list[Report]) -> int:
    return sum(len(r.text) for r in reports) + 1


def check_distributed(
    events: Sequence[tuple[str, list[Report]]],
    settings: Settings,
    *,
    workers: int = 2,
    scheduler: str | None = None,
    progress: Any = None,
) -> list[EventResult]:
    """Check events on a local cluster of ``workers`` processes or at ``scheduler``."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise ConfigError("--workers/--scheduler need Dask: pip install 'dask[distributed]'") from exc
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="20s")
        else:
            cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            client = Client(cluster)
    except OSError as exc:
        raise ConfigError(f"cannot reach Dask scheduler {scheduler!r} ({exc}); check the address") from exc
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        # Two chunks per worker, not more: the embedder batches texts of one
        # token length together, so the fewer texts one call sees, the more
        # of its batches are small and slow (the real-size benchmark set in 8
        # chunks costs about a sixth more embedding time than in 2 or 4).
        chunks = _chunks(events, n_workers * 2)
        futures = client.map(_check_chunk, chunks, settings=settings, pure=False)
        done = 0
        total = sum(len(c) for c in chunks)
        for future in as_completed(futures):
            done += len(chunks[futures.index(future)])
            if progress:
                progress("", done, total)
        by_name = {r.event: r for f in futures for r in f.result()}
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return [by_name[name] for name, _ in events]
