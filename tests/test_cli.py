"""The `clab` command line: exit codes, one-line errors, cases on disk, IR files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES


def clab(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "compiler_lab", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=900,
    )


def _error_line(proc: subprocess.CompletedProcess) -> str:
    lines = [ln for ln in proc.stderr.strip().splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr
    return lines[0]


def test_malformed_json_is_a_one_line_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"version": 1, "inputs": [')
    proc = clab("run", str(bad), "-o", str(tmp_path / "out"))
    assert proc.returncode == 2
    line = _error_line(proc)
    assert "bad.json" in line and "not valid JSON" in line


def test_shapes_that_disagree_with_torch_are_a_one_line_error(tmp_path):
    data = json.loads((EXAMPLES / "matmul_chain.json").read_text())
    data["nodes"][0]["outputs"][0]["shape"] = [16, 25]
    bad = tmp_path / "shapes.json"
    bad.write_text(json.dumps(data))
    proc = clab("run", str(bad), "-o", str(tmp_path / "out"))
    assert proc.returncode == 2
    line = _error_line(proc)
    assert "shapes.json" in line and "node 'n0'" in line and "torch says [16, 24]" in line


@pytest.mark.parametrize(
    "args, expect",
    [
        (["run", "no/such/graph.json"], "no such file"),
        (["run", str(EXAMPLES / "softmax.json"), "--backends", "tvm"], "unknown backend 'tvm'"),
        (["run", str(EXAMPLES / "softmax.json"), "--option", "inductor=1"], "BACKEND:KEY=VALUE"),
        (
            ["measure", str(EXAMPLES / "softmax.json"), "--collectors", "latency,cachegrind,pmu"],
            "--collectors: unknown pmu",  # cachegrind is accepted (callgrind answers for it)
        ),
        (["measure", "--models", "alexnet"], "--models: unknown alexnet"),
        (["measure", "run", "--levels", "ptx"], "--levels: unknown ptx"),  # run: the default
    ],
)
def test_bad_arguments_exit_2(args, expect):
    proc = clab(*args)
    assert proc.returncode == 2
    assert expect in _error_line(proc)


def test_measure_stats_is_a_subcommand_with_its_own_arguments():
    proc = clab("measure", "stats")  # a usage error of typer's own: exit 2, its usage box
    assert proc.returncode == 2 and "missing argument 'data'" in proc.stderr.lower()
    assert "clab measure stats" in proc.stderr


def test_run_writes_cases_for_findings_and_exits_1(tmp_path):
    out = tmp_path / "out"
    proc = clab(
        "run",
        str(EXAMPLES / "conv_relu_linear.json"),
        str(EXAMPLES / "softmax.json"),
        "--backends",
        "inductor",
        "--workers",
        "1",
        "-o",
        str(out),
        "--option",
        "inductor:cpp.inject_relu_bug_TESTING_ONLY=accuracy",
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "mismatch" in proc.stdout
    rows = [json.loads(line) for line in (out / "verdicts.jsonl").read_text().splitlines()]
    assert {(r["graph"], r["verdict"]) for r in rows} == {
        ("conv_relu_linear", "mismatch"),
        ("softmax", "ok"),
    }
    (case,) = list((out / "cases").iterdir())
    assert {
        "graph.json",
        "inputs.npz",
        "verdict.json",
        "versions.json",
        "repro.py",
        "expected.npz",
        "actual.npz",
    } <= {p.name for p in case.iterdir()}
    versions = json.loads((case / "versions.json").read_text())
    assert versions["torch"].startswith("2.13.0")


def test_lower_writes_each_level(tmp_path):
    proc = clab(
        "lower",
        str(EXAMPLES / "layernorm.json"),
        "--levels",
        "torch,linalg,llvm",
        "-o",
        str(tmp_path),
    )
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["linalg.mlir", "llvm.mlir", "torch.mlir"]
    assert "linalg.generic" in (tmp_path / "linalg.mlir").read_text()


def test_lower_rejects_unknown_level(tmp_path):
    proc = clab("lower", str(EXAMPLES / "softmax.json"), "--levels", "spirv", "-o", str(tmp_path))
    assert proc.returncode == 2
    assert "spirv" in _error_line(proc)


def test_torch_warnings_go_to_the_log_not_the_terminal(tmp_path):
    """Python warnings and native writes to fd 2 land in the log; Python's own stderr (our
    errors and progress) still reaches the terminal."""
    code = (
        "import os, sys, torch\n"
        "from pathlib import Path\n"
        "from compiler_lab.quiet import route_to_log\n"
        f"route_to_log(Path({str(tmp_path / 'clab.log')!r}))\n"
        "torch.ones(2, dtype=torch.complex32)\n"  # UserWarning: ComplexHalf ... experimental
        "os.write(2, b'[W native] Warning: from c10\\n')\n"
        "print('error: ours', file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip() == "error: ours"
    log = (tmp_path / "clab.log").read_text()
    assert "ComplexHalf" in log and "from c10" in log


MODEL_FILE = """
import torch


def build():
    model = torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.ReLU(), torch.nn.Linear(16, 4))
    return model, [torch.randn(3, 8)]


def broken():
    return 42
"""


def test_run_module_gives_the_verdicts_of_its_captured_graph(tmp_path):
    (tmp_path / "mine.py").write_text(MODEL_FILE)
    a = clab("run", "--module", "mine.py:build", "--backends", "aot_eager,inductor", "-o", "a",
             cwd=tmp_path)  # fmt: skip
    assert a.returncode == 0, a.stderr
    captured = tmp_path / "a" / "modules" / "mine_build.json"
    b = clab("run", str(captured), "--backends", "aot_eager,inductor", "-o", "b", cwd=tmp_path)
    assert b.returncode == 0, b.stderr

    def verdicts(out: str) -> list[tuple[str, str]]:
        lines = (tmp_path / out / "verdicts.jsonl").read_text().splitlines()
        return [(v["backend"], v["verdict"]) for v in map(json.loads, lines)]

    assert verdicts("a") == verdicts("b") == [("aot_eager", "ok"), ("inductor", "ok")]
    bad = clab("run", "--module", "mine.py:broken", cwd=tmp_path)
    assert bad.returncode == 2 and "must return (nn.Module" in _error_line(bad)
    assert clab("run", cwd=tmp_path).returncode == 2
