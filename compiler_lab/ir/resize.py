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
from dataclasses import replace

import torch

from compiler_lab.errors import GraphError
from compiler_lab.ir.graph import Graph
from compiler_lab.ir.validate import retype


def grown_size(first_shape: tuple[int, ...] | None) -> int | None:
    """The size a second-size run grows: the first input's first dimension larger than 1
    (None where there is none)."""
    return next((n for n in (first_shape or ()) if n > 1), None)


def second_inputs(inputs: list[torch.Tensor], growth: int = 3) -> list[torch.Tensor] | None:
    """The inputs at the second size (None where there is none: `grown_size`): every
    dimension of the grown size grows by `growth` (odd: a power of two does not stay one),
    its values repeated cyclically."""
    size = grown_size(tuple(inputs[0].shape) if inputs else None)
    if size is None:
        return None
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


def second_size(graph: Graph, growth: int = 3) -> Graph | None:
    """`graph` at its second size (None where it has none: see above)."""
    size = grown_size(graph.graph_inputs[0].shape if graph.graph_inputs else None)
    if size is None:
        return None
    return with_dim(graph, size, size + growth, "second-size")


def with_dim(graph: Graph, old: int, new: int, tag: str = "resized") -> Graph | None:
    """`graph` with every graph-input dimension of size `old` made `new`, its ops' output
    shapes found again on fake tensors (`validate.retype`); None where an op refuses."""
    inputs = [
        replace(s, shape=tuple(new if d == old else d for d in s.shape), value=None)
        if s.kind == "input"
        else s
        for s in graph.inputs
    ]
    shapes = {s.name: list(s.shape) for s in inputs if s.kind == "input"}
    meta = graph.meta | {tag: shapes}
    try:
        return retype(replace(graph, inputs=inputs, name=f"{graph.name}-{tag}", meta=meta))
    except GraphError:
        return None


#: the rule, as a repro script embeds it
SOURCE = "\n\n".join(inspect.getsource(f) for f in (grown_size, second_inputs, grown_dims))
