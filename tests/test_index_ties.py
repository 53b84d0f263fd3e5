"""Outputs with more than one right answer (ir.choices, findings.settle): an index among tied
elements, a nearest pixel at a float rounding edge. Another right answer is no mismatch, in
the oracle and in culprit localisation; a wrong one still is."""

from __future__ import annotations

import dataclasses
import math

import torch

from compiler_lab.execution import lab
from compiler_lab.findings import oracles
from compiler_lab.findings.settle import settle
from compiler_lab.ir.builder import GraphBuilder
from compiler_lab.ir.choices import IndexChoice, NearestChoice, choices
from compiler_lab.ir.graph import Graph

#: rows with many equal elements: topk, sort and kthvalue break the ties as they like
TIES = [1.0, 3.0, 3.0, 2.0, 3.0, 1.0, 2.0, 3.0, 0.0, 0.0, 3.0, 3.0, 1.0, 2.0, 2.0, 3.0] * 4
#: a row with NaN and ±Inf: torch-mlir ranks NaN below +Inf, eager above everything
SPECIAL = [0.5, math.nan, 2.0, 7.0, -math.inf, -4.0, math.inf, 6.0] * 2


def _given(graph: Graph, name: str, values: list[float]) -> Graph:
    """`graph` with input `name` carrying exactly `values`."""
    given = [
        dataclasses.replace(s, value=tuple(values)) if s.name == name else s for s in graph.inputs
    ]
    return dataclasses.replace(graph, inputs=given)


def _one_op(op: str, shape: list[int], *args, outputs=None, **kwargs) -> Graph:
    """A graph of one call of `op` on input `x`; its outputs (default: all the op's)."""
    b = GraphBuilder(op.split(".")[1])
    x = b.input("x", shape)
    out = b.call(op, x, *args, **kwargs)
    out = out if isinstance(out, list) else [out]
    return b.build([out[i] for i in outputs] if outputs is not None else out)


def _judge(graph, x, reference, actual):
    return oracles.compare(settle(graph, lambda: {"x": x}, reference, actual), reference)


# ---- the op facts ---------------------------------------------------------------------------
def test_the_index_outputs_and_their_dims_are_read_from_each_call():
    topk = _one_op("aten.topk.default", [2, 5], 2, 0)
    assert choices(topk) == {topk.outputs[1]: IndexChoice("x", 0, True, True)}
    kth = _one_op("aten.kthvalue.default", [2, 5], 2)
    assert choices(kth) == {kth.outputs[1]: IndexChoice("x", 1, False, False)}
    median = _one_op("aten.median.dim", [2, 5], 0, True)
    assert choices(median) == {median.outputs[1]: IndexChoice("x", 0, True, False)}
    argsort = _one_op("aten.argsort.stable", [2, 5], stable=False, dim=0)
    assert choices(argsort) == {argsort.outputs[0]: IndexChoice("x", 0, True, True)}
    # a stable sort orders ties by position, and max/argmax name the first: no choice
    assert choices(_one_op("aten.sort.stable", [2, 5], stable=True)) == {}
    assert choices(_one_op("aten.max.dim", [2, 5], 1)) == {}
    assert choices(_one_op("aten.argmax.default", [2, 5], 1)) == {}


def test_the_scales_of_a_nearest_resampling_are_read_from_each_call():
    up = _one_op("aten.upsample_nearest2d.default", [1, 1, 3, 3], [7, 7], 2.5)
    assert choices(up) == {up.outputs[0]: NearestChoice("x", (2.5, None), 0.0)}
    vec = _one_op("aten._upsample_nearest_exact1d.vec", [1, 1, 3], None, [2.0])
    assert choices(vec) == {vec.outputs[0]: NearestChoice("x", (2.0,), 0.5)}


# ---- the oracle, on outputs given directly --------------------------------------------------
def test_topk_indices_of_tied_values_are_not_a_mismatch():
    graph = _one_op("aten.topk.default", [1, 6], 2)
    x = torch.tensor([[3.0, 1.0, 3.0, 2.0, 3.0, 0.0]])
    values, eager = torch.tensor([[3.0, 3.0]]), torch.tensor([[0, 2]])
    assert not oracles.compare([values, torch.tensor([[4, 2]])], [values, eager]).ok
    assert _judge(graph, x, [values, eager], [values, torch.tensor([[4, 2]])]).ok
    assert _judge(graph, x, [values, eager], [values, torch.tensor([[2, 0]])]).ok


def test_an_index_of_a_different_value_is_still_a_mismatch():
    graph = _one_op("aten.topk.default", [1, 6], 2)
    x = torch.tensor([[3.0, 1.0, 3.0, 2.0, 3.0, 0.0]])
    values, eager = torch.tensor([[3.0, 3.0]]), torch.tensor([[0, 2]])
    result = _judge(graph, x, [values, eager], [values, torch.tensor([[0, 3]])])
    assert not result.ok and result.kind == "exact" and result.output == 1
    # one index past the end, one negative: not an element at all
    for wrong in ([[0, 6]], [[-1, 2]]):
        assert not _judge(graph, x, [values, eager], [values, torch.tensor(wrong)]).ok


def test_a_sort_that_repeats_a_tied_index_is_still_a_mismatch():
    graph = _one_op("aten.sort.default", [1, 4])
    x = torch.tensor([[2.0, 1.0, 2.0, 0.0]])
    values, eager = torch.tensor([[0.0, 1.0, 2.0, 2.0]]), torch.tensor([[3, 1, 0, 2]])
    assert _judge(graph, x, [values, eager], [values, torch.tensor([[3, 1, 2, 0]])]).ok
    assert not _judge(graph, x, [values, eager], [values, torch.tensor([[3, 1, 0, 0]])]).ok


def test_a_reducing_index_without_keepdim_is_settled_along_its_dim():
    graph = _one_op("aten.kthvalue.default", [3, 2], 2, 0)
    x = torch.tensor([[5.0, 1.0], [5.0, 2.0], [0.0, 3.0]])
    values, eager = torch.tensor([5.0, 2.0]), torch.tensor([0, 1])
    assert _judge(graph, x, [values, eager], [values, torch.tensor([1, 1])]).ok
    assert not _judge(graph, x, [values, eager], [values, torch.tensor([1, 2])]).ok


def test_near_ties_are_judged_within_the_input_dtype_tolerance():
    graph = _one_op("aten.topk.default", [1, 3], 1)
    x = torch.tensor([[1.0, 1.0 + 1e-6, 0.5]])  # a compiler may round these the other way
    values, eager = torch.tensor([[1.0 + 1e-6]]), torch.tensor([[1]])
    assert _judge(graph, x, [values, eager], [values, torch.tensor([[0]])]).ok
    assert not _judge(graph, x, [values, eager], [values, torch.tensor([[2]])]).ok


def test_max_names_the_first_of_equal_elements_so_another_is_a_mismatch():
    graph = _one_op("aten.max.dim", [1, 3], 1)
    x = torch.tensor([[3.0, 3.0, 1.0]])
    values, eager = torch.tensor([3.0]), torch.tensor([0])
    assert not _judge(graph, x, [values, eager], [values, torch.tensor([1])]).ok


def test_a_nearest_pixel_on_either_side_of_a_rounding_edge_is_not_a_mismatch():
    # 23 * 14/46 is 7 exactly; float32 eager rounds it to 6.99999 and reads row 6
    graph = _one_op("aten.upsample_nearest2d.default", [1, 1, 14, 1], [46, 1])
    x = torch.arange(14.0).reshape(1, 1, 14, 1)
    eager = torch.ops.aten.upsample_nearest2d.default(x, [46, 1])
    assert eager[0, 0, 23, 0] == 6
    other = eager.clone()
    other[0, 0, 23, 0] = 7  # the exact product's pixel
    assert not oracles.compare([other], [eager]).ok
    assert _judge(graph, x, [eager], [other]).ok
    other[0, 0, 23, 0] = 8  # not a pixel that product names
    assert not _judge(graph, x, [eager], [other]).ok
    wrong = eager.clone()
    wrong[0, 0, 22, 0] = 7  # 22 * 14/46 = 6.7: no edge there
    assert not _judge(graph, x, [eager], [wrong]).ok


# ---- real compilers ------------------------------------------------------------------------------
def test_topk_ties_broken_otherwise_by_torch_mlir_are_not_a_mismatch(pool):
    graph = _given(_one_op("aten.topk.default", [4, 16], 5), "x", TIES)
    (v,) = lab.run([lab.LabRequest(graph, "torch-mlir")], pool)
    assert not torch.equal(v.actual[1], v.expected[1])  # torch-mlir took other indices
    assert v.verdict == "ok", v.reason


def test_wrong_topk_indices_from_torch_mlir_are_still_a_mismatch(pool):
    # only the indices are an output: torch-mlir's name +Inf where eager's name NaN
    graph = _given(_one_op("aten.topk.default", [2, 8], 3, outputs=[1]), "x", SPECIAL)
    (v,) = lab.run([lab.LabRequest(graph, "torch-mlir")], pool)
    assert v.verdict == "mismatch" and v.comparison.kind == "exact", v.reason


def test_a_nearest_pick_at_a_rounding_edge_from_tosa_is_not_a_mismatch(pool):
    graph = _one_op("aten.upsample_nearest2d.default", [1, 1, 14, 14], [46, 46])
    graph = _given(graph, "x", [float(i) for i in range(14 * 14)])
    (tosa, linalg) = lab.run(
        [lab.LabRequest(graph, "torch-mlir-tosa"), lab.LabRequest(graph, "torch-mlir")], pool
    )
    assert not torch.equal(tosa.actual[0], tosa.expected[0])  # row 23: pixel 7, eager's 6
    assert tosa.verdict == "ok", tosa.reason
    # torch-mlir's linalg path reads pixel dst // ceil(46 / 14): whole rows away, a real bug
    assert linalg.verdict == "mismatch", linalg.reason
