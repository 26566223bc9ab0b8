"""Work spread over processes: checking and rendering a thousand notices take all the cores."""
from __future__ import annotations

import signal
from concurrent.futures import ProcessPoolExecutor

from vanthu import processes


def in_processes(work, items: list, jobs: int, progress=None) -> list:
    """work(chunk) over the items in `jobs` processes, results in order; in this process when it is not worth it."""
    if jobs <= 1 or len(items) < 4 * jobs:
        result = work(items)
        if progress:
            progress.advance(len(items))
        return [result]
    size = -(-len(items) // (jobs * 8))  # several chunks per process, so one slow chunk does not hold the end
    chunks = [items[i:i + size] for i in range(0, len(items), size)]
    done = []
    pool = ProcessPoolExecutor(jobs, initializer=_child)  # forked: modules, template and schema are loaded once
    try:
        for chunk, result in zip(chunks, pool.map(work, chunks)):
            done.append(result)
            if progress:
                progress.advance(len(chunk))
    finally:  # on Ctrl+C or a full disk the chunks not started are dropped; those under way are short
        pool.shutdown(cancel_futures=True)
    return done


def _child() -> None:
    # Ctrl+C reaches the whole process group; the parent stops its children itself, without their tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    processes.die_with_parent(signal.SIGKILL)  # and a killed parent leaves none behind
