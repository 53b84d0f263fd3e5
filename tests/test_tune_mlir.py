"""`clab cost tune FILE.mlir`: the entry read from the module's signature, a tuned build
judged against IREE's default build (never kept with other outputs), the files a user
compiles with, and bad modules refused in one line."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys

import pytest
import torch

from tests.conftest import ROOT

TORCH_MLIR = ROOT / "tests" / "data" / "matmul_chain.torch.mlir"
LINALG_MLIR = ROOT / "tests" / "data" / "add.mlir"


def _fn(name: str, t: str, private: bool = False) -> str:
    visibility = "private " if private else ""
    return f"func.func {visibility}@{name}(%x: {t}) -> {t} {{ return %x : {t} }}\n"


def test_the_entry_is_read_from_the_signature_torch_or_builtin():
    from costmodel.tune.mlir_input import entry

    found = entry(TORCH_MLIR.read_text())
    assert found["name"] == "main" and len(found["inputs"]) == 4
    assert found["inputs"][0] == {"shape": [16, 32], "dtype": "float32"}
    assert found["outputs"] == [{"shape": [16, 16], "dtype": "float32"}]
    assert entry(LINALG_MLIR.read_text())["inputs"] == [{"shape": [4, 8], "dtype": "float32"}] * 2
    ints = entry(_fn("f", "!torch.vtensor<[3,4],si64>") + _fn("g", "tensor<2xf32>", private=True))
    assert ints["name"] == "f" and ints["inputs"] == [{"shape": [3, 4], "dtype": "int64"}]
    assert entry(_fn("f", "!torch.vtensor<[],f32>"))["inputs"] == [
        {"shape": [], "dtype": "float32"}
    ]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (_fn("a", "tensor<4xf32>") + _fn("b", "tensor<4xf32>"), "2 public func.func (@a, @b)"),
        ("module {}", "0 public func.func"),
        (_fn("a", "tensor<?x4xf32>"), "@a argument 0 has dynamic dims"),
        (_fn("a", "!torch.vtensor<[?,4],f32>"), "@a argument 0 has dynamic dims"),
        (_fn("a", "!torch.vtensor<[-1,4],f32>"), "dynamic dims"),
        (_fn("a", "i32"), "@a argument 0: unsupported argument type"),
        ("hello world", "malformed MLIR"),
    ],
)
def test_a_module_tune_cannot_run_is_named(text, why):
    from costmodel.tune.mlir_input import entry

    with pytest.raises(ValueError, match=why.replace("(", r"\(").replace(")", r"\)")):
        entry(text)


def test_outputs_are_judged_with_the_oracle_tolerances():
    from costmodel.tune.mlir_check import differs

    ref = [torch.linspace(-1, 1, 64).reshape(8, 8), torch.arange(4)]
    assert differs([ref[0] + 1e-7, ref[1].clone()], ref) is None  # rounding: within tolerance
    off = differs([ref[0] + 1e-2, ref[1]], ref)
    assert off.startswith("output 0: max abs error") and "IREE's default build" in off
    assert differs([ref[0], ref[1] + 1], ref).startswith("output 1:")  # integers: exact
    nan = ref[0].clone()
    nan[0, 0] = float("nan")
    assert "NaN/Inf" in differs([nan, ref[1]], ref)
    assert "outputs" in differs([ref[0]], ref)


@pytest.mark.slow
def test_a_tuned_mlir_build_with_other_outputs_falls_back(hook_pool, tmp_path):
    """The tuned build is run beside IREE's default build of the module: kept only where
    both agree (and it is not slower); a wrong kernel's outputs fall back to the defaults."""
    from costmodel.tune.candidates import TuneSource, tune_candidates
    from costmodel.tune.tune import DispatchResult, TuneReport, _check_whole

    text = TORCH_MLIR.read_text()
    src = TuneSource(str(tmp_path), mlir=text, candidates=3)
    found = hook_pool.call(tune_candidates, src, timeout_s=600).result
    assert found.error is None and found.entry["name"] == "main" and found.graph is None
    d = next(d for d in found.dispatches if len(d["candidates"]) > 1)
    schedules = {d["name"]: d["candidates"][1]["schedule"]}
    for hook in (None, "miscompile"):
        result = DispatchResult(d["name"], 3, 2, 1e-5, 5e-6, 1, schedules[d["name"]])
        report = TuneReport("model", 1, "m", [result], None, mlir=text, entry=found.entry)
        _check_whole(report, schedules, hook_pool, lambda _: None, hook)
        assert report.default_model_s > 0
        if hook is None:  # the same results: kept, unless slower end to end
            assert report.rejected is None or report.rejected.startswith("slower"), report
            assert bool(report.configured) == (report.rejected is None)
            continue
        assert report.rejected.startswith("mismatch: output 0"), report.rejected
        assert report.schedules == {} and report.configured == "" and report.speedup == 1.0
        assert result.kept == 0 and result.schedule is None


@pytest.mark.slow
def test_the_printed_command_builds_the_configured_module(tmp_path):
    """What a user is told to run builds the module under the kept schedules."""
    from compiler_lab.backends.iree import TARGET_ARGS, configured_module
    from compiler_lab.backends.iree_schedules import Schedule, schedule_of
    from costmodel.tune.cli import _mlir_build

    text = TORCH_MLIR.read_text()
    plain = configured_module(text, {}, TARGET_ARGS)
    blocks = plain.split("hal.executable private @")[1:]
    name, default = next((b.split()[0], schedule_of(b)) for b in blocks if schedule_of(b))
    halved = tuple(t // 2 if t > 1 else t for t in default.tiles["distribution"])
    schedule = Schedule(default.pipeline, default.tiles | {"distribution": halved})
    configured = configured_module(text, {name: schedule}, TARGET_ARGS)
    assert configured != plain
    hint = _mlir_build(tmp_path, TORCH_MLIR, configured)
    command = shlex.split(hint.splitlines()[-1].strip())
    assert command[0] == "iree-compile" and (tmp_path / "configured.mlir").is_file()
    command[0] = str(ROOT / ".venv" / "bin" / "iree-compile")
    done = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (tmp_path / "model.vmfb").stat().st_size > 0


def _clab(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "compiler_lab", *args],
                          capture_output=True, text=True, cwd=ROOT)  # fmt: skip


@pytest.mark.slow
def test_tune_takes_an_mlir_file(tmp_path):
    out = tmp_path / "t"
    done = _clab("cost", "tune", str(TORCH_MLIR), "-k", "2", "--candidates", "4", "-o", str(out))
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads((out / "tune.json").read_text())
    assert report["entry"]["name"] == "main" and report["dispatches"]
    assert all(d["measured"] <= 3 for d in report["dispatches"])  # the default and two picks
    assert report["default_model_s"] > 0 and report["tuned_model_s"] > 0
    schedules = json.loads((out / "schedules.json").read_text())
    assert set(schedules) <= {d["name"] for d in report["dispatches"]}
    assert (out / "configured.mlir").is_file() == bool(schedules)
    assert "iree-compile" in done.stdout and not (out / "graph.json").exists()


def _refused(path, tmp_path) -> str:
    done = _clab("cost", "tune", str(path), "--strategy", "random", "-o", str(tmp_path / "o"))
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0], done.stderr
    return lines[0]


def test_tune_refuses_an_mlir_file_past_the_parser_bounds_in_one_line(tmp_path):
    deep = tmp_path / "deep.mlir"
    deep.write_text("func.func @a() { " + "[" * 200 + " }\n")
    assert "nested more than 128 deep" in _refused(deep, tmp_path)
    assert "no such file" in _refused(tmp_path / "missing.mlir", tmp_path)
    binary = tmp_path / "binary.mlir"
    binary.write_bytes(b"\xff\xfe\x00")
    assert "not UTF-8" in _refused(binary, tmp_path)


@pytest.mark.slow
def test_tune_refuses_a_module_it_cannot_run_in_one_line(tmp_path):
    """Parsed in the worker (each case's message: test_a_module_tune_cannot_run_is_named)."""
    cases = {
        "notmlir": ("hello world\n", "malformed MLIR"),
        "dynamic": (_fn("a", "tensor<?x4xf32>"), "dynamic dims"),
    }
    for name, (text, why) in cases.items():
        path = tmp_path / f"{name}.mlir"
        path.write_text(text)
        assert why in _refused(path, tmp_path)
