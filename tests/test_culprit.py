"""A mismatch's culprit (findings.culprit): the first op whose own output is wrong on the
compiler's own values of its inputs, not the first op whose value differs from eager's."""

from __future__ import annotations

import tempfile

import torch

from compiler_lab.execution import batch, lab
from compiler_lab.findings import cases, culprit
from compiler_lab.findings.keys import bucket_key, localize
from compiler_lab.findings.mismatch import MISMATCH
from compiler_lab.ir import tensorio
from compiler_lab.ir.builder import GraphBuilder
from compiler_lab.ir.graph import Graph
from compiler_lab.ir.interpret import call_node
from compiler_lab.triage.report import markdown
from tests.test_index_ties import SPECIAL, TIES, _given

EXPM1 = "aten.expm1.default"


def _expm1_then(amplifier: str) -> Graph:
    """expm1 of tiny values (Inductor's vectorized expm1 is exp(x) - 1: 0 for them, an error
    below the oracle's absolute tolerance), then an op that makes it visible."""
    b = GraphBuilder(f"expm1_then_{amplifier}")
    x = b.input("x", [4, 16], range=(1e-9, 1e-8))
    e = b.call(EXPM1, x)
    if amplifier == "mul":
        return b.build([b.call("aten.mul.Scalar", e, 1e6)])
    m = b.input("m", [4, 16], "bool")
    return b.build([b.call("aten.logical_and.default", b.call("aten.ne.Scalar", e, 0.0), m)])


def _first_differing(graph: Graph, backend: str, pool) -> str:
    """The op whose value first differs from eager's, every intermediate exposed: the rule
    localisation followed before it judged each op on its own inputs."""
    exposed = batch.expose_all(graph)
    (v,) = lab.run([lab.LabRequest(exposed, backend)], pool)
    name = exposed.outputs[v.comparison.output]
    return next(n.op for n in graph.nodes if any(o.name == name for o in n.outputs))


def test_the_culprit_is_the_op_wrong_on_its_own_not_the_later_op_that_shows_it(pool, tmp_path):
    for amplifier, shown_at in (("mul", "aten.mul.Scalar"), ("logical", "aten.ne.Scalar")):
        g = _expm1_then(amplifier)
        (v,) = lab.run([lab.LabRequest(g, "inductor")], pool)
        assert v.verdict == "mismatch", v.reason
        # the old rule (the first value that differs from eager's) names the later op
        assert _first_differing(g, "inductor", pool) == shown_at
        key = bucket_key(v, localize(v, pool))
        assert key == f"inductor:mismatch:{v.comparison.kind}:{EXPM1}", key
        facts = v.timings[culprit.EVIDENCE]
        assert facts["op"] == EXPM1 and facts["own"] is True, facts
    # the evidence travels with the case, and its report says it
    case = cases.load_case(cases.write_case(tmp_path, v))
    assert case.verdict["timings"]["culprit"]["node"] == "n0"
    text = markdown(case)
    assert f"Culprit: `{EXPM1}` (node n0) is wrong on its own inputs" in text
    bucket = {"key": key, "backend": "inductor", "kind": "mismatch", "stage": "output"}
    assert MISMATCH.headline(bucket).endswith(f"at {EXPM1}")


def test_localisation_passes_over_tied_indices_to_the_op_wrong_on_its_own(pool):
    b = GraphBuilder("ties_then_nan_sort")
    x, y = b.input("x", [4, 16]), b.input("y", [2, 8])
    _, ties = b.call("aten.topk.default", x, 5)
    wrong, _ = b.call("aten.sort.default", y)
    graph = _given(_given(b.build([ties, wrong]), "x", TIES), "y", SPECIAL)
    (v,) = lab.run([lab.LabRequest(graph, "torch-mlir")], pool)
    assert v.verdict == "mismatch", v.reason
    assert localize(v, pool) == "aten.sort.default"
    assert v.timings[culprit.EVIDENCE]["own"] is True


# ---- one node judged on its own, no compiler ------------------------------------------------
def _three_steps() -> Graph:
    """x * 1, minus x, times 1e6: whatever error the first step has, the last magnifies."""
    b = GraphBuilder("amplified")
    x = b.input("x", [8], range=(1.0, 2.0))
    one = b.call("aten.mul.Scalar", x, 1.0)
    diff = b.call("aten.sub.Tensor", one, x)
    return b.build([b.call("aten.mul.Scalar", diff, 1e6)])


def _own(graph: Graph, x: torch.Tensor, first: torch.Tensor) -> culprit.OwnJudgement:
    """judge_nodes on `graph` exposed, where the compiler's first value is `first` and each
    later value is what eager computes from the compiler's own values."""
    env = {"x": x, graph.nodes[0].outputs[0].name: first}
    for node in graph.nodes[1:]:
        env[node.outputs[0].name] = call_node(node, env)[0]
    exposed = batch.expose_all(graph)
    with tempfile.TemporaryDirectory() as tmp:
        files = culprit.NodeValues(*(f"{tmp}/{n}.npz" for n in ("graph", "values", "actual")))
        exposed.save(files.graph)
        tensorio.save(files.values, {"x": x})
        tensorio.save(files.actual, {f"out{i}": env[n] for i, n in enumerate(exposed.outputs)})
        return culprit.judge_nodes(files)


def test_an_error_within_rounding_amplified_later_blames_no_op_on_its_own():
    x = torch.linspace(1.0, 2.0, 8)
    own = _own(_three_steps(), x, x * (1 + 1e-6))  # within float32's tolerance of x * 1
    assert own.node == "" and own.unjudged == 0, own


def test_an_error_beyond_rounding_is_blamed_on_its_op_not_on_those_it_feeds():
    x = torch.linspace(1.0, 2.0, 8)
    own = _own(_three_steps(), x, x * 1.01)
    assert own.node == "n0", own


def test_a_tiny_output_wrong_by_all_it_holds_is_wrong_on_its_own():
    """Below the oracle's absolute tolerance, but 0 for 1e-9 is wholly wrong: judged in
    units of the op's own output."""
    b = GraphBuilder("expm1")
    x = b.input("x", [8], range=(1e-9, 1e-8))
    node = b.build([b.call(EXPM1, x)]).nodes[0]
    value = torch.full([8], 5e-9)
    specs = {"x": b.spec(x)}
    assert not culprit.judge_node(node, specs, {"x": value}, [torch.zeros(8)]).ok
    assert culprit.judge_node(node, specs, {"x": value}, [torch.expm1(value)]).ok
    # exp(x) - 1 has an error of an ulp of 1 wherever x is: right above one, not below it
    big = torch.linspace(1.0, 2.0, 8)
    assert culprit.judge_node(node, specs, {"x": big}, [big.exp() - 1]).ok


def test_integers_are_exact_and_tied_indices_are_settled():
    b = GraphBuilder("topk")
    x = b.input("x", [4, 16])
    values, indices = b.call("aten.topk.default", x, 5)
    node = b.build([values, indices]).nodes[0]
    given = torch.tensor(TIES).reshape(4, 16)
    eager = torch.topk(given, 5)
    specs = {"x": b.spec(x)}
    other = torch.topk(given.flip(1), 5).indices.neg().add(15)  # the other ends of the ties
    assert not torch.equal(other, eager.indices)
    assert culprit.judge_node(node, specs, {"x": given}, [eager.values, other]).ok
    wrong = eager.indices.clone()
    wrong[0, 0] = 0  # a 1.0, not a 3.0
    assert not culprit.judge_node(node, specs, {"x": given}, [eager.values, wrong]).ok


def test_a_zeros_sign_turned_into_two_pi_is_ill_conditioned_not_a_bug(pool):
    """The 10-minute campaign's atan2 bucket: Inductor's softshrink gives +0 where eager's
    gives -0 (both right), and atan2 of a zero and a negative number is ±π. Every op is
    right on its own inputs, so the mismatch is no compiler's bug: its verdict becomes ok."""
    b = GraphBuilder("signed_zero_atan2")
    x0, x1 = b.input("x0", [1]), b.input("x1", [1, 1])
    shrunk = b.call("aten.softshrink.default", x1)
    graph = b.build([b.call("aten.atan2.default", shrunk, x0)])
    graph = _given(_given(graph, "x0", [-0.0523]), "x1", [-0.1339])
    (v,) = lab.run([lab.LabRequest(graph, "inductor")], pool)
    assert v.verdict == "mismatch", v.reason  # eager -π, Inductor +π
    assert localize(v, pool) is None
    assert v.verdict == "ok" and v.reason.startswith("ill-conditioned, not miscompiled"), v
    assert bucket_key(v) is None
    facts = v.timings[culprit.EVIDENCE]
    assert facts["own"] is False and facts["op"] == "aten.atan2.default", facts
