"""The one graph interpreter: each node's op on the values of its inputs, in order.

Validation (on fake tensors), input-value search and the stability check (on real ones)
all walk a graph this way; they differ only in the values they start from and in what
they look at after each node (`on_node`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import torch

from compiler_lab.ir import opnames
from compiler_lab.ir.graph import Graph, Node
from compiler_lab.ir.torch_args import bind


class NodeError(Exception):
    """A node whose op raised (torch rejected the call), or gave another number of tensors
    than the node declares."""

    def __init__(self, node: Node, exc: BaseException, rejected: bool = True) -> None:
        super().__init__(str(exc))
        self.node = node
        self.exc = exc
        #: True: the op raised; False: it ran but the node declares other outputs
        self.rejected = rejected


def apply(
    op: Callable[..., Any], args: list[Any], kwargs: dict[str, Any], env: Mapping[str, Any]
) -> Any:
    """What `op` returns on `args` and `kwargs`, each Ref in them replaced by its value in
    `env` and each symbol (a dtype, memory format...) by its torch object."""
    return op(*bind(args, env.__getitem__), **bind(kwargs, env.__getitem__))


def call_node(node: Node, env: dict[str, torch.Tensor]) -> list[torch.Tensor]:
    """One node's op on the values in `env`: its tensor outputs, in order."""
    result = apply(opnames.resolve(node.op), node.args, node.kwargs, env)
    results = [result] if isinstance(result, torch.Tensor) else list(result)
    return [r for r in results if isinstance(r, torch.Tensor)]


def interpret(
    graph: Graph,
    env: dict[str, torch.Tensor],
    on_node: Callable[[Node, list[torch.Tensor]], bool | None] | None = None,
) -> dict[str, torch.Tensor]:
    """Run the nodes on `env` (the graph inputs, at least), adding every node's outputs to
    it, and return it. `on_node(node, outputs)` sees each node's outputs once they are in
    `env` and ends the walk by returning True; what it raises propagates. A node that
    raises, or gives another number of tensors than it declares, is a NodeError."""
    for node in graph.nodes:
        try:
            outs = call_node(node, env)
        except Exception as exc:
            raise NodeError(node, exc) from exc
        if len(outs) != len(node.outputs):
            why = f"declares {len(node.outputs)} outputs, torch gives {len(outs)}"
            raise NodeError(node, ValueError(why), rejected=False)
        env.update(zip((o.name for o in node.outputs), outs, strict=True))
        if on_node is not None and on_node(node, outs):
            break
    return env
