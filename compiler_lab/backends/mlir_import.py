"""Importing a graph into MLIR's torch dialect with torch-mlir's FX importer.

Both MLIR backends start here. The importer is loaded lazily: it is heavy, and importing
it is what registers torch-mlir's passes.
"""

from __future__ import annotations

import torch

from compiler_lab.backends.base import StageError
from compiler_lab.graph import Graph
from compiler_lab.materialize import input_list, to_module
from compiler_lab.sandbox.breadcrumb import mark


def import_torch_raw(graph: Graph, values: dict[str, torch.Tensor]) -> str:
    """The raw torch-dialect module text (FX importer output). Raises StageError('fx-import')."""
    import torch_mlir.fx as tfx

    module = to_module(graph, values)
    mark("fx-import")
    try:
        imported = tfx.export_and_import(module, *input_list(graph, values), output_type="raw")
    except Exception as exc:
        raise StageError("fx-import", exc) from exc
    return imported.operation.get_asm(large_elements_limit=None)
