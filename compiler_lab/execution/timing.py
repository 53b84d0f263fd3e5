"""Timing a call in blocks: the one timing loop that the performance oracle and the cost
model's latency measurement share. A block repeats the call enough times to outlast the
clock's resolution and the call's own overhead; seconds per call are its mean.

Both time inside the machine's one timing slot (`timing_slot`): workers compile side by
side but never time at once."""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from typing import Any

from compiler_lab.sandbox.pool import default_cache_dir

Clock = Callable[[], float]


def time_block(fn: Callable[[], Any], calls: int, clock: Clock = time.perf_counter) -> float:
    """Seconds per call of `fn` over one block of `calls` calls."""
    t0 = clock()
    for _ in range(calls):
        fn()
    return (clock() - t0) / calls


def calls_per_block(
    fn: Callable[[], Any], min_block_s: float, max_calls: int, clock: Clock = time.perf_counter
) -> int:
    """The smallest power of two of calls whose block lasts `min_block_s` (at most
    `max_calls`)."""
    calls = 1
    while time_block(fn, calls, clock) * calls < min_block_s and calls < max_calls:
        calls *= 2
    return calls


@contextlib.contextmanager
def timing_slot() -> Iterator[None]:
    """Hold the machine's one timing slot (an exclusive lock on a file in the cache
    folder); other measuring processes wait here, not while they compile."""
    folder = default_cache_dir() / "measure"
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / "timing.lock", os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock
