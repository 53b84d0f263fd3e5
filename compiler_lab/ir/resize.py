"""A graph at a second size: the same ops on graph inputs whose leading dimension grew, for
testing a compiler's dynamic shapes (a graph compiled once, run at both sizes).

The size that changes is the first graph input's first dimension larger than 1 (the batch,
in most graphs); every graph-input dimension of that size changes with it, since equal sizes are
usually one symbol (operands of a broadcast, a matmul's shared dimension). The inputs at the
second size repeat the first size's values cyclically along the grown dimensions: the same
dtypes and value ranges (indices stay in bounds), and for the float64 truth the same values
widened. Each node's output shapes are found again by running its op on fake tensors; a
graph whose ops refuse the second size (a view or an expand to literal sizes, an op whose
number of outputs follows the size) has none. Weights keep their shapes and values (a
campaign's dynamic mode makes them inputs first, as a model's activations would be).
`second_inputs` is the rule; repro scripts embed its source (`SOURCE`).
"""

from __future__ import annotations

import inspect
import logging
from dataclasses import replace

import torch

from compiler_lab.ir import dtypes, opnames
from compiler_lab.ir.graph import Graph, Node, TensorSpec
from compiler_lab.ir.torch_args import bind


def second_inputs(inputs: list[torch.Tensor], growth: int = 3) -> list[torch.Tensor] | None:
    """The inputs at the second size (None where the first input has no dimension larger
    than 1): every dimension the size of the first input's first such one grows by `growth`
    (odd: a power of two does not stay one), its values repeated cyclically."""
    sizes = [n for n in (inputs[0].shape if inputs else ()) if n > 1]
    if not sizes:
        return None
    size = sizes[0]
    grown = []
    for t in inputs:
        for d, n in enumerate(t.shape):
            if n == size:
                t = t.index_select(d, torch.arange(size + growth, device=t.device) % size)
        grown.append(t)
    return grown


def grown_dims(first: torch.Tensor, second: torch.Tensor) -> list[int]:
    """The dimensions in which an input's second size differs from its first."""
    return [d for d, (a, b) in enumerate(zip(first.shape, second.shape, strict=True)) if a != b]


def second_size(graph: Graph) -> Graph | None:
    """`graph` at its second size (None where it has none: see above)."""
    from torch._subclasses.fake_tensor import FakeTensorMode

    specs = graph.graph_inputs
    quiet = logging.getLogger("torch._subclasses.fake_tensor")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # an op refusing the second size is an answer here
    try:
        with FakeTensorMode():
            fake = [torch.empty(s.shape, dtype=dtypes.to_torch(s.dtype)) for s in specs]
            grown = second_inputs(fake)
            if grown is None:
                return None
            shapes = {s.name: tuple(t.shape) for s, t in zip(specs, grown, strict=True)}
            env = {s.name: t for s, t in zip(specs, grown, strict=True)}
            env |= {
                w.name: torch.empty(w.shape, dtype=dtypes.to_torch(w.dtype)) for w in graph.weights
            }
            nodes = _propagate(graph, env)
    except Exception:  # an op refusing the second size: the graph has none
        return None
    finally:
        quiet.setLevel(level)
    if nodes is None:
        return None
    inputs = [replace(s, shape=shapes[s.name], value=None) if s.name in shapes else s
              for s in graph.inputs]  # fmt: skip
    meta = graph.meta | {"second_size": {s.name: list(shapes[s.name]) for s in specs}}
    return Graph(inputs, nodes, list(graph.outputs), f"{graph.name}-second-size", meta)


def _propagate(graph: Graph, env: dict[str, torch.Tensor]) -> list[Node] | None:
    """The nodes with the output shapes their ops give on the (fake) values in `env`; None
    where an op gives another dtype or number of outputs than the graph says."""
    nodes = []
    for node in graph.nodes:
        op = opnames.resolve(node.op)
        out = op(*bind(node.args, env.__getitem__), **bind(node.kwargs, env.__getitem__))
        results = [out] if opnames.returns_single_tensor(op) else list(out)
        if len(results) != len(node.outputs):
            return None
        specs = []
        for spec, got in zip(node.outputs, results, strict=True):
            if not isinstance(got, torch.Tensor) or dtypes.to_torch(spec.dtype) != got.dtype:
                return None
            env[spec.name] = got
            specs.append(TensorSpec(spec.name, tuple(got.shape), spec.dtype))
        nodes.append(replace(node, outputs=specs))
    return nodes


#: the rule, as a repro script embeds it
SOURCE = inspect.getsource(second_inputs) + "\n\n" + inspect.getsource(grown_dims)
