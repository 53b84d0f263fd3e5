"""Wall-clock latency with its noise: warm up, then time blocks of calls until the median
settles; report the median, IQR, the coefficient of variation and the load average.

The CV is robust (1.4826 · MAD / median over the blocks): one block hit by an interrupt
does not make a quiet unit look noisy, while a unit whose blocks really spread does. A unit
timed while the machine is loaded (1-minute load average above LOAD_LIMIT, e.g. another
process competing for the cores) is timed once more after a pause; if the machine is still
loaded, the row says so (`loaded`). Rows above CV_THRESHOLD are flagged `noisy`.

Timing is one process at a time on a machine (compiler_lab/execution/timing.py's
`timing_slot`): measuring workers compile in parallel, on the other cores, and wait for the
slot only to time. So two workers on two cores keep both busy and never time at once.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from typing import Any

from compiler_lab.execution.timing import calls_per_block, time_block, timing_slot
from costmodel.measure.collector import Availability, Collector

#: samples whose CV is above this are flagged as noisy
CV_THRESHOLD = 0.10
#: a 1-minute load average above this (more runnable tasks than cores) means the timing
#: process shares its core: one timer and compilers on the other cores stay below it
LOAD_LIMIT = (os.cpu_count() or 1) + 0.5
#: a block never repeats a call more often than this
MAX_CALLS = 1 << 16


def robust_cv(samples: list[float]) -> float:
    med = statistics.median(samples)
    mad = statistics.median(abs(x - med) for x in samples)
    return 1.4826 * mad / med if med > 0 else 0.0


def _once(
    fn: Callable[[], Any],
    min_block_s: float,
    min_repeats: int,
    max_repeats: int,
    budget_s: float,
    clock: Callable[[], float],
) -> dict[str, Any]:
    fn()  # warm-up: first-call allocations, page faults, lazy loading
    calls = calls_per_block(fn, min_block_s, MAX_CALLS, clock)
    samples: list[float] = []
    deadline = time.monotonic() + budget_s
    previous = None
    while len(samples) < max_repeats:
        samples.append(time_block(fn, calls, clock))
        if len(samples) >= min_repeats:
            med = statistics.median(samples)
            settled = previous is not None and abs(med - previous) <= 0.005 * med
            if settled or time.monotonic() > deadline:
                break
            previous = med
    med = statistics.median(samples)
    q = statistics.quantiles(samples, n=4) if len(samples) >= 2 else [med, med, med]
    mean = statistics.fmean(samples)
    cv = robust_cv(samples)
    return {
        "latency_s": med,
        "iqr_s": q[2] - q[0],
        "cv": round(cv, 5),
        "cv_std": round(statistics.pstdev(samples) / mean, 5) if mean > 0 else 0.0,
        "repeats": len(samples),
        "calls_per_block": calls,
        "noisy": cv > CV_THRESHOLD,
    }


def measure(
    fn: Callable[[], Any],
    min_block_s: float = 5e-3,
    min_repeats: int = 9,
    max_repeats: int = 61,
    budget_s: float = 1.5,
    clock: Callable[[], float] = time.perf_counter,
    load: Callable[[], float] = lambda: os.getloadavg()[0],
) -> dict[str, Any]:
    """Seconds per call of `fn` (median over blocks), with IQR, CV, load and noise flags;
    timed in the machine's timing slot."""
    with timing_slot():
        stats = _once(fn, min_block_s, min_repeats, max_repeats, budget_s, clock)
        now = load()
        if now > LOAD_LIMIT:
            time.sleep(1.0)
            again = _once(fn, min_block_s, min_repeats, max_repeats, budget_s, clock)
            stats = min(stats, again, key=lambda s: s["cv"])
            now = load()
    return stats | {"loadavg_1m": round(now, 2), "loaded": now > LOAD_LIMIT}


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


#: the worker times every unit it lowers (units.py); this entry says so in the manifest
COLLECTOR = Collector(
    "latency", lambda: Availability("latency", True, detail="time.perf_counter, 1 thread")
)
