"""Standalone reproduction scripts, and checking that one reproduces in a fresh interpreter.

A script embeds the graph as an nn.Module and its inputs as bytes, compiles it the way
the backend did, and compares with eager. It exits 1 and prints `REPRODUCED: ...` when the
bug shows (an exception, or outputs that differ), 0 when it does not; a crash in native
code kills it with the same signal the worker died of.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from compiler_lab.findings.perf import PERF_FACTOR
from compiler_lab.ir.graph import Graph
from compiler_lab.ir.materialize import module_source
from compiler_lab.sandbox.pool import default_cache_dir, host_cache

_CHECK = """
TOLERANCES = {
    torch.float16: (1e-2, 1e-3), torch.bfloat16: (5e-2, 1e-2),
    torch.float32: (1e-4, 1e-5), torch.float64: (1e-7, 1e-9),
}


def check(actual, expected):
    for i, (a, e) in enumerate(zip(actual, expected)):
        if a.shape != e.shape or a.dtype != e.dtype:
            return f"output {i}: {a.dtype}{list(a.shape)} != eager {e.dtype}{list(e.shape)}"
        if e.is_floating_point():
            rtol, atol = TOLERANCES.get(e.dtype, (1e-4, 1e-5))
            if not torch.allclose(a, e, rtol=rtol, atol=atol, equal_nan=True):
                err = (a.double() - e.double()).abs().nan_to_num(float("inf")).max().item()
                return f"output {i}: max abs error {err:.3g} vs eager"
        elif not torch.equal(a, e):
            return f"output {i}: {int((a != e).sum())} of {e.numel()} elements differ"
    return None


if __name__ == "__main__":
    import sys
    import traceback

    model = make_module()
    with torch.no_grad():
        expected = list(model(*INPUTS))
    try:
        actual = compile_and_run(model, [t.clone() for t in INPUTS])
    except Exception as exc:
        traceback.print_exc()
        print(f"REPRODUCED: crash: {type(exc).__name__}")
        sys.exit(1)
    problem = check(actual, expected)
    if problem:
        print(f"REPRODUCED: mismatch: {problem}")
        sys.exit(1)
    if PERF_FACTOR:
        import statistics
        import time

        def per_call(fn, calls=20):
            times = []
            for _ in range(9):
                t0 = time.perf_counter()
                for _ in range(calls):
                    fn()
                times.append((time.perf_counter() - t0) / calls)
            return statistics.median(times)

        with torch.no_grad():
            slow = per_call(lambda: compile_and_run(model, [t.clone() for t in INPUTS]))
            fast = per_call(lambda: model(*INPUTS))
        # compile_and_run recompiles (from the caches): what counts is it staying far slower
        if slow / fast > PERF_FACTOR:
            print(f"REPRODUCED: perf-outlier: {slow / fast:.1f}x eager ({slow * 1e6:.0f} us)")
            sys.exit(1)
    print("NOT REPRODUCED: outputs match eager")
"""


def script(
    graph: Graph,
    values: dict[str, torch.Tensor],
    backend: str,
    options: dict[str, Any],
    public: bool = False,
    perf: bool = False,
) -> str | None:
    """A standalone script reproducing `backend`'s behaviour on `graph` with `values`
    (`public`: written in public PyTorch calls where the ops have them); None when the
    backend has no repro template."""
    from compiler_lab.backends import REGISTRY

    compile_step = REGISTRY[backend].repro_source(options)
    if compile_step is None:
        return None
    header = (
        f"# Reproduce {backend!r} on graph {graph.name!r} ({graph.content_hash()[:12]}).\n"
        "# Run: python -I repro.py   (exit 1 and 'REPRODUCED: ...' when the bug shows)\n"
        f"# Options: {json.dumps(options, sort_keys=True)}\n"
    )
    body = module_source(graph, values, public)
    factor = f"\nPERF_FACTOR = {PERF_FACTOR if perf else 0}\n"
    return header + body + compile_step + factor + _CHECK


@dataclass(frozen=True)
class ReproResult:
    returncode: int
    output: str
    verdict: str  # crash, mismatch, hang, ok

    def matches(self, verdict: str, stage: str = "", exc_type: str = "") -> bool:
        """Does this run show the same verdict (and signal or exception type)?"""
        if verdict != self.verdict:
            return False
        if stage.startswith("signal:"):  # the breadcrumb (@where) is the worker's, not ours
            return f"signal:{_signal_name(self.returncode)}" == stage.split("@")[0]
        if exc_type and verdict == "crash" and not stage.startswith(("signal:", "exit:")):
            return exc_type in self.output
        return True


def _signal_name(code: int) -> str:
    return signal.Signals(-code).name if code < 0 else ""


def run_script(path: Path, timeout_s: float = 300.0) -> ReproResult:
    """Run a repro script in a fresh, isolated interpreter (`-I`: a `torch.py` planted beside
    a case is never imported), single-threaded, in the lab's temp dir (Inductor keeps a
    large precompiled header there), in a session of its own so a timeout kills all of it."""
    tmp = host_cache(default_cache_dir()) / "tmp" / "repro"
    tmp.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, OMP_NUM_THREADS="1", TMPDIR=str(tmp))
    with subprocess.Popen(
        [sys.executable, "-I", str(path.resolve())],
        cwd=tmp,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    ) as proc:
        try:
            stdout, stderr = proc.communicate(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            stdout, _ = proc.communicate()
            return ReproResult(-9, stdout or "", "hang")
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # whatever it left running
    output = stdout + stderr
    if proc.returncode < 0:
        verdict = "crash"
    elif "REPRODUCED: mismatch" in output:
        verdict = "mismatch"
    elif "REPRODUCED: perf-outlier" in output:
        verdict = "perf-outlier"
    elif "REPRODUCED: crash" in output or proc.returncode != 0:
        verdict = "crash"
    else:
        verdict = "ok"
    return ReproResult(proc.returncode, output, verdict)
