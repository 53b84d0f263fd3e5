"""Standalone reproduction scripts, and checking that one reproduces in a fresh interpreter.

A script embeds the graph as an nn.Module and its inputs as bytes, compiles it the way
the backend did, and compares with eager; then the finding kind's own check runs (a
perf-outlier's timing; see findings.kinds). It exits 1 when the bug shows (an exception,
outputs that differ, the kind's check), 0 when it does not. It runs itself in a child
process, so a crash in native code (the signal the worker died of) is said too:
`REPRODUCED: crash: SIGSEGV`. For people it prints `REPRODUCED: ...`; for
the lab, its last line is VERDICT_TAG and a JSON object (verdict, detail, and for a crash
the exception types it raised), which `run_script` reads: no free text is parsed.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from compiler_lab.findings.kinds import FindingKind
from compiler_lab.ir.graph import Graph
from compiler_lab.ir.materialize import module_source
from compiler_lab.sandbox.pool import default_cache_dir, host_cache

VERDICT_TAG = "CLAB-VERDICT "
#: a kind with no check of its own
_NO_KIND_CHECK = """
KIND = ""


def kind_check(model, inputs):
    return None
"""
_CHECK = (
    f"\nVERDICT_TAG = {VERDICT_TAG!r}\n"
    + """
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


def eager_outputs(model, inputs):
    \"\"\"Eager's outputs (a compile step may define `reference_outputs`: a training run's).\"\"\"
    with torch.no_grad():
        return list(model(*inputs))


def verdict(name, detail, **facts):
    \"\"\"Say what happened: for a person, then as one JSON line for clab.\"\"\"
    import json

    if name == "ok":
        print(f"NOT REPRODUCED: {detail}")
    else:
        print(f"REPRODUCED: {name}: {detail}")
    print(VERDICT_TAG + json.dumps({"verdict": name, "detail": detail, **facts}), flush=True)
    sys.exit(0 if name == "ok" else 1)


def exception_types(exc):
    seen, todo = [], [exc]
    while todo:
        e = todo.pop(0)
        if e is not None and all(e is not s for s in seen):
            seen.append(e)
            todo += [getattr(e, "inner_exception", None), e.__cause__, e.__context__]
    return [type(e).__name__ for e in seen]


def crash_in_child():
    \"\"\"Run this script again in a child: native code that crashes kills the child, and this
    process says which signal (a script that died itself could say nothing).\"\"\"
    import os
    import signal
    import subprocess

    env = dict(os.environ, CLAB_REPRO_CHILD="1")
    code = subprocess.run([sys.executable, "-I", os.path.abspath(__file__)], env=env).returncode
    if code < 0:
        name = signal.Signals(-code).name
        verdict("crash", name, signal=name)
    sys.exit(code)


if __name__ == "__main__":
    import os
    import sys
    import traceback

    if os.environ.get("CLAB_REPRO_CHILD") != "1":
        crash_in_child()
    model = make_module()
    expected = globals().get("reference_outputs", eager_outputs)(model, INPUTS)
    try:
        actual = compile_and_run(model, [t.clone() for t in INPUTS])
    except Exception as exc:
        traceback.print_exc()
        verdict("crash", type(exc).__name__, exc_types=exception_types(exc))
    problem = check(actual, expected)
    if problem:
        verdict("mismatch", problem)
    problem = kind_check(model, INPUTS)
    if problem:
        verdict(KIND, problem)
    verdict("ok", "outputs match eager")
"""
)


def script(
    graph: Graph,
    values: dict[str, torch.Tensor],
    backend: str,
    options: dict[str, Any],
    public: bool = False,
    kind: FindingKind | None = None,
) -> str | None:
    """A standalone script reproducing `backend`'s behaviour on `graph` with `values`
    (`public`: written in public PyTorch calls where the ops have them), with the check of
    the finding `kind` (if it has one); None when the backend has no repro template."""
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
    own = kind.repro_source if kind is not None and kind.repro_source else _NO_KIND_CHECK
    return header + body + compile_step + own + _CHECK


@dataclass(frozen=True)
class ReproResult:
    returncode: int
    output: str
    verdict: str  # ok, hang, crash, mismatch, or a finding kind's own
    #: a crash's exception and those it wraps, innermost last (from the script's JSON line)
    exc_types: list[str] = field(default_factory=list)
    #: the signal that killed the script's child (or the script), e.g. SIGSEGV
    signal: str = ""

    def matches(self, verdict: str, stage: str = "", exc_type: str = "") -> bool:
        """Does this run show the same verdict (and signal or exception type)?"""
        if verdict != self.verdict:
            return False
        if stage.startswith("signal:"):  # the breadcrumb (@where) is the worker's, not ours
            return f"signal:{self.signal}" == stage.split("@")[0]
        if exc_type and verdict == "crash" and not stage.startswith(("signal:", "exit:")):
            return exc_type in self.exc_types
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
    said = _said(stdout)
    if proc.returncode < 0 or not said:  # killed, or died before saying: a crash unless 0
        verdict = "crash" if proc.returncode != 0 else "ok"
        killed = _signal_name(proc.returncode)
        return ReproResult(proc.returncode, stdout + stderr, verdict, signal=killed)
    types = said.get("exc_types")
    exc_types = [str(t) for t in types] if isinstance(types, list) else []
    name = said.get("signal") if isinstance(said.get("signal"), str) else ""
    return ReproResult(proc.returncode, stdout + stderr, str(said["verdict"]), exc_types, name)


def _said(stdout: str) -> dict[str, Any] | None:
    """The verdict a script printed last as VERDICT_TAG + JSON, or None."""
    for line in reversed(stdout.splitlines()):
        if line.startswith(VERDICT_TAG):
            with contextlib.suppress(ValueError):
                said = json.loads(line[len(VERDICT_TAG) :])
                if isinstance(said, dict) and isinstance(said.get("verdict"), str):
                    return said
    return None
