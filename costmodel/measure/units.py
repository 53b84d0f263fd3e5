"""Units of measurement, produced by lowering a graph for real:

- IREE (llvm-cpu): one compile dumps every phase (flow, stream, hal, ...) and every
  dispatch's source, configured source and benchmark module; each dispatch's benchmark
  module is compiled and timed on its own (`local-sync`, one thread).
- torch-mlir: the graph lowered to torch, linalg and LLVM, with the JIT's object file linked
  into a shared library, so the same native code runs under timers, valgrind and perf.

Weights become function arguments for IREE: dumped dispatches cannot carry inlined
constants (the dump drops their resources).
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from compiler_lab.backends import memref
from compiler_lab.backends.iree import TARGET_ARGS
from compiler_lab.backends.mlir_import import import_torch_raw
from compiler_lab.backends.torchmlir import TorchMlirBackend, _mlir, new_context
from compiler_lab.ir.graph import Graph
from compiler_lab.ir.materialize import input_list
from compiler_lab.machine import cpu_flags, isa_level
from costmodel.measure.latency import measure, reset_peak_rss, rss_kib
from costmodel.measure.targets import asm_targets, object_targets, text_bytes

IREE_LEVELS = ("flow", "stream", "hal")
TORCH_MLIR_LEVELS = ("torch", "linalg", "llvm")
DISPATCH_BATCH = 16
_PHASE_FILE = re.compile(r"\.\d+\.([\w-]+)\.mlir$")


def weights_as_inputs(graph: Graph) -> Graph:
    return dataclasses.replace(
        graph, inputs=[dataclasses.replace(s, kind="input") for s in graph.inputs]
    )


@dataclass
class Dispatch:
    name: str
    source: str
    configured: str
    benchmark: Path
    metrics: dict[str, Any] = field(default_factory=dict)


@dataclass
class IreeResult:
    levels: dict[str, str]
    dispatches: list[Dispatch]
    metrics: dict[str, Any]


def _timed(fn) -> dict[str, Any]:
    """Latency of `fn` plus the peak resident memory it added."""
    reset_peak_rss()
    before, _ = rss_kib()
    stats = measure(fn)
    _, peak = rss_kib()
    return stats | {"peak_rss_delta_kib": max(0, peak - before)}


def compile_with_dumps(
    torch_text: str, workdir: Path
) -> tuple[bytes, dict[str, str], list[Dispatch]]:
    """One IREE compile that dumps every phase and every dispatch:
    (vmfb, {phase: text} for IREE_LEVELS, dispatches)."""
    import iree.compiler as ic

    phases, dumps = workdir / "phases", workdir / "dispatches"
    vmfb = ic.compile_str(
        torch_text,
        input_type="torch",
        extra_args=TARGET_ARGS
        + [
            f"--iree-hal-dump-executable-files-to={dumps}",
            f"--dump-compilation-phases-to={phases}",
        ],
    )
    levels = {}
    for path in phases.glob("*.mlir"):
        m = _PHASE_FILE.search(path.name)
        if m and m.group(1) in IREE_LEVELS:
            levels[m.group(1)] = path.read_text()
    dispatches = []
    for bench in sorted(dumps.glob("module_*_benchmark.mlir")):
        name = bench.name[len("module_") :].split("_embedded_elf")[0]
        source = dumps / f"module_{name}.mlir"
        configured = dumps / f"configured_module_{name}.mlir"
        if source.exists():
            dispatches.append(
                Dispatch(
                    name,
                    source.read_text(),
                    configured.read_text() if configured.exists() else "",
                    bench,
                )
            )
    return vmfb, levels, dispatches


def iree_lower(
    graph: Graph, values: dict[str, torch.Tensor], workdir: Path, time_it: bool = True
) -> IreeResult:
    """Compile once with every dump; time the whole module and each dispatch."""
    import iree.runtime as rt

    graph = weights_as_inputs(graph)
    vmfb, levels, dispatches = compile_with_dumps(import_torch_raw(graph, values), workdir)
    metrics: dict[str, Any] = {"artifact_bytes": len(vmfb)}
    if time_it:
        ctx = rt.SystemContext(config=rt.Config("local-sync"))
        ctx.add_vm_module(rt.VmModule.copy_buffer(ctx.instance, vmfb))
        fn = ctx.modules.module["main"]
        args = [memref.input_array(t) for t in input_list(graph, values)]
        metrics |= _timed(lambda: fn(*args))
        for d in dispatches:
            d.metrics = time_dispatch(d.benchmark)
    return IreeResult(levels, dispatches, metrics)


def time_dispatch(benchmark: Path) -> dict[str, Any]:
    """Compile a dispatch's benchmark module and time one dispatch (batched calls); its
    assembly listing and object code give the static targets (targets.py)."""
    import iree.compiler as ic
    import iree.runtime as rt

    listing = benchmark.with_suffix(".intermediates")
    try:
        vmfb = ic.compile_str(
            benchmark.read_text(),
            extra_args=TARGET_ARGS + [f"--iree-hal-dump-executable-intermediates-to={listing}"],
        )
    except Exception as exc:  # a dispatch that does not compile alone: say so, keep going
        return {"error": f"benchmark compile: {str(exc).splitlines()[0][:200]}"}
    static = _listing_targets(listing)
    ctx = rt.SystemContext(config=rt.Config("local-sync"))
    module = rt.VmModule.copy_buffer(ctx.instance, vmfb)
    ctx.add_vm_module(module)
    names = [n for n in module.function_names if "dispatch" in n]
    if not names:
        return {"error": "benchmark module exports no dispatch function"}
    fn = ctx.modules.module[names[0]]
    stats = _timed(lambda: fn(DISPATCH_BATCH))
    for key in ("latency_s", "iqr_s"):
        stats[key] /= DISPATCH_BATCH
    return stats | static | {"artifact_bytes": len(vmfb), "batch": DISPATCH_BATCH}


def _listing_targets(listing: Path) -> dict[str, Any]:
    """Spills, reloads, vector share and code size of one dispatch, from what IREE dumped."""
    out: dict[str, Any] = {}
    for asm in listing.glob("*.s"):
        out |= asm_targets(asm.read_text())
    for obj in listing.glob("*.o"):
        size = text_bytes(obj)
        if size is not None:
            out["code_bytes"] = size
    shutil.rmtree(listing, ignore_errors=True)
    return out


@dataclass
class NativeResult:
    levels: dict[str, str]
    #: the host build: what latency (and perf) measure
    spec: dict[str, Any]
    metrics: dict[str, Any]
    #: a build for the counters' target CPU where that is not the host's (see counters.py)
    counter_spec: dict[str, Any] | None = None

    @property
    def callgrind_spec(self) -> dict[str, Any]:
        """The build callgrind simulates."""
        return self.counter_spec or self.spec


def native_target(cpu: str) -> dict[str, str]:
    """What code built for `cpu` runs: the CPU name and its x86-64 level."""
    return {"cpu": cpu, "isa": isa_level(cpu_flags()) if cpu == "host" else cpu}


def native_build(
    llvm_text: str,
    workdir: Path,
    unit_id: str,
    inputs: list[dict[str, Any]],
    outputs: list[dict[str, Any]],
    cpu: str = "host",
) -> dict[str, Any]:
    """Link the JIT's object code for an LLVM-dialect module into a shared library; the
    harness spec that calls it. `cpu="host"` is the JIT's own choice (every feature of this
    CPU); a named CPU (`x86-64-v3`) is set on every function, and LLVM's per-function target
    then replaces the host's CPU and features in that function's code."""
    from torch_mlir.execution_engine import ExecutionEngine

    ir, _ = _mlir()
    stem = unit_id if cpu == "host" else f"{unit_id}@{cpu}"
    obj, so = workdir / f"{stem}.o", workdir / f"{stem}.so"
    with new_context():
        module = ir.Module.parse(llvm_text)
        if cpu != "host":
            for op in module.body.operations:
                if op.operation.name == "llvm.func" and op.regions[0].blocks:
                    op.attributes["target_cpu"] = ir.StringAttr.get(cpu)
                    op.attributes["target_features"] = ir.Attribute.parse(
                        "#llvm.target_features<[]>"
                    )
        ExecutionEngine(module, opt_level=2).dump_to_object_file(str(obj))
    subprocess.run(
        ["gcc", "-shared", "-o", str(so), str(obj), "-lm"], check=True, capture_output=True
    )
    static = object_targets(obj)
    obj.unlink(missing_ok=True)
    return {
        "id": stem,
        "so": str(so),
        "inputs": inputs,
        "outputs": outputs,
        "target": native_target(cpu),
        "static": static,
    }


def _native(
    levels: dict[str, str],
    inputs: list[dict[str, Any]],
    outputs: list[dict[str, Any]],
    workdir: Path,
    unit_id: str,
    time_it: bool,
    counter_cpu: str,
) -> NativeResult:
    spec = native_build(levels["llvm"], workdir, unit_id, inputs, outputs)
    metrics: dict[str, Any] = {"artifact_bytes": Path(spec["so"]).stat().st_size}
    metrics |= spec.pop("static")
    if time_it:
        from costmodel.measure.harness import Unit

        metrics |= _timed(Unit(spec))
    counter_spec = None
    if counter_cpu != "host":
        counter_spec = native_build(levels["llvm"], workdir, unit_id, inputs, outputs, counter_cpu)
        counter_spec.pop("static")
    return NativeResult(levels, spec, metrics, counter_spec)


def torchmlir_native(
    graph: Graph,
    values: dict[str, torch.Tensor],
    workdir: Path,
    unit_id: str,
    time_it: bool = True,
    counter_cpu: str = "host",
) -> NativeResult:
    """Lower through torch-mlir, link the JIT's object into a .so, time it in-process."""
    texts = TorchMlirBackend().lower(graph, values)
    specs = graph.values()
    inputs = [{"shape": list(s.shape), "dtype": s.dtype} for s in graph.graph_inputs]
    outputs = [{"shape": list(specs[n].shape), "dtype": specs[n].dtype} for n in graph.outputs]
    levels = {k: texts[k] for k in TORCH_MLIR_LEVELS}
    return _native(levels, inputs, outputs, workdir, unit_id, time_it, counter_cpu)


def kernel_graphs(graph: Graph) -> list[Graph]:
    """Each node as a graph of its own, its tensor inputs becoming graph inputs. Values are
    renamed (`a0`, `r0`, node `n0`), so the same op on the same shapes is the same graph
    wherever it sits; `meta["node"]` keeps the node's id in the graph."""
    import dataclasses

    from compiler_lab.ir import argcodec
    from compiler_lab.ir.graph import InputSpec, TensorSpec

    specs = graph.values()
    out = []
    for node in graph.nodes:
        names = list(dict.fromkeys(node.input_names()))
        rename = {n: f"a{i}" for i, n in enumerate(names)}
        inputs = [
            InputSpec(rename[n], specs[n].shape, specs[n].dtype,
                      range=getattr(specs[n], "range", None))
            for n in names
        ]  # fmt: skip
        outs = [TensorSpec(f"r{i}", o.shape, o.dtype) for i, o in enumerate(node.outputs)]
        ref = lambda r, rename=rename: argcodec.Ref(rename[r])  # noqa: E731
        kernel = dataclasses.replace(
            node,
            id="n0",
            args=argcodec.substitute(node.args, ref),
            kwargs=argcodec.substitute(node.kwargs, ref),
            outputs=outs,
        )
        out.append(
            Graph(
                inputs=inputs,
                nodes=[kernel],
                outputs=[o.name for o in outs],
                name=f"{graph.name}.{node.id}",
                meta={"kernel_of": graph.name, "node": node.id},
            )
        )
    return out


_TENSOR_TYPE = re.compile(r"tensor<((?:\d+x)*)([a-z]+\d*)>")
_MLIR_DTYPES = {
    "f32": "float32",
    "f64": "float64",
    "f16": "float16",
    "bf16": "bfloat16",
    "i64": "int64",
    "i32": "int32",
    "i16": "int16",
    "i8": "int8",
    "i1": "bool",
}


def _tensor_spec(type_text: str) -> dict[str, Any]:
    m = _TENSOR_TYPE.fullmatch(type_text.strip())
    if not m or m.group(2) not in _MLIR_DTYPES:
        raise ValueError(
            f"unsupported argument type {type_text.strip()!r} (static ranked "
            "tensors of f16/bf16/f32/f64/i1/i8/i16/i32/i64 only)"
        )
    dims = [int(d) for d in m.group(1).split("x") if d]
    return {"shape": dims, "dtype": _MLIR_DTYPES[m.group(2)]}


def linalg_native(
    text: str, workdir: Path, unit_id: str, time_it: bool = True, counter_cpu: str = "host"
) -> NativeResult:
    """A linalg-on-tensors module (func @main over static tensors) as a native unit.
    Raises ValueError naming the problem for malformed or unsupported input."""
    from compiler_lab.backends.base import StageError
    from compiler_lab.backends.torchmlir import TO_LLVM, run_passes

    ir, _ = _mlir()
    with new_context():
        try:
            module = ir.Module.parse(text)
        except Exception as exc:
            raise ValueError(f"malformed MLIR: {str(exc).strip().splitlines()[0]}") from None
        mains = [
            op
            for op in module.body.operations
            if op.operation.name == "func.func"
            and str(op.attributes["sym_name"]).strip('"') == "main"
        ]
        if not mains:
            raise ValueError("no func.func @main in the module")
        ftype = ir.TypeAttr(mains[0].attributes["function_type"]).value
        ftype = ir.FunctionType(ftype)
        inputs = [_tensor_spec(str(t)) for t in ftype.inputs]
        outputs = [_tensor_spec(str(t)) for t in ftype.results]
    try:
        llvm = run_passes(text, TO_LLVM)
    except StageError as exc:
        raise ValueError(f"does not lower ({exc.stage}): {str(exc).splitlines()[0]}") from None
    levels = {"linalg": text, "llvm": llvm}
    return _native(levels, inputs, outputs, workdir, unit_id, time_it, counter_cpu)
