"""Wall-clock latency with its noise: warm up, then time blocks of calls until the median
settles; report the median, IQR and coefficient of variation, and the load average."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from typing import Any

#: samples whose CV is above this are flagged as noisy
CV_THRESHOLD = 0.10


def _block(fn: Callable[[], Any], calls: int, clock: Callable[[], float]) -> float:
    t0 = clock()
    for _ in range(calls):
        fn()
    return (clock() - t0) / calls


def measure(
    fn: Callable[[], Any],
    min_block_s: float = 2e-3,
    min_repeats: int = 7,
    max_repeats: int = 41,
    budget_s: float = 1.0,
    clock: Callable[[], float] = time.perf_counter,
) -> dict[str, Any]:
    """Seconds per call of `fn` (median over blocks), with IQR, CV and a noise flag."""
    fn()  # warm-up: first-call allocations, page faults, lazy loading
    calls = 1
    while _block(fn, calls, clock) * calls < min_block_s and calls < 1 << 16:
        calls *= 2
    samples: list[float] = []
    deadline = time.monotonic() + budget_s
    previous = None
    while len(samples) < max_repeats:
        samples.append(_block(fn, calls, clock))
        if len(samples) >= min_repeats:
            med = statistics.median(samples)
            settled = previous is not None and abs(med - previous) <= 0.01 * med
            if settled or time.monotonic() > deadline:
                break
            previous = med
    med = statistics.median(samples)
    q = statistics.quantiles(samples, n=4) if len(samples) >= 2 else [med, med, med]
    mean = statistics.fmean(samples)
    cv = statistics.pstdev(samples) / mean if mean > 0 else 0.0
    return {
        "latency_s": med,
        "iqr_s": q[2] - q[0],
        "cv": round(cv, 5),
        "repeats": len(samples),
        "calls_per_block": calls,
        "loadavg_1m": round(os.getloadavg()[0], 2),
        "noisy": cv > CV_THRESHOLD,
    }


def reset_peak_rss() -> bool:
    """Reset this process's peak RSS (VmHWM) so the next reading covers one unit only."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def rss_kib() -> tuple[int, int]:
    """(current RSS, peak RSS since the last reset) in KiB."""
    cur = peak = 0
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                cur = int(line.split()[1])
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1])
    return cur, peak
