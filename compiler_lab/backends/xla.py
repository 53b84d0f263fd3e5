"""xla: torch-mlir's FX importer to StableHLO, compiled and run by XLA's CPU client (jaxlib).

Stages: `stablehlo-import` (FX import and torch-mlir's torch → StableHLO pipeline, the
failing pass named in the message), `xla-compile`, `xla-run`. An op torch-mlir cannot
legalize to StableHLO is a skip, not a finding: that is a gap of the converter by design.
"""

from __future__ import annotations

import re
from typing import Any

import jaxlib  # noqa: F401  (without it this backend is unavailable, the others are not)
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
from compiler_lab.backends.mlir_import import import_torch_raw, importer_source
from compiler_lab.backends.mlir_passes import pass_reproducer, run_levels
from compiler_lab.backends.torchmlir import TO_STABLEHLO, TORCH_BACKEND
from compiler_lab.execution import failure as F
from compiler_lab.ir import tensorio
from compiler_lab.ir.graph import Graph
from compiler_lab.sandbox.breadcrumb import mark
from compiler_lab.triage import bisect

PLAN = [("torch", TORCH_BACKEND), ("stablehlo", TO_STABLEHLO)]
_RESOURCES = re.compile(r"\{-#\s*dialect_resources:.*?#-\}", re.DOTALL)
_BLOB = re.compile(r'([\w.$-]+)\s*:\s*"0x([0-9A-Fa-f]{8})([0-9A-Fa-f]*)"')


def inline_resources(text: str) -> str:
    """The module with every `dense_resource<blob>` (how the FX importer carries weights)
    written as a `dense<"0x…">` literal: XLA's StableHLO reader takes dense elements only.
    A blob's hex starts with its 4-byte alignment, which the literal does not have."""
    section = _RESOURCES.search(text)
    if section is None:
        return text
    blobs = {m.group(1): m.group(3) for m in _BLOB.finditer(section.group(0))}
    body = text[: section.start()] + text[section.end() :]
    return re.sub(
        r"dense_resource<([\w.$-]+)>",
        lambda m: f'dense<"0x{blobs[m.group(1)]}">' if m.group(1) in blobs else m.group(0),
        body,
    )


#: XLA compile options (fields of its DebugOptions) that may change only how it builds the
#: code, by name: the `compile_options` option names one; a campaign's decision arm tries each
OPTION_SETS: dict[str, dict[str, Any]] = {
    "backend-opt-level-0": {"xla_backend_optimization_level": 0},
    "backend-opt-level-1": {"xla_backend_optimization_level": 1},
    "no-expensive-llvm-passes": {"xla_llvm_disable_expensive_passes": True},
    "no-algsimp": {"xla_disable_hlo_passes": "algsimp"},
}


def compile_options(name: str | None) -> Any:
    """XLA's CompileOptions with the set `name` applied (None: XLA's defaults)."""
    from jax._src.lib import xla_client

    options = xla_client.CompileOptions()
    debug = options.executable_build_options.debug_options
    for field, value in OPTION_SETS.get(name or "", {}).items():
        setattr(debug, field, value)
    return options


#: the repro script's compile step: the same import and pipeline, then XLA's CPU client
REPRO = """
import re

import numpy as np
import torch_mlir.fx
from jax._src import xla_bridge
from jax._src.lib import xla_client

import jax

COMPILE_OPTIONS = {compile_options!r}


{helper}

def compile_and_run(model, inputs):
    prog = export_for_import(model, inputs)
    module = torch_mlir.fx.export_and_import(
        prog, output_type="stablehlo", decomposition_table={{}}
    )
    text = inline_resources(str(module))
    cpu = xla_bridge.get_backend("cpu")
    options = xla_client.CompileOptions()
    for field, value in COMPILE_OPTIONS.items():
        setattr(options.executable_build_options.debug_options, field, value)
    exe = cpu.compile_and_load(text, cpu.devices()[:1], options)
    with jax.enable_x64(True):  # else int64/float64 inputs arrive as 32-bit buffers
        outs = exe.execute([jax.device_put(t.numpy(), cpu.devices()[0]) for t in inputs])
    with torch.no_grad():
        expected = list(model(*inputs))
    return [torch.from_numpy(np.array(o)).to(e.dtype).reshape(e.shape)
            for o, e in zip(outs, expected)]
"""


def _client():
    from jax._src import xla_bridge

    return xla_bridge.get_backend("cpu")


class _XlaCompiled(Compiled):
    def __init__(self, graph: Graph, executable) -> None:  # noqa: ANN001 (an XLA executable)
        self.graph = graph
        self.executable = executable
        specs = graph.values()
        self.out_specs = [specs[name] for name in graph.outputs]

    def run(self, values: dict[str, torch.Tensor]) -> list[torch.Tensor]:
        import jax

        device = _client().devices()[0]
        # jax narrows 64-bit host arrays to 32 bits unless x64 is on: XLA would then get
        # s32 buffers for the s64 parameters the StableHLO declares
        with jax.enable_x64(True):
            args = [jax.device_put(tensorio.to_numpy(values[s.name]), device)
                    for s in self.graph.graph_inputs]  # fmt: skip
            mark("xla-run")
            try:
                outs = self.executable.execute(args)
            except Exception as exc:
                raise StageError("xla-run", exc) from exc
        return [
            tensorio.from_numpy(np.asarray(o), spec.dtype).reshape(spec.shape)
            for o, spec in zip(outs, self.out_specs, strict=True)
        ]


class XlaBackend(Backend):
    name = "xla"
    learns_support = True
    packages = ("jax", "jaxlib", "torch-mlir")
    levels = ("torch-raw", "torch", "stablehlo")
    bisector = staticmethod(bisect.bisect_torchmlir)
    plan = PLAN
    #: the numpy bridge into XLA's buffers carries no bfloat16 from torch (it arrives as
    #: uint16) and no complex from the FX importer's StableHLO
    dtype_gaps = {
        "bfloat16": "bfloat16 at the function boundary: torch's numpy bridge has none",
        "complex64": "complex at the function boundary: not carried by the StableHLO import",
        "complex128": "complex at the function boundary: not carried by the StableHLO import",
    }
    #: `compile_options`: the name of a set of XLA compile options (OPTION_SETS)
    option_types = {"compile_options": (str,)}
    decisions = {name: {"compile_options": name} for name in OPTION_SETS}

    @classmethod
    def choices(cls, key: str) -> tuple[Any, ...] | None:
        return tuple(OPTION_SETS) if key == "compile_options" else None

    @classmethod
    def decision(cls, options: dict[str, Any]) -> str:
        chosen = options.get("compile_options")
        return f"compile_options={chosen}" if chosen else ""

    @classmethod
    def repro_source(cls, options: dict[str, Any]) -> str:
        import inspect

        # the script carries this module's own resource inliner, not a copy of it
        helper = f"_RESOURCES = re.compile({_RESOURCES.pattern!r}, re.DOTALL)\n"
        helper += f"_BLOB = re.compile({_BLOB.pattern!r})\n\n\n"
        helper += inspect.getsource(inline_resources) + "\n\n" + importer_source()
        chosen = OPTION_SETS.get(options.get("compile_options", ""), {})
        return REPRO.format(helper=helper, compile_options=chosen)

    def unsupported(self, graph: Graph) -> str | None:
        return self.boundary_gap(graph)

    def lower(self, graph: Graph, values: dict[str, torch.Tensor]) -> dict[str, str]:
        raw = import_torch_raw(graph, values)
        try:
            return {"torch-raw": raw} | run_levels(raw, PLAN)
        except StageError as exc:
            if legalization_gap(str(exc)):
                raise  # a skip: classify names the op
            raise StageError("stablehlo-import", RuntimeError(f"{exc.stage}: {exc}")) from exc

    def decide(self, graph: Graph, values: dict[str, torch.Tensor]) -> None:
        """torch-mlir's conversion to StableHLO is where ops are legalized (no XLA compile)."""
        self.lower(graph, values)

    def compile(self, graph: Graph, values: dict[str, torch.Tensor]) -> Compiled:

        text = inline_resources(self.lower(graph, values)["stablehlo"])
        mark("xla-compile")
        try:
            cpu = _client()
            chosen = compile_options(self.options.get("compile_options"))
            exe = cpu.compile_and_load(text, cpu.devices()[:1], chosen)
        except Exception as exc:
            raise StageError("xla-compile", exc) from exc
        return _XlaCompiled(graph, exe)

    def mlir_reproducer(
        self, graph: Graph, values: dict[str, torch.Tensor], stage: str
    ) -> MlirReproducer | None:
        """A failure in torch-mlir's conversion to StableHLO: the module before the failing
        pass, run through `torch-mlir-opt` with that pass alone. A failure in XLA's own
        compile: the StableHLO module it was given, compiled alone by `xla_compile` (the
        wheels ship no XLA command-line tool), with the case's compile options."""
        if stage == "xla-compile":
            text = inline_resources(self.lower(graph, values)["stablehlo"])
            chosen = self.options.get("compile_options")
            args = (*(("--compile-options", chosen) if chosen else ()), "{input}")
            return MlirReproducer("python", ("-m", "compiler_lab.backends.xla_compile", *args),
                                  text, "xla-compile")  # fmt: skip
        if stage != "stablehlo-import":
            return None
        raw = import_torch_raw(graph, values)
        try:
            run_levels(raw, PLAN)
            return None  # it converts now
        except StageError as exc:
            failed = exc.stage
        return pass_reproducer(raw, PLAN, failed)

    def classify(self, exc: BaseException, phase: str) -> F.Failure | str:
        if isinstance(exc, StageError):
            missing = legalization_gap(str(exc))
            if missing and exc.stage.startswith("mlir-pass:"):
                return cannot_lower("XLA (StableHLO)", missing, exc.stage)
            if exc.stage == "fx-import":
                return F.from_exception(exc.exc, "stablehlo-import")
            return F.from_exception(exc.exc, exc.stage)
        return F.from_exception(exc, "xla-run" if phase == "run" else "xla-compile")

    def dump_ir(self, graph: Graph, values: dict[str, torch.Tensor]) -> dict[str, str | F.Failure]:
        """torch-raw, torch and stablehlo; a failed level is a Failure, and so are the
        levels after it."""
        try:
            out: dict[str, str | F.Failure] = {"torch-raw": import_torch_raw(graph, values)}
            out |= run_levels(out["torch-raw"], PLAN)
        except StageError as exc:
            out = dict(getattr(exc, "partial", {}))
            for level in self.levels:
                out.setdefault(level, F.from_exception(exc.exc, exc.stage))
        return out
