"""The oracle of runs whose results go on past the graph's outputs: a training run (its
gradients follow) or a dynamic-shape run (its outputs at a second size follow).

Eager runs the same way, under the same backend option, as the reference, and in float64 as
the truth; everything is compared by the lab's rules. A mismatch past the graph's outputs
gets the oracle's own stage, which its finding kind claims.
"""

from __future__ import annotations

from compiler_lab.findings.oracles import Comparison, EagerOracle, Reference
from compiler_lab.ir.graph import Graph


class RunOracle(EagerOracle):
    """Eager under backend option `option` as the reference; `stage` for a mismatch in
    the results past the graph's outputs."""

    def __init__(self, name: str, option: str, stage: str) -> None:
        self.name = name
        self.reference = Reference("eager", {option: True})
        self.truth = Reference("eager", {"float64": True, option: True})
        self.extra_stage = stage

    def stage(self, graph: Graph, comparison: Comparison) -> str:
        return self.extra_stage if comparison.output >= len(graph.outputs) else "output"
