"""IREE (llvm-cpu): the FX importer's torch dialect → `iree-compile` → run on `local-sync`.

`iree.compiler` runs the `iree-compile` binary in a subprocess, so a compiler crash arrives
here as a CompilerToolError with its diagnostics.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import torch

from compiler_lab.backends.base import (
    Backend,
    Compiled,
    MlirReproducer,
    StageError,
    cannot_lower,
    legalization_gap,
)
from compiler_lab.backends.iree_schedules import (
    ALL_FLAG_SETS,
    DECISION_FLAG_SETS,
    FLAG_SETS,
    Schedule,
    apply_to_module,
    describe,
    drawn,
    schedule_repro_source,
)
from compiler_lab.backends.mlir_import import import_torch_raw, importer_source
from compiler_lab.backends.native import (
    DISPATCH_LEVELS,
    DispatchBuild,
    NativeDispatch,
    NativeUnits,
)
from compiler_lab.execution import failure as F
from compiler_lab.ir import tensorio
from compiler_lab.ir.graph import Graph
from compiler_lab.sandbox.breadcrumb import mark
from compiler_lab.triage import bisect

TARGET_ARGS = [
    "--iree-hal-target-device=local",
    "--iree-hal-local-target-device-backends=llvm-cpu",
    "--iree-llvmcpu-target-cpu=host",
    # IREE demotes f64 to f32 by default, the function's arguments too: a float64 graph's
    # inputs then no longer fit its ABI, and every one crashes at the first call
    "--iree-input-demote-f64-to-f32=false",
]
#: `--compile-to` phases, in pipeline order
PHASES = [
    "input",
    "abi",
    "preprocessing",
    "global-optimization",
    "dispatch-creation",
    "flow",
    "stream",
    "executable-sources",
    "executable-configurations",
    "executable-targets",
    "hal",
    "vm",
]

#: the phases `lower_native` hands the measurer (`--dump-compilation-phases-to`), as levels
NATIVE_PHASES = ("flow", "stream", "hal")


#: what a dispatch (a `hal.executable`) may be called in the `schedules` option
_DISPATCH_NAME = re.compile(r"[\w$.-]{1,200}")
#: where a whole module's schedules are edited in, and compiled on from
CONFIGURED = "executable-configurations"


def first_error(diagnostics: str) -> str | None:
    """The first `error:` line of IREE's diagnostics (its exception or stderr), if any."""
    return next((ln.strip() for ln in diagnostics.splitlines() if "error:" in ln), None)


def compile_text(text: str, args: list[str], input_type: str = "auto") -> bytes:
    """`iree-compile` on `text` with `args`; StageError("iree-compile") on failure.
    `input_type`: torch for the lab's imports; auto lets IREE detect a user's dialect."""
    import iree.compiler as ic

    mark("iree-compile")
    try:
        return ic.compile_str(text, input_type=input_type, extra_args=args)
    except Exception as exc:
        raise StageError("iree-compile", exc) from exc


def configured_module(
    text: str, schedules: dict[str, Schedule], args: list[str], input_type: str = "auto"
) -> str:
    """The module compiled to its configurations with each named dispatch's decisions
    replaced: `--compile-from=executable-configurations` builds it under `schedules`."""
    configured = compile_text(text, [*args, f"--compile-to={CONFIGURED}"], input_type)
    try:
        return apply_to_module(configured.decode(), schedules)
    except ValueError as exc:
        raise StageError("schedule", exc) from exc


def compile_configured(configured: str, args: list[str]) -> bytes:
    """A module at its configurations (`configured_module`'s) compiled on from there."""
    return compile_text(configured, [*args, f"--compile-from={CONFIGURED}"])


def compile_scheduled(
    text: str, schedules: dict[str, Schedule], args: list[str], input_type: str = "auto"
) -> bytes:
    """The whole module built under `schedules` (configured, edited, compiled on)."""
    return compile_configured(configured_module(text, schedules, args, input_type), args)


#: the repro script's compile step: the same flags, run by iree.runtime
REPRO = """
import iree.compiler as ic
import iree.runtime as rt
import numpy as np
import torch_mlir.fx

TARGET_ARGS = {target_args!r}


{importer}


def compile_and_run(model, inputs):
    prog = export_for_import(model, inputs)
    text = str(torch_mlir.fx.export_and_import(prog, output_type="raw", decomposition_table={{}}))
    vmfb = ic.compile_str(text, input_type="torch", extra_args=TARGET_ARGS)
    ctx = rt.SystemContext(config=rt.Config("local-sync"))
    ctx.add_vm_module(rt.VmModule.copy_buffer(ctx.instance, vmfb))
    result = ctx.modules.module["main"](*[t.numpy() for t in inputs])
    results = list(result) if isinstance(result, (tuple, list)) else [result]
    with torch.no_grad():
        expected = list(model(*inputs))
    return [torch.from_numpy(np.asarray(r.to_host())).to(e.dtype).reshape(e.shape)
            for r, e in zip(results, expected)]
"""


#: the lowering-config draws a campaign's decision arm tries: each a different schedule per
#: dispatch, the cost data's variants (tile sizes around IREE's own)
SCHEDULE_DRAWS = (1, 2, 3)


class _IreeCompiled(Compiled):
    def __init__(self, graph: Graph, vmfb: bytes) -> None:
        import iree.runtime as rt

        self.graph = graph
        self.vmfb = vmfb
        self.ctx = rt.SystemContext(config=rt.Config("local-sync"))
        self.ctx.add_vm_module(rt.VmModule.copy_buffer(self.ctx.instance, vmfb))
        specs = graph.values()
        self.out_specs = [specs[name] for name in graph.outputs]

    def run(self, values: dict[str, torch.Tensor]) -> list[torch.Tensor]:
        args = [tensorio.to_numpy(values[s.name]) for s in self.graph.graph_inputs]
        result = self.ctx.modules.module["main"](*args)
        results = list(result) if isinstance(result, (tuple, list)) else [result]
        return [
            tensorio.from_numpy(np.asarray(r.to_host()), spec.dtype).reshape(spec.shape)
            for r, spec in zip(results, self.out_specs, strict=True)
        ]


class IreeBackend(Backend):
    name = "iree"
    learns_support = True
    levels = ("torch-raw", *PHASES)
    bisector = staticmethod(bisect.bisect_iree)

    packages = ("iree-base-compiler", "iree-base-runtime")
    #: {dispatch name: schedule}: compile with those decisions; `flags`: the name of a set
    #: of module flags (iree_schedules.ALL_FLAG_SETS), never a flag itself; `schedule_draw`:
    #: every dispatch under a lowering config drawn around IREE's (iree_schedules.drawn),
    #: the schedules drawn reported as `decided` (so a case's repro builds exactly them)
    option_types = {"schedules": (dict,), "flags": (str,), "schedule_draw": (int,)}
    capabilities = frozenset({"native", "variants"})
    flag_sets = FLAG_SETS
    decisions = {
        **{name: {"flags": name} for name in FLAG_SETS | DECISION_FLAG_SETS},
        **{f"schedules-drawn-{d}": {"schedule_draw": d} for d in SCHEDULE_DRAWS},
    }
    native_levels = (*NATIVE_PHASES, *DISPATCH_LEVELS)
    #: at the function boundary; generation keeps them out of IREE's graphs altogether
    dtype_gaps = {
        "bfloat16": "bfloat16 at the function boundary: iree.runtime's numpy bridge has none",
        "complex64": "complex at the function boundary: not supported by the numpy bridge",
        "complex128": "complex at the function boundary: not supported by the numpy bridge",
    }

    @classmethod
    def repro_source(cls, options: dict[str, Any]) -> str:
        """The compile step; under the `schedules` option, compiled with those decisions
        (the schedule-editing functions embedded, and the call that uses them)."""
        target_args = TARGET_ARGS + list(ALL_FLAG_SETS.get(options.get("flags", ""), ()))
        source = REPRO.format(target_args=target_args, importer=importer_source())
        schedules = options.get("schedules")
        if not schedules:
            return source
        plain = 'vmfb = ic.compile_str(text, input_type="torch", extra_args=TARGET_ARGS)'
        scheduled = source.replace(plain, "vmfb = compile_scheduled(text, TARGET_ARGS)")
        return scheduled + "\n\n" + schedule_repro_source(schedules)

    def unsupported(self, graph: Graph) -> str | None:
        return self.boundary_gap(graph)

    def decide(self, graph: Graph, values: dict[str, torch.Tensor]) -> None:
        """IREE's input conversion (`--compile-to=input`) is where ops are legalized."""
        self.compile_vmfb(import_torch_raw(graph, values), ["--compile-to=input"])

    def compile_vmfb(self, torch_text: str, extra: list[str] | None = None) -> bytes:
        return compile_text(torch_text, self._target_args() + (extra or []), "torch")

    def _target_args(self) -> list[str]:
        """The target's flags, and the module flags the `flags` option names."""
        return TARGET_ARGS + list(ALL_FLAG_SETS.get(self.options.get("flags", ""), ()))

    @classmethod
    def check_options(cls, options: dict[str, Any]) -> None:
        """As every backend's, each schedule must be one (see iree_schedules), and `flags`
        a known set's name."""
        super().check_options(options)
        flags = options.get("flags")
        if flags is not None and flags not in ALL_FLAG_SETS:
            known = ", ".join(ALL_FLAG_SETS)
            raise ValueError(f"iree: option 'flags': {str(flags)[:60]!r} (known: {known})")
        draw = options.get("schedule_draw")
        if draw is not None and not 1 <= draw <= 64:
            raise ValueError(f"iree: option 'schedule_draw' must be 1..64, got {draw}")
        for name, schedule in (options.get("schedules") or {}).items():
            if not isinstance(name, str) or not _DISPATCH_NAME.fullmatch(name):
                raise ValueError(f"iree: option 'schedules' names no dispatch: {str(name)[:60]!r}")
            try:
                Schedule.from_json(schedule)
            except ValueError as exc:
                raise ValueError(f"iree: schedule of {name}: {exc}") from None

    @classmethod
    def decision(cls, options: dict[str, Any]) -> str:
        """The forced decisions, for a bucket key: the flag set, and the draw (not the
        schedules it decided, which differ per graph) or else the schedules given."""
        schedules = options.get("schedules") or {}
        draw = options.get("schedule_draw")
        described = (
            f"schedule_draw={draw}"
            if draw
            else describe({k: Schedule.from_json(v) for k, v in schedules.items()})
        )
        flags = options.get("flags")
        return ",".join(p for p in (f"flags={flags}" if flags else "", described) if p)

    def compile(self, graph: Graph, values: dict[str, torch.Tensor]) -> Compiled:
        self.decided = {}
        if self.options.get("schedule_draw"):  # drawn again for this graph's own dispatches
            vmfb = self.compile_drawn(import_torch_raw(graph, values))
        elif self.options.get("schedules"):
            vmfb = self.compile_scheduled(import_torch_raw(graph, values))
        else:
            vmfb = self.compile_vmfb(import_torch_raw(graph, values))
        mark("iree-run")
        try:
            return _IreeCompiled(graph, vmfb)
        except Exception as exc:
            raise StageError("iree-run", exc) from exc

    def compile_scheduled(self, torch_text: str) -> bytes:
        """The whole module under the `schedules` option."""
        schedules = {k: Schedule.from_json(v) for k, v in self.options["schedules"].items()}
        return compile_scheduled(torch_text, schedules, self._target_args(), "torch")

    def compile_drawn(self, torch_text: str) -> bytes:
        """The whole module under the lowering configs `schedule_draw` draws for its
        dispatches, which are kept as `decided` before compiling on (a crash names them)."""
        args = self._target_args()
        configured = self.compile_vmfb(torch_text, [f"--compile-to={CONFIGURED}"]).decode()
        schedules = drawn(configured, self.options["schedule_draw"])
        self.decided = {"schedules": {k: v.to_json() for k, v in sorted(schedules.items())}}
        return compile_configured(apply_to_module(configured, schedules), args)

    def mlir_reproducer(
        self, graph: Graph, values: dict[str, torch.Tensor], stage: str
    ) -> MlirReproducer | None:
        """An `iree-compile` failure: the module after the last phase that completed (from
        `--dump-compilation-phases-to`), compiled on from that phase with the same flags."""
        if stage != "iree-compile":
            return None
        import iree.compiler as ic

        text, start = import_torch_raw(graph, values), ""
        if self.options.get("schedules"):  # the failing compile starts at the edited module
            schedules = {k: Schedule.from_json(v) for k, v in self.options["schedules"].items()}
            text = configured_module(text, schedules, self._target_args(), "torch")
            start = CONFIGURED
        entry = [f"--compile-from={start}"] if start else ["--iree-input-type=torch"]
        with tempfile.TemporaryDirectory(prefix="phases-") as tmp:
            dump = f"--dump-compilation-phases-to={tmp}"
            try:
                ic.compile_str(text, extra_args=[*entry, *self._target_args(), dump])
                return None  # it compiles now
            except Exception:  # the failure to reproduce
                pass
            done = [p for p in PHASES if list(Path(tmp).glob(f"*.{p}.mlir"))]
            if done:
                start = done[-1]
                text = next(Path(tmp).glob(f"*.{start}.mlir")).read_text()
                entry = [f"--compile-from={start}"]
        later = PHASES[PHASES.index(start) + 1 :] if start else PHASES
        args = (*entry, *self._target_args(), "{input}", "-o", "/dev/null")
        return MlirReproducer("iree-compile", args, text, later[0] if later else "vm")

    def lower_native(
        self,
        graph: Graph,
        values: dict[str, torch.Tensor],
        workdir: Path,
        stem: str,
        cpus: tuple[str, ...] = ("host",),
    ) -> NativeUnits:
        """flow, stream and hal, every dispatch, and the module as a call (no libraries:
        IREE's runtime deadlocks under valgrind)."""
        from compiler_lab.backends import iree_native

        return iree_native.lower_native(graph, values, workdir)

    def build_dispatch(self, dispatch: NativeDispatch) -> DispatchBuild:
        from compiler_lab.backends import iree_native

        return iree_native.build_dispatch(dispatch)

    def schedule_variants(
        self, dispatch: NativeDispatch, n: int, seed: int = 0
    ) -> list[NativeDispatch]:
        from compiler_lab.backends import iree_native

        return iree_native.schedule_variants(dispatch, n, seed)

    def classify(self, exc: BaseException, phase: str) -> F.Failure | str:
        if isinstance(exc, StageError) and exc.stage == "schedule":
            # the lab's own step (the decisions edited into the module) failed, not IREE
            return F.from_exception(exc.exc, "harness")
        if isinstance(exc, StageError):
            missing = legalization_gap(str(exc))
            if missing and exc.stage == "iree-compile":
                return cannot_lower("IREE", missing)
            return F.from_exception(exc.exc, exc.stage)
        return F.from_exception(exc, "iree-run")

    def dump_ir(self, graph: Graph, values: dict[str, torch.Tensor]) -> dict[str, str | F.Failure]:
        """The text after each `--compile-to` phase (input … vm); a failed phase is a Failure."""
        try:
            text = import_torch_raw(graph, values)
        except StageError as exc:
            return {"torch-raw": F.from_exception(exc.exc, exc.stage)}
        out: dict[str, str | F.Failure] = {"torch-raw": text}
        for phase in PHASES:
            try:
                blob = self.compile_vmfb(text, [f"--compile-to={phase}"])
            except StageError as exc:
                out[phase] = F.from_exception(exc.exc, exc.stage)
                break
            out[phase] = blob.decode(errors="replace")
        return out
