"""Work spread over processes: checking and rendering a thousand notices take all the cores."""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor


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
    with ProcessPoolExecutor(jobs) as pool:  # forked: modules, template and schema are loaded once, here
        for chunk, result in zip(chunks, pool.map(work, chunks)):
            done.append(result)
            if progress:
                progress.advance(len(chunk))
    return done
