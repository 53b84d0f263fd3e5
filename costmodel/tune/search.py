"""Which candidates a tuner measures, and which it keeps: apart from how they are drawn
(candidates.py) and how they are measured, so strategies compare on the same budget.

A candidate list is a dispatch's schedules with IREE's own at index 0. A strategy picks
`k` others to measure; the default is always measured too, and kept unless a pick measures
faster, so tuning never makes a dispatch slower than the measurement says.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

#: how a tuner picks what to measure: by a cost model's predictions, or at random (the
#: baseline with the same budget), or everything (the limit)
STRATEGIES = ("model", "random", "exhaustive")


def picks(
    n: int, k: int, strategy: str, predicted: Sequence[float] | None = None, seed: int = 0
) -> list[int]:
    """Indices of the candidates (1..n-1) to measure beside the default."""
    others = list(range(1, n))
    if strategy == "exhaustive":
        return others
    if strategy == "random":
        return sorted(random.Random(seed).sample(others, min(k, len(others))))
    if strategy != "model":
        raise ValueError(f"unknown strategy {strategy!r} (known: {', '.join(STRATEGIES)})")
    if predicted is None or len(predicted) != n:
        raise ValueError("the model strategy needs one prediction per candidate")
    return sorted(others, key=lambda i: (predicted[i], i))[:k]


def choose(measured: dict[int, float | None]) -> int:
    """The fastest measured candidate; the default (0) when nothing beats it or it alone
    was measured. A candidate that failed to build or run (None) is never kept."""
    timed = {i: s for i, s in measured.items() if s is not None}
    if not timed:
        return 0
    best = min(timed, key=lambda i: (timed[i], i))
    if 0 in timed and timed[best] >= timed[0]:
        return 0
    return best
