"""torch's own Inductor bug injectors must give the right verdict and stage, and the
repro script must reproduce each in a fresh interpreter."""

from __future__ import annotations

import pytest

from compiler_lab import cases, lab, repro
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
