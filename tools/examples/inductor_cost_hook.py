"""Consult the cost model from inside torch.compile: an example to copy.

`cost_backend` is a torch.compile backend. For each FX graph dynamo hands it, it lowers the
graph through torch-mlir to linalg-on-tensors, runs the `clab.cost` annotation pass over it
(one prediction per linalg op), logs what the graph is predicted to cost, and then chooses
by that cost: graphs predicted cheaper than `min_us` run as they are (compiling them would
cost more than it saves), the rest are compiled by Inductor.

    import torch
    from inductor_cost_hook import CostHook
    hook = CostHook()                       # the shipped LightGBM model by default
    fast = torch.compile(model, backend=hook)
    fast(x); print(hook.decisions)

Run it as a script for a demonstration on a small MLP.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

import torch

log = logging.getLogger("clab.cost.hook")
_LATENCY = re.compile(r'"?linalg\.[\w.]+"?[^\n]*?clab\.cost\.latency_us = ([0-9.e+-]+)')


@dataclass
class CostHook:
    model: str | None = None
    min_us: float = 5.0
    decisions: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        import costmodel

        self.predictor = costmodel.load(self.model)

    def predicted_us(self, gm: torch.fx.GraphModule, inputs: list[torch.Tensor]) -> float:
        """The sum of the predicted latencies of the graph's linalg ops, in µs."""
        import torch_mlir.fx

        from costmodel.serve.annotate import annotate

        linalg = torch_mlir.fx.export_and_import(gm, *inputs, output_type="linalg-on-tensors")
        text = annotate(linalg.operation.get_asm(large_elements_limit=16), self.predictor)
        return sum(float(v) for v in _LATENCY.findall(text))

    def __call__(self, gm: torch.fx.GraphModule, inputs: list[torch.Tensor]):
        cost = self.predicted_us(gm, inputs)
        compiled = cost >= self.min_us
        self.decisions.append({"nodes": len(gm.graph.nodes), "predicted_us": cost,
                               "compiled": compiled})  # fmt: skip
        log.info("graph of %d nodes: predicted %.1f µs -> %s", len(gm.graph.nodes), cost,
                 "inductor" if compiled else "eager")  # fmt: skip
        if not compiled:
            return gm.forward
        from torch._inductor.compile_fx import compile_fx

        return compile_fx(gm, inputs)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    mlp = torch.nn.Sequential(torch.nn.Linear(256, 512), torch.nn.ReLU(), torch.nn.Linear(512, 10))
    hook = CostHook()
    fast = torch.compile(mlp, backend=hook)
    x = torch.randn(32, 256)
    torch.testing.assert_close(fast(x), mlp(x))
    print(hook.decisions)
