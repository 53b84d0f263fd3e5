"""torch's own Inductor bug injectors must give the right verdict and stage, and the
repro script must reproduce each in a fresh interpreter."""

from __future__ import annotations

import pytest

from compiler_lab.execution import lab
from compiler_lab.findings import cases, repro
from tests.conftest import example

RELU = "cpp.inject_relu_bug_TESTING_ONLY"
LOG1P = "cpp.inject_log1p_bug_TESTING_ONLY"


@pytest.fixture(scope="module")
def injected(pool):
    g = example("conv_relu_linear")
    modes = ["compile_error", "runtime_error", "accuracy"]
    requests = [lab.LabRequest(g, "inductor", {RELU: m}) for m in modes]
    return dict(zip(modes, lab.run(requests, pool), strict=True))


@pytest.mark.parametrize(
    "mode, verdict, stage",
    [
        ("compile_error", "crash", "cpp-compile"),
        ("runtime_error", "crash", "runtime"),
        ("accuracy", "mismatch", "output"),
    ],
)
def test_relu_injector_verdicts(injected, mode, verdict, stage):
    v = injected[mode]
    assert (v.verdict, v.stage) == (verdict, stage), v.reason


def test_injected_bug_leaves_other_graphs_alone(pool):
    (v,) = lab.run([lab.LabRequest(example("softmax"), "inductor", {RELU: "accuracy"})], pool)
    assert v.verdict == "ok"


@pytest.mark.parametrize("mode", ["compile_error", "accuracy"])
def test_repro_script_reproduces_in_fresh_interpreter(injected, tmp_path, mode):
    v = injected[mode]
    path = cases.write_case(tmp_path, v)
    loaded = cases.load_case(path)
    assert loaded.verdict["verdict"] == v.verdict and loaded.options == {RELU: mode}
    result = repro.run_script(path / "repro.py")
    assert result.matches(v.verdict, v.stage, v.failure.exc_type if v.failure else ""), (
        result.output[-2000:]
    )


def test_repro_script_does_not_reproduce_without_the_bug(injected, tmp_path):
    v = injected["accuracy"]
    v_clean = lab.Verdict(v.graph, "inductor", "mismatch", options={}, values=v.values)
    path = cases.write_case(tmp_path, v_clean)
    assert repro.run_script(path / "repro.py").verdict == "ok"


def _relu_graph(name: str, dtype: str, prefix: str, extra: bool):
    """relu (behind an add or not) over `dtype`, with input names starting with `prefix`."""
    from compiler_lab.ir.builder import GraphBuilder

    b = GraphBuilder(name)
    x = b.input(f"{prefix}in", [4, 7], dtype, range=(-2.0, 2.0))
    if extra:
        x = b.call("aten.add.Tensor", x, x)
    return b.build([b.call("aten.relu.default", x)])


@pytest.mark.parametrize("mode", ["compile_error", "accuracy"])
def test_one_bug_in_graphs_of_other_dtypes_and_names_is_one_bucket(pool, mode):
    from compiler_lab.findings.keys import bucket_key, localize

    graphs = [
        _relu_graph("a", "float32", "x", False),
        _relu_graph("b", "float64", "weights_", True),
    ]
    verdicts = lab.run([lab.LabRequest(g, "inductor", {RELU: mode}) for g in graphs], pool)
    assert all(v.is_finding for v in verdicts), [v.reason for v in verdicts]
    keys = {bucket_key(v, localize(v, pool)) for v in verdicts}
    assert len(keys) == 1, keys
    if mode == "accuracy":
        (key,) = keys
        # keyed by the op, never the dtype, and by the setting that planted the bug
        assert "float" not in key and key.endswith(f"aten.relu.default@{RELU}=accuracy"), key


def test_report_is_ready_to_paste_upstream(injected, tmp_path):
    """The compile error's own error: line, not g++'s command line; no local paths; the CPU;
    the other backends' verdicts; a repro in public PyTorch calls that reproduces."""
    import subprocess
    import sys
    from pathlib import Path

    path = cases.write_case(tmp_path, injected["compile_error"])
    proc = subprocess.run(
        [sys.executable, "-m", "compiler_lab", "triage", "report", str(path)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    text = (path / "report.md").read_text()
    assert "error:" in text and "g++ " not in text
    assert str(Path.home()) not in text and "/tmp/" not in text
    assert "- isa: x86-64" in text and "- cpu_model: " in text
    assert "- aot_eager: ok" in text
    assert (path / "repro_public.py").exists() and "torch.relu(" in text
    assert "torch.ops.aten" not in text.split("## Minimal repro")[1]
