"""IREE's phase dumps reduced at the MLIR level, as torch-mlir-opt reproducers are: the
module before the failing phase holds `util.func`s (the ops in `main$async`, which IREE's
ABI wrapper `main` calls), read through IREE's own MLIR bindings."""

from __future__ import annotations

import shlex
import subprocess
from pathlib import Path

from compiler_lab.execution import lab
from compiler_lab.findings import mlir_repro
from compiler_lab.ir.builder import GraphBuilder
from tests.conftest import ROOT
from tests.test_mlir_repro import _write

#: a real iree-compile failure (a campaign's bucket): a negative pad, which dispatch creation
#: turns into a `tensor.insert_slice` at offset -1 that does not verify
ERROR = "expected offsets to be non-negative, but got -1"


def test_an_iree_phase_dump_is_reduced_to_the_ops_that_fail(pool, tmp_path):
    b = GraphBuilder("around_negative_pad")
    x, y = b.input("x", [4, 16]), b.input("y", [4, 16])
    t = b.call("aten.tanh.default", b.call("aten.mul.Tensor", x, y))
    padded = b.call("aten.constant_pad_nd.default", t, [-1, 2], 0.0)
    graph = b.build([b.call("aten.sigmoid.default", b.call("aten.mul.Scalar", padded, 2.0)), t])
    (v,) = lab.run([lab.LabRequest(graph, "iree")], pool)
    assert (v.verdict, v.stage) == ("crash", "iree-compile") and ERROR in v.failure.message
    case, reply = _write(pool, v, tmp_path)
    assert reply.reproduces and reply.ops_after < reply.ops_before, reply
    before = (case / "mlir/before.mlir").read_text()
    assert "util.call @main$async" in before and "math.tanh" in before  # the ABI wrapper
    reduced = (case / "mlir/reduced.mlir").read_text()
    assert "util.func public @main$async" in reduced and "tensor.pad" in reduced
    assert "util.call" not in reduced and "linalg.generic" not in reduced, reduced
    test = (case / "mlir/test.mlir").read_text()
    assert test.startswith("// RUN: not iree-compile --compile-from=global-optimization ")
    assert f"// CHECK: error: {ERROR}\n" in test and test.endswith(reduced)
    # the reduced module alone, in a fresh process, with the command the lit test runs
    command = shlex.split(mlir_repro.read(case)["command"])
    command[0] = str(ROOT / ".venv/bin/iree-compile")
    command[command.index("before.mlir")] = str(Path(case) / "mlir/reduced.mlir")
    again = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert again.returncode != 0 and f"error: {ERROR}" in again.stderr, again.stderr[-2000:]
