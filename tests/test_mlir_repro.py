"""MLIR-level reproducers: a failure inside an MLIR pass or compiler, as the module before
the failing step and the command that runs it alone, checked in a fresh process."""

from __future__ import annotations

import dataclasses
import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from compiler_lab.backends.native import weights_as_inputs
from compiler_lab.execution import lab
from compiler_lab.execution.failure import Failure
from compiler_lab.findings import cases, mlir_repro
from compiler_lab.findings.cases import load_case
from compiler_lab.ir.builder import GraphBuilder
from compiler_lab.ir.graph import Graph
from compiler_lab.sandbox.calls import Call
from compiler_lab.sandbox.pool import SandboxConfig, default_cache_dir
from compiler_lab.triage.report import markdown
from fuzz.campaign import executor as executors

ROOT = Path(__file__).resolve().parents[1]
#: a schedule whose vectors IREE's llvm-cpu backend refuses (iree_schedules.MAX_NATIVE_VECTORS)
HUGE = {
    "main$async_dispatch_0": {
        "pipeline": "DoubleTilingExpert",
        "tiles": {
            "distribution": [16, 64, 0],
            "vector_common_parallel": [16, 64, 0],
            "vector_reduction": [0, 0, 32],
        },
    }
}


@pytest.fixture(scope="module")
def pool():
    with executors.local(1, SandboxConfig(default_cache_dir(), timeout_s=300)) as p:
        yield p


def _write(pool, v: lab.Verdict, root: Path) -> tuple[Path, mlir_repro.MlirReply]:
    case = cases.write_case(root, v)
    req = mlir_repro.request(case, json.loads((case / "verdict.json").read_text()))
    (resp,) = pool.call_many([Call(mlir_repro.write_reproducer, req)])
    assert resp.ok, resp.why()
    return case, resp.result


def test_an_iree_compile_failure_reproduces_alone_from_its_phase(pool, tmp_path):
    graph = weights_as_inputs(Graph.load(ROOT / "corpora/examples/matmul_chain.json"))
    (v,) = lab.run([lab.LabRequest(graph, "iree", {"schedules": HUGE})], pool)
    assert (v.verdict, v.stage) == ("crash", "iree-compile"), v.reason
    case = cases.write_case(tmp_path, v)
    cli = subprocess.run(
        [sys.executable, "-m", "compiler_lab", "triage", "mlir", str(case)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert cli.returncode == 0 and "fails again" in cli.stdout, cli.stdout + cli.stderr
    facts = mlir_repro.read(case)
    assert facts["reproduces"] and facts["failing"] == "executable-targets"
    assert facts["command"].startswith("iree-compile --compile-from=executable-configurations")
    test = (case / "mlir/test.mlir").read_text()
    assert test.startswith("// RUN: not iree-compile ") and "large vector sizes" in test
    assert "## MLIR reproducer" in markdown(load_case(case))


@pytest.mark.parametrize(
    "backend, stage",
    [("torch-mlir", "mlir-pass:torch-reduce-op-variants"), ("xla", "stablehlo-import")],
)
def test_a_torch_mlir_pass_failure_reproduces_with_torch_mlir_opt(pool, tmp_path, backend, stage):
    b = GraphBuilder("add_relu")
    x, y = b.input("x", [4, 8]), b.input("y", [4, 8])
    graph = b.build([b.call("aten._add_relu.Tensor", x, y)])
    (v,) = lab.run([lab.LabRequest(graph, backend)], pool)
    # a legalization failure inside a torch-mlir pass (on the way to linalg, or to
    # StableHLO for XLA): the lab skips it by design; triaged here as a crash, it is a real
    # pass failing on real IR
    assert v.verdict == "skipped" and "mlir-pass:torch-reduce-op-variants" in v.reason
    failure = Failure(stage, "StageError", v.reason, "")
    forced = dataclasses.replace(v, verdict="crash", stage=stage, failure=failure)
    case, reply = _write(pool, forced, tmp_path)
    assert reply.written and reply.reproduces, reply.why
    assert reply.command.startswith("torch-mlir-opt '--pass-pipeline=builtin.module(func.func(")
    assert "torch.operator" in (case / "mlir/before.mlir").read_text()
    assert (
        "// CHECK: error: failed to legalize operation 'torch.operator'"
        in (case / "mlir/test.mlir").read_text()
    )


def test_a_torch_mlir_reproducer_is_reduced_to_the_ops_that_fail(pool, tmp_path):
    """Delta over ops: the ops around the failing one go (cut after it, the rest cut loose),
    and the reduced module still fails the same way in a fresh process."""
    b = GraphBuilder("around_add_relu")
    x, y = b.input("x", [4, 8]), b.input("y", [4, 8])
    t = b.call("aten.tanh.default", b.call("aten.mul.Tensor", x, y))
    failing = b.call("aten._add_relu.Tensor", t, y)
    graph = b.build([b.call("aten.sigmoid.default", b.call("aten.mul.Scalar", failing, 2.0)), t])
    (v,) = lab.run([lab.LabRequest(graph, "torch-mlir")], pool)
    assert v.verdict == "skipped" and "mlir-pass:torch-reduce-op-variants" in v.reason
    stage = "mlir-pass:torch-reduce-op-variants"
    failure = Failure(stage, "StageError", v.reason, "")
    forced = dataclasses.replace(v, verdict="crash", stage=stage, failure=failure)
    case, reply = _write(pool, forced, tmp_path)
    assert reply.reproduces and reply.ops_after < reply.ops_before, reply
    reduced = (case / "mlir/reduced.mlir").read_text()
    assert "torch.operator" in reduced and "sigmoid" not in reduced and "tanh" not in reduced
    assert reduced in (case / "mlir/test.mlir").read_text()
    reduced_path = str(case / "mlir/reduced.mlir")
    command = mlir_repro.read(case)["command"].replace("before.mlir", reduced_path)
    again = subprocess.run(
        [str(Path(sys.executable).parent / "torch-mlir-opt"), *shlex.split(command)[1:]],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert again.returncode != 0 and "failed to legalize operation 'torch.operator'" in (
        again.stdout + again.stderr
    )


def test_a_failure_outside_mlir_has_no_mlir_reproducer(tmp_path):
    assert mlir_repro.request(tmp_path, {"verdict": "crash", "backend": "inductor"}) is None
    assert mlir_repro.request(tmp_path, {"verdict": "mismatch", "backend": "iree"}) is None
    assert mlir_repro.read(tmp_path) is None


def test_an_xla_compile_failure_reproduces_alone_from_its_stablehlo(pool, tmp_path):
    """The 10-minute campaign's largest XLA bucket (54 tests): min over a bool tensor, which
    torch-mlir's StableHLO lowering compares as SIGNED on pred and XLA's HLO verifier
    rejects. The StableHLO module XLA was given, compiled alone in a fresh process."""
    b = GraphBuilder("min_bool")
    x = b.input("x", [1, 4, 1], "bool")
    values, indices = b.call("aten.min.dim", x, 1)
    (v,) = lab.run([lab.LabRequest(b.build([indices, values]), "xla")], pool)
    assert (v.verdict, v.stage) == ("crash", "xla-compile"), v.reason
    case, reply = _write(pool, v, tmp_path)
    assert reply.written and reply.reproduces, reply.why
    assert reply.command == "python -m compiler_lab.backends.xla_compile before.mlir"
    assert "stablehlo." in (case / "mlir/before.mlir").read_text()
    test = (case / "mlir/test.mlir").read_text()
    assert test.startswith("// RUN: not python -m compiler_lab.backends.xla_compile ")
    assert "Expected comparison type UNSIGNED" in test
