"""The cost dataset's sources and targets: static code targets, the cost generation profile,
real architectures at realistic sizes, a user's own module, and `clab measure stats`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from compiler_lab.execution import lab
from compiler_lab.ir.inputs import make_values
from costmodel.measure.targets import asm_targets, object_targets
from tests.conftest import ROOT, example

LISTING = """\
\t.text
\t.type\tmain$async_dispatch_0_matmul,@function
main$async_dispatch_0_matmul:
\tpushq\t%rbp
\tvmovups\t%ymm3, 96(%rsp)                # 32-byte Spill
\tmovq\t%r12, 8(%rsp)                     # 8-byte Spill
\tvfmadd231ps\t(%rax), %ymm1, %ymm0
\tvaddss\t%xmm1, %xmm0, %xmm0
\tvmovups\t96(%rsp), %ymm3                # 32-byte Reload
\tvaddps\t%xmm2, %xmm1, %xmm1
\tretq
.Lfunc_end0:
"""


def test_instructions_and_vector_share_are_read_off_an_assembly_listing():
    t = asm_targets(LISTING)
    assert "spills" not in t  # IREE's listings carry no annotations: see regalloc_stats
    assert t["asm_instructions"] == 8
    # ymm moves and FMA, and packed xmm arithmetic; scalar vaddss and the GPR ops are not
    assert t["vector_instructions"] == 4 and t["vector_share"] == 0.5


def test_code_size_and_vector_share_of_a_known_unit(tmp_path):
    from costmodel.measure.units import library_units

    g = example("matmul_chain")
    res = library_units(g, make_values(g), tmp_path, "mm", time_it=False)
    obj = tmp_path / "mm.so"
    t = object_targets(obj)
    assert res.metrics["code_bytes"] > 1000 and t["code_bytes"] >= res.metrics["code_bytes"] // 2
    assert 0 < res.metrics["vector_share"] <= 1  # LLVM vectorizes a 64x64 matmul


def test_cost_profile_meets_its_size_bounds_and_runs_in_eager(pool):
    from compiler_lab.ir.graph import Graph
    from fuzz.gen import profiles
    from fuzz.gen.generator import Generator
    from fuzz.gen.library import load
    from fuzz.gen.lowerable import probed
    from fuzz.values.checker import SandboxedValueSearch

    library = load(str(ROOT / "corpora/rules"), str(ROOT / "corpora/traces"))
    learned = [probed(b) for b in ("iree", "torch-mlir")]
    library = library.select(lambda e: all(s.allows(e) for s in learned))
    search = SandboxedValueSearch()
    gen = Generator(library, profiles.config("cost", 6, ("float32",)), seed=5, values=search)
    graphs: list[Graph] = []
    scaled = 0
    for i in range(12):
        g = gen.generate(f"c{i}")
        if profiles.graph_bytes(g) > profiles.COST_BYTES_CAP:
            continue
        variants = [v for f in profiles.COST_SCALES if (v := profiles.scaled(g, f)) is not None]
        scaled += len(variants) >= 2
        graphs += [g, *variants[:2]]
    search.close()
    assert scaled >= 3  # topologies seen at three or more scales
    biggest = max(max(s.numel for s in g.values().values()) for g in graphs)
    assert biggest >= 10_000 and all(d <= 4096 for g in graphs for s in g.inputs for d in s.shape)
    assert all(profiles.graph_bytes(g) <= profiles.COST_BYTES_CAP for g in graphs)
    verdicts = lab.run([lab.LabRequest(g, "eager") for g in graphs], pool)
    bad = [
        (v.graph.name, v.verdict, v.stage, v.reason[:200]) for v in verdicts if v.verdict != "ok"
    ]
    assert not bad, bad


def test_cost_profile_writes_only_kernels_big_enough_to_time(tmp_path):
    """`clab gen --profile cost`: every graph written has an input of at least 10^4
    elements; a topology drawn smaller is written at its scaled-up sizes."""
    from compiler_lab.ir.graph import Graph
    from fuzz.gen.profiles import COST_MIN_ELEMENTS

    out = tmp_path / "g"
    done = subprocess.run(
        [sys.executable, "-m", "compiler_lab", "gen", "--profile", "cost", "-n", "6",
         "--seed", "2", "--max-nodes", "4", "--backends", "iree", "-o", str(out)],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    graphs = [Graph.load(p) for p in out.glob("*.json")]
    assert graphs
    assert all(max(s.numel for s in g.inputs) >= COST_MIN_ELEMENTS for g in graphs)
    # a topology drawn too small is kept only at its scaled-up sizes
    bases = {g.name for g in graphs if "scale" not in g.meta}
    assert any(g.name.rsplit("-x", 1)[0] not in bases for g in graphs if "scale" in g.meta)


def _measure(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "compiler_lab", "measure", *args],
        capture_output=True,
        text=True,
        timeout=1200,
    )


def test_a_users_module_is_measured_like_a_family(tmp_path):
    src = tmp_path / "mine.py"
    src.write_text(
        "import torch\n\n\ndef model():\n"
        "    return torch.nn.Sequential(torch.nn.Linear(64, 32), torch.nn.ReLU()), "
        "[torch.randn(8, 64)]\n"
    )
    out = tmp_path / "d"
    proc = _measure(
        "--module", f"{src}:model", "--family", "mine", "--collectors", "latency", "-o", str(out)
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    from costmodel.dataset.dataset import Dataset

    rows = list(Dataset(out).rows())
    assert rows and {r["family"] for r in rows} == {"mine"}
    assert {"dispatch", "kernel"} <= {r["unit"] for r in rows}
    assert all(r["metrics"]["latency_s"] > 0 for r in rows if r["collector"] == "latency")
    stats = subprocess.run(
        [sys.executable, "-m", "compiler_lab", "measure", "stats", str(out)],
        capture_output=True,
        text=True,
    )
    assert stats.returncode == 0 and "mine" in stats.stdout and "latency_us" in stats.stdout


@pytest.mark.parametrize(
    "body, expect",
    [
        ("import nosuchmodule\n", "import failed"),
        ("def model():\n    return 3\n", "must return (nn.Module"),
    ],
)
def test_a_bad_module_is_a_one_line_error(tmp_path, body, expect):
    src = tmp_path / "bad.py"
    src.write_text(body)
    proc = _measure("--module", f"{src}:model", "-o", str(tmp_path / "d"))
    assert proc.returncode == 2, proc.stderr
    assert expect in proc.stderr and proc.stderr.strip().count("\n") == 0, proc.stderr


def test_a_real_family_at_realistic_size_lowers_and_measures(tmp_path):
    """BERT at hidden 768 and sequence 128 (one layer): its IREE dispatches only, to keep
    the suite fast."""
    out = tmp_path / "bert"
    proc = _measure(
        "--models", "bert-768", "--levels", "dispatch", "--no-kernels",
        "--collectors", "latency", "-o", str(out),
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    from costmodel.dataset.dataset import Dataset

    rows = [r for r in Dataset(out).rows() if r["unit"] == "dispatch"]
    assert len(rows) >= 10 and {r["family"] for r in rows} == {"bert"}
    assert max(r["metrics"]["latency_s"] for r in rows) > 50e-6  # real kernels, not overhead
    assert all("code_bytes" in r["metrics"] and "spills" in r["metrics"] for r in rows)
    assert Path(out / "manifest.json").exists()
