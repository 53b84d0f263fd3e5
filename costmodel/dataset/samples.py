"""Training samples from a dataset: one per (unit, level), the MLIR text with every target
measured for it. A unit's latency row and its callgrind row (measured on the counter build,
unit id `<id>@<cpu>`) are joined on the unit; both describe the code of that one text.

Targets are kept as measured; models work on `transform`ed values (log for latencies and
counts, as is for fractions), since costs span decades.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from costmodel.dataset.dataset import Dataset, DatasetError

#: what the models predict, with units (costmodel/dataset/stats.py has the full list)
TARGETS = {
    "latency_s": "s",
    "instructions": "instructions",
    "l1d_read_misses": "misses",
    "cond_branch_mispredicts": "mispredicts",
    "code_bytes": "bytes",
    "spills": "instructions",
    "vector_share": "fraction",
}
FRACTIONS = {"vector_share"}
#: the levels models read by default: one dispatch or one kernel each (a whole graph's
#: text is 1k-40k tokens); `configured` is a dispatch with its schedule (the lowering
#: config and pipeline IREE chose, or a variant's), the level decisions are ranked at
MODEL_LEVELS = ("dispatch", "configured", "linalg")


@dataclass
class Sample:
    text: str
    level: str
    targets: dict[str, float]
    family: str
    graph: str  # the graph the unit came from: ranking within a graph
    unit: str
    seed: int | None = None
    noise: dict[str, float] = field(default_factory=dict)
    #: schedule variants of one dispatch share a workload (its canonical hash without the
    #: schedule); the compiler's own schedule is the default
    workload: str | None = None
    is_default: bool = False


def transform(target: str, value: float) -> float:
    if target in FRACTIONS:
        return value
    return math.log(max(value, 1e-9)) if target == "latency_s" else math.log1p(max(value, 0.0))


#: the largest transformed value `inverse` takes: e^700 is ~1e304, a model from someone else
#: may say more (exp would overflow)
MAX_LOG = 700.0


def inverse(target: str, value: float) -> float:
    if target in FRACTIONS:
        return min(1.0, max(0.0, value))
    value = min(value, MAX_LOG)
    return math.exp(value) if target == "latency_s" else max(0.0, math.expm1(value))


def _workload(row: dict) -> str | None:
    """The workload a row's text is one schedule of: only a configured text carries its
    schedule (a dispatch-level row of the same unit is the workload itself)."""
    w = row.get("workload")
    return w if isinstance(w, str) and row["level"] == "configured" else None


def load_samples(root: Path, levels: Iterable[str] = MODEL_LEVELS) -> list[Sample]:
    """The samples of the dataset `root` (read-only); DatasetError if none is usable."""
    data = Dataset(root, readonly=True)
    texts = dict(data.texts())
    wanted = set(levels)
    by_unit: dict[tuple[str, str], Sample] = {}
    for row in data.rows():
        if row["level"] not in wanted or row["mlir_hash"] not in texts:
            continue
        base = row["unit_id"].split("@")[0]
        key = (base, row["level"])
        s = by_unit.get(key)
        if s is None:
            s = by_unit[key] = Sample(
                texts[row["mlir_hash"]],
                row["level"],
                {},
                row["family"],
                row["graph_hash"],
                base,
                row.get("generator_seed"),
                workload=_workload(row),
                is_default=row.get("is_default") is True,
            )
        for name in TARGETS:
            value = row["metrics"].get(name)
            if isinstance(value, (int, float)) and name not in s.targets:
                s.targets[name] = float(value)
        if row["collector"] == "latency" and "cv" in row["noise"]:
            s.noise["latency_cv"] = row["noise"]["cv"]
    samples = [s for s in by_unit.values() if s.targets]
    if not samples:
        skipped = [f"{n} in {name} (first: {why})" for name, (n, why) in data.skipped.items() if n]
        raise DatasetError(
            f"{root}: no usable rows at levels {', '.join(sorted(wanted))}"
            + (f"; skipped as malformed: {', '.join(skipped)}" if skipped else "")
        )
    return samples
