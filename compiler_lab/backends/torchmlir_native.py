"""torch-mlir's native units (the `native` capability): the graph lowered to torch, linalg
and LLVM, and the JIT's object code for the LLVM level linked into a shared library, so the
same native code runs under timers, valgrind and perf. A linalg-on-tensors module given as
text (`native_from_mlir`) is lowered and built the same way.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import torch

from compiler_lab.backends.base import StageError
from compiler_lab.backends.mlir_passes import bindings, new_context, run_passes
from compiler_lab.backends.native import NativeLibrary, NativeUnits, boundary
from compiler_lab.backends.torchmlir import JIT_OPT_LEVEL, TO_LLVM
from compiler_lab.ir.graph import Graph


def build_library(
    llvm_text: str,
    workdir: Path,
    stem: str,
    inputs: list[dict[str, Any]],
    outputs: list[dict[str, Any]],
    cpu: str = "host",
) -> NativeLibrary:
    """Link the JIT's object code for an LLVM-dialect module into a shared library,
    `<stem>.so` (`<stem>@<cpu>.so` for a named CPU). `cpu="host"` is the JIT's own choice
    (every feature of this CPU); a named CPU (`x86-64-v3`) is set on every function, and
    LLVM's per-function target then replaces the host's CPU and features in its code."""
    from torch_mlir.execution_engine import ExecutionEngine

    ir, _ = bindings()
    name = stem if cpu == "host" else f"{stem}@{cpu}"
    obj, so = workdir / f"{name}.o", workdir / f"{name}.so"
    with new_context():
        module = ir.Module.parse(llvm_text)
        if cpu != "host":
            for op in module.body.operations:
                if op.operation.name == "llvm.func" and op.regions[0].blocks:
                    op.attributes["target_cpu"] = ir.StringAttr.get(cpu)
                    op.attributes["target_features"] = ir.Attribute.parse(
                        "#llvm.target_features<[]>"
                    )
        ExecutionEngine(module, opt_level=JIT_OPT_LEVEL).dump_to_object_file(str(obj))
    subprocess.run(
        ["gcc", "-shared", "-o", str(so), str(obj), "-lm"], check=True, capture_output=True
    )
    return NativeLibrary(so, obj, cpu, inputs, outputs)


def _units(
    levels: dict[str, str],
    inputs: list[dict[str, Any]],
    outputs: list[dict[str, Any]],
    workdir: Path,
    stem: str,
    cpus: tuple[str, ...],
) -> NativeUnits:
    libraries = {
        cpu: build_library(levels["llvm"], workdir, stem, inputs, outputs, cpu)
        for cpu in dict.fromkeys(cpus)
    }
    return NativeUnits(levels, libraries=libraries)


def lower_native(
    backend: Any,
    graph: Graph,
    values: dict[str, torch.Tensor],
    workdir: Path,
    stem: str,
    cpus: tuple[str, ...],
) -> NativeUnits:
    """`backend` (a TorchMlirBackend) lowers `graph`; its LLVM level becomes libraries."""
    texts = backend.lower(graph, values)
    levels = {k: texts[k] for k in backend.native_levels}
    return _units(levels, *boundary(graph), workdir, stem, cpus)


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


def tensor_spec(type_text: str) -> dict[str, Any]:
    """{shape, dtype} of a static ranked tensor type; ValueError for any other type."""
    m = _TENSOR_TYPE.fullmatch(type_text.strip())
    if not m or m.group(2) not in _MLIR_DTYPES:
        raise ValueError(
            f"unsupported argument type {type_text.strip()!r} (static ranked "
            "tensors of f16/bf16/f32/f64/i1/i8/i16/i32/i64 only)"
        )
    dims = [int(d) for d in m.group(1).split("x") if d]
    return {"shape": dims, "dtype": _MLIR_DTYPES[m.group(2)]}


def main_signature(text: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """[{shape, dtype}] of `func.func @main`'s arguments and results. ValueError names
    what is wrong with a malformed or unsupported module."""
    ir, _ = bindings()
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
        ftype = ir.FunctionType(ir.TypeAttr(mains[0].attributes["function_type"]).value)
        return [tensor_spec(str(t)) for t in ftype.inputs], [
            tensor_spec(str(t)) for t in ftype.results
        ]


def native_from_mlir(text: str, workdir: Path, stem: str, cpus: tuple[str, ...]) -> NativeUnits:
    """A linalg-on-tensors module (func @main over static tensors) as native units at the
    linalg and llvm levels. ValueError names the problem for malformed or unsupported
    input."""
    inputs, outputs = main_signature(text)
    try:
        llvm = run_passes(text, TO_LLVM)
    except StageError as exc:
        raise ValueError(f"does not lower ({exc.stage}): {str(exc).splitlines()[0]}") from None
    return _units({"linalg": text, "llvm": llvm}, inputs, outputs, workdir, stem, cpus)
