"""The `native` capability of the backend contract: what a backend hands a measurer of
compiled code (the cost model's) for one graph. The MLIR at each level, the dispatches the
compiler formed (each with its configured source and a module that runs it alone), the
compiled graph as a call, and shared libraries of its native code that a standalone harness
calls through MLIR's C interface (`_mlir_ciface_main` over memref descriptors), built for
each CPU asked for. A backend declares `"native"` in `Backend.capabilities` and implements
`lower_native` (and `build_dispatch` where it forms dispatches); `"native-mlir"` adds
`native_from_mlir` for a linalg-on-tensors module given as text, and `"library"` says that
its units carry shared libraries (what counter collectors run).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compiler_lab.ir.graph import Graph

#: the capabilities a backend may declare (`Backend.capabilities`)
CAPABILITIES = {
    "native": "lower_native: the MLIR at each level and native code, for measuring",
    "native-mlir": "native_from_mlir: the same for a linalg-on-tensors module given as text",
    "library": "lower_native builds shared libraries of the LLVM level (what counters run)",
    "variants": "schedule_variants: a dispatch under other scheduling decisions (tile sizes)",
}
#: the levels of a dispatch's texts: as formed, and with the compiler's decisions (lowering
#: config, pipeline) attached
DISPATCH_LEVELS = ("dispatch", "configured")


def weights_as_inputs(graph: Graph) -> Graph:
    """The graph with its weights as function arguments: no megabytes of constants inlined
    in the MLIR texts (and dumped dispatches cannot carry them anyway)."""
    return dataclasses.replace(
        graph, inputs=[dataclasses.replace(s, kind="input") for s in graph.inputs]
    )


def boundary(graph: Graph) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """[{shape, dtype}] of the graph's inputs and of its outputs: a library's signature."""
    specs = graph.values()
    inputs = [{"shape": list(s.shape), "dtype": s.dtype} for s in graph.graph_inputs]
    outputs = [{"shape": list(specs[n].shape), "dtype": specs[n].dtype} for n in graph.outputs]
    return inputs, outputs


@dataclass
class NativeDispatch:
    """One dispatch the compiler formed: its source, its configured source, and the
    benchmark module that runs it alone (`Backend.build_dispatch` compiles that); or one
    variant of it, the same workload under other decisions (`Backend.schedule_variants`)."""

    name: str
    source: str
    configured: str
    benchmark: Path
    #: the compiler's decisions for it (JSON; a backend with the "variants" capability),
    #: and which variant of them it is: 0 is the compiler's own choice
    schedule: dict[str, Any] | None = None
    variant: int = 0
    #: the configured source without its decisions: what every variant shares
    workload: str = ""

    def texts(self) -> dict[str, str]:
        """{level: text} over DISPATCH_LEVELS."""
        return dict(zip(DISPATCH_LEVELS, (self.source, self.configured), strict=True))


@dataclass
class DispatchBuild:
    """A dispatch's benchmark module, compiled: `run(n)` runs the dispatch n times; `listing`
    is a folder of what the compiler dumped for it (`*.s` assembly, `*.o` object code);
    `compiler_stats`, what the compiler counted while building it."""

    run: Callable[[int], Any]
    artifact_bytes: int
    listing: Path
    #: what the compiler counted while building it (e.g. LLVM's `spills`, `reloads`)
    compiler_stats: dict[str, int] = field(default_factory=dict)


@dataclass
class NativeLibrary:
    """A shared library exporting `_mlir_ciface_main`, built for `cpu` (`host`: every
    feature of this CPU; or a named CPU such as `x86-64-v3`), with its object code (which
    the caller may read and delete) and its signature."""

    path: Path
    object: Path
    cpu: str
    inputs: list[dict[str, Any]]
    outputs: list[dict[str, Any]]


@dataclass
class NativeUnits:
    """What `lower_native` hands the measurer for one graph."""

    #: MLIR text at each of the backend's levels (`Backend.native_levels`)
    levels: dict[str, str]
    dispatches: list[NativeDispatch] = field(default_factory=list)
    #: the compiled graph called on the values it was lowered with (None: not built)
    call: Callable[[], Any] | None = None
    #: the compiled module's size, where there is one (an IREE vmfb)
    artifact_bytes: int | None = None
    #: native code of the LLVM level, by the CPU it was built for (`host` first)
    libraries: dict[str, NativeLibrary] = field(default_factory=dict)
    #: a folder of intermediate files the caller deletes once it has measured the units
    scratch: Path | None = None
