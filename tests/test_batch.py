"""Batched compiles: one merged compile tests K graphs; a crash is bisected down to its
graph, and a mismatch inside a merged compile is kept only if it also shows alone."""

from __future__ import annotations

from compiler_lab.execution import batch
from compiler_lab.ir.builder import GraphBuilder
from compiler_lab.ir.graph import Graph
from compiler_lab.ir.validate import validate_graph

RELU = "cpp.inject_relu_bug_TESTING_ONLY"


def small(name: str, op: str) -> Graph:
    b = GraphBuilder(name)
    x = b.input("x", [4, 6])
    return b.build([b.call(op, b.call("aten.mul.Tensor", x, x))])


GRAPHS = [
    small("a", "aten.exp.default"),
    small("b", "aten.tanh.default"),
    small("c", "aten.relu.default"),
    small("d", "aten.sigmoid.default"),
]


def test_merged_graph_computes_every_member_side_by_side():
    merged = batch.merge(GRAPHS)
    validate_graph(merged.graph)
    assert len(merged.graph.nodes) == 8 and len(merged.slices) == 4
    assert sorted(merged.values) == ["g0_x", "g1_x", "g2_x", "g3_x"]


def test_a_crash_is_bisected_to_its_graph(pool):
    verdicts, stats = batch.run_batched(GRAPHS, "inductor", {RELU: "compile_error"}, pool)
    assert [v.verdict for v in verdicts] == ["ok", "ok", "crash", "ok"]
    assert verdicts[2].stage == "cpp-compile"
    # 1 merged compile fails, then halves [a,b] (ok) and [c,d] (fails), then c and d alone
    assert stats == {"compiles": 5, "splits": 2, "confirms": 0}


def test_a_merged_mismatch_is_confirmed_alone(pool):
    verdicts, stats = batch.run_batched(GRAPHS, "inductor", {RELU: "accuracy"}, pool)
    assert [v.verdict for v in verdicts] == ["ok", "ok", "mismatch", "ok"]
    assert verdicts[2].graph.name == "c"
    assert stats == {"compiles": 2, "splits": 0, "confirms": 1}
