"""A PyTorch module as a lab Graph: `torch.export` traces it to ATen, and each call becomes a
node, so a real model goes through the same lowering, measuring and testing as a generated
graph. Parameters and buffers become weights; example inputs give the inputs, with the
range their values span (token ids stay valid ids), and a small tensor's exact values."""

from __future__ import annotations

import operator
import re
from typing import Any

import torch

from compiler_lab.errors import GraphError
from compiler_lab.ir import argcodec, dtypes
from compiler_lab.ir.graph import MAX_VALUE_ELEMENTS, Graph, InputSpec, Node, TensorSpec
from compiler_lab.ir.opnames import name_of
from compiler_lab.ir.torch_args import from_torch
from compiler_lab.ir.validate import validate_graph


def _ident(name: str) -> str:
    """A value name the Graph IR accepts, from an FX node's name."""
    out = re.sub(r"\W", "_", name)
    return out if out and not out[0].isdigit() else f"v_{out}"


def _range(t: torch.Tensor) -> tuple[float, float] | None:
    """The span of `t`'s finite values: NaN has no order, and a range reaching inf draws
    nothing but NaN (values.py)."""
    if t.dtype == torch.bool or t.is_complex():
        return None
    t = t[torch.isfinite(t)]
    if t.numel() == 0:
        return None
    lo, hi = float(t.min()), float(t.max())
    return (lo, hi) if lo < hi else (lo, lo + (1.0 if t.is_floating_point() else 0.0))


def _dtype(t: torch.Tensor, where: str) -> str:
    try:
        return dtypes.name_of(t.dtype)
    except ValueError as exc:
        raise GraphError(f"{where}: {exc}") from None


def capture(
    module: torch.nn.Module, inputs: list[torch.Tensor], name: str = "captured"
) -> tuple[Graph, dict[str, torch.Tensor]]:
    """(graph, values of its inputs and weights). Raises GraphError when the module cannot
    be exported or uses something the Graph IR cannot hold."""
    try:
        exported = torch.export.export(module.eval(), tuple(inputs)).run_decompositions()
    except Exception as exc:
        raise GraphError(f"torch.export failed: {type(exc).__name__}: {exc}") from None
    sig = exported.graph_signature
    state = {**exported.state_dict, **exported.constants}
    weight_of = {**sig.inputs_to_parameters, **sig.inputs_to_buffers}
    weight_of |= getattr(sig, "inputs_to_lifted_tensor_constants", {})
    names: dict[str, str] = {}
    values: dict[str, torch.Tensor] = {}
    specs: list[InputSpec] = []
    nodes: list[Node] = []
    outputs: list[str] = []
    user = iter(inputs)
    for fx_node in exported.graph.nodes:
        if fx_node.op == "placeholder":
            ident = _ident(fx_node.name)
            names[fx_node.name] = ident
            if fx_node.name in weight_of:
                t = state[weight_of[fx_node.name]].detach()
                kind = "weight"
            else:
                t = next(user).detach()
                kind = "input"
            values[ident] = t
            dtype = _dtype(t, f"{kind} {fx_node.name}")
            small = t.numel() <= MAX_VALUE_ELEMENTS and not t.is_complex()
            value = tuple(t.flatten().tolist()) if small else None
            specs.append(
                InputSpec(ident, tuple(t.shape), dtype, kind=kind, range=_range(t), value=value)
            )
        elif fx_node.op == "call_function" and fx_node.target is operator.getitem:
            src, index = fx_node.args
            names[fx_node.name] = f"{names[src.name]}__{index}"
        elif fx_node.op == "call_function" and isinstance(fx_node.target, torch._ops.OpOverload):
            if not fx_node.target._schema.returns:
                continue  # a runtime assert export inserted (_assert_tensor_metadata): no value
            nodes.append(_node(fx_node, names))
        elif fx_node.op == "output":
            outputs = [names[o.name] for o in _flat(fx_node.args[0])]
        else:
            raise GraphError(f"node {fx_node.name}: {fx_node.op} {fx_node.target} has no op form")
    graph = Graph(inputs=specs, nodes=nodes, outputs=outputs, name=name, meta={"captured": True})
    validate_graph(graph, check_shapes=False)
    return graph, values


def _flat(obj: Any) -> list[Any]:
    if isinstance(obj, (list, tuple)):
        return [x for o in obj for x in _flat(o)]
    return [obj] if isinstance(obj, torch.fx.Node) else []


def _node(fx_node: torch.fx.Node, names: dict[str, str]) -> Node:
    ident = _ident(fx_node.name)

    def conv(a: Any) -> Any:
        if isinstance(a, torch.fx.Node):
            return argcodec.Ref(names[a.name])
        if isinstance(a, (list, tuple)):
            return [conv(x) for x in a]
        return a

    vals = fx_node.meta.get("val")
    results = vals if isinstance(vals, (list, tuple)) else [vals]
    outs = []
    for i, v in enumerate(results):
        if not isinstance(v, torch.Tensor):
            raise GraphError(f"node {fx_node.name}: output {i} is not a tensor")
        if not all(isinstance(d, int) for d in v.shape):  # unbacked SymInts: nonzero, unique
            raise GraphError(f"node {fx_node.name}: output {i} has a data-dependent shape")
        out = ident if len(results) == 1 else f"{ident}__{i}"
        dtype = _dtype(v, f"node {fx_node.name} output {i}")
        outs.append(TensorSpec(out, tuple(v.shape), dtype))
    names[fx_node.name] = ident
    try:
        args = from_torch([conv(a) for a in fx_node.args])
        kwargs = from_torch({k: conv(v) for k, v in fx_node.kwargs.items()})
    except ValueError as exc:
        raise GraphError(f"node {fx_node.name}: {exc}") from None
    return Node(f"n_{ident}", name_of(fx_node.target), args, kwargs, outs)
