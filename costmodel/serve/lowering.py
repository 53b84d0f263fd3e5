"""Lowering a model or graph to the MLIR a cost model reads (its IREE dispatches), in the
sandbox: a model file is the user's own code, run in a worker, never in clab itself."""

from __future__ import annotations

from typing import Any

from compiler_lab.errors import LabError
from compiler_lab.sandbox.pool import SandboxConfig, WorkerPool, default_cache_dir


def module_dispatches(spec: str, measure: bool = False) -> list[dict[str, Any]]:
    """[{name, text[, latency_s]}] per IREE dispatch of `FILE.py:FUNC`; LabError otherwise."""
    return dispatches({"module": spec}, f"--module {spec}", measure)


def dispatches(source: dict[str, Any], label: str, measure: bool = False) -> list[dict[str, Any]]:
    """[{name, text[, latency_s]}] per IREE dispatch of a `module` or a `graph` (JSON)."""
    with WorkerPool(1, SandboxConfig(default_cache_dir(), timeout_s=1800)) as pool:
        (resp,) = pool.map(
            [
                {
                    "kind": "call",
                    "function": "costmodel.measure.models:graph_dispatches",
                    "payload": source | {"measure": measure},
                }
            ]
        )
    if resp.get("status") != "ok":
        why = resp.get("error") or resp.get("failure", {}).get("stage", "worker died")
        raise LabError(f"{label}: {str(why).splitlines()[0]}")
    if "error" in resp["result"]:
        raise LabError(f"{label}: {resp['result']['error']}")
    return resp["result"]["dispatches"]
