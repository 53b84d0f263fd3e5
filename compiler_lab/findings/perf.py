"""The performance oracle: a compiled graph far slower than eager is a bug too.

In the worker that compiled it, the compiled graph and the eager module are timed in
alternating blocks of calls (so both see the same machine state). The verdict is
`perf-outlier` when the lower confidence bound of the compiled/eager latency ratio (5th
percentile of a bootstrap over the blocks) is above PERF_FACTOR, and the compiled graph
loses at least MIN_EXCESS_S per call: a noisy block or two cannot raise the bound, and a
tiny graph whose compiled form pays a few microseconds of call overhead is not a bug.
"""

from __future__ import annotations

import random
import statistics
from collections.abc import Callable
from typing import Any

from compiler_lab.execution.timing import calls_per_block, time_block

PERF_FACTOR = 3.0
#: the stage of a perf-outlier that a cost model found, not this oracle: its evidence (the
#: dispatch, its kind, measured and predicted seconds, the model) is in timings[MODEL_STAGE].
#: The lab runs no model; `clab cost perfcheck` and `clab cost reduce` do.
MODEL_STAGE = "perf-model"
MIN_EXCESS_S = 100e-6
BLOCKS = 9
MIN_BLOCK_S = 5e-3
MAX_CALLS = 1 << 14


def time_both(compiled: Callable[[], Any], eager: Callable[[], Any]) -> dict[str, Any]:
    """Seconds per call of each, block by block, interleaved."""
    compiled(), eager()  # warm-up
    nc, ne = (calls_per_block(fn, MIN_BLOCK_S, MAX_CALLS) for fn in (compiled, eager))
    samples: dict[str, list[float]] = {"compiled_s": [], "eager_s": []}
    for _ in range(BLOCKS):
        for key, fn, n in (("compiled_s", compiled, nc), ("eager_s", eager, ne)):
            samples[key].append(time_block(fn, n))
    return samples


def judge(samples: dict[str, list[float]], factor: float = PERF_FACTOR) -> dict[str, Any]:
    """Ratio of medians, its bootstrap lower bound, and whether it makes an outlier."""
    c, e = samples["compiled_s"], samples["eager_s"]
    rng = random.Random(0)
    boot = sorted(
        statistics.median(rng.choices(c, k=len(c))) / statistics.median(rng.choices(e, k=len(e)))
        for _ in range(1000)
    )
    ratio = statistics.median(c) / statistics.median(e)
    lcb = boot[int(0.05 * len(boot))]
    return {
        "compiled_s": statistics.median(c),
        "eager_s": statistics.median(e),
        "ratio": round(ratio, 3),
        "ratio_lcb": round(lcb, 3),
        "outlier": lcb > factor and statistics.median(c) - statistics.median(e) > MIN_EXCESS_S,
    }
