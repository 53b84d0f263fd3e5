"""Timing a call in blocks: the one timing loop that the performance oracle and the cost
model's latency measurement share. A block repeats the call enough times to outlast the
clock's resolution and the call's own overhead; seconds per call are its mean."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

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
