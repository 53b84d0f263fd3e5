"""IREE's native units (the `native` capability): one `iree-compile` that dumps every
phase (flow, stream, hal) and every dispatch's source, configured source and benchmark
module; the compiled module as a call on `local-sync`; and each dispatch's benchmark module
compiled alone, with the assembly and object code IREE dumps for it.

Weights become function arguments: dumped dispatches cannot carry inlined constants (the
dump drops their resources).
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import torch

from compiler_lab.backends import memref
from compiler_lab.backends.iree import NATIVE_PHASES, TARGET_ARGS
from compiler_lab.backends.mlir_import import import_torch_raw
from compiler_lab.backends.native import (
    DispatchBuild,
    NativeDispatch,
    NativeUnits,
    weights_as_inputs,
)
from compiler_lab.ir.graph import Graph
from compiler_lab.ir.materialize import input_list

_PHASE_FILE = re.compile(r"\.\d+\.([\w-]+)\.mlir$")


def compile_with_dumps(
    torch_text: str, workdir: Path
) -> tuple[bytes, dict[str, str], list[NativeDispatch]]:
    """One IREE compile that dumps every phase and every dispatch:
    (vmfb, {phase: text} for NATIVE_PHASES, dispatches)."""
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
        if m and m.group(1) in NATIVE_PHASES:
            levels[m.group(1)] = path.read_text()
    dispatches = []
    for bench in sorted(dumps.glob("module_*_benchmark.mlir")):
        name = bench.name[len("module_") :].split("_embedded_elf")[0]
        source = dumps / f"module_{name}.mlir"
        configured = dumps / f"configured_module_{name}.mlir"
        if source.exists():
            dispatches.append(
                NativeDispatch(
                    name,
                    source.read_text(),
                    configured.read_text() if configured.exists() else "",
                    bench,
                )
            )
    return vmfb, levels, dispatches


def lower_native(graph: Graph, values: dict[str, torch.Tensor], workdir: Path) -> NativeUnits:
    """Compile once with every dump (into a scratch folder under `workdir`); the module's
    `main` as a call on the graph's values."""
    import iree.runtime as rt

    graph = weights_as_inputs(graph)
    scratch = Path(tempfile.mkdtemp(dir=workdir, prefix="iree-"))
    vmfb, levels, dispatches = compile_with_dumps(import_torch_raw(graph, values), scratch)
    ctx = rt.SystemContext(config=rt.Config("local-sync"))
    ctx.add_vm_module(rt.VmModule.copy_buffer(ctx.instance, vmfb))
    fn = ctx.modules.module["main"]
    args = [memref.input_array(t) for t in input_list(graph, values)]
    return NativeUnits(
        levels,
        dispatches,
        call=lambda: fn(*args),
        artifact_bytes=len(vmfb),
        scratch=scratch,
    )


def build_dispatch(dispatch: NativeDispatch) -> DispatchBuild:
    """Compile a dispatch's benchmark module on its own, dumping its intermediates (`.s`,
    `.o`) beside it; `run(n)` runs the dispatch n times (`local-sync`, one thread).
    Raises RuntimeError naming the step that failed."""
    import iree.compiler as ic
    import iree.runtime as rt

    listing = dispatch.benchmark.with_suffix(".intermediates")
    try:
        vmfb = ic.compile_str(
            dispatch.benchmark.read_text(),
            extra_args=TARGET_ARGS + [f"--iree-hal-dump-executable-intermediates-to={listing}"],
        )
    except Exception as exc:
        raise RuntimeError(f"benchmark compile: {str(exc).splitlines()[0][:200]}") from None
    ctx = rt.SystemContext(config=rt.Config("local-sync"))
    module = rt.VmModule.copy_buffer(ctx.instance, vmfb)
    ctx.add_vm_module(module)
    names = [n for n in module.function_names if "dispatch" in n]
    if not names:
        raise RuntimeError("benchmark module exports no dispatch function")
    return DispatchBuild(ctx.modules.module[names[0]], len(vmfb), listing)
