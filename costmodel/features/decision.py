"""Features of the decisions in a configured dispatch: what a model needs to rank the
schedule variants of one workload, whose texts differ only in these numbers.

Read from the root op's lowering config and the pipeline (`iree_schedules.schedule_of`):
- the tile sizes of each level, per loop (log2), and their product;
- the vector shape: per loop the vector level's size, its elements and bytes;
- with the loop ranges (from the dispatch's name, else the parsed root op): the trip counts
  after tiling (workgroups, vector steps per workgroup) and how many tiles do not divide
  their loop (a remainder that runs slowly, or peeled code);
- the pipeline, one column per name.
"""

from __future__ import annotations

import math
import re

from compiler_lab.backends.iree_schedules import VARIED, Schedule, loop_ranges, schedule_of

#: loops per level that get a column of their own (conv nests have 7)
MAX_LOOPS = 7
_VECTOR_LEVELS = VARIED[1:]
_DISPATCH_NAME = re.compile(r"@([\w$]*_dispatch_\d+_\w+)")
#: the fixed columns (pipelines add `pipeline:<name>` columns, learned from the data)
DECISION_FEATURES = (
    *(f"tile:{level}:{i}" for level in VARIED for i in range(MAX_LOOPS)),
    *(f"log_tiles:{level}" for level in VARIED),
    "log_vector_elements",
    "log_vector_bytes",
    "log_workgroups",
    "log_vector_steps",
    "undivided_distribution",
    "undivided_vector",
    "has_schedule",
)


def _log2(x: float) -> float:
    return math.log2(x) if x > 0 else 0.0


def decision_features(
    text: str, parsed_loops: list[tuple[int, ...]] | None = None
) -> dict[str, float]:
    """The decision features of `text`; {} where it carries no single root schedule.
    `parsed_loops`: the loop ranges of the text's structured ops, used when the dispatch's
    name does not give the root op's."""
    schedule = schedule_of(text)
    if schedule is None:
        return {}
    dist = schedule.tiles.get("distribution", ())
    elem_bytes = 4
    loops: tuple[int, ...] | None = None
    name = _DISPATCH_NAME.search(text)
    found = loop_ranges(name.group(1), len(dist)) if name else None
    if found is not None:
        loops, elem_bytes = found
    elif parsed_loops:
        same = [r for r in parsed_loops if len(r) == len(dist)]
        loops = max(same, key=math.prod) if same else None
    return _features(schedule, loops, elem_bytes)


def _features(schedule: Schedule, loops: tuple[int, ...] | None, elem_bytes: int) -> dict:
    out: dict[str, float] = {"has_schedule": 1.0, f"pipeline:{schedule.pipeline}": 1.0}
    for level in VARIED:
        tiles = schedule.tiles.get(level, ())
        for i, t in enumerate(tiles[:MAX_LOOPS]):
            out[f"tile:{level}:{i}"] = _log2(t + 1)
        out[f"log_tiles:{level}"] = float(sum(_log2(t) for t in tiles if t > 0))
    dist = schedule.tiles.get("distribution", ())
    vector = [
        max((schedule.tiles.get(lv, ())[i:i + 1] or (0,))[0] for lv in _VECTOR_LEVELS)
        for i in range(len(dist))
    ]  # fmt: skip
    elements = math.prod(v for v in vector if v > 0)
    out["log_vector_elements"] = _log2(elements)
    out["log_vector_bytes"] = _log2(elements * elem_bytes)
    if loops is None or len(loops) != len(dist):
        return out
    extents = [d if d > 0 else n for d, n in zip(dist, loops, strict=True)]
    out["log_workgroups"] = float(
        sum(_log2(math.ceil(n / d)) for d, n in zip(dist, loops, strict=True) if d > 0)
    )
    out["log_vector_steps"] = float(
        sum(_log2(math.ceil(e / v)) for v, e in zip(vector, extents, strict=True) if v > 0)
    )
    out["undivided_distribution"] = float(
        sum(1 for d, n in zip(dist, loops, strict=True) if d > 0 and n % d)
    )
    out["undivided_vector"] = float(
        sum(1 for v, e in zip(vector, extents, strict=True) if v > 0 and e % v)
    )
    return out
