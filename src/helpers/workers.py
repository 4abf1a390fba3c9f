"""Where chunks of articles are parsed when not in this process: in worker processes of this
machine (``jobs > 1``) or on the workers of a Dask distributed cluster (``scheduler``).

Both are :class:`concurrent.futures.Executor` s: a :class:`~concurrent.futures.ProcessPoolExecutor`
of spawned processes, or the executor of a ``distributed.Client`` connected to the scheduler
(``Client.get_executor``). We build no scheduler or queue of our own. Each worker loads spaCy
once, on its first chunk. On a cluster, every worker must have this package installed and see
the processed folder at the same path (a shared file system): it writes each article's tables there.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor, as_completed

#: A chunk's work: (chunk, processed folder) -> one result per item of the chunk.
ChunkFunction = Callable[[list, object], list]


@contextlib.contextmanager
def executor(jobs: int, scheduler: str | None = None) -> Iterator[tuple[Executor, int]]:
    """An executor and how many chunks it runs at once.

    Args:
        jobs: worker processes on this machine (ignored with ``scheduler``).
        scheduler: address of a Dask distributed scheduler (``tcp://host:8786``), or None.

    Raises:
        OSError: the scheduler cannot be reached (``distributed`` raises it after its connect timeout).
    """
    if scheduler:
        from distributed import Client

        with Client(scheduler, set_as_default=False) as client:
            yield client.get_executor(pure=False), max(1, sum(client.nthreads().values()))
        return
    from helpers.core.nlp import get_nlp

    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"), initializer=get_nlp) as pool:
        yield pool, jobs


def run_chunks(
    work: ChunkFunction, chunks: Iterable[list], out_dir, pool: Executor, failed: Callable[[list, Exception], list]
) -> Iterator[tuple[list, list]]:
    """Run ``work`` on every chunk in ``pool``; yield (chunk, its results) as each comes back.
    Each chunk is submitted as soon as ``chunks`` gives it (a generator may still be reading).

    A chunk whose worker died or raised gets ``failed(chunk, exception)`` as its results, so one
    lost worker fails its articles, never the batch.
    """
    futures = {pool.submit(work, chunk, out_dir): chunk for chunk in chunks}
    for future in as_completed(futures):
        try:
            results = future.result()
        except Exception as exc:  # noqa: BLE001 - the worker died or could not run the chunk
            results = failed(futures[future], exc)
        yield futures[future], results
