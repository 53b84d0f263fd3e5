"""Every backend against eager on every shipped example, in the sandbox, with real compilers."""

from __future__ import annotations

import pytest

from compiler_lab import backends
from compiler_lab.execution import lab
from tests.conftest import EXAMPLES, example

ALL_EXAMPLES = sorted(p.stem for p in EXAMPLES.glob("*.json"))

#: Real compiler bugs the examples expose. torch-mlir's sum over uint8 sign-extends the
#: input (`arith.extsi` where `arith.extui` is needed), and IREE imports through the same
#: torch-to-linalg conversion. If a new toolchain fixes it, this test fails: update the table.
KNOWN_FINDINGS = {
    ("reductions_uint8", "torch-mlir"): "mismatch",
    ("reductions_uint8", "iree"): "mismatch",
}


@pytest.fixture(scope="module")
def verdicts(pool):
    requests = [
        lab.LabRequest(example(name), b) for name in ALL_EXAMPLES for b in backends.DEFAULT_BACKENDS
    ]
    return lab.run(requests, pool)


def test_every_backend_agrees_with_eager_or_skips_with_a_reason(verdicts):
    assert len(verdicts) == len(ALL_EXAMPLES) * len(backends.DEFAULT_BACKENDS)
    for v in verdicts:
        expected = KNOWN_FINDINGS.get((v.graph.name, v.backend))
        if expected:
            assert v.verdict == expected, (v.graph.name, v.backend, v.reason)
            continue
        assert v.verdict in ("ok", "skipped"), (v.graph.name, v.backend, v.verdict, v.reason)
        if v.verdict == "skipped":
            assert v.reason, (v.graph.name, v.backend)
        else:
            assert v.comparison is not None and v.comparison.ok


def test_known_uint8_bug_is_an_exact_mismatch(verdicts):
    found = [v for v in verdicts if (v.graph.name, v.backend) in KNOWN_FINDINGS]
    assert len(found) == len(KNOWN_FINDINGS)
    for v in found:
        assert "elements differ (exact dtype)" in v.reason
        assert v.actual is not None and v.expected is not None


def test_dump_ir_levels(pool, tmp_path):
    from compiler_lab.ir import tensorio
    from compiler_lab.ir.inputs import make_values

    g = example("conv_relu_linear")
    g.save(tmp_path / "graph.json")
    tensorio.save(tmp_path / "values.npz", make_values(g))
    base = {
        "kind": "dump_ir",
        "graph": str(tmp_path / "graph.json"),
        "values": str(tmp_path / "values.npz"),
    }
    mlir, ireeir, ind = pool.map(
        [
            base | {"backend": "torch-mlir"},
            base | {"backend": "iree"},
            base | {"backend": "inductor"},
        ]
    )
    levels = mlir.levels
    assert {"torch-raw", "torch", "linalg", "tosa", "stablehlo", "llvm"} <= set(levels)
    assert "torch.aten.convolution" in levels["torch"]["text"]
    assert "linalg.conv_2d_nchw_fchw" in levels["linalg"]["text"]
    assert "tosa.conv2d" in levels["tosa"]["text"]
    assert "stablehlo.convolution" in levels["stablehlo"]["text"]
    assert "llvm.func" in levels["llvm"]["text"]
    phases = ireeir.levels
    assert {"input", "flow", "stream", "hal", "vm"} <= set(phases)
    assert "flow.dispatch" in phases["flow"]["text"]
    assert "hal.executable" in phases["hal"]["text"]
    code = ind.levels["output_code"]["text"]
    assert "def call(" in code and "cpp_fused" in code


#: the fifth backend, torch.compile → MLIR → IREE; same uint8 bug, and a JIT failure on the
#: float reductions example (var/prod/logsumexp)
TURBINE_FINDINGS = {"reductions_uint8": "mismatch", "reductions_float": "crash"}


def test_turbine_backend_on_every_example(pool):
    pytest.importorskip("iree.turbine")
    verdicts = lab.run([lab.LabRequest(example(n), "turbine") for n in ALL_EXAMPLES], pool)
    for v in verdicts:
        expected = TURBINE_FINDINGS.get(v.graph.name)
        if expected:
            assert v.verdict == expected, (v.graph.name, v.reason)
            if expected == "crash":
                assert v.stage == "iree-compile"
        else:
            assert v.verdict in ("ok", "skipped"), (v.graph.name, v.verdict, v.reason)


def test_a_segfault_inside_a_pass_names_the_pass(pool, tmp_path):
    """A real torch-mlir crash: `aten.ge.Scalar` on a 0-dim float64 constant segfaults in the
    pipeline's first pass. The worker's breadcrumb puts the pass into the stage, so such a
    crash gets a bucket of its own instead of joining every other segfault."""
    from compiler_lab.ir.graph import Graph
    from tests.conftest import ROOT

    graph = Graph.load(ROOT / "tests" / "data" / "ge_scalar_f64_weight.json")
    (v,) = lab.run([lab.LabRequest(graph, "torch-mlir")], pool)
    assert v.verdict == "crash", v.reason
    assert v.stage == "signal:SIGSEGV@mlir-pass:torch-match-quantized-custom-ops", v.stage
    # its repro says so, where a script killed by the signal could say nothing
    from compiler_lab.findings import cases, repro

    case = cases.write_case(tmp_path, v)
    result = repro.run_script(case / "repro.py")
    assert "REPRODUCED: crash: SIGSEGV" in result.output, result.output[-2000:]
    assert result.signal == "SIGSEGV" and result.matches(v.verdict, v.stage)
