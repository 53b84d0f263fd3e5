"""What `clab cost tune FILE.mlir` takes: a module IREE compiles, torch dialect (what
torch-mlir's importer writes), linalg-on-tensors, StableHLO or TOSA (IREE's input detection
tells which), with one public `func.func`, the entry, over statically shaped tensors: the
whole model is checked by running it on inputs drawn from that signature, so every dim must
be known.

The file is read and bounds-checked here (a text past `costmodel/mlir/bounds.py`'s bounds
would crash or stall a parser); it is parsed only in a sandboxed worker (`entry`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from compiler_lab.errors import LabError
from costmodel.mlir.bounds import MlirBoundsError, check_text

#: larger texts are refused: each worker call carries the whole text
MAX_MLIR_BYTES = 64 << 20
#: a torch-dialect tensor type: `!torch.vtensor<[16,32],f32>` (`?` or -1: a dynamic dim)
_VTENSOR = re.compile(r"!torch\.vtensor<\[([^\]]*)\],(\w+)>")
#: a builtin tensor type's dims: `tensor<?x32xf32>`
_TENSOR_DIMS = re.compile(r"tensor<((?:[?\d]+x)*)")
#: torch's signed integer element types, as builtin ones
_TORCH_INTS = {"si64": "i64", "si32": "i32", "si16": "i16", "si8": "i8"}


def read_mlir(path: Path) -> str:
    """The text of a user's MLIR file, within the bounds any parser needs; LabError naming
    the file and what is wrong."""
    if not path.is_file():
        raise LabError(f"{path}: no such file")
    if path.stat().st_size > MAX_MLIR_BYTES:
        raise LabError(f"{path}: over {MAX_MLIR_BYTES >> 20} MiB")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise LabError(f"{path}: not MLIR (not UTF-8 text)") from None
    try:
        check_text(text)
    except MlirBoundsError as exc:
        raise LabError(f"{path}: {exc}") from None
    return text


def entry(text: str) -> dict[str, Any]:
    """The module's entry: {name, inputs, outputs} with [{shape, dtype}] per argument and
    result. ValueError names what is wrong (not MLIR, no or several public functions, a
    dynamic dim, a type that is no tensor). Parses: call it in a sandboxed worker."""
    from iree.compiler import ir

    from costmodel.features.extract import parse_module

    ctx = ir.Context()
    module = parse_module(text, ctx)  # MlirFeatureError (a ValueError): malformed, or too deep
    with ctx:
        public = [
            op
            for op in module.body.operations
            if op.operation.name == "func.func" and not _private(op.attributes)
        ]
        names = [str(op.attributes["sym_name"]).strip('"') for op in public]
        if len(public) != 1:
            found = ", ".join(f"@{n}" for n in names) or "none"
            raise ValueError(f"{len(public)} public func.func ({found}); tune takes one entry")
        ftype = ir.FunctionType(ir.TypeAttr(public[0].attributes["function_type"]).value)
        where = f"@{names[0]}"
        inputs = [arg_spec(str(t), f"{where} argument {i}") for i, t in enumerate(ftype.inputs)]
        outputs = [arg_spec(str(t), f"{where} result {i}") for i, t in enumerate(ftype.results)]
    return {"name": names[0], "inputs": inputs, "outputs": outputs}


def _private(attributes: Any) -> bool:  # noqa: ANN401 (an MLIR op's attribute dictionary)
    return "sym_visibility" in attributes and str(attributes["sym_visibility"]) == '"private"'


def arg_spec(type_text: str, where: str) -> dict[str, Any]:
    """{shape, dtype} of a static tensor type, builtin (`tensor<16x32xf32>`) or torch's
    (`!torch.vtensor<[16,32],f32>`); ValueError naming `where` for a dynamic dim or a
    type that is no such tensor."""
    from compiler_lab.backends.torchmlir_native import tensor_spec

    vtensor = _VTENSOR.fullmatch(type_text.strip())
    if vtensor is not None:
        dims = [d.strip() for d in vtensor.group(1).split(",") if d.strip()]
        dims = ["?" if d in ("?", "-1") else d for d in dims]
        element = _TORCH_INTS.get(vtensor.group(2), vtensor.group(2))
        builtin = f"tensor<{''.join(d + 'x' for d in dims)}{element}>"
    else:
        builtin = type_text.strip()
    dims = _TENSOR_DIMS.match(builtin)
    if dims is not None and "?" in dims.group(1):
        raise ValueError(
            f"{where} has dynamic dims ({type_text.strip()}): tune runs the model on "
            "inputs drawn from its signature, so every dim must be static"
        )
    try:
        return tensor_spec(builtin)
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from None
