"""read_ahead: the same items in the same order, the source's error raised where it happened, and a
consumer that stops early stops the worker."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from bot.read_ahead import read_ahead


def test_same_items_in_order() -> None:
    assert list(read_ahead(iter(range(50)), depth=3)) == list(range(50))
    assert list(read_ahead([])) == []


def test_the_error_comes_after_the_items_before_it() -> None:
    def source() -> Iterator[int]:
        yield 1
        yield 2
        raise OSError("disk gone")

    got = []
    with pytest.raises(OSError, match="disk gone"):
        for item in read_ahead(source()):
            got.append(item)
    assert got == [1, 2]


def test_reads_at_most_depth_ahead_and_stops_with_the_consumer() -> None:
    produced: list[int] = []
    finished = threading.Event()

    def source() -> Iterator[int]:
        try:
            for i in range(1000):
                produced.append(i)
                yield i
        finally:
            finished.set()

    items = read_ahead(source(), depth=2)
    assert next(items) == 0
    threading.Event().wait(0.2)  # give the worker time to run ahead as far as it may
    assert len(produced) <= 4  # the one taken, two queued, one waiting to be put
    items.close()  # the consumer stops early
    assert finished.wait(5)
