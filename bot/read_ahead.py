"""Iterate a generator on a background thread, a few items ahead of its consumer.

Ingestion reads files (Python: parsing mail, under the GIL) while the embedding model runs outside the
GIL; reading the next window while the current one is stored keeps both cores busy instead of leaving
the model idle during every read (measured on 2,000 emails: bench/ingest_bench.py).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Generator, Iterable
from typing import TypeVar

T = TypeVar("T")
_DONE = object()


def read_ahead(source: Iterable[T], *, depth: int = 2) -> Generator[T, None, None]:
    """Yield what ``source`` yields, in order, produced on a worker thread at most ``depth`` items ahead.
    An error in ``source`` is raised here, after the items before it; stopping early stops the worker."""
    ready: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(item: object) -> bool:
        """Queue ``item`` unless the consumer has stopped; False when it has."""
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        items = iter(source)
        try:
            for item in items:
                if not put(item):
                    return
            put(_DONE)
        except BaseException as exc:  # handed to the consumer, which raises it where it reads
            put(_Failure(exc))
        finally:
            close = getattr(items, "close", None)
            if close is not None:  # a generator stopped early runs its clean-up now, on this thread
                close()

    worker = threading.Thread(target=produce, name="dealbot-read-ahead", daemon=True)
    worker.start()
    try:
        while True:
            item = ready.get()
            if item is _DONE:
                return
            if isinstance(item, _Failure):
                raise item.error
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        worker.join(timeout=5)


class _Failure:
    def __init__(self, error: BaseException) -> None:
        self.error = error
