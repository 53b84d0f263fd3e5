"""Measuring one graph (inside a sandboxed worker): lower it through IREE and torch-mlir,
time every unit, and return dataset rows plus the native units that counter collectors
(callgrind, perf) measure afterwards in their own processes."""

from __future__ import annotations

import hashlib
import tempfile
import traceback
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compiler_lab.ir.graph import Graph
from compiler_lab.ir.inputs import make_values
from compiler_lab.sandbox.calls import sandbox_call
from costmodel.measure import units as U
from costmodel.mlir.canon import canonical_hash

ALL_LEVELS = (*U.TORCH_MLIR_LEVELS, *U.IREE_LEVELS, "dispatch", "configured", "kernel")
NOISE_KEYS = (
    "iqr_s",
    "cv",
    "cv_std",
    "repeats",
    "calls_per_block",
    "loadavg_1m",
    "loaded",
    "noisy",
)


def make_row(
    unit: str,
    unit_id: str,
    level: str,
    text: str,
    graph_hash: str,
    family: str,
    backend: str,
    collector: str,
    metrics: dict[str, Any],
    target: dict[str, str],
    dispatch_id: str | None = None,
) -> dict[str, Any]:
    """One dataset row. `target` names the CPU the measured code was built for."""
    return {
        "unit": unit,
        "unit_id": unit_id,
        "level": level,
        "mlir": text,
        "mlir_hash": canonical_hash(text),
        "graph_hash": graph_hash,
        "family": family,
        "dispatch_id": dispatch_id,
        "backend": backend,
        "collector": collector,
        "target": target,
        "metrics": {k: v for k, v in metrics.items() if k not in NOISE_KEYS},
        "noise": {k: metrics[k] for k in NOISE_KEYS if k in metrics},
    }


def native_items(
    res: U.NativeResult, unit: str, unit_id: str, levels: dict[str, str], dispatch_id=None
) -> list[dict[str, Any]]:
    """The native units a graph hands to the counter collectors: the host build, and the
    counter build under its own unit id (`<id>@<cpu>`) where the two differ."""
    items = [
        {
            "spec": res.spec,
            "unit": unit,
            "unit_id": unit_id,
            "levels": levels,
            "latency_s": res.metrics.get("latency_s"),
        }
    ]
    if res.counter_spec is not None:
        cpu = res.counter_spec["target"]["cpu"]
        items.append(items[0] | {"spec": res.counter_spec, "unit_id": f"{unit_id}@{cpu}"})
    return [i | {"dispatch_id": dispatch_id} for i in items]


@dataclass(frozen=True)
class GraphMeasure:
    """What `measure_graph` measures: a graph (JSON) at `levels` (None: all), its kernels
    one by one if `kernels`; `graph_hash` names the model a kernel came from; `workdir` and
    `counter_cpu` (the target of the builds callgrind simulates) are the collector's."""

    graph: dict[str, Any]
    family: str = "generated"
    levels: list[str] | None = None
    kernels: bool = True
    graph_hash: str = ""
    seed: int = 0
    workdir: str = ""
    counter_cpu: str | None = None


@dataclass(frozen=True)
class MlirMeasure:
    """What `measure_mlir` measures: a `.mlir` text (linalg-on-tensors, func @main)."""

    name: str
    text: str
    family: str = "mlir"
    workdir: str = ""
    counter_cpu: str | None = None


@dataclass(frozen=True)
class Measured:
    """A measurement's dataset rows, its native builds for the counter collectors, and
    why some parts have none."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    native: list[dict[str, Any]] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)


@sandbox_call(GraphMeasure, Measured)
def measure_graph(req: GraphMeasure) -> Measured:
    """Sandbox entry point: the rows of one graph at its levels, by IREE and torch-mlir."""
    warnings.filterwarnings("ignore")
    # weights as inputs: no megabytes of constants inlined in the MLIR texts, and the
    # dumped IREE dispatches cannot carry them anyway
    graph = U.weights_as_inputs(Graph.from_json(req.graph))
    family = req.family
    levels = set(req.levels or ALL_LEVELS)
    workdir = Path(req.workdir)
    counter_cpu = req.counter_cpu or "host"
    values = make_values(graph, req.seed)
    # a kernel measured on its own still belongs to the model it came from
    gid = req.graph_hash or graph.content_hash()
    uid = graph.content_hash()[:16]
    host = U.native_target("host")
    rows: list[dict[str, Any]] = []
    native: list[dict[str, Any]] = []
    errors: dict[str, str] = {}
    size = {"elements": _elements(graph)}

    if levels & {*U.IREE_LEVELS, "dispatch", "configured"}:
        try:
            with tempfile.TemporaryDirectory(dir=workdir) as tmp:
                res = U.iree_lower(graph, values, Path(tmp))
            for level, text in res.levels.items():
                if level in levels:
                    rows.append(
                        make_row(
                            "graph", uid, level, text, gid, family, "iree", "latency",
                            res.metrics | size, host,
                        )
                    )  # fmt: skip
            for d in res.dispatches:
                for level, text in (("dispatch", d.source), ("configured", d.configured)):
                    if level in levels and text:
                        rows.append(
                            make_row(
                                "dispatch", f"{uid}:{d.name}", level, text, gid, family,
                                "iree", "latency", d.metrics, host, dispatch_id=d.name,
                            )
                        )  # fmt: skip
        except Exception as exc:
            errors["iree"] = _why(exc)

    if levels & {*U.TORCH_MLIR_LEVELS}:
        try:
            res_n = U.torchmlir_native(graph, values, workdir, uid, counter_cpu=counter_cpu)
            kept = {lv: t for lv, t in res_n.levels.items() if lv in levels}
            for level, text in kept.items():
                rows.append(
                    make_row(
                        "graph", uid, level, text, gid, family, "torch-mlir", "latency",
                        res_n.metrics | size, host,
                    )
                )  # fmt: skip
            native += native_items(res_n, "graph", uid, kept)
        except Exception as exc:
            errors["torch-mlir"] = _why(exc)

    if "kernel" in levels and req.kernels:
        for k in U.kernel_graphs(graph):
            kid, op = f"{uid}.{k.meta['node']}", k.nodes[0].op
            try:
                res_k = U.torchmlir_native(
                    k, make_values(k, 0), workdir, kid.replace(".", "_"), counter_cpu=counter_cpu
                )
            except Exception as exc:
                errors[f"kernel {op}"] = _why(exc)
                continue
            kept = {lv: res_k.levels[lv] for lv in ("linalg", "llvm")}
            for level, text in kept.items():
                rows.append(
                    make_row(
                        "kernel", kid, level, text, gid, family, "torch-mlir", "latency",
                        res_k.metrics | {"elements": _elements(k)}, host, dispatch_id=op,
                    )
                )  # fmt: skip
            native += native_items(res_k, "kernel", kid, kept, dispatch_id=op)
    seed = graph.meta.get("seed")
    if seed is not None:  # generated graphs: the seed decides which held-out range they are in
        rows = [r | {"generator_seed": seed} for r in rows]
    return Measured(rows, native, errors)


def _elements(graph: Graph) -> int:
    """Elements a unit reads and writes at its boundary (inputs, weights, outputs)."""
    specs = graph.values()
    return sum(s.numel for s in graph.inputs) + sum(specs[n].numel for n in graph.outputs)


def _why(exc: BaseException) -> str:
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"{type(exc).__name__}: {first[:300]}" + (
        "" if str(exc).strip() else "\n" + traceback.format_exc()[-500:]
    )


@sandbox_call(MlirMeasure, Measured)
def measure_mlir(req: MlirMeasure) -> Measured:
    """Sandbox entry point for `.mlir` inputs (linalg-on-tensors, func @main)."""
    warnings.filterwarnings("ignore")
    text, name = req.text, req.name
    uid = hashlib.sha256(text.encode()).hexdigest()[:16]
    counter_cpu = req.counter_cpu or "host"
    try:
        res = U.linalg_native(text, Path(req.workdir), uid, counter_cpu=counter_cpu)
    except ValueError as exc:
        return Measured(errors={name: str(exc)})
    family, host = req.family, U.native_target("host")
    rows = [
        make_row(
            "kernel", uid, level, lvl_text, uid, family, "torch-mlir", "latency", res.metrics,
            host, dispatch_id=name,
        )
        for level, lvl_text in res.levels.items()
    ]  # fmt: skip
    return Measured(rows, native_items(res, "kernel", uid, res.levels, dispatch_id=name))
