"""torch-mlir: FX import → torch backend form → linalg-on-tensors → LLVM dialect → JIT.

Lowering runs in a fresh `ir.Context`, one pipeline element at a time (`mlir_passes.py`),
so a failure names the pass that broke (`mlir-pass:<name>`) and carries MLIR's own
diagnostics. For the cost measurer it builds the LLVM level into a shared library
(`torchmlir_native.py`): the `native` capability.
"""

from __future__ import annotations

import ctypes
import re
from pathlib import Path
from typing import Any

import torch

from compiler_lab.backends import memref
from compiler_lab.backends.base import (
    Backend,
    Compiled,
    MlirReproducer,
    StageError,
    cannot_lower,
    legalization_gap,
)
from compiler_lab.backends.mlir_import import import_torch_raw, importer_source
from compiler_lab.backends.mlir_passes import (
    bindings,
    expand,
    new_context,
    pass_reproducer,
    run_levels,
    unresolved_symbols,
)
from compiler_lab.backends.native import NativeUnits
from compiler_lab.execution import failure as F
from compiler_lab.ir.graph import Graph
from compiler_lab.sandbox.breadcrumb import mark
from compiler_lab.triage import bisect

TORCH_BACKEND = (
    "func.func(torch-match-quantized-custom-ops),torchdynamo-export-to-torch-backend-pipeline"
)
TO_LINALG = "torch-backend-to-linalg-on-tensors-backend-pipeline"
TO_TOSA = "torch-backend-to-tosa-backend-pipeline"
TO_STABLEHLO = "torch-backend-to-stablehlo-backend-pipeline"
TO_LLVM = ",".join(
    [
        "func.func(refback-generalize-tensor-pad)",
        "func.func(refback-generalize-tensor-concat)",
        "func.func(linalg-generalize-named-ops)",
        "func.func(linalg-fuse-elementwise-ops)",
        "func.func(tm-tensor-bufferize)",  # scan, sort, topk, scatter from TMTensor
        "one-shot-bufferize{copy-before-write bufferize-function-boundaries "
        "function-boundary-type-conversion=identity-layout-map}",
        "buffer-deallocation-pipeline",
        "func.func(tm-tensor-to-loops)",
        # bufferization.clone (an output that is a constant or aliases an input) becomes
        # memref.copy, which the next pass turns into loops: the JIT has no memrefCopy
        "convert-bufferization-to-memref",
        "func.func(refback-munge-memref-copy)",
        "func.func(convert-linalg-to-loops)",
        "func.func(llvm-request-c-wrappers)",
        "expand-strided-metadata",
        "lower-affine",
        "convert-scf-to-cf",
        "func.func(arith-expand)",
        "func.func(convert-math-to-llvm)",
        "convert-math-to-libm",
        "convert-to-llvm",
        "reconcile-unrealized-casts",
    ]
)

#: (level name, pipeline producing it from the previous level)
LEVELS = [("torch", TORCH_BACKEND), ("linalg", TO_LINALG), ("llvm", TO_LLVM)]
JIT_OPT_LEVEL = 2


#: the repro script's compile step: the same pipelines, pass by pass, and the JIT
REPRO = """
import ctypes

import numpy as np
import torch_mlir.fx
from torch_mlir.execution_engine import ExecutionEngine
from torch_mlir.passmanager import PassManager

PIPELINES = {pipelines!r}
OPT_LEVEL = {opt_level!r}


{importer}


def _descriptor(rank):
    fields = [("allocated", ctypes.c_void_p), ("aligned", ctypes.c_void_p),
              ("offset", ctypes.c_longlong)]
    if rank:
        fields += [("sizes", ctypes.c_longlong * rank), ("strides", ctypes.c_longlong * rank)]
    return type(f"MemRef{{rank}}D", (ctypes.Structure,), {{"_fields_": fields}})


def _as_numpy(t):
    t = t.contiguous()
    return t.view(torch.int16).numpy() if t.dtype == torch.bfloat16 else t.numpy()


def compile_and_run(model, inputs):
    prog = export_for_import(model, inputs)
    module = torch_mlir.fx.export_and_import(prog, output_type="raw", decomposition_table={{}})
    with module.context:
        for pipeline in PIPELINES:  # one pass at a time, to name the pass that fails
            try:
                PassManager.parse(f"builtin.module({{pipeline}})").run(module.operation)
            except Exception:
                print(f"failing pass: {{pipeline}}")
                raise
    engine = ExecutionEngine(module, opt_level=OPT_LEVEL)
    with torch.no_grad():
        expected = list(model(*inputs))  # for result shapes and dtypes only
    arrays = [_as_numpy(t) for t in inputs]
    descs = []
    for a in arrays:
        d = _descriptor(a.ndim)()
        d.allocated = d.aligned = a.ctypes.data
        if a.ndim:
            d.sizes[:] = list(a.shape)
            d.strides[:] = [s // a.itemsize for s in a.strides]
        descs.append(d)
    types = [_descriptor(e.dim()) for e in expected]
    if len(types) == 1:
        results = types[0]()
        fields = [results]
    else:
        Results = type("Results", (ctypes.Structure,),
                       {{"_fields_": [(f"r{{i}}", t) for i, t in enumerate(types)]}})
        results = Results()
        fields = [getattr(results, f"r{{i}}") for i in range(len(types))]
    args = [ctypes.pointer(ctypes.pointer(results))]
    args += [ctypes.pointer(ctypes.pointer(d)) for d in descs]
    engine.invoke("main", *args)
    out = []
    for d, e in zip(fields, expected):
        size = e.element_size()
        strides = list(d.strides) if e.dim() else []
        span = 1 + sum((n - 1) * s for n, s in zip(e.shape, strides)) if e.numel() else 0
        raw = (ctypes.c_uint8 * (span * size)).from_address(d.aligned + d.offset * size)
        flat = torch.frombuffer(bytearray(raw), dtype=torch.uint8)
        base = flat.view(torch.uint8 if e.dtype == torch.bool else e.dtype)
        t = base.as_strided(tuple(e.shape), strides) if e.numel() else torch.empty(e.shape)
        out.append(t.clone().to(e.dtype))
    return out
"""


class _JitCompiled(Compiled):
    def __init__(self, graph: Graph, engine, llvm_text: str) -> None:
        self.graph = graph
        self.engine = engine
        self.llvm_text = llvm_text
        specs = graph.values()
        self.out_specs = [specs[name] for name in graph.outputs]

    def run(self, values: dict[str, torch.Tensor]) -> list[torch.Tensor]:
        arrays = [memref.input_array(values[s.name]) for s in self.graph.graph_inputs]
        descs = [memref.from_array(a) for a in arrays]
        results = memref.results_type([len(s.shape) for s in self.out_specs])()
        args = [ctypes.pointer(ctypes.pointer(results))]
        args += [ctypes.pointer(ctypes.pointer(d)) for d in descs]
        self.engine.invoke("main", *args)
        fields = (
            [results]
            if len(self.out_specs) == 1
            else [getattr(results, f"r{i}") for i in range(len(self.out_specs))]
        )
        return [
            memref.to_tensor(desc, spec.shape, spec.dtype)
            for desc, spec in zip(fields, self.out_specs, strict=True)
        ]


class TorchMlirBackend(Backend):
    name = "torch-mlir"
    learns_support = True
    levels = ("torch-raw", "torch", "linalg", "llvm", "tosa", "stablehlo")
    bisector = staticmethod(bisect.bisect_torchmlir)
    plan = LEVELS
    #: how skip reasons name the compiler
    label = "torch-mlir"

    packages = ("torch-mlir",)
    capabilities = frozenset({"native", "native-mlir", "library"})
    native_levels = tuple(level for level, _ in LEVELS)  # torch, linalg, llvm
    #: an op measured on its own keeps its linalg and llvm texts
    kernel_levels = native_levels[1:]
    #: `drop`: a pass left out of the pipeline (the bisector's variants); `opt_level`: the
    #: JIT's LLVM level
    option_types = {"drop": (str,), "opt_level": (int,)}

    @classmethod
    def check_options(cls, options: dict[str, Any]) -> None:
        super().check_options(options)
        if "drop" in options and not re.fullmatch(r"[a-z][a-z0-9-]*", options["drop"]):
            raise ValueError(f"torch-mlir: option 'drop' must name a pass, not {options['drop']!r}")
        if not 0 <= options.get("opt_level", 0) <= 3:
            raise ValueError("torch-mlir: option 'opt_level' must be 0 to 3")

    dtype_gaps = {
        d: "complex tensors have no memref bridge to the JIT" for d in ("complex64", "complex128")
    }

    #: the JIT's LLVM optimization level as a decision: results must not depend on it
    decisions = {f"jit-opt-level-{n}": {"opt_level": n} for n in (0, 1, 3)}

    @classmethod
    def decision(cls, options: dict[str, Any]) -> str:
        return ",".join(f"{k}={options[k]}" for k in ("drop", "opt_level") if k in options)

    @classmethod
    def repro_source(cls, options: dict[str, Any]) -> str:
        drop = options.get("drop")
        pipelines = [p for _, pipeline in cls.plan for p in expand(pipeline)
                     if not (drop and drop in p)]  # fmt: skip
        opt = int(options.get("opt_level", JIT_OPT_LEVEL))
        return REPRO.format(pipelines=pipelines, opt_level=opt, importer=importer_source())

    def unsupported(self, graph: Graph) -> str | None:
        for spec in list(graph.values().values()):
            if spec.dtype in self.dtype_gaps:
                return f"{self.dtype_gaps[spec.dtype]} ('{spec.name}')"
        return None

    def decide(self, graph: Graph, values: dict[str, torch.Tensor]) -> None:
        """Import, then down the first two levels of the plan (to linalg, or to TOSA), where
        ops are legalized; no LLVM and no JIT."""
        run_levels(import_torch_raw(graph, values), self.plan[:2])

    def lower(self, graph: Graph, values: dict[str, torch.Tensor]) -> dict[str, str]:
        """Text at every level on the way to LLVM: torch-raw, torch, linalg, llvm."""
        raw = import_torch_raw(graph, values)
        # `drop`: a pass left out (the triage bisector's variants)
        return {"torch-raw": raw} | run_levels(raw, self.plan, drop=self.options.get("drop"))

    def compile(self, graph: Graph, values: dict[str, torch.Tensor]) -> Compiled:
        texts = self.lower(graph, values)
        ir, _ = bindings()
        from torch_mlir.execution_engine import ExecutionEngine

        mark("mlir-jit")
        try:
            with new_context():
                module = ir.Module.parse(texts["llvm"])
                opt = int(self.options.get("opt_level", JIT_OPT_LEVEL))
                engine = ExecutionEngine(module, opt_level=opt)
        except Exception as exc:
            raise StageError("mlir-jit", exc) from exc
        if not engine.raw_lookup("_mlir_ciface_main"):
            missing = unresolved_symbols(texts["llvm"])
            reason = f"unresolved symbols: {', '.join(missing)}" if missing else "no @main"
            raise StageError("mlir-jit", RuntimeError(f"JIT could not materialize main ({reason})"))
        return _JitCompiled(graph, engine, texts["llvm"])

    def lower_native(
        self,
        graph: Graph,
        values: dict[str, torch.Tensor],
        workdir: Path,
        stem: str,
        cpus: tuple[str, ...] = ("host",),
    ) -> NativeUnits:
        """torch, linalg and llvm, and the LLVM level as a library for each of `cpus`."""
        from compiler_lab.backends import torchmlir_native

        return torchmlir_native.lower_native(self, graph, values, workdir, stem, cpus)

    def native_from_mlir(
        self, text: str, workdir: Path, stem: str, cpus: tuple[str, ...] = ("host",)
    ) -> NativeUnits:
        from compiler_lab.backends import torchmlir_native

        return torchmlir_native.native_from_mlir(text, workdir, stem, cpus)

    def mlir_reproducer(
        self, graph: Graph, values: dict[str, torch.Tensor], stage: str
    ) -> MlirReproducer | None:
        """A pass failure: the module before the pass, run through `torch-mlir-opt` with
        that pass alone (the wheel's slim build lacks upstream MLIR's bufferization and LLVM
        passes: their command needs an `mlir-opt` of the same LLVM)."""
        if not stage.startswith("mlir-pass:"):
            return None
        raw = import_torch_raw(graph, values)
        return pass_reproducer(raw, self.plan, stage, drop=self.options.get("drop"))

    def classify(self, exc: BaseException, phase: str) -> F.Failure | str:
        if isinstance(exc, StageError):
            missing = legalization_gap(str(exc))
            if missing and exc.stage.startswith("mlir-pass:"):
                return cannot_lower(self.label, missing, exc.stage)
            return F.from_exception(exc.exc, exc.stage)
        return F.from_exception(exc, "runtime" if phase == "run" else "mlir-jit")

    def dump_ir(self, graph: Graph, values: dict[str, torch.Tensor]) -> dict[str, str | F.Failure]:
        """torch-raw, torch, linalg, tosa, stablehlo and llvm; a failed level is a Failure."""
        branches = [
            [("torch", TORCH_BACKEND), ("linalg", TO_LINALG), ("llvm", TO_LLVM)],
            [("torch", TORCH_BACKEND), ("tosa", TO_TOSA)],
            [("torch", TORCH_BACKEND), ("stablehlo", TO_STABLEHLO)],
        ]
        return self._dump_branches(graph, values, branches)

    def _dump_branches(
        self, graph: Graph, values: dict[str, torch.Tensor], branches: list[list[tuple[str, str]]]
    ) -> dict[str, str | F.Failure]:
        """The text at every level of each branch from torch-raw; a failed level is a
        Failure, and so is every level after it."""
        out: dict[str, str | F.Failure] = {}
        try:
            out["torch-raw"] = import_torch_raw(graph, values)
        except StageError as exc:
            out["torch-raw"] = F.from_exception(exc.exc, exc.stage)
            return out
        for plan in branches:
            try:
                for level, text in run_levels(out["torch-raw"], plan).items():
                    out.setdefault(level, text)
            except StageError as exc:
                for level, text in getattr(exc, "partial", {}).items():
                    out.setdefault(level, text)
                failed = getattr(exc, "level", plan[0][0])
                out.setdefault(failed, F.from_exception(exc.exc, exc.stage))
                later = [lv for lv, _ in plan if lv not in out]
                for level in later:
                    out[level] = F.Failure("skipped", "NoInput", f"level '{failed}' failed")
        return out
