"""Op priors: how much of the budget each operator gets, by how real programs reach it.

NeuRI draws every operator alike, so a common operator in a given dtype gets a handful of
tests while the long tail of internals gets the same. Here an operator's weight starts from
its class:
- public: what forward code reaches through public PyTorch calls; weighted up by how often
  the real programs recorded in the traces (the architectures zoo, `torch.nn` layers) call it;
- internal (`_`-prefixed, `*_backward`, `_foreach_*`): autograd, optimizers and
  decompositions reach these, user code never names them. They keep a small share
  (INTERNAL_WEIGHT), so the long tail is still drawn, only less often.

The generator multiplies its coverage weights by these (`Generator._weight`): with its
division by how often an op was drawn, the budget splits in proportion to them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from compiler_lab.ir.opnames import base_name

#: the trace sources that are real programs (the rest are schema-derived or mutated calls)
REAL_SOURCES = ("zoo", "nn")
INTERNAL_WEIGHT = 0.15
#: a public op every real program calls gets at most this many times an unreached one's
MAX_PUBLIC_WEIGHT = 8.0


def op_class(op: str) -> str:
    """`internal` for an op user code never names, else `public`."""
    base = base_name(op)
    if base.startswith("_") or base.endswith("_backward") or "_foreach_" in base:
        return "internal"
    return "public"


def reach_counts(records: Iterable[dict]) -> Counter:
    """How often the real programs among trace `records` call each op."""
    out: Counter = Counter()
    for rec in records:
        if str(rec.get("src", "")).split(":", 1)[0] in REAL_SOURCES:
            out[rec["op"]] += 1
    return out


def weight(op: str, reach: Counter, internal_weight: float = INTERNAL_WEIGHT) -> float:
    """The op's prior: internal ops a small share; public ones 1, up to MAX_PUBLIC_WEIGHT by
    how often real programs reach them (log-scaled: a hundred calls is not a hundred times
    the budget)."""
    if op_class(op) == "internal":
        return internal_weight
    return min(MAX_PUBLIC_WEIGHT, 1.0 + math.log2(1 + reach.get(op, 0)) / 1.5)
