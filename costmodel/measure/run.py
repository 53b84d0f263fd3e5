"""Measuring one graph (inside a sandboxed worker): lower it through every backend with the
`native` capability, time every unit, and return dataset rows plus the native units that
counter collectors (callgrind, perf) measure afterwards in their own processes."""

from __future__ import annotations

import hashlib
import traceback
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compiler_lab.backends.base import Backend
from compiler_lab.backends.native import DISPATCH_LEVELS, NativeDispatch, weights_as_inputs
from compiler_lab.ir.graph import Graph
from compiler_lab.ir.inputs import make_values
from compiler_lab.sandbox.calls import sandbox_call
from costmodel.dataset.levels import KERNEL, MEASURE_LEVELS
from costmodel.measure import units as U
from costmodel.measure.collector import Collector
from costmodel.measure.collectors import COLLECTORS
from costmodel.mlir.canon import canonical_hash

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
    *,
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
    decision: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One dataset row: which `unit` (graph, dispatch or kernel) it measures, at which
    `level`, lowered by which `backend`, measured by which `collector`; `target` names the
    CPU the measured code was built for; `decision`, for a dispatch whose schedule the
    backend varies, its `workload` (hash), `config` and `is_default` (see `decision_of`)."""
    return (decision or {}) | {
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


def decision_of(dispatch: NativeDispatch) -> dict[str, Any] | None:
    """What a dispatch row records of the compiler's decisions: the workload it shares with
    its variants (the canonical hash of its configured text without them), its schedule,
    and whether that is the compiler's own; None where the backend reads no schedule."""
    if dispatch.schedule is None:
        return None
    return {
        "workload": canonical_hash(dispatch.workload),
        "config": dispatch.schedule,
        "is_default": dispatch.variant == 0,
    }


def native_items(
    res: U.NativeResult,
    backend: str,
    unit: str,
    unit_id: str,
    levels: dict[str, str],
    dispatch_id: str | None = None,
) -> list[dict[str, Any]]:
    """The native units a graph hands to the counter collectors: the host build, and the
    counter build under its own unit id (`<id>@<cpu>`) where the two differ."""
    if res.spec is None:
        return []
    items = [
        {
            "spec": res.spec,
            "backend": backend,
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
    #: collectors that measure the graph itself in the worker (`Collector.run_graph`)
    collectors: list[str] = field(default_factory=list)
    #: schedules per dispatch, where a backend varies them (1: the compiler's own only)
    variants: int = 1


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
    """Sandbox entry point: the rows of one graph at its levels, by each backend with the
    `native` capability, and its kernels by each that builds libraries."""
    warnings.filterwarnings("ignore")
    # weights as inputs: no megabytes of constants inlined in the MLIR texts, and the
    # dumped dispatches cannot carry them anyway
    graph = weights_as_inputs(Graph.from_json(req.graph))
    levels = set(req.levels or MEASURE_LEVELS)
    workdir = Path(req.workdir)
    counter_cpu = req.counter_cpu or "host"
    values = make_values(graph, req.seed)
    # a kernel measured on its own still belongs to the model it came from
    gid = req.graph_hash or graph.content_hash()
    uid = graph.content_hash()[:16]
    out = Measured()
    for backend in U.native_backends():
        if not levels & set(backend.native_levels):
            continue
        try:
            res = U.lower_and_measure(backend, graph, values, workdir, uid,
                                      counter_cpu=counter_cpu, variants=req.variants)  # fmt: skip
        except Exception as exc:
            out.errors[backend.name] = _why(exc)
            continue
        _graph_rows(out, backend, res, levels, uid, gid, req.family, _elements(graph))
    for name in req.collectors:
        _collector_rows(out, COLLECTORS[name], graph, values, uid, gid, req.family)
    if KERNEL in levels and req.kernels:
        for backend in U.native_backends("library"):
            _kernel_rows(out, backend, graph, workdir, uid, gid, req.family, counter_cpu)
    seed = graph.meta.get("seed")
    if seed is not None:  # generated graphs: the seed decides which held-out range they are in
        out.rows[:] = [r | {"generator_seed": seed} for r in out.rows]
    return out


def _graph_rows(
    out: Measured,
    backend: Backend,
    res: U.NativeResult,
    levels: set[str],
    uid: str,
    gid: str,
    family: str,
    elements: int,
) -> None:
    """A graph's rows by one backend: each level wanted, each dispatch at its levels, and
    its libraries for the counter collectors."""
    host = U.native_target("host")
    kept = {lv: t for lv, t in res.levels.items() if lv in levels}
    for level, text in kept.items():
        out.rows.append(
            make_row(
                unit="graph", unit_id=uid, level=level, text=text, graph_hash=gid,
                family=family, backend=backend.name, collector="latency",
                metrics=res.metrics | {"elements": elements}, target=host,
            )
        )  # fmt: skip
    for d, metrics in res.dispatches:
        unit_id = f"{uid}:{d.name}" + (f":v{d.variant}" if d.variant else "")
        for level, text in d.texts().items():
            # a variant's source is its workload's: only its configured text is its own
            if level in levels and text and (not d.variant or level == DISPATCH_LEVELS[1]):
                out.rows.append(
                    make_row(
                        unit="dispatch", unit_id=unit_id, level=level, text=text,
                        graph_hash=gid, family=family, backend=backend.name,
                        collector="latency", metrics=metrics, target=host, dispatch_id=d.name,
                        decision=decision_of(d),
                    )
                )  # fmt: skip
    out.native.extend(native_items(res, backend.name, "graph", uid, kept))


def _collector_rows(
    out: Measured,
    collector: Collector,
    graph: Graph,
    values: dict[str, Any],
    uid: str,
    gid: str,
    family: str,
) -> None:
    """Rows of a collector that measures the graph itself (gpu: eager's CUDA kernels), at
    the level it names, with that level's text from the backends' rows."""
    level, backend = collector.run_graph_level, collector.run_graph_backend
    texts = [r["mlir"] for r in out.rows if r["unit"] == "graph" and r["level"] == level]
    if not texts:
        out.errors[collector.name] = f"no {level}-level text to pair its measurement with"
        return
    try:
        metrics, target = collector.run_graph(graph, values)
    except Exception as exc:
        out.errors[collector.name] = _why(exc)
        return
    out.rows.append(
        make_row(
            unit="graph", unit_id=uid, level=level, text=texts[0], graph_hash=gid,
            family=family, backend=backend, collector=collector.name, metrics=metrics,
            target=target,
        )
    )  # fmt: skip


def _kernel_rows(
    out: Measured,
    backend: Backend,
    graph: Graph,
    workdir: Path,
    uid: str,
    gid: str,
    family: str,
    counter_cpu: str,
) -> None:
    """Each op of `graph` as a kernel of its own, at the backend's kernel levels."""
    host = U.native_target("host")
    for k in U.kernel_graphs(graph):
        kid, op = f"{uid}.{k.meta['node']}", k.nodes[0].op
        try:
            res = U.lower_and_measure(
                backend, k, make_values(k, 0), workdir, kid.replace(".", "_"),
                counter_cpu=counter_cpu,
            )  # fmt: skip
        except Exception as exc:
            out.errors[f"kernel {op}"] = _why(exc)
            continue
        kept = {lv: res.levels[lv] for lv in backend.kernel_levels}
        for level, text in kept.items():
            out.rows.append(
                make_row(
                    unit="kernel", unit_id=kid, level=level, text=text, graph_hash=gid,
                    family=family, backend=backend.name, collector="latency",
                    metrics=res.metrics | {"elements": _elements(k)}, target=host,
                    dispatch_id=op,
                )
            )  # fmt: skip
        out.native.extend(native_items(res, backend.name, KERNEL, kid, kept, dispatch_id=op))


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
        backend, res = U.mlir_units(text, Path(req.workdir), uid, counter_cpu=counter_cpu)
    except ValueError as exc:
        return Measured(errors={name: str(exc)})
    host = U.native_target("host")
    rows = [
        make_row(
            unit=KERNEL, unit_id=uid, level=level, text=lvl_text, graph_hash=uid,
            family=req.family, backend=backend.name, collector="latency", metrics=res.metrics,
            target=host, dispatch_id=name,
        )
        for level, lvl_text in res.levels.items()
    ]  # fmt: skip
    return Measured(rows, native_items(res, backend.name, KERNEL, uid, res.levels, name))
