"""torch-mlir-tosa: torch → TOSA → linalg → LLVM through torch-mlir's TOSA path, run by the
ExecutionEngine like the linalg path.

The TOSA conversion is a second, independent route from the torch dialect to linalg: the
same graph through both paths, compared with eager, tells which conversion is wrong. An
op the TOSA conversion cannot legalize is a skip by design, not a finding.
"""

from __future__ import annotations

import torch

from compiler_lab.backends.torchmlir import TO_LLVM, TO_TOSA, TORCH_BACKEND, TorchMlirBackend
from compiler_lab.ir.graph import Graph

#: in the order torch-mlir's own TOSA → linalg backend runs them: tosa-to-linalg is a full
#: conversion, so what other passes lower (tosa.scatter and control flow by tosa-to-scf,
#: tosa.const by tosa-to-arith, tosa.transpose_conv2d by tosa-optional-decompositions)
#: must be gone before it
TOSA_TO_LINALG = ",".join(
    [
        "func.func(tosa-optional-decompositions)",
        "func.func(tosa-to-arith)",
        "func.func(tosa-to-scf)",
        "func.func(tosa-to-linalg-named)",
        "func.func(tosa-to-linalg)",
        "func.func(tosa-to-tensor)",
        "func.func(tosa-to-arith)",
        "canonicalize",
    ]
)
#: (level name, pipeline producing it from the previous level)
LEVELS = [
    ("torch", TORCH_BACKEND),
    ("tosa", TO_TOSA),
    ("linalg", TOSA_TO_LINALG),
    ("llvm", TO_LLVM),
]


class TosaBackend(TorchMlirBackend):
    name = "torch-mlir-tosa"
    levels = ("torch-raw", *(level for level, _ in LEVELS))
    plan = LEVELS
    label = "torch-mlir (TOSA)"
    #: the cost measurer takes torch-mlir's linalg path only
    capabilities = frozenset()
    native_levels = kernel_levels = ()

    def dump_ir(self, graph: Graph, values: dict[str, torch.Tensor]):  # noqa: ANN201
        """torch-raw, torch, tosa, linalg and llvm; a failed level is a Failure."""
        return self._dump_branches(graph, values, [LEVELS])
