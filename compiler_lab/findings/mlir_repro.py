"""MLIR-level reproducers: for a crash inside an MLIR pass or compiler (torch-mlir and its
TOSA path, IREE), the module just before the failing step and the command that runs that
step alone (the backend's `mlir_reproducer`), written beside the case and checked to fail
again in a fresh process: what an MLIR maintainer asks for instead of a PyTorch script.

<case>/mlir/before.mlir        the module before the failing pass or phase
<case>/mlir/reduced.mlir       the same, reduced while it fails alike (mlir_reduce), where the
                               tool's modules can be reduced
<case>/mlir/test.mlir          the (reduced) module as a lit test: its RUN line and the error
<case>/mlir/reproducer.json    tool, failing step, command, whether it failed again, and the
                               reduction's op counts
"""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from compiler_lab.findings import mlir_reduce
from compiler_lab.findings.failures import elide_paths
from compiler_lab.safe_files import write_file
from compiler_lab.sandbox.calls import sandbox_call

#: where a case keeps its MLIR reproducer
FOLDER = "mlir"
#: how long the command may run when it is checked
CHECK_TIMEOUT_S = 300
#: how long a reduction may take: a campaign writes reproducers as it finds crashes, while
#: `clab triage mlir` is asked for one
REDUCE_S = {"campaign": 30.0, "triage": 180.0}


@dataclass(frozen=True)
class MlirRequest:
    """A case directory whose verdict is a crash at `stage` on `backend` with `options`."""

    case: str
    backend: str
    options: dict[str, Any]
    stage: str
    reduce_s: float = REDUCE_S["campaign"]


@dataclass(frozen=True)
class MlirReply:
    written: bool
    reproduces: bool = False
    command: str = ""
    why: str = ""
    #: the entry function's ops before and after reduction (equal: not reduced)
    ops_before: int = 0
    ops_after: int = 0


@sandbox_call(MlirRequest, MlirReply)
def write_reproducer(req: MlirRequest) -> MlirReply:
    """In a worker: find the failing step again, write its module and command into the
    case, and run the command in a fresh process."""
    from compiler_lab import backends
    from compiler_lab.findings.cases import load_case

    case = load_case(req.case)
    backend = backends.get(req.backend, req.options)
    found = backend.mlir_reproducer(case.graph, case.values, req.stage)
    if found is None:
        return MlirReply(False, why=f"no MLIR step of {req.backend} fails at {req.stage} again")
    out = Path(req.case) / FOLDER
    out.mkdir(exist_ok=True)
    write_file(out / "before.mlir", found.text)
    shown = shlex.join(found.command("before.mlir"))
    ran = _run(found.command(str(out / "before.mlir")))
    error = next((ln.strip() for ln in ran["output"].splitlines() if "error:" in ln), "")
    reproduces = ran["exit"] != 0 and (ran["exit"] < 0 or bool(error))
    text, ops = found.text, (0, 0)
    if reproduces and found.tool in mlir_reduce.TOOLS:
        reduced = mlir_reduce.reduce_module(
            found.text,
            lambda t: _failure(found.command, out / "reduced.mlir", t),
            req.reduce_s,
            tool=found.tool,
        )
        text, ops = reduced.text, (reduced.ops_before, reduced.ops_after)
        write_file(out / "reduced.mlir", text)
    facts = {
        "tool": found.tool,
        "failing": found.failing,
        "command": shown,
        "reproduces": reproduces,
        "exit": ran["exit"],
        "error": elide_paths(error),
        "reduced_ops": list(ops),
    }
    write_file(out / "reproducer.json", json.dumps(facts, indent=1) + "\n")
    write_file(out / "test.mlir", lit_test(found.command("%s"), error, text))
    why = "" if reproduces else ran["output"][-300:]
    return MlirReply(True, reproduces, shown, why, *ops)


def _failure(command: Callable[[str], list[str]], path: Path, text: str) -> str | None:
    """How the command fails on module `text` (written to `path`): the message of its
    first error, or the signal that killed it; None where it passes."""
    write_file(path, text)
    ran = _run(command(str(path)))
    if ran["exit"] == 0:
        return None
    if ran["exit"] < 0:
        return f"signal {-ran['exit']}"
    error = next((ln for ln in ran["output"].splitlines() if "error:" in ln), "")
    return message(error) or f"exit {ran['exit']}"


def _run(command: list[str]) -> dict[str, Any]:
    """Run `command` (its tool from this interpreter's environment) in a fresh process."""
    tool = Path(sys.executable).parent / command[0]
    exe = str(tool) if tool.exists() else (shutil.which(command[0]) or command[0])
    try:
        done = subprocess.run(
            [exe, *command[1:]], capture_output=True, text=True, timeout=CHECK_TIMEOUT_S
        )
    except subprocess.TimeoutExpired:
        return {"exit": -9, "output": f"no answer in {CHECK_TIMEOUT_S} s"}
    except OSError as exc:
        return {"exit": 127, "output": f"{command[0]}: {exc}"}
    return {"exit": done.returncode, "output": done.stdout + done.stderr}


def message(error: str) -> str:
    """An `error:` line's message: not its location, nor the op it prints after `: %…`
    (both change as the IR is reduced)."""
    return error.split("error:", 1)[-1].strip().split(": %", 1)[0][:160] if error else ""


def lit_test(command: list[str], error: str, text: str) -> str:
    """The module as an LLVM lit test: the command must fail (`not`) with the error."""
    said = message(error)
    run = shlex.join(command).replace("'%s'", "%s")
    head = f"// RUN: not {run} 2>&1 | FileCheck %s\n"
    check = f"// CHECK: error: {said}\n\n" if said else "\n"
    return head + check + text


def read(case: Path) -> dict[str, Any] | None:
    """A case's MLIR reproducer facts (reproducer.json), or None where it has none."""
    path = Path(case) / FOLDER / "reproducer.json"
    if not path.is_file():
        return None
    try:
        facts = json.loads(path.read_text())
    except ValueError:
        return None
    return facts if isinstance(facts, dict) else None


def offered(backend: str) -> bool:
    """Does `backend` isolate a failing MLIR step (has a `mlir_reproducer`)?"""
    from compiler_lab.backends import REGISTRY
    from compiler_lab.backends.base import Backend

    cls = REGISTRY[backend]
    return cls.mlir_reproducer is not Backend.mlir_reproducer


def request(
    case: Path, verdict: dict[str, Any], reduce_s: float = REDUCE_S["campaign"]
) -> MlirRequest | None:
    """The request for a case's reproducer, from its verdict.json; None for a finding no
    MLIR step explains (not a crash, or a backend with no reproducer)."""
    failure = verdict.get("failure") or {}
    if verdict.get("verdict") != "crash" or not offered(verdict["backend"]):
        return None
    return MlirRequest(str(case), verdict["backend"], verdict.get("options", {}),
                       str(failure.get("stage", "")), reduce_s)  # fmt: skip
