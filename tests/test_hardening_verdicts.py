"""Hardening, round two: the lab's own wrong verdicts. A valid graph that a backend handles
correctly must get `ok`, not a crash or mismatch the lab itself caused. One test per item."""

from __future__ import annotations

import pytest

from compiler_lab import lab
from compiler_lab.builder import GraphBuilder
from compiler_lab.graph import Graph


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
