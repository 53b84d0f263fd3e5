"""Which (op, dtype) pairs a backend lowers: what a graph's verdicts say about it, and the
single-op probe a worker runs to ask a backend directly.

An op's dtype is the dtype of its first tensor argument, as in the generator's library.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from compiler_lab import backends
from compiler_lab.backends.base import gap_op
from compiler_lab.ir.graph import Graph, Node
from compiler_lab.ir.inputs import make_values
from compiler_lab.sandbox.calls import sandbox_call


def node_dtype(graph: Graph, node: Node, specs: dict[str, Any] | None = None) -> str:
    """The dtype of the node's first tensor argument ('' when it takes none)."""
    specs = specs if specs is not None else graph.values()
    names = node.input_names()
    return specs[names[0]].dtype if names else ""


def op_pairs(graph: Graph) -> list[tuple[str, str]]:
    """(op, dtype) of every node, in graph order."""
    specs = graph.values()
    return [(n.op, node_dtype(graph, n, specs)) for n in graph.nodes]


def gap_pairs(graph: Graph, reason: str) -> list[tuple[str, str]]:
    """The graph's (op, dtype) pairs that a `cannot_lower` skip reason names: none when it
    names no op, or an op the graph does not hold (one a decomposition introduced)."""
    gap = gap_op(reason)
    if gap is None:
        return []
    full = gap.count(".") >= 2  # aten.add.Tensor; the default overload is left out
    return [
        (op, dtype)
        for op, dtype in op_pairs(graph)
        if op == gap or (not full and op == f"{gap}.default")
    ]


@dataclass(frozen=True)
class LowerProbe:
    """Does `backend` lower `graph` (JSON)?"""

    graph: dict[str, Any]
    backend: str


@dataclass(frozen=True)
class Lowers:
    """Why the backend skips the graph by design, or None: it lowers it."""

    reason: str | None = None


@sandbox_call(LowerProbe, Lowers)
def lowers(probe: LowerProbe) -> Lowers:
    """Worker entry point: the backend's `lowers` on the graph."""
    graph = Graph.from_json(probe.graph)
    return Lowers(backends.get(probe.backend).lowers(graph, make_values(graph, 0)))
