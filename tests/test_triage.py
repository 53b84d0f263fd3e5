"""Triage with real compilers and torch's bug injectors: reduction to the same bucket, stage
and pass bisection, verified repros, reports, and clear errors for bad case directories."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from compiler_lab.execution import lab
from compiler_lab.findings import cases, repro
from compiler_lab.findings.keys import bucket_key, localize
from compiler_lab.ir.builder import GraphBuilder
from compiler_lab.triage.bisect import bisect
from compiler_lab.triage.reduce import Reducer, remove_nodes
from compiler_lab.triage.report import markdown
from tests.conftest import example

ROOT = Path(__file__).resolve().parent.parent
RELU = "cpp.inject_relu_bug_TESTING_ONLY"


def _graph_with_relu(nodes: int = 30):
    """A generated graph of `nodes` ops that uses relu (the injectors' target)."""
    from fuzz.gen.config import GenConfig
    from fuzz.gen.generator import Generator
    from fuzz.gen.library import load

    library = load(str(ROOT / "corpora/rules"), str(ROOT / "corpora/traces")).restrict(
        ["relu", "add", "mul", "sub", "tanh", "sigmoid", "mm", "sum", "permute", "neg"], None
    )
    gen = Generator(library, GenConfig(max_nodes=nodes, dtypes=("float32",)), seed=4)
    for i in range(50):
        g = gen.generate(f"t{i}")
        if len(g.nodes) >= nodes - 2 and "aten.relu.default" in g.ops():
            return g
    raise AssertionError("no large graph with relu")


@pytest.fixture(scope="module")
def injected_case(pool, tmp_path_factory):
    g = _graph_with_relu()
    (v,) = lab.run([lab.LabRequest(g, "inductor", {RELU: "accuracy"})], pool)
    assert v.verdict == "mismatch", v.reason
    return cases.write_case(tmp_path_factory.mktemp("cases"), v), v


def test_remove_nodes_reconnects_or_adds_inputs():
    g = example("conv_relu_linear")
    relu = next(n for n in g.nodes if n.op == "aten.relu.default")
    smaller = remove_nodes(g, {relu.id})
    assert smaller is not None and len(smaller.nodes) == len(g.nodes) - 1
    first = g.nodes[0]
    fresh = remove_nodes(g, {first.id})
    assert fresh is not None
    assert any(s.name == first.outputs[0].name for s in fresh.inputs)  # a fresh input


def test_30_node_graph_reduces_to_at_most_3_nodes_same_bucket(injected_case, pool):
    path, v = injected_case
    key = bucket_key(v, localize(v, pool))
    assert key.endswith(f"aten.relu.default@{RELU}=accuracy")
    result = Reducer("inductor", {RELU: "accuracy"}, key, pool).reduce(v.graph, v)
    assert result.nodes_before >= 28
    assert result.nodes_after <= 3, result.graph.ops()
    assert "aten.relu.default" in result.graph.ops()
    assert bucket_key(result.verdict, localize(result.verdict, pool)) == key


def test_stage_bisector_names_inductor_for_injected_bugs(pool, tmp_path):
    for mode, kind in (("accuracy", "mismatch"), ("compile_error", "crash")):
        (v,) = lab.run(
            [lab.LabRequest(example("conv_relu_linear"), "inductor", {RELU: mode})], pool
        )
        assert v.verdict == kind
        case = cases.load_case(cases.write_case(tmp_path / mode, v))
        result = bisect(case, pool)
        assert result.culprit == "inductor", result.lines()
        assert [s.verdict for s in result.steps[:3]] == ["ok", "ok", "ok"]


def test_torch_mlir_bisect_names_the_failing_pass(pool, tmp_path):
    b = GraphBuilder("median")
    x = b.input("x", [4, 5])
    g = b.build([b.call("aten.median.default", x)])
    (v,) = lab.run([lab.LabRequest(g, "torch-mlir")], pool)
    assert v.verdict == "skipped" and "torch-reduce-op-variants" in v.reason
    forced = lab.Verdict(g, "torch-mlir", "crash", values=v.values)  # triage it anyway
    case = cases.load_case(cases.write_case(tmp_path, forced))
    result = bisect(case, pool)
    assert (result.kind, result.culprit) == ("pass", "torch-reduce-op-variants"), result.lines()


def test_repro_of_reduced_case_reproduces_in_fresh_process(injected_case, pool, tmp_path):
    path, v = injected_case
    key = bucket_key(v, localize(v, pool))
    result = Reducer("inductor", {RELU: "accuracy"}, key, pool, deadline_s=120).reduce(v.graph, v)
    out = cases.write_case_at(tmp_path / "reduced", result.verdict)
    run = repro.run_script(out / "repro.py")
    assert run.matches("mismatch"), run.output[-1500:]
    text = markdown(cases.load_case(out))
    assert text.startswith("# [inductor] wrong result") and "max abs error" in text
    assert "REPRODUCED" in text and "torch" in text


@pytest.mark.parametrize(
    "setup, expect",
    [
        (lambda p: None, "does not exist"),
        (lambda p: p.mkdir(), "missing graph.json"),
        (
            lambda p: (
                p.mkdir(),
                (p / "graph.json").write_text("{"),
                (p / "inputs.npz").write_text(""),
                (p / "verdict.json").write_text("{}"),
            ),
            "not valid JSON",
        ),
    ],
)
def test_bad_case_directories_give_clear_errors(tmp_path, setup, expect):
    case = tmp_path / "case"
    setup(case)
    proc = subprocess.run(
        [sys.executable, "-m", "compiler_lab", "triage", "show", str(case)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    assert expect in proc.stderr and proc.stderr.count("\n") == 1, proc.stderr


def test_buckets_whose_reduced_reproducers_coincide_merge(tmp_path):
    from compiler_lab.findings.buckets import reduced_signature
    from compiler_lab.storage.store import Store, TestRow

    store = Store(tmp_path / "s.db")
    (cid, _) = store.campaign("c", 0, {})
    rows = [
        TestRow(i, "inductor", f"h{i}", "{}", {}, "crash", "cpp-compile", "x", key, "float32",
                ["aten.min.dim"] * (i + 2), 0, 1.0, kind="crash")
        for i, key in enumerate(["k-float", "k-bool", "k-other"])
    ]  # fmt: skip
    store.record(cid, rows)
    same = reduced_signature("inductor", "crash:cpp-compile", ["aten.min.dim"])
    assert store.set_reduced("k-float", {"nodes_after": 1}, same) == "k-float"
    assert store.set_reduced("k-bool", {"nodes_after": 1}, same) == "k-float"
    other = reduced_signature("inductor", "crash:cpp-compile", ["aten.max.dim"])
    assert store.set_reduced("k-other", {"nodes_after": 1}, other) == "k-other"
    groups = {g["bucket"]["key"]: g for g in store.bucket_groups()}
    assert set(groups) == {"k-float", "k-other"}
    assert sorted(groups["k-float"]["members"]) == ["k-bool", "k-float"]
    assert groups["k-float"]["tests"] == 2


def test_one_compile_error_seen_through_two_dtypes_has_one_key():
    """The real min.dim-over-bool g++ error from graphs of float64 and int32 inputs."""
    from compiler_lab.findings.buckets import crash_key

    head = "CppCompileError: C++ compile error\nCommand: g++ /root/.cache/x/{h}.cpp -o y\n"
    err = "{p}:{n}: error: no matching function for call to ‘min_masked_reduce(at::vec::"
    err += "CPU_CAPABILITY::VecMask<float, 1>&, at::vec::CPU_CAPABILITY::VecMask<{t}>&, int64_t)’"
    a = head.format(h="c4nb7") + err.format(p="/root/.cache/x/c4nb7.cpp", n="157:65", t="double, 2")
    b = head.format(h="cjmz5") + err.format(p="/tmp/y/cjmz5.cpp", n="121:61", t="int, 1")
    key = crash_key("inductor", "cpp-compile", "InductorError", a, "")
    assert key == crash_key("inductor", "cpp-compile", "InductorError", b, "")
    other = a.replace("min_masked_reduce", "max_masked_reduce")
    assert key != crash_key("inductor", "cpp-compile", "InductorError", other, "")


def test_one_error_line_on_backends_that_share_a_frontend_is_one_root_cause(tmp_path):
    from compiler_lab.storage.schema import TestRow
    from compiler_lab.storage.store import Store

    line = "<stdin>:3:10: error: failed to legalize operation 'torch.aten.kthvalue' that was"
    store = Store(tmp_path / "s.db")
    cid, _ = store.campaign("c", 0, {}, {})

    def row(i: int, backend: str, stage: str, message: str) -> TestRow:
        key = f"{backend}:{stage}:{i}"
        return TestRow(idx=i, backend=backend, graph_hash=f"g{i}", graph_json="{}", options={},
                       verdict="crash", stage=stage, reason=message, bucket=key,
                       dtype="float32", ops=["aten.kthvalue.default"], batch=0, seconds=0.1,
                       kind="crash", exc_type="E", message=message)  # fmt: skip

    store.record(cid, [row(0, "torch-mlir", "mlir-pass:convert", line),
                       row(1, "iree", "iree-compile", f"Diagnostics:\n{line}"),
                       row(2, "torch-mlir", "signal:SIGSEGV", ""),
                       row(3, "iree", "signal:SIGSEGV", "")])  # fmt: skip
    groups = store.bucket_groups()
    assert [g["backends"] for g in groups] == [["torch-mlir", "iree"], ["torch-mlir"], ["iree"]]
    assert len(store.root_times()) == 3  # a bare signal says too little to merge on
    # IREE's CPU target linking libm calls it lacks: one cause, whichever symbol
    link = "Diagnostics: iree-lld: error: undefined symbol: {} >>> referenced by <stdin>:3"
    store.record(cid, [row(4, "iree", "iree-compile", link.format("log10f")),
                       row(5, "iree", "iree-compile", link.format("cos"))])  # fmt: skip
    assert len(store.bucket_groups()) == 4
