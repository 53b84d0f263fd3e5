"""The perf-outlier kind: a compiled graph far slower than eager is a bug too.

Its probe runs in the worker that compiled the graph: the compiled graph and the eager
module are timed in alternating blocks of calls (so both see the same machine state). The
verdict is `perf-outlier` when the lower confidence bound of the compiled/eager latency
ratio (5th percentile of a bootstrap over the blocks) is above PERF_FACTOR, and the compiled
graph loses at least MIN_EXCESS_S per call: a noisy block or two cannot raise the bound,
and a tiny graph whose compiled form pays a few microseconds of call overhead is not a bug.
Buckets are keyed by the op producing the most elements: where the time goes, and an op a
reduction keeps while the slowdown stays.
"""

from __future__ import annotations

import random
import statistics
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

from compiler_lab.execution.timing import calls_per_block, time_block, timing_slot
from compiler_lab.findings.kinds import NUMBER, FindingKind

if TYPE_CHECKING:
    from compiler_lab.execution.lab import Verdict

PERF_FACTOR = 3.0
MIN_EXCESS_S = 100e-6
BLOCKS = 9
MIN_BLOCK_S = 5e-3
MAX_CALLS = 1 << 14

#: the repro's check (findings.repro): the compiled graph, recompiled from the caches at
#: each call, must stay far slower than eager
_REPRO = """
KIND = "perf-outlier"
PERF_FACTOR = {factor}


def kind_check(model, inputs):
    import statistics
    import time

    def per_call(fn, calls=20):
        times = []
        for _ in range(9):
            t0 = time.perf_counter()
            for _ in range(calls):
                fn()
            times.append((time.perf_counter() - t0) / calls)
        return statistics.median(times)

    with torch.no_grad():
        slow = per_call(lambda: compile_and_run(model, [t.clone() for t in inputs]))
        fast = per_call(lambda: model(*inputs))
    if slow / fast > PERF_FACTOR:
        return f"{{slow / fast:.1f}}x eager ({{slow * 1e6:.0f}} us)"
    return None
"""


def time_both(compiled: Callable[[], Any], eager: Callable[[], Any]) -> dict[str, list[float]]:
    """Seconds per call of each, block by block, interleaved (in the timing slot)."""
    with timing_slot():
        compiled(), eager()  # warm-up
        nc, ne = (calls_per_block(fn, MIN_BLOCK_S, MAX_CALLS) for fn in (compiled, eager))
        samples: dict[str, list[float]] = {"compiled_s": [], "eager_s": []}
        for _ in range(BLOCKS):
            for key, fn, n in (("compiled_s", compiled, nc), ("eager_s", eager, ne)):
                samples[key].append(time_block(fn, n))
    return samples


def ratio(samples: dict[str, list[float]], factor: float = PERF_FACTOR) -> dict[str, Any]:
    """Ratio of medians, its bootstrap lower bound, and whether it makes an outlier."""
    c, e = samples["compiled_s"], samples["eager_s"]
    rng = random.Random(0)
    boot = sorted(
        statistics.median(rng.choices(c, k=len(c))) / statistics.median(rng.choices(e, k=len(e)))
        for _ in range(1000)
    )
    lcb = boot[int(0.05 * len(boot))]
    return {
        "compiled_s": statistics.median(c),
        "eager_s": statistics.median(e),
        "ratio": round(statistics.median(c) / statistics.median(e), 3),
        "ratio_lcb": round(lcb, 3),
        "outlier": lcb > factor and statistics.median(c) - statistics.median(e) > MIN_EXCESS_S,
    }


def perf_key(backend: str, where: str) -> str:
    """A performance outlier's bucket: the backend and where the time goes."""
    return f"{backend}:perf-outlier:{where}"


class PerfOutlier(FindingKind):
    name: ClassVar[str] = "perf-outlier"
    color: ClassVar[str] = "bold cyan"
    evidence: ClassVar[str] = "perf"
    evidence_fields: ClassVar[dict[str, Any]] = {"compiled_s": NUMBER, "eager_s": NUMBER}
    repro_source: ClassVar[str] = _REPRO.format(factor=PERF_FACTOR)

    def probe(self, compiled: Callable[[], Any], eager: Callable[[], Any]) -> dict[str, Any]:
        return time_both(compiled, eager)

    def judge(self, v: Verdict) -> Verdict:
        samples = v.timings.get(self.evidence)
        if v.verdict != "ok" or not isinstance(samples, dict):
            return v
        perf = ratio(samples)
        v = replace(v, timings=v.timings | {self.evidence: perf})
        if not perf["outlier"]:
            return v
        why = (
            f"{perf['ratio']:.1f}x slower than eager (lower bound {perf['ratio_lcb']:.1f}x): "
            f"{perf['compiled_s'] * 1e6:.1f} µs vs {perf['eager_s'] * 1e6:.1f} µs per call"
        )
        return replace(v, verdict=self.name, stage="perf", reason=why)

    def bucket_key(self, v: Verdict, culprit: str | None) -> str | None:
        if not v.graph.nodes:
            return None
        heaviest = max(v.graph.nodes, key=lambda n: sum(o.numel for o in n.outputs))
        return perf_key(v.backend, heaviest.op)

    def headline(self, bucket: Mapping[str, Any]) -> str:
        where = bucket["key"].split(":perf-outlier:", 1)[-1]
        return f"{bucket['backend']}: far slower than eager, time in {where}"

    def report(self, verdict: dict[str, Any], ops: list[str]) -> tuple[str, str]:
        p = verdict.get("timings", {}).get(self.evidence, {})
        title = (
            f"[{verdict['backend']}] {p.get('ratio', '?')}x slower than eager on "
            f"{', '.join(ops[:3])}"
        )
        what = (
            "Expected: the compiled graph is not far slower than eager PyTorch.\n\nActual: "
            f"{verdict.get('reason', '')} (compiled {p.get('compiled_s', 0) * 1e6:.0f} µs, "
            f"eager {p.get('eager_s', 0) * 1e6:.0f} µs per call; bootstrap lower bound of "
            f"the ratio {p.get('ratio_lcb', '?')}x)"
        )
        return title, what


PERF_OUTLIER = PerfOutlier()
