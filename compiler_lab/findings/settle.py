"""Outputs that hold another right answer than eager's: taken as eager's before judging.

Some ops have more than one right answer (`ir.choices`): the index of one of several equal
elements (topk, sort, kthvalue, median, mode), the pixel on either side of a float product
that lands on a whole number (upsample_nearest). A compiler that picks another of them is
not wrong, yet its output differs from eager's exactly. `settle` finds, in each such graph
output, the elements where the compiler's answer is one of the right ones, and puts
eager's there; the oracle then judges what is left, so any other difference (an index of
a larger element, a repeated index in a sort, a pixel two rows away) is still a mismatch.

Which answers are right is read from eager's input of the op (its input 0), recomputed
here from the graph's input values: an index is right when it selects a value equal to
the one eager's index selects (within the dtype's tolerance: a compiler may round the
op's input differently and so break a near-tie the other way), and, for ops whose
indices are a permutation or k distinct elements, no index repeats along the dim.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import torch

from compiler_lab.findings.oracles import TOLERANCES
from compiler_lab.ir.choices import IndexChoice, NearestChoice, choices
from compiler_lab.ir.graph import Graph
from compiler_lab.ir.interpret import NodeError, interpret

#: how close to a whole number a nearest pick's float product must be for both sides to be
#: right (float32 products are off by a few 1e-7 relative)
NEAR_WHOLE = 1e-6


def settle(
    graph: Graph,
    inputs: Callable[[], dict[str, torch.Tensor]],
    reference: list[torch.Tensor],
    actual: list[torch.Tensor],
) -> list[torch.Tensor]:
    """`actual` with eager's answer (`reference`) wherever an output of `graph` holds
    another right answer of its op. `inputs()` gives the graph's input values as eager ran
    them: called only where an output needs them (the oracle's worker holds the outputs)."""
    found = choices(graph)
    todo = [
        i
        for i, name in enumerate(graph.outputs[: min(len(actual), len(reference))])
        if name in found and _differs(actual[i], reference[i])
    ]
    if not todo:
        return actual
    sources = _eager_values(graph, inputs(), {found[graph.outputs[i]].source for i in todo})
    settled = list(actual)
    for i in todo:
        choice = found[graph.outputs[i]]
        source = sources.get(choice.source)
        if source is None:
            continue
        if isinstance(choice, IndexChoice):
            right = _right_indices(choice, source, reference[i], actual[i])
        else:
            right = _right_picks(choice, source, actual[i])
        if right is not None:
            settled[i] = torch.where(right, reference[i], actual[i])
    return settled


def _differs(got: torch.Tensor, ref: torch.Tensor) -> bool:
    return got.shape == ref.shape and got.dtype == ref.dtype and not torch.equal(got, ref)


def _eager_values(
    graph: Graph, values: dict[str, torch.Tensor], names: set[str]
) -> dict[str, torch.Tensor]:
    """Eager's values of `names`, running the graph only as far as they need; those it
    cannot compute are left out (eager's own run then failed, and nothing is settled)."""
    env = dict(values)
    if not names <= env.keys():
        try:
            with torch.no_grad():
                interpret(graph, env, lambda node, outs: names <= env.keys())
        except NodeError:
            pass
    return {name: env[name] for name in names if name in env}


def _same(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """Elementwise: equal, or for floats within the dtype's tolerance (NaN equal to NaN)."""
    if a.dtype in TOLERANCES:
        rtol, atol = TOLERANCES[a.dtype]
        return torch.isclose(a, b, rtol=rtol, atol=atol, equal_nan=True)
    return a == b


def _right_indices(
    choice: IndexChoice, source: torch.Tensor, ref: torch.Tensor, got: torch.Tensor
) -> torch.Tensor | None:
    """Where `got` indexes an element of `source` equal to the one `ref` indexes (and,
    for distinct indices, repeats none along the dim); None where it cannot index it."""
    dim = choice.dim
    if got.dtype != torch.int64 or source.dim() == 0:
        return None
    if not choice.keepdim:
        ref, got = ref.unsqueeze(dim), got.unsqueeze(dim)
    others = [s for d, s in enumerate(got.shape) if d != dim]
    if got.dim() != source.dim() or others != [s for d, s in enumerate(source.shape) if d != dim]:
        return None
    size = source.shape[dim]
    inside = (got >= 0) & (got < size) & (ref >= 0) & (ref < size)
    picked, eager = (source.gather(dim, i.clamp(0, size - 1)) for i in (got, ref))
    right = inside & _same(picked, eager)
    if choice.distinct and got.shape[dim] > 1:
        ordered = got.sort(dim).values
        n = got.shape[dim]
        repeats = ordered.narrow(dim, 1, n - 1) == ordered.narrow(dim, 0, n - 1)
        right &= ~repeats.any(dim, keepdim=True)
    return right if choice.keepdim else right.squeeze(dim)


def _right_picks(
    choice: NearestChoice, source: torch.Tensor, got: torch.Tensor
) -> torch.Tensor | None:
    """Where `got` is a pixel of `source` that floor((dst + offset) * scale) names, taken
    on either side where the product is a whole number; None where shapes do not fit."""
    spatial = source.dim() - 2
    if spatial < 1 or got.dim() != source.dim() or got.shape[:2] != source.shape[:2]:
        return None
    scales = choice.scales if len(choice.scales) == spatial else (None,) * spatial
    sides = []
    for d, scale in enumerate(scales):
        isize, osize = source.shape[2 + d], got.shape[2 + d]
        step = isize / osize if scale is None else 1.0 / scale
        product = (torch.arange(osize, dtype=torch.float64) + choice.offset) * step
        whole = product.round()
        near = (product - whole).abs() <= NEAR_WHOLE * product.clamp_min(1.0)
        above = torch.where(near, whole, product.floor()).clamp(0, isize - 1).long()
        below = torch.where(near & (whole >= 1), whole - 1, above).clamp(0, isize - 1).long()
        sides.append((below, above))
    right = torch.zeros(got.shape, dtype=torch.bool)
    for picks in itertools.product(*sides):
        pixels = source
        for d, pick in enumerate(picks):
            pixels = pixels.index_select(2 + d, pick)
        right |= _same(got, pixels)
    return right
