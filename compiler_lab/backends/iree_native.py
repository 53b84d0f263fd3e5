"""IREE's native units (the `native` capability): one `iree-compile` that dumps every
phase (flow, stream, hal) and every dispatch's source, configured source and benchmark
module; the compiled module as a call on `local-sync`; and each dispatch's benchmark module
compiled alone, with the assembly and object code IREE dumps for it.

Weights become function arguments: dumped dispatches cannot carry inlined constants (the
dump drops their resources).
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import tempfile
from pathlib import Path

import torch

from compiler_lab.backends import memref
from compiler_lab.backends.iree import (
    CONFIGURED,
    NATIVE_PHASES,
    TARGET_ARGS,
    compile_text,
    first_error,
)
from compiler_lab.backends.iree_schedules import (
    max_vector_bytes,
    schedule_of,
    variants,
    with_schedule,
    workload_text,
)
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
    text: str, workdir: Path, input_type: str = "torch"
) -> tuple[bytes, dict[str, str], list[NativeDispatch]]:
    """One IREE compile of `text` (the lab's torch import; a user's module: `auto`) that
    dumps every phase and every dispatch: (vmfb, {phase: text} for NATIVE_PHASES,
    dispatches). StageError("iree-compile") with IREE's diagnostics where it fails."""
    phases, dumps = workdir / "phases", workdir / "dispatches"
    dump = [
        f"--iree-hal-dump-executable-files-to={dumps}",
        f"--dump-compilation-phases-to={phases}",
    ]
    vmfb = compile_text(text, TARGET_ARGS + dump, input_type)
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
            text = configured.read_text() if configured.exists() else ""
            decided = schedule_of(text)
            dispatches.append(
                NativeDispatch(
                    name,
                    source.read_text(),
                    text,
                    bench,
                    schedule=decided.to_json() if decided is not None else None,
                    workload=workload_text(text) if decided is not None else "",
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


#: LLVM's register-allocator statistics (`--stats`), as `regalloc - Number of ... inserted`
_REGALLOC = re.compile(r"^\s*(\d+)\s+regalloc\s+-\s+Number of (spills|reloads) inserted", re.M)
#: seconds one dispatch's benchmark module may take to compile
BUILD_TIMEOUT_S = 600


def regalloc_stats(stderr: str, codegen_runs: int = 1) -> dict[str, int]:
    """Spills and reloads LLVM's register allocator inserted, from `iree-compile --stats`
    output, over `codegen_runs` (dumping intermediates runs LLVM's codegen a second time,
    for the `.s`, so the counts then double)."""
    found = {"spills": 0, "reloads": 0}
    for count, what in _REGALLOC.findall(stderr):
        found[what] += int(count)
    return {k: v // codegen_runs for k, v in found.items()}


def build_dispatch(dispatch: NativeDispatch) -> DispatchBuild:
    """Compile a dispatch's benchmark module on its own, from the phase it was dumped at
    (`--compile-from=executable-configurations`: compiled from the start instead, IREE
    configures it again and rejects a conv's large vectors), dumping its intermediates
    (`.s`, `.o`) beside it and reading LLVM's regalloc statistics; `run(n)` runs the
    dispatch n times (`local-sync`, one thread). Raises RuntimeError naming the step that
    failed."""
    import iree.runtime as rt
    from iree.compiler.tools.binaries import find_tool

    listing = dispatch.benchmark.with_suffix(".intermediates")
    vmfb_path = dispatch.benchmark.with_suffix(".vmfb")
    command = [
        find_tool("iree-compile"),
        str(dispatch.benchmark),
        f"--compile-from={CONFIGURED}",
        f"--iree-hal-dump-executable-intermediates-to={listing}",
        "--stats",
        "-o",
        str(vmfb_path),
        *TARGET_ARGS,
    ]
    try:
        proc = subprocess.run(command, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"benchmark compile: no result in {BUILD_TIMEOUT_S} s") from None
    if proc.returncode != 0:
        error = first_error(proc.stderr) or f"iree-compile exited with {proc.returncode}"
        raise RuntimeError(f"benchmark compile: {error[:200]}")
    vmfb = vmfb_path.read_bytes()
    vmfb_path.unlink()
    ctx = rt.SystemContext(config=rt.Config("local-sync"))
    module = rt.VmModule.copy_buffer(ctx.instance, vmfb)
    ctx.add_vm_module(module)
    names = [n for n in module.function_names if "dispatch" in n]
    if not names:
        raise RuntimeError("benchmark module exports no dispatch function")
    stats = regalloc_stats(proc.stderr, codegen_runs=2)
    return DispatchBuild(ctx.modules.module[names[0]], len(vmfb), listing, stats)


_EXPORT = re.compile(r"hal\.executable\.export public @(\S+) ")


def schedule_variants(dispatch: NativeDispatch, n: int, seed: int = 0) -> list[NativeDispatch]:
    """`dispatch` (IREE's own schedule) and up to `n - 1` variants of it, each with its
    benchmark module written beside the original's (see iree_schedules)."""
    bench = dispatch.benchmark.read_text()
    default = schedule_of(bench)
    if default is None or n <= 1:
        return [dispatch]
    export = _EXPORT.search(bench)
    name = export.group(1) if export else dispatch.name
    out = [dispatch]
    drawn = variants(name, default, n, max_vector_bytes(bench), seed)
    for i, schedule in enumerate(drawn[1:], start=1):
        path = dispatch.benchmark.with_name(f"{dispatch.benchmark.stem}.v{i}.mlir")
        path.write_text(with_schedule(bench, schedule))
        configured = with_schedule(dispatch.configured, schedule) if dispatch.configured else ""
        out.append(
            dataclasses.replace(
                dispatch,
                configured=configured,
                benchmark=path,
                schedule=schedule.to_json(),
                variant=i,
            )
        )
    return out
