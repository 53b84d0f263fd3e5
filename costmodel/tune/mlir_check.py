"""The whole-model check of `clab cost tune FILE.mlir`. An MLIR file has no eager model to
judge against, so the reference is IREE's own build of it: the build under the kept
schedules runs on the same inputs (drawn from the entry's signature), its outputs are
judged against the default build's with the lab oracle's comparison, and the two builds
are timed in interleaved blocks (the perf oracle's loop). All of it compiles and runs, so
it runs in a sandboxed worker.
"""

from __future__ import annotations

import statistics
import warnings
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch

from compiler_lab.sandbox.calls import sandbox_call
from costmodel.tune.candidates import error_line

#: the seed of the inputs both builds run on
SEED = 0


@dataclass(frozen=True)
class MlirCheck:
    """A user's module, its entry ({name, inputs, outputs}: mlir_input.entry), and the
    schedules to build it under beside IREE's own; `hook`: a worker test hook (`miscompile`:
    the tuned build's outputs are changed, as a wrong kernel would)."""

    text: str
    entry: dict[str, Any]
    schedules: dict[str, Any] = field(default_factory=dict)
    hook: str = ""


@dataclass(frozen=True)
class MlirChecked:
    """Seconds per call of each build (timed together where both ran, else the default
    alone: the cost model's latency loop); why the tuned build is refused (it failed, or
    its outputs differ from the default's); the module at its configurations under the
    schedules, which `iree-compile --compile-from=executable-configurations` builds; or
    why IREE's own build did not run."""

    default_s: float | None = None
    tuned_s: float | None = None
    rejected: str | None = None
    configured: str = ""
    error: str | None = None


class _Build:
    """A compiled module's entry on `local-sync`, bound to its inputs: calling it runs the
    entry (what is timed); `results()` runs it and brings the outputs to the host."""

    def __init__(self, vmfb: bytes, entry: dict[str, Any], args: list[np.ndarray]) -> None:
        import iree.runtime as rt

        self.ctx = rt.SystemContext(config=rt.Config("local-sync"))  # kept: it owns the module
        self.ctx.add_vm_module(rt.VmModule.copy_buffer(self.ctx.instance, vmfb))
        self.fn = self.ctx.modules.module[entry["name"]]
        self.args, self.outputs = args, entry["outputs"]

    def __call__(self) -> Any:  # noqa: ANN401 (IREE's device arrays)
        return self.fn(*self.args)

    def results(self) -> list[torch.Tensor]:
        from compiler_lab.ir import tensorio

        result = self()
        results = list(result) if isinstance(result, (tuple, list)) else [result]
        return [
            tensorio.from_numpy(np.asarray(r.to_host()), s["dtype"]).reshape(s["shape"])
            for r, s in zip(results, self.outputs, strict=True)
        ]


def _inputs(entry: dict[str, Any]) -> list[np.ndarray]:
    """The entry's arguments, drawn as the lab draws a graph's inputs (fixed seed)."""
    from compiler_lab.ir import tensorio
    from compiler_lab.ir.graph import InputSpec
    from compiler_lab.ir.inputs import make_value

    specs = [
        InputSpec(f"arg{i}", tuple(s["shape"]), s["dtype"]) for i, s in enumerate(entry["inputs"])
    ]
    return [tensorio.to_numpy(make_value(s, SEED)) for s in specs]


def differs(got: list[torch.Tensor], reference: list[torch.Tensor]) -> str | None:
    """Why the tuned build's outputs are not the default build's, by the lab oracle's
    dtype-aware tolerances (NaN and Inf in the same places); None where they agree."""
    from compiler_lab.findings.oracles import compare

    result = compare(got, reference)
    if result.ok:
        return None
    where = f"output {result.output}: " if result.output >= 0 else ""
    return where + result.reason.replace("eager", "IREE's default build")  # its reference here


@sandbox_call(MlirCheck, MlirChecked)
def check_mlir(req: MlirCheck) -> MlirChecked:
    """Sandbox entry point: build, run, compare and time the default and the tuned build."""
    from compiler_lab.backends.iree import TARGET_ARGS, compile_text
    from compiler_lab.findings.perf import time_both
    from costmodel.measure.latency import measure

    warnings.filterwarnings("ignore")
    args = _inputs(req.entry)
    try:
        default = _Build(compile_text(req.text, TARGET_ARGS), req.entry, args)
        reference = default.results()
    except Exception as exc:
        return MlirChecked(error=f"IREE's default build: {error_line(exc)}")
    tuned, rejected, configured = _tuned(req, args, reference)
    if tuned is None:
        return MlirChecked(measure(default)["latency_s"], rejected=rejected)
    # the perf oracle's interleaved blocks: its "compiled" is the tuned build, "eager" IREE's
    samples = time_both(tuned, default)
    return MlirChecked(
        statistics.median(samples["eager_s"]),
        statistics.median(samples["compiled_s"]),
        configured=configured,
    )


def _tuned(
    req: MlirCheck, args: list[np.ndarray], reference: list[torch.Tensor]
) -> tuple[_Build | None, str | None, str]:
    """The build under the schedules, with its configured module; or None and why it is
    refused (none asked for, it failed, or its outputs differ from IREE's own build's)."""
    from compiler_lab.backends.iree import TARGET_ARGS, compile_configured, configured_module
    from compiler_lab.backends.iree_schedules import Schedule

    if not req.schedules:
        return None, None, ""
    schedules = {k: Schedule.from_json(v) for k, v in req.schedules.items()}
    try:
        configured = configured_module(req.text, schedules, TARGET_ARGS)
        tuned = _Build(compile_configured(configured, TARGET_ARGS), req.entry, args)
        outputs = tuned.results()
    except Exception as exc:
        return None, f"crash: {error_line(exc)}", ""
    if req.hook:
        outputs = _hooked(req.hook, outputs)
    why = differs(outputs, reference)
    return (None, f"mismatch: {why}", "") if why else (tuned, None, configured)


def _hooked(hook: str, outputs: list[torch.Tensor]) -> list[torch.Tensor]:
    """A worker test hook (honoured only where the pool enabled hooks): `miscompile`
    changes the float outputs, as the worker's own hook does a backend's."""
    from compiler_lab.sandbox.worker import run_hook

    run_hook(hook)
    if hook != "miscompile":
        return outputs
    return [o + 1 if o.is_floating_point() else o for o in outputs]
