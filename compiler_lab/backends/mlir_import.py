"""Importing a graph into MLIR's torch dialect with torch-mlir's FX importer.

Both MLIR backends start here. The importer is loaded lazily: it is heavy, and importing
it is what registers torch-mlir's passes.
"""

from __future__ import annotations

import torch

from compiler_lab.backends.base import StageError
from compiler_lab.ir.graph import Graph
from compiler_lab.ir.materialize import input_list, to_module
from compiler_lab.sandbox.breadcrumb import mark


def import_torch_raw(graph: Graph, values: dict[str, torch.Tensor]) -> str:
    """The raw torch-dialect module text (FX importer output): `main` returns exactly the
    graph's outputs. Raises StageError('fx-import')."""
    import torch_mlir.fx as tfx

    module = to_module(graph, values)
    mark("fx-import")
    try:
        prog = export_for_import(module, input_list(graph, values))
        # decomposed already: an empty table makes the importer skip its own decomposition
        imported = tfx.export_and_import(prog, output_type="raw", decomposition_table={})
    except Exception as exc:
        raise StageError("fx-import", exc) from exc
    return imported.operation.get_asm(large_elements_limit=None)


def export_for_import(
    model: torch.nn.Module, inputs: list[torch.Tensor]
) -> torch.export.ExportedProgram:
    """`model` exported and decomposed as torch-mlir's importer does it, returning only the
    model's own outputs. An op that writes into an input (training-mode batch norm's
    running stats) makes export return the new values first, and the importer would return
    them too: the backends would read the graph's outputs from the wrong results. Repro
    scripts carry this function's source: it needs only torch and torch-mlir."""
    from torch.export.graph_signature import OutputKind
    from torch_mlir.extras.fx_decomp_util import get_decomposition_table

    prog = torch.export.export(model, tuple(inputs), strict=False)
    prog = prog.run_decompositions(get_decomposition_table())
    kinds = [spec.kind for spec in prog.graph_signature.output_specs]
    output = prog.graph.output_node()
    own = [r for r, k in zip(output.args[0], kinds, strict=True) if k == OutputKind.USER_OUTPUT]
    output.args = (tuple(own),)
    return prog


def importer_source() -> str:
    """`export_for_import`'s own source, for a repro script (not a copy of it)."""
    import inspect

    return inspect.getsource(export_for_import)
