"""Measurement: repeatable simulated counters, latency noise, collector detection, the
dataset's handling of bad input, dedup and resume."""

from __future__ import annotations

import itertools
import json
import threading
import time
from pathlib import Path

import pytest

from compiler_lab.ir.inputs import make_values
from costmodel.dataset.dataset import Dataset
from costmodel.measure import callgrind, gpu, perf
from costmodel.measure.collect import MeasureOptions, graph_job, measure, mlir_job
from costmodel.measure.latency import CV_THRESHOLD
from costmodel.measure.latency import measure as time_it
from costmodel.measure.units import library_units
from costmodel.mlir.canon import canonical_hash
from tests.conftest import example


@pytest.fixture(scope="module")
def native_unit(tmp_path_factory):
    """softmax as a native unit: the host build, plus one for valgrind's safe target."""
    g = example("softmax")
    work = tmp_path_factory.mktemp("native")
    res = library_units(
        g, make_values(g), work, "softmax", time_it=False, counter_cpu=callgrind.VALGRIND_SAFE_CPU
    )
    return res, work


needs_valgrind = pytest.mark.skipif(
    not callgrind.callgrind_available().available,
    reason=f"callgrind cannot run here: {callgrind.callgrind_available().reason}",
)


@needs_valgrind
def test_callgrind_counts_repeat_within_one_percent(native_unit, tmp_path):
    """On any x86-64 host: the unit built for the valgrind-safe target is simulated."""
    unit, _ = native_unit
    spec = unit.counter_spec
    assert spec["target"] == {"cpu": "x86-64-v3", "isa": "x86-64-v3"}
    a = callgrind.run_callgrind([spec], tmp_path)[spec["id"]]
    b = callgrind.run_callgrind([spec], tmp_path)[spec["id"]]
    assert a["instructions"] > 1000, a
    for key in ("instructions", "data_reads", "data_writes", "cond_branches"):
        assert abs(a[key] - b[key]) <= 0.01 * a[key], (key, a[key], b[key])
    assert "l1d_read_misses" in a and "cond_branch_mispredicts" in a
    assert all(v >= 0 for v in a.values()), a  # never below the empty region


@needs_valgrind
def test_a_unit_valgrind_cannot_decode_gets_its_own_error_and_the_rest_are_counted(tmp_path):
    """AVX-512 code (built for x86-64-v4 on any host) stops valgrind 3.19 with SIGILL: that
    unit gets a clear error, and the unit after it is still measured."""
    g = example("matmul_chain")
    avx512 = library_units(
        g, make_values(g), tmp_path, "mm", time_it=False, counter_cpu="x86-64-v4"
    ).counter_spec
    safe = library_units(
        g, make_values(g), tmp_path, "mm2", time_it=False, counter_cpu="x86-64-v3"
    ).counter_spec
    out = callgrind.run_callgrind([avx512, safe], tmp_path, reps=2)
    assert "cannot decode" in out[avx512["id"]]["error"], out
    assert "x86-64-v4" in out[avx512["id"]]["error"]
    assert out[safe["id"]]["instructions"] > 1000


@pytest.mark.parametrize(
    ("flags", "cpu"),
    [
        ({"sse4_2", "avx", "avx2", "fma", "avx512f", "avx512bw", "avx512vl"}, "x86-64-v3"),
        ({"sse4_2", "avx", "avx2", "fma", "amx_tile"}, "x86-64-v3"),
        ({"sse4_2", "avx", "avx2", "fma", "bmi2"}, "host"),
        ({"sse2"}, "host"),
    ],
)
def test_counter_target_avoids_what_valgrind_cannot_decode(flags, cpu):
    assert callgrind.counter_cpu(frozenset(flags)) == cpu


def test_isa_level_from_flags():
    from compiler_lab.machine import X86_LEVELS, isa_level

    v2, v3, v4 = (needed for _, needed in X86_LEVELS)
    assert isa_level(v2 | v3 | v4, "x86_64") == "x86-64-v4"
    assert isa_level(v2 | v3, "x86_64") == "x86-64-v3"
    assert isa_level(v2 | v4, "x86_64") == "x86-64-v2"  # a level needs every lower one
    assert isa_level(set(), "x86_64") == "x86-64"
    assert isa_level(v2, "aarch64") == "aarch64"


def test_host_specific_caches_are_kept_per_cpu_kind(tmp_path):
    from compiler_lab.machine import cpu_key
    from compiler_lab.sandbox.pool import SandboxConfig, Worker

    env = Worker(0, SandboxConfig(tmp_path))._env()
    for var in ("TMPDIR", "TORCHINDUCTOR_CACHE_DIR"):
        assert cpu_key() in Path(env[var]).parts, (var, env[var])


def _clock(durations):
    """A clock whose successive block durations are given (for the noise logic only)."""
    t = [0.0]
    reads = itertools.count()
    steps = itertools.cycle(durations)

    def clock() -> float:  # a block reads the clock at its start and at its end
        if next(reads) % 2:
            t[0] += next(steps)
        return t[0]

    return clock


def test_latency_records_cv_and_flags_noisy_samples():
    steady = time_it(lambda: None, clock=_clock([1e-3]), min_block_s=0)
    assert steady["cv"] == 0 and not steady["noisy"]
    assert steady["latency_s"] == pytest.approx(1e-3)
    jumpy = time_it(lambda: None, clock=_clock([1e-3, 3e-3, 1e-3, 5e-3]), min_block_s=0)
    assert jumpy["cv"] > CV_THRESHOLD and jumpy["noisy"]
    assert jumpy["iqr_s"] > 0 and jumpy["repeats"] >= 7


def test_variant_checks_cover_each_family_first_then_one_graph_in_four():
    from costmodel.measure.collect import CHECKS_PER_FAMILY, _check_wanted

    manifest: dict = {}
    graphs = [example(n) for n in ("matmul_chain", "attention", "layernorm", "pooling",
                                   "embedding", "conv_relu_linear")] * 4  # fmt: skip
    first = [_check_wanted(manifest, "bert", g) for g in graphs[:CHECKS_PER_FAMILY]]
    assert all(first)
    later = [_check_wanted(manifest, "bert", g) for g in graphs[CHECKS_PER_FAMILY:]]
    assert not all(later)
    # by hash: the same graph is checked or not every time (a resumed collection agrees)
    again = [_check_wanted({"variant_checks": {"bert": 99}}, "bert", g) for g in graphs]
    assert again[:6] * 4 == again
    assert manifest["variant_checks"]["bert"] == CHECKS_PER_FAMILY + sum(later)
    assert _check_wanted(manifest, "gpt2", graphs[0])  # another family starts afresh


def test_two_workers_never_time_at_once(tmp_path, monkeypatch):
    """Measuring workers compile side by side but take turns to time (the timing slot)."""
    monkeypatch.setenv("CLAB_CACHE_DIR", str(tmp_path))
    timing, overlap = [0], [0]
    guard = threading.Lock()

    def call() -> None:
        with guard:
            timing[0] += 1
            overlap[0] = max(overlap[0], timing[0])
        time.sleep(2e-3)
        with guard:
            timing[0] -= 1

    threads = [
        threading.Thread(target=time_it, args=(call,), kwargs={"budget_s": 0.1}) for _ in range(3)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert overlap[0] == 1
    assert (tmp_path / "measure" / "timing.lock").is_file()


def test_perf_and_gpu_skip_cleanly_with_a_reason(native_unit, tmp_path):
    unit, _ = native_unit
    found, probe = perf.perf_available(), gpu.gpu_available()
    result = perf.run_perf([unit.spec], tmp_path, reps=100)["softmax"]
    if found.available:  # a machine with a PMU: counts must be there
        assert result["instructions"] > 0
    else:
        assert found.reason and result == {"skipped": found.reason}
    if not probe.available:
        assert "CUDA" in probe.reason


def test_malformed_mlir_is_reported_and_the_batch_goes_on(tmp_path):
    good = (Path(__file__).parent / "data" / "add.mlir").read_text()
    bad = "func.func @main(%a: tensor<2xf32>) -> tensor<2xf32> { %0 = bogus.op %a"
    opts = MeasureOptions(out=tmp_path / "data", collectors=("latency",), workers=1)
    summary = measure([mlir_job("bad.mlir", bad), mlir_job("good.mlir", good)], opts)
    assert summary["rows"] == 2  # linalg and llvm levels of the good one
    manifest = json.loads((tmp_path / "data" / "manifest.json").read_text())
    (message,) = [v for k, v in manifest["errors"].items() if k.endswith("bad.mlir")]
    assert "malformed MLIR" in message
    rows = list(Dataset(tmp_path / "data").rows())
    assert {r["level"] for r in rows} == {"linalg", "llvm"}
    assert all(r["metrics"]["latency_s"] > 0 and "cv" in r["noise"] for r in rows)


@needs_valgrind
def test_rows_name_the_cpu_their_code_was_built_for(tmp_path):
    """Latency measures the host build; callgrind's rows come from the build it simulated,
    under a unit id of their own where that build is not the host's."""
    from compiler_lab.machine import cpu_flags, isa_level

    good = (Path(__file__).parent / "data" / "add.mlir").read_text()
    opts = MeasureOptions(out=tmp_path / "d", collectors=("latency", "callgrind"), workers=1)
    measure([mlir_job("good.mlir", good)], opts)
    data = Dataset(tmp_path / "d")
    rows = list(data.rows())
    lat = [r for r in rows if r["collector"] == "latency"]
    cg = [r for r in rows if r["collector"] == "callgrind"]
    assert lat and cg, data.manifest["errors"]
    assert all(r["target"] == {"cpu": "host", "isa": isa_level(cpu_flags())} for r in lat)
    cpu = callgrind.counter_cpu()
    assert all(r["target"]["cpu"] == cpu and r["metrics"]["instructions"] > 0 for r in cg)
    lat_ids, cg_ids = {r["unit_id"] for r in lat}, {r["unit_id"] for r in cg}
    assert (lat_ids == cg_ids) == (cpu == "host")
    (targets,) = data.manifest["targets"].values()
    assert targets["callgrind"]["cpu"] == cpu and targets["latency"]["cpu"] == "host"


def test_dataset_dedups_by_canonical_mlir_and_resumes(tmp_path):
    g = example("layernorm")
    renamed = example("layernorm")
    renamed.name = "another_name"
    opts = MeasureOptions(
        out=tmp_path / "d",
        levels=("linalg", "dispatch"),
        collectors=("latency",),
        workers=1,
        kernels=False,
    )
    first = measure([graph_job(g, "generated", opts)], opts)
    assert first["rows"] > 0 and first["distinct_dispatches"] >= 1
    again = measure([graph_job(renamed, "generated", opts)], opts)
    assert again["rows"] == first["rows"]  # same content hash: done already
    data = Dataset(tmp_path / "d")
    hashes = [r["mlir_hash"] for r in data.rows()]
    assert len(hashes) == len(set(hashes))
    texts = dict(data.texts())
    assert all(canonical_hash(texts[h]) == h for h in hashes)
    assert data.manifest["machines"] and all(
        r["machine"] in data.manifest["machines"] for r in data.rows()
    )


def test_canonical_hash_ignores_ssa_names():
    a = (
        "func.func @f(%arg0: i32) -> i32 {\n  %0 = arith.addi %arg0, %arg0 : i32\n"
        "  return %0 : i32\n}"
    )
    b = a.replace("%arg0", "%x").replace("%0", "%sum")
    assert canonical_hash(a) == canonical_hash(b)
    assert canonical_hash(a) != canonical_hash(a.replace("addi", "muli"))


def test_canonical_hash_ignores_dispatch_ordinals_but_not_strings():
    a = (
        "hal.executable public @main$async_dispatch_3 {\n"
        '  func.func @main$async_dispatch_3_matmul_4x4_f32() attributes {note = "a//b %x"} {\n'
        "    return // a comment\n  }\n}"
    )
    b = a.replace("dispatch_3", "dispatch_12").replace("// a comment", "")
    assert canonical_hash(a) == canonical_hash(b)
    # a string literal is data: its `//` and `%` are not comments or SSA names
    assert canonical_hash(a) != canonical_hash(a.replace("a//b %x", "a//b %y"))
    assert canonical_hash(a) != canonical_hash(a.replace("matmul_4x4", "matmul_4x8"))


def test_rehash_brings_a_version_1_dataset_over_without_losing_rows(tmp_path):
    import gzip

    from costmodel.dataset.dataset import VERSION, rehash

    text = "func.func @main$async_dispatch_{}_add() {{\n  return\n}}"
    (tmp_path / "manifest.json").write_text(
        json.dumps({"version": 1, "rows": 2, "texts": 2, "families": {}, "done": []})
    )
    with gzip.open(tmp_path / "texts.jsonl.gz", "wt") as f:
        for i in (0, 5):
            f.write(json.dumps({"mlir_hash": f"old{i}", "text": text.format(i)}) + "\n")
    with gzip.open(tmp_path / "rows.jsonl.gz", "wt") as f:
        for i in (0, 5):
            row = {"mlir_hash": f"old{i}", "level": "dispatch", "collector": "latency",
                   "family": "f", "unit": "dispatch", "unit_id": f"u{i}", "graph_hash": "g",
                   "metrics": {}, "noise": {}}  # fmt: skip
            f.write(json.dumps(row) + "\n")
    with pytest.raises(ValueError, match="rehash_costdata"):
        Dataset(tmp_path)
    assert rehash(tmp_path) == {"rows": 2, "texts": 1, "merged_texts": 1}
    data = Dataset(tmp_path)
    assert data.manifest["version"] == VERSION
    hashes = [r["mlir_hash"] for r in data.rows()]
    assert hashes[0] == hashes[1] == canonical_hash(text.format(0))
    assert [h for h, _ in data.texts()] == [hashes[0]]


def test_backends_declare_what_they_hand_the_measurer():
    from compiler_lab import backends

    assert {"torch-mlir", "iree"} <= set(backends.capable("native"))
    assert "torch-mlir-tosa" not in backends.capable("native")  # a subclass that opts out
    assert backends.capable("native-mlir") == backends.capable("library") == ["torch-mlir"]
    with pytest.raises(ValueError, match="unknown capability"):
        backends.capable("gpu")
    from costmodel.dataset.levels import LEVELS

    for name in backends.capable("native"):
        cls = backends.REGISTRY[name]
        assert set(cls.native_levels) <= set(LEVELS) and set(cls.kernel_levels) <= set(LEVELS)


def test_measurement_names_no_backend_and_imports_no_private_backend_name():
    """costmodel/measure reaches the backends through their contract only."""
    import ast

    root = Path(__file__).resolve().parent.parent / "costmodel" / "measure"
    for path in root.glob("*.py"):
        tree = ast.parse(path.read_text())
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and id(node) not in docstrings:
                assert "iree" not in text and "torch-mlir" not in text, (path.name, text[:60])
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "compiler_lab.backends"
            ):
                assert not any(a.name.startswith("_") for a in node.names), (path.name, node.module)


def test_make_row_takes_named_fields_only():
    from costmodel.measure.run import make_row

    fields = dict(
        unit="kernel", unit_id="u", level="linalg", text="module {}", graph_hash="g",
        family="f", backend="b", collector="latency", metrics={"latency_s": 1.0, "cv": 0.1},
        target={"cpu": "host", "isa": "x86-64-v3"},
    )  # fmt: skip
    row = make_row(**fields)
    assert list(row) == [
        "unit",
        "unit_id",
        "level",
        "mlir",
        "mlir_hash",
        "graph_hash",
        "family",
        "dispatch_id",
        "backend",
        "collector",
        "target",
        "metrics",
        "noise",
    ]  # fmt: skip  (the keys and their order of every row on disk)
    assert row["metrics"] == {"latency_s": 1.0} and row["noise"] == {"cv": 0.1}
    with pytest.raises(TypeError):
        make_row(*fields.values())
