"""Graph validation: structure first (names, edges, cycles, ops), then shapes against torch.

Shapes and dtypes are checked by running every node on fake tensors, so torch's own
meta kernels decide what each output must be.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import networkx as nx
import torch

from compiler_lab.errors import GraphError
from compiler_lab.ir import dtypes, opnames
from compiler_lab.ir.argcodec import Device
from compiler_lab.ir.fake import Fake
from compiler_lab.ir.graph import Graph, Node, TensorSpec
from compiler_lab.ir.interpret import NodeError, interpret


def validate_graph(graph: Graph, check_shapes: bool = True) -> None:
    _check_structure(graph)
    if check_shapes:
        _check_shapes(graph)


def _check_structure(graph: Graph) -> None:
    seen: set[str] = set()
    node_ids: set[str] = set()

    def define(name: str, where: str) -> None:
        if name in seen:
            raise GraphError(f"{where}: value name '{name}' is defined twice")
        seen.add(name)

    for spec in graph.inputs:
        define(spec.name, f"input '{spec.name}'")
    for node in graph.nodes:
        where = f"node '{node.id}' ({node.op})"
        if node.id in node_ids:
            raise GraphError(f"{where}: node id is used twice")
        node_ids.add(node.id)
        try:
            op = opnames.resolve(node.op)
        except opnames.UnknownOp as exc:
            raise GraphError(f"node '{node.id}': {exc}") from None
        if opnames.is_mutating(op):
            raise GraphError(f"{where}: mutates its arguments; graphs must be functional")
        known = {a.name for a in op._schema.arguments}
        unknown = [k for k in node.kwargs if k not in known]
        if unknown:
            raise GraphError(f"{where}: no argument named {unknown[0]!r} in its schema")
        _check_devices(op, node, where)
        if not node.outputs:
            raise GraphError(f"{where}: declares no outputs")
        for out in node.outputs:
            define(out.name, where)

    defined = set(seen)
    for node in graph.nodes:
        for name in node.input_names():
            if name not in defined:
                raise GraphError(f"node '{node.id}' ({node.op}): input '{name}' is not defined")
    for name in graph.outputs:
        if name not in defined:
            raise GraphError(f"graph output '{name}' is not defined")
    if not graph.outputs:
        raise GraphError("graph has no outputs")

    g = graph.to_networkx()
    try:
        cycle = nx.find_cycle(g)
    except nx.NetworkXNoCycle:
        cycle = None
    if cycle:
        path = " -> ".join(str(edge[0]) for edge in cycle)
        raise GraphError(f"node '{cycle[0][0]}': cycle {path} -> {cycle[0][0]}")
    # Nodes must be listed in an order that defines values before use (for materialization).
    available = {s.name for s in graph.inputs}
    for node in graph.nodes:
        for name in node.input_names():
            if name not in available:
                raise GraphError(
                    f"node '{node.id}' ({node.op}): uses '{name}' before the node defining it"
                )
        available.update(s.name for s in node.outputs)


def _check_devices(op: torch._ops.OpOverload, node: Node, where: str) -> None:
    """A device must be a symbol (`{"device": "cpu"}`): torch also takes a plain string
    ("cuda", "meta"), which would slip past the symbols' cpu-only allowlist."""
    schema = op._schema.arguments
    given = list(zip(schema, node.args, strict=False))
    given += [(a, node.kwargs[a.name]) for a in schema if a.name in node.kwargs]
    for arg, value in given:
        kind = arg.type.getElementType() if isinstance(arg.type, torch.OptionalType) else arg.type
        if kind.kind() == "DeviceObjType" and not isinstance(value, Device | None):
            raise GraphError(
                f"{where}: argument '{arg.name}' must be a device symbol "
                f'({{"device": "cpu"}}), got {str(value)[:40]!r}'
            )


def _walk_fake(graph: Graph, on_node: Callable[[Node, list[torch.Tensor]], None]) -> None:
    """Interpret the graph on fake tensors from torch's meta kernels, calling `on_node`
    with each node's outputs; a call torch rejects is a GraphError naming the node."""
    fake = Fake()
    env = {s.name: fake.empty(s.shape, s.dtype) for s in graph.inputs}
    with fake.active():
        try:
            interpret(graph, env, on_node)
        except NodeError as err:
            where = f"node '{err.node.id}' ({err.node.op})"
            if not err.rejected:
                raise GraphError(f"{where}: {err.exc}") from None
            text = str(err.exc).strip()
            msg = text.splitlines()[0] if text else type(err.exc).__name__
            raise GraphError(f"{where}: torch rejects the call: {msg}") from None


def _check_shapes(graph: Graph) -> None:
    def check(node: Node, tensors: list[torch.Tensor]) -> None:
        for spec, t in zip(node.outputs, tensors, strict=True):
            got_dtype = dtypes.name_of(t.dtype)
            if tuple(t.shape) != spec.shape or got_dtype != spec.dtype:
                raise GraphError(
                    f"node '{node.id}' ({node.op}): output '{spec.name}' declared "
                    f"{list(spec.shape)} {spec.dtype}, torch says {list(t.shape)} {got_dtype}"
                )

    _walk_fake(graph, check)


def retype(graph: Graph) -> Graph:
    """`graph` with every node's output shapes and dtypes recomputed from its inputs (after
    the inputs changed); raises GraphError if torch rejects a call."""
    _check_structure(graph)
    nodes = []

    def record(node: Node, tensors: list[torch.Tensor]) -> None:
        outs = [
            TensorSpec(spec.name, tuple(t.shape), dtypes.name_of(t.dtype))
            for spec, t in zip(node.outputs, tensors, strict=True)
        ]
        nodes.append(dataclasses.replace(node, outputs=outs))

    _walk_fake(graph, record)
    return dataclasses.replace(graph, nodes=nodes)
