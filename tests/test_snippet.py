"""The top of a bug report: a short snippet in public PyTorch (findings.snippet) that shows
the bug in a fresh interpreter, which options the bug needs (triage.toggles), and dtypes a
reduction made plainer where the bug survives."""

from __future__ import annotations

import torch

from compiler_lab.execution import lab
from compiler_lab.findings import cases, snippet
from compiler_lab.findings.keys import bucket_key, localize
from compiler_lab.ir.builder import GraphBuilder
from compiler_lab.ir.graph import Graph
from compiler_lab.triage.reduce import Reducer, simpler
from compiler_lab.triage.report import markdown
from compiler_lab.triage.toggles import retest, toggled
from tests.test_culprit import _expm1_then

RELU = "cpp.inject_relu_bug_TESTING_ONLY"


def _relu_graph(dtype: str) -> Graph:
    b = GraphBuilder(f"relu_{dtype}")
    x = b.input("x", [4, 7], dtype, range=(-2.0, 2.0))
    return b.build([b.call("aten.relu.default", b.call("aten.add.Tensor", x, x))])


def test_the_snippet_of_a_case_shows_its_mismatch_in_a_fresh_interpreter(pool, tmp_path):
    (v,) = lab.run([lab.LabRequest(_expm1_then("logical"), "inductor")], pool)
    assert v.verdict == "mismatch", v.reason
    found = snippet.snippet(v.graph, v.values, "inductor", {})
    assert found is not None and found.runnable
    text = found.text
    assert len(text.splitlines()) <= 16, text
    assert "torch.manual_seed(0)" in text and ".uniform_(1e-09, 1e-08)" in text
    assert "torch.expm1(x0)" in text and "torch.logical_and(" in text
    assert "torch.compile(f, backend='inductor')(x0, x1)" in text
    assert "torch.testing.assert_close(got, f(x0, x1))" in text  # bools: exact
    (tmp_path / "snippet.py").write_text(text)
    assert snippet.check(tmp_path / "snippet.py", "mismatch")
    assert not snippet.check(tmp_path / "snippet.py", "crash")


def test_a_small_input_is_written_as_its_values_and_mlir_backends_show_their_importer():
    b = GraphBuilder("small")
    x = b.input("x", [2, 3])
    graph = b.build([b.call("aten.sort.default", x)[1]])
    values = {"x": torch.tensor([[3.0, 1.0, 2.0], [0.5, -1.0, 4.0]])}
    found = snippet.snippet(graph, values, "torch-mlir", {})
    assert found is not None and not found.runnable
    assert "x0 = torch.tensor([[3.0, 1.0, 2.0], [0.5, -1.0, 4.0]]" in found.text
    assert "manual_seed" not in found.text and "torch.sort(x0)" in found.text
    assert 'torch_mlir.fx.export_and_import(prog, output_type="raw"' in found.text
    assert snippet.snippet(graph, values, "eager", {}) is None  # no compiler to show
    assert snippet.snippet(graph, values, "inductor", {"train": True}) is None


def test_each_option_is_toggled_and_the_report_says_which_the_bug_needs(pool, tmp_path):
    options = {"cpp_wrapper": True, RELU: "accuracy"}
    assert toggled(options) == [
        ("cpp_wrapper", {RELU: "accuracy", "cpp_wrapper": False}),
        (RELU, {"cpp_wrapper": True}),
    ]
    (v,) = lab.run([lab.LabRequest(_relu_graph("float32"), "inductor", options)], pool)
    assert v.verdict == "mismatch", v.reason
    case = cases.load_case(cases.write_case(tmp_path, v))
    lines = retest(case, pool)
    assert lines == [
        "also with cpp_wrapper=False",
        f"only with {RELU}=accuracy (without it: ok)",
    ]
    text = markdown(case, toggles=lines)
    assert f"- only with {RELU}=accuracy (without it: ok)" in text
    assert text.index("## What happens") < text.index("## Minimal repro")


def test_a_dtype_is_made_plainer_where_the_bug_survives(pool):
    b = GraphBuilder("sum_half")
    x = b.input("x", [4, 8], "float16")
    graph = b.build([b.call("aten.sum.dim_IntList", x, [1], dtype=torch.float16)])
    plain = simpler(graph, "float16", "float32")
    assert plain is not None and plain.inputs[0].dtype == "float32"
    assert plain.nodes[0].outputs[0].dtype == "float32"
    assert "float16" not in plain.dumps()
    assert simpler(graph, "int8", "int64") is None  # none to replace

    half = _relu_graph("float16")
    (v,) = lab.run([lab.LabRequest(half, "inductor", {RELU: "accuracy"})], pool)
    key = bucket_key(v, localize(v, pool))
    assert key is not None, v.reason
    result = Reducer("inductor", {RELU: "accuracy"}, key, pool).reduce(half, v)
    assert result.dtypes == {"float16": "float32"}
    assert [s.dtype for s in result.graph.inputs] == ["float32"]
    assert bucket_key(result.verdict, localize(result.verdict, pool)) == key
