"""Hardening, round two: the lab's own wrong verdicts. A valid graph that a backend handles
correctly must get `ok`, not a crash or mismatch the lab itself caused. One test per item."""

from __future__ import annotations

import math

import pytest
import torch

from compiler_lab import lab
from compiler_lab.builder import GraphBuilder
from compiler_lab.capture import capture
from compiler_lab.errors import GraphError
from compiler_lab.graph import Graph, InputSpec
from compiler_lab.values import make_value, make_values


def _aliasing_and_constant() -> Graph:
    """One output aliases an input, another is a constant: both bufferize to a clone."""
    b = GraphBuilder("alias_and_constant")
    x = b.input("x", [2, 3])
    return b.build([b.call("aten.relu.default", x), x, b.call("aten.zeros.default", [2, 3])])


def _conv_transpose() -> Graph:
    b = GraphBuilder("conv_transpose")
    x, w = b.input("x", [1, 2, 5, 5]), b.weight("w", [2, 3, 3, 3])
    return b.build([b.call("aten.conv_transpose2d.input", x, w)])


def _training_batch_norm() -> Graph:
    """Training mode writes the running stats into inputs: export returns them as extra
    leading results, before the three the graph declares."""
    b = GraphBuilder("training_batch_norm")
    x, w, bias = b.input("x", [2, 3, 4]), b.input("w", [3]), b.input("b", [3])
    rm, rv = b.input("rm", [3], range=(0.0, 1.0)), b.input("rv", [3], range=(0.5, 1.0))
    return b.build(b.call("aten.native_batch_norm.default", x, w, bias, rm, rv, True, 0.1, 1e-5))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("graph", "backend"),
    [
        (_aliasing_and_constant, "torch-mlir"),  # item 19
        (_conv_transpose, "torch-mlir-tosa"),  # item 20
        (_training_batch_norm, "torch-mlir"),  # item 21
        (_training_batch_norm, "iree"),  # item 21
    ],
)
def test_a_valid_graph_gets_ok(pool, graph, backend):
    (v,) = lab.run([lab.LabRequest(graph(), backend)], pool)
    assert v.verdict == "ok", (v.verdict, v.stage, v.reason)


class _Double(torch.nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x * 2


class _Nonzero(torch.nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.nonzero(x)


@pytest.mark.parametrize("special", [float("nan"), float("inf")])
def test_a_captured_input_with_nan_or_inf_loads_back_and_draws_finite_values(special):
    """Item 22: the range spans the finite values only; NaN made [nan, nan] (rejected by
    Graph.loads), -inf and inf made a range whose drawn values were all NaN."""
    graph, _ = capture(_Double(), [torch.tensor([1.0, -special, 3.0, special])])
    loaded = Graph.loads(graph.dumps())
    assert loaded.inputs[0].range == (1.0, 3.0)
    assert torch.isfinite(make_values(loaded)["x"]).all()


@pytest.mark.parametrize(
    ("module", "example", "why"),
    [
        (_Double(), torch.zeros(3, dtype=torch.float8_e4m3fn), "float8_e4m3fn"),
        (_Nonzero(), torch.tensor([1.0, 0.0]), "data-dependent shape"),
    ],
)
def test_capture_refuses_what_the_graph_ir_cannot_hold_with_a_graph_error(module, example, why):
    """Item 22: float8 inputs and data-dependent shapes escaped as ValueError and
    GuardOnDataDependentSymNode."""
    with pytest.raises(GraphError, match=why):
        capture(module, [example])


@pytest.mark.parametrize(
    ("dtype", "rng"),
    [("float32", (-math.inf, math.inf)), ("float64", (-1.7e308, 1.7e308)), ("float16", (0, 1e6))],
)
def test_a_range_past_the_dtype_draws_finite_values_within_it(dtype, rng):
    """Item 22: drawing from an infinite range (or one whose width overflows float64) gave
    NaN; one past float16's maximum gave inf."""
    t = make_value(InputSpec("x", (1000,), dtype, range=rng), seed=0)
    assert torch.isfinite(t).all() and t.min() < t.max()
    assert t.min() >= max(rng[0], -torch.finfo(t.dtype).max) and t.max() <= rng[1]


@pytest.mark.parametrize(
    ("rng", "lo", "hi"),
    [
        ((float(2**63 - 2),) * 2, 2**63 - 1, 2**63 - 1),  # capture's range of 2^63-2
        ((-10.0, float(2**63)), -10, 2**63 - 1),
        ((-(2.0**63), 2.0**63), -(2**63), 2**63 - 1),
    ],
)
def test_an_int64_range_up_to_the_dtype_maximum_draws(rng, lo, hi):
    """Item 23: randint(lo, hi + 1) overflowed int64 when hi was the dtype's maximum."""
    t = make_value(InputSpec("x", (1000,), "int64", range=rng), seed=0)
    assert t.dtype == torch.int64 and lo <= int(t.min()) and int(t.max()) <= hi
    if lo < hi:
        assert int(t.min()) < int(t.max())
