"""The backend conformance suite: every backend in the registry passes it, so a new backend
is tested by registering it. Each check runs in sandbox workers, like a campaign."""

from __future__ import annotations

import pytest
import torch

from compiler_lab.backends import REGISTRY
from compiler_lab.execution import lab
from compiler_lab.findings import repro
from compiler_lab.findings.cases import write_case
from compiler_lab.ir.builder import GraphBuilder
from compiler_lab.ir.inputs import DrawValues, draw_file
from compiler_lab.sandbox.pool import SandboxConfig, WorkerPool, default_cache_dir

BACKENDS = [name for name in REGISTRY if REGISTRY.availability(name) is None]
UNAVAILABLE = [name for name in REGISTRY if name not in BACKENDS]


def _one_node(dtype: str = "float32"):
    b = GraphBuilder(f"one_abs_{dtype}")
    x = b.input("x", [4, 8], dtype)
    return b.build([b.call("aten.abs.default", x)])


@pytest.fixture(scope="module")
def workers():
    with WorkerPool(1, SandboxConfig(default_cache_dir(), timeout_s=300)) as p:
        yield p


def test_every_builtin_backend_is_available_here():
    """The pinned toolchain provides every compiler; a missing one would say why."""
    assert UNAVAILABLE == [], {n: REGISTRY.availability(n) for n in UNAVAILABLE}


def test_a_case_records_the_version_of_every_package_a_backend_declares():
    from compiler_lab import versions

    recorded = versions.collect()
    for name in REGISTRY:
        for package in REGISTRY[name].packages:
            assert recorded[package] != "not installed", (name, package)


@pytest.mark.parametrize("name", BACKENDS)
def test_a_one_node_graph_gives_a_verdict_that_matches_eager(name, workers):
    (v,) = lab.run([lab.LabRequest(_one_node(), name)], workers)
    assert v.verdict == "ok", (v.verdict, v.reason)


#: 64-bit values beyond 32 bits, one graph per dtype
WIDE = {
    "int64": torch.tensor([1 << 40, -(1 << 35), 3, 7]),
    "float64": torch.tensor([1e-300, 3.0, 1e200, -2.5], dtype=torch.float64),
}
#: what the pinned compilers themselves do with them, each reproduced by a plain script in a
#: fresh interpreter: turbine_cpu compiles with IREE's default f64 -> f32 demotion and then
#: passes f64 buffers (OUT_OF_RANGE at the first call); torch-mlir's TOSA path narrows i64
#: to i32 around the op (tosa.cast) and returns wrong values silently
COMPILER_FINDINGS = {("turbine", "float64"): "crash", ("torch-mlir-tosa", "int64"): "mismatch"}


@pytest.mark.parametrize("dtype", sorted(WIDE))
@pytest.mark.parametrize("name", BACKENDS)
def test_64_bit_values_keep_their_width(name, dtype, workers, tmp_path):
    """A harness that narrows 64-bit values on the way in (jax does unless told, IREE's
    compiler by default) reports false crashes and mismatches for every such graph. The
    case's repro agrees with the lab."""
    b = GraphBuilder(f"wide_{dtype}")
    x = b.input("x", [4], dtype)
    g = b.build([b.call("aten.add.Tensor", x, x)])
    (v,) = lab.run([lab.LabRequest(g, name, values={"x": WIDE[dtype]})], workers)
    expected = COMPILER_FINDINGS.get((name, dtype), "ok")
    assert v.verdict == expected, (v.verdict, v.reason)
    script = repro.script(g, {"x": WIDE[dtype]}, name, {})
    if script is not None:
        (tmp_path / "repro.py").write_text(script)
        result = repro.run_script(tmp_path / "repro.py")
        assert result.verdict == expected, result.output[-2000:]


@pytest.mark.parametrize("name", BACKENDS)
def test_dump_ir_returns_the_declared_levels(name, workers, tmp_path):
    g = _one_node()
    files = {"graph": str(tmp_path / "g.json"), "values": str(tmp_path / "v.npz")}
    g.save(files["graph"])
    resp = workers.call(draw_file, DrawValues(**files))
    (resp,) = workers.map([{"kind": "dump_ir", "backend": name} | files])
    assert resp.ok, resp
    levels = resp.levels
    assert set(REGISTRY[name].levels) <= set(levels), sorted(levels)
    assert all("text" in levels[lv] and levels[lv]["text"] for lv in REGISTRY[name].levels)


@pytest.mark.parametrize("name", BACKENDS)
def test_an_unsupported_dtype_is_skipped_with_a_reason(name, workers):
    gaps = REGISTRY[name].dtype_gaps
    if not gaps:
        pytest.skip(f"{name} declares no gaps: it takes every dtype")
    dtype = sorted(gaps)[0]
    (v,) = lab.run([lab.LabRequest(_one_node(dtype), name)], workers)
    assert v.verdict == "skipped" and gaps[dtype] in v.reason, (v.verdict, v.reason)


@pytest.mark.parametrize("name", BACKENDS)
def test_a_segfault_becomes_a_verdict_and_its_case_a_repro_that_runs(name, hook_pool, tmp_path):
    (v,) = lab.run([lab.LabRequest(_one_node(), name, hook="segfault")], hook_pool)
    assert v.verdict == "crash" and "SIGSEGV" in v.reason, (v.verdict, v.reason)
    case = write_case(tmp_path, v)
    assert (case / "repro.py").is_file(), f"{name} has no repro template"
    result = repro.run_script(case / "repro.py")
    # the hook is not in the script: the graph itself runs cleanly in a fresh interpreter
    assert result.verdict == "ok" and "NOT REPRODUCED" in result.output, result.output[-2000:]
