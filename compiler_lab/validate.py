"""Graph validation: structure first (names, edges, cycles, ops), then shapes against torch.

Shapes and dtypes are checked by running every node on fake tensors, so torch's own
meta kernels decide what each output must be.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from collections.abc import Iterator

import networkx as nx
import torch
from torch._subclasses.fake_tensor import FakeTensorMode

from compiler_lab import args as argcodec
from compiler_lab import dtypes, ops
from compiler_lab.errors import GraphError
from compiler_lab.graph import Graph, Node, TensorSpec


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
            op = ops.resolve(node.op)
        except ops.UnknownOp as exc:
            raise GraphError(f"node '{node.id}': {exc}") from None
        if ops.is_mutating(op):
            raise GraphError(f"{where}: mutates its arguments; graphs must be functional")
        known = {a.name for a in op._schema.arguments}
        unknown = [k for k in node.kwargs if k not in known]
        if unknown:
            raise GraphError(f"{where}: no argument named {unknown[0]!r} in its schema")
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


@contextlib.contextmanager
def quiet_fake_tensor_log() -> Iterator[None]:
    """FakeTensorMode logs a full traceback for every call torch rejects; a rejected call is
    an expected answer here, reported by the caller."""
    logger = logging.getLogger("torch._subclasses.fake_tensor")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _fake_outputs(graph: Graph) -> Iterator[tuple[Node, list[torch.Tensor]]]:
    """Each node with the fake tensors torch's meta kernels give for it, in order."""
    mode = FakeTensorMode(allow_non_fake_inputs=False)
    env: dict[str, torch.Tensor] = {}
    with mode, quiet_fake_tensor_log():
        for spec in graph.inputs:
            env[spec.name] = torch.empty(spec.shape, dtype=dtypes.to_torch(spec.dtype))
        for node in graph.nodes:
            where = f"node '{node.id}' ({node.op})"
            op = ops.resolve(node.op)
            call_args = argcodec.substitute(node.args, env.__getitem__)
            call_kwargs = argcodec.substitute(node.kwargs, env.__getitem__)
            try:
                result = op(*call_args, **call_kwargs)
            except Exception as exc:  # torch rejects the call: that is the finding
                msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise GraphError(f"{where}: torch rejects the call: {msg}") from None
            results = [result] if isinstance(result, torch.Tensor) else list(result)
            tensors = [r for r in results if isinstance(r, torch.Tensor)]
            if len(tensors) != len(node.outputs):
                raise GraphError(
                    f"{where}: declares {len(node.outputs)} outputs, torch gives {len(tensors)}"
                )
            for spec, t in zip(node.outputs, tensors, strict=True):
                env[spec.name] = t
            yield node, tensors


def _check_shapes(graph: Graph) -> None:
    for node, tensors in _fake_outputs(graph):
        for spec, t in zip(node.outputs, tensors, strict=True):
            got_dtype = dtypes.name_of(t.dtype)
            if tuple(t.shape) != spec.shape or got_dtype != spec.dtype:
                raise GraphError(
                    f"node '{node.id}' ({node.op}): output '{spec.name}' declared "
                    f"{list(spec.shape)} {spec.dtype}, torch says {list(t.shape)} {got_dtype}"
                )


def retype(graph: Graph) -> Graph:
    """`graph` with every node's output shapes and dtypes recomputed from its inputs (after
    the inputs changed); raises GraphError if torch rejects a call."""
    _check_structure(graph)
    nodes = []
    for node, tensors in _fake_outputs(graph):
        outs = [
            TensorSpec(spec.name, tuple(t.shape), dtypes.name_of(t.dtype))
            for spec, t in zip(node.outputs, tensors, strict=True)
        ]
        nodes.append(dataclasses.replace(node, outputs=outs))
    return dataclasses.replace(graph, nodes=nodes)
