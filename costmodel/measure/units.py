"""Measuring the native units a backend hands over through its `native` capability
(`compiler_lab/backends/native.py`): the whole compiled graph timed in-process, each
dispatch it formed compiled alone and timed with the static targets of its code
(targets.py), and, where the backend builds shared libraries, the host build timed through
the harness (the same code the counter collectors run later) and a build for the counters'
CPU where that is not the host's.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from compiler_lab import backends
from compiler_lab.backends.base import Backend
from compiler_lab.backends.native import (
    DISPATCH_LEVELS,
    NativeDispatch,
    NativeLibrary,
    NativeUnits,
)
from compiler_lab.ir.graph import Graph
from compiler_lab.machine import cpu_flags, isa_level
from costmodel.measure.harness import Unit
from costmodel.measure.latency import measure, reset_peak_rss, rss_kib
from costmodel.measure.targets import asm_targets, object_targets, text_bytes

DISPATCH_BATCH = 16


def native_backends(capability: str = "native") -> list[Backend]:
    """The backends available here that have `capability`, ready to lower."""
    return [backends.get(name) for name in backends.capable(capability)]


def dispatch_backends() -> list[Backend]:
    """The backends whose native units include the dispatches they formed."""
    return [b for b in native_backends() if DISPATCH_LEVELS[0] in b.native_levels]


def _timed(fn) -> dict[str, Any]:
    """Latency of `fn` plus the peak resident memory it added."""
    reset_peak_rss()
    before, _ = rss_kib()
    stats = measure(fn)
    _, peak = rss_kib()
    return stats | {"peak_rss_delta_kib": max(0, peak - before)}


def time_dispatch(backend: Backend, dispatch: NativeDispatch) -> dict[str, Any]:
    """Compile a dispatch's benchmark module and time one dispatch (batched calls); its
    assembly listing, object code and the compiler's statistics give the static targets
    (targets.py). A dispatch that
    does not compile alone gets {"error": ...}, and the others go on."""
    try:
        build = backend.build_dispatch(dispatch)
    except RuntimeError as exc:
        return {"error": str(exc)}
    static = _listing_targets(build.listing) | build.compiler_stats
    stats = _timed(lambda: build.run(DISPATCH_BATCH))
    for key in ("latency_s", "iqr_s"):
        stats[key] /= DISPATCH_BATCH
    return stats | static | {"artifact_bytes": build.artifact_bytes, "batch": DISPATCH_BATCH}


def _listing_targets(listing: Path) -> dict[str, Any]:
    """Vector share and code size of one dispatch, from what was dumped."""
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
    """A graph's native units as measured: its levels and metrics, the dispatches with
    theirs, and the harness specs of its libraries, where the backend built them."""

    levels: dict[str, str]
    metrics: dict[str, Any]
    dispatches: list[tuple[NativeDispatch, dict[str, Any]]] = field(default_factory=list)
    #: the host build: what latency (and perf) measure
    spec: dict[str, Any] | None = None
    #: a build for the counters' target CPU where that is not the host's (see callgrind.py)
    counter_spec: dict[str, Any] | None = None

    @property
    def callgrind_spec(self) -> dict[str, Any] | None:
        """The build callgrind simulates."""
        return self.counter_spec or self.spec


def native_target(cpu: str) -> dict[str, str]:
    """What code built for `cpu` runs: the CPU name and its x86-64 level."""
    return {"cpu": cpu, "isa": isa_level(cpu_flags()) if cpu == "host" else cpu}


def harness_spec(lib: NativeLibrary, unit_id: str) -> dict[str, Any]:
    """What the harness (harness.py) needs to call a library: {id, so, inputs, outputs,
    target}; a build for a named CPU has the id `<unit_id>@<cpu>`."""
    return {
        "id": unit_id if lib.cpu == "host" else f"{unit_id}@{lib.cpu}",
        "so": str(lib.path),
        "inputs": lib.inputs,
        "outputs": lib.outputs,
        "target": native_target(lib.cpu),
    }


def measure_units(
    backend: Backend,
    units: NativeUnits,
    unit_id: str,
    time_it: bool = True,
    counter_cpu: str = "host",
    variants: int = 0,
) -> NativeResult:
    """Time (if `time_it`) and read the static targets of what `backend` handed over, each
    dispatch under up to `variants` schedules where the backend varies them; the scratch
    folder is gone afterwards, the libraries stay for the counter collectors."""
    try:
        host = units.libraries.get("host")
        spec = counter_spec = None
        if host is not None:
            spec = harness_spec(host, unit_id)
            metrics: dict[str, Any] = {"artifact_bytes": host.path.stat().st_size}
            metrics |= object_targets(host.object)
            if time_it:
                metrics |= _timed(Unit(spec))
            if counter_cpu != "host" and counter_cpu in units.libraries:
                counter_spec = harness_spec(units.libraries[counter_cpu], unit_id)
        else:
            metrics = (
                {} if units.artifact_bytes is None else {"artifact_bytes": units.artifact_bytes}
            )
            if time_it and units.call is not None:
                metrics |= _timed(units.call)
        dispatches = [
            (v, time_dispatch(backend, v) if time_it else {})
            for d in units.dispatches
            for v in schedules(backend, d, variants)
        ]
    finally:
        for lib in units.libraries.values():
            lib.object.unlink(missing_ok=True)
        if units.scratch is not None:
            shutil.rmtree(units.scratch, ignore_errors=True)
    return NativeResult(units.levels, metrics, dispatches, spec, counter_spec)


def schedules(backend: Backend, dispatch: NativeDispatch, n: int) -> list[NativeDispatch]:
    """`dispatch` under up to `n` schedules (the compiler's own first) where `backend`
    varies them, else `dispatch` alone. The variants are drawn from the dispatch's name, so
    the same dispatch gets the same ones in every run."""
    if n <= 1 or "variants" not in backend.capabilities:
        return [dispatch]
    return backend.schedule_variants(dispatch, n)


def lower_and_measure(
    backend: Backend,
    graph: Graph,
    values: dict[str, torch.Tensor],
    workdir: Path,
    unit_id: str,
    time_it: bool = True,
    counter_cpu: str = "host",
    variants: int = 0,
) -> NativeResult:
    """`backend` lowers `graph` for real (libraries for the host and `counter_cpu`, where it
    builds them), then its units are measured (dispatches under up to `variants` schedules)."""
    units = backend.lower_native(graph, values, workdir, unit_id, ("host", counter_cpu))
    return measure_units(backend, units, unit_id, time_it, counter_cpu, variants)


def library_units(
    graph: Graph,
    values: dict[str, torch.Tensor],
    workdir: Path,
    unit_id: str,
    time_it: bool = True,
    counter_cpu: str = "host",
) -> NativeResult:
    """`graph` as native units with libraries, by the first backend that builds them."""
    backend = native_backends("library")[0]
    return lower_and_measure(backend, graph, values, workdir, unit_id, time_it, counter_cpu)


def mlir_units(
    text: str, workdir: Path, unit_id: str, time_it: bool = True, counter_cpu: str = "host"
) -> tuple[Backend, NativeResult]:
    """A linalg-on-tensors module (func @main over static tensors) as measured native
    units, by the first backend that takes MLIR text. ValueError names what is wrong with
    malformed or unsupported input."""
    available = native_backends("native-mlir")
    if not available:
        raise ValueError("no backend here lowers MLIR text to native code")
    backend = available[0]
    units = backend.native_from_mlir(text, workdir, unit_id, ("host", counter_cpu))
    return backend, measure_units(backend, units, unit_id, time_it, counter_cpu)


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
