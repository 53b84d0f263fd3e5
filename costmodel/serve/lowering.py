"""Lowering a user's model to the MLIR a cost model reads (its IREE dispatches), in the
sandbox: the model file is the user's own code, run in a worker, never in clab itself."""

from __future__ import annotations

from typing import Any

from compiler_lab.errors import LabError
from compiler_lab.sandbox.pool import SandboxConfig, WorkerPool, default_cache_dir


def module_dispatches(spec: str, measure: bool = False) -> list[dict[str, Any]]:
    """[{name, text[, latency_s]}] per IREE dispatch of `FILE.py:FUNC`; LabError otherwise."""
    with WorkerPool(1, SandboxConfig(default_cache_dir(), timeout_s=1800)) as pool:
        (resp,) = pool.map(
            [
                {
                    "kind": "call",
                    "function": "costmodel.measure.models:module_dispatches",
                    "payload": {"module": spec, "measure": measure},
                }
            ]
        )
    if resp.get("status") != "ok":
        why = resp.get("error") or resp.get("failure", {}).get("stage", "worker died")
        raise LabError(f"--module {spec}: {str(why).splitlines()[0]}")
    if "error" in resp["result"]:
        raise LabError(f"--module {spec}: {resp['result']['error']}")
    return resp["result"]["dispatches"]
