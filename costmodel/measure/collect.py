"""Measuring many graphs (and real architectures) into a dataset, in chunks: each chunk is
lowered and timed in sandboxed workers, then its native units go through the collectors
that run on libraries (callgrind, perf; `collectors.py`) in their own processes, then rows
and the chunk's "done" marks are appended together, so a killed run resumes at the chunk it
was in."""

from __future__ import annotations

import hashlib
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from compiler_lab.backends.native import weights_as_inputs
from compiler_lab.ir.graph import Graph
from compiler_lab.machine import fingerprint
from compiler_lab.sandbox.calls import Call
from compiler_lab.sandbox.pool import SandboxConfig, WorkerPool, default_cache_dir
from costmodel.dataset.dataset import Dataset
from costmodel.dataset.levels import KERNEL
from costmodel.measure.collectors import COLLECTORS, availability
from costmodel.measure.run import (
    GraphMeasure,
    Measured,
    MlirMeasure,
    make_row,
    measure_graph,
    measure_mlir,
)
from costmodel.measure.units import native_target
from costmodel.measure.variant_check import check_variants

CHUNK = 16
UNIT_TIMEOUT_S = 300.0
#: a real architecture at full size: every dispatch and every op timed
MODEL_TIMEOUT_S = 1800.0

Progress = Callable[[int, int], None]


@dataclass
class MeasureOptions:
    out: Path
    levels: tuple[str, ...] | None = None
    collectors: tuple[str, ...] = ("latency", "callgrind")
    workers: int = 2
    kernels: bool = True
    callgrind_reps: int = 10
    #: stop starting new chunks after this many seconds (the run resumes where it stopped)
    budget_s: float | None = None
    #: jobs per chunk: a chunk's rows are appended at once
    chunk: int = CHUNK
    #: schedules per dispatch where a backend varies them (1: the compiler's own only)
    variants: int = 1


def _counter_rows(
    native: list[dict[str, Any]],
    results: dict[str, dict[str, Any]],
    collector: str,
    base: dict[str, Any],
) -> tuple[list[dict], dict[str, str]]:
    rows, errors = [], {}
    for item in native:
        res = results.get(item["spec"]["id"], {})
        if "error" in res or "skipped" in res:
            errors[f"{collector}:{item['unit_id']}"] = res.get("error") or res["skipped"]
            continue
        for level, text in item["levels"].items():
            rows.append(
                base
                | make_row(
                    unit=item["unit"], unit_id=item["unit_id"], level=level, text=text,
                    graph_hash=base["graph_hash"], family=base["family"],
                    backend=item["backend"], collector=collector, metrics=res,
                    target=item["spec"]["target"], dispatch_id=item.get("dispatch_id"),
                )
            )  # fmt: skip
    return rows, errors


def collector_targets(collectors: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """The CPU each collector's code is built for: callgrind's may differ from the host's."""
    return {c: native_target(COLLECTORS[c].target_cpu()) for c in collectors}


@dataclass(frozen=True)
class Job:
    """One thing to measure: its dataset id (for resume) and its sandbox request."""

    id: str
    function: Callable[[Any], Measured]
    request: GraphMeasure | MlirMeasure
    timeout_s: float = UNIT_TIMEOUT_S


def _levels(opts: MeasureOptions) -> dict[str, Any]:
    return {"levels": list(opts.levels) if opts.levels else None, "kernels": opts.kernels}


def _variant_id(opts: MeasureOptions) -> str:
    """A job's id suffix for its variants: a run with more of them measures a graph again
    (its default rows are deduplicated), rather than skipping it as done."""
    return f":v{opts.variants}" if opts.variants > 1 else ""


def graph_job(graph: Graph, family: str, opts: MeasureOptions) -> Job:
    return Job(
        graph.content_hash() + _variant_id(opts),
        measure_graph,
        GraphMeasure(graph.to_json(), family, **_levels(opts), variants=opts.variants),
    )


def architecture_levels() -> set[str]:
    """What a real architecture is measured at by default: every level of each backend that
    forms dispatches (one dispatch is a unit a model can learn from; a whole model's text at
    another backend's levels is measured only when asked for), and each op as a kernel."""
    from costmodel.measure.units import dispatch_backends

    return {level for b in dispatch_backends() for level in b.native_levels} | {KERNEL}


def architecture_jobs(
    sources: list[dict[str, str]], opts: MeasureOptions
) -> tuple[list[Job], dict[str, str]]:
    """Jobs for real models: each source ({"name": variant} or {"module": FILE.py:FUNC,
    "family": ...}) is captured to a graph in a sandboxed worker, then measured as one job
    for its IREE dispatches and one job per distinct op as a kernel, so a compiler that
    crashes on one op loses that op's rows only. Returns (jobs, errors by source)."""
    from costmodel.measure.architectures import VARIANTS, Captured, ModelSource, capture_variant
    from costmodel.measure.units import kernel_graphs

    family_of = {v.name: v.family for v in VARIANTS}
    requests = [Call(capture_variant, ModelSource(**src), UNIT_TIMEOUT_S) for src in sources]
    jobs: list[Job] = []
    errors: dict[str, str] = {}
    config = SandboxConfig(default_cache_dir(), timeout_s=UNIT_TIMEOUT_S, name="measure")
    with WorkerPool(1, config) as pool:
        responses = pool.call_many(requests)
    wanted = set(opts.levels or architecture_levels())
    for src, resp in zip(sources, responses, strict=True):
        label = src.get("name") or src["module"]
        captured = resp.result if resp.ok else Captured()
        if not resp.ok or captured.error or captured.graph is None:
            errors[label] = captured.error or resp.error or str(resp.failure)
            continue
        graph = Graph.from_json(captured.graph)
        family = src.get("family") or family_of[src["name"]]
        prefix = (
            f"model:{src['name']}"
            if "name" in src
            else f"module:{family}:{graph.content_hash()[:16]}"
        )
        whole = sorted(wanted - {KERNEL})
        if whole:
            request = GraphMeasure(graph.to_json(), family, whole, kernels=False,
                                   variants=opts.variants)  # fmt: skip
            jobs.append(Job(prefix + _variant_id(opts), measure_graph, request, MODEL_TIMEOUT_S))
        if opts.kernels and KERNEL in wanted:
            seen: set[str] = set()
            for k in kernel_graphs(graph):
                h = k.content_hash()
                if h in seen:
                    continue
                seen.add(h)
                jobs.append(Job(f"{prefix}:k{h[:16]}", measure_graph,
                                GraphMeasure(k.to_json(), family, [KERNEL], kernels=True,
                                             graph_hash=graph.content_hash())))  # fmt: skip
    return jobs, errors


def mlir_job(name: str, text: str, family: str = "mlir") -> Job:
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    return Job(
        f"mlir:{digest}",
        measure_mlir,
        MlirMeasure(name, text, family),
    )


def measure(
    jobs: list[Job],
    opts: MeasureOptions,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    """Measure (or resume measuring) `jobs` into `opts.out`; returns the dataset summary.
    Stops between chunks once the budget is spent or `should_stop()` says so."""
    data = Dataset(opts.out)
    machine = data.add_machine(fingerprint())
    found = availability()
    for name in COLLECTORS:
        a = found[name]
        data.manifest["collectors"][name] = {
            "requested": name in opts.collectors,
            "available": a.available,
            "reason": a.reason,
            "detail": a.detail,
        }
    targets = collector_targets(opts.collectors)
    data.manifest.setdefault("targets", {})[machine] = targets
    data.save_manifest()
    work = opts.out / ".work"
    work.mkdir(parents=True, exist_ok=True)
    todo = [j for j in jobs if j.id not in data.done]
    done = len(jobs) - len(todo)
    if progress:
        progress(done, len(jobs))
    config = SandboxConfig(default_cache_dir(), timeout_s=UNIT_TIMEOUT_S, name="measure")
    cache = default_cache_dir() / "measure"
    with WorkerPool(opts.workers, config) as pool:
        deadline = time.monotonic() + opts.budget_s if opts.budget_s else None
        for i in range(0, len(todo), opts.chunk):
            if deadline is not None and time.monotonic() > deadline:
                break
            if should_stop is not None and should_stop():
                break
            chunk = todo[i : i + opts.chunk]
            _chunk(data, pool, chunk, machine, found, opts, cache, work, targets)
            done += len(chunk)
            if progress:
                progress(done, len(jobs))
    shutil.rmtree(work, ignore_errors=True)
    return data.summary()


def _chunk(
    data: Dataset,
    pool: WorkerPool,
    jobs: list[Job],
    machine: str,
    found: dict,
    opts: MeasureOptions,
    cache: Path,
    work: Path,
    targets: dict[str, dict[str, str]],
) -> None:
    rows: list[dict[str, Any]] = []
    native: list[dict[str, Any]] = []
    errors: dict[str, Any] = {}
    wanted = [COLLECTORS[c] for c in opts.collectors if found[c].available]
    on_units = [c for c in wanted if c.run_units is not None]
    # the one CPU other than the host that libraries are also built for (callgrind's)
    cpus = [targets[c.name]["cpu"] for c in on_units if targets[c.name]["cpu"] != "host"]
    extra = {"workdir": str(work), "counter_cpu": cpus[0] if cpus else None}
    on_graphs = [c.name for c in wanted if c.run_graph is not None]
    requests = [
        Call(
            j.function,
            replace(j.request, **extra, **_graph_collectors(j.request, on_graphs)),
            j.timeout_s,
        )
        for j in jobs
    ]
    varied: list[tuple[Graph, list[dict[str, Any]], bool]] = []
    for job, resp in zip(jobs, pool.call_many(requests), strict=True):
        if not resp.ok:
            errors[job.id[:24]] = f"worker: {resp.why()[:200]}"
            continue
        result: Measured = resp.result
        rows += [r | {"machine": machine} for r in result.rows]
        if isinstance(job.request, GraphMeasure) and job.request.variants > 1:
            # the graph as measured (weights as inputs): the same dispatches, by name
            graph = weights_as_inputs(Graph.from_json(job.request.graph))
            check = _check_wanted(data.manifest, job.request.family, graph)
            varied.append((graph, [r | {"machine": machine} for r in result.rows], check))
        errors.update({f"{job.id[:24]}:{k}": v for k, v in result.errors.items()})
        family = job.request.family
        native += [n | {"family": family, "graph_hash": job.id} for n in result.native]
    for collector in on_units if native else []:
        cpu = targets[collector.name]["cpu"]
        mine = [n for n in native if n["spec"]["target"]["cpu"] == cpu]
        if collector.select is not None:
            mine, skipped = collector.select(mine, native)
            errors.update(skipped)
        results = collector.run_units([n["spec"] for n in mine], cache, opts)
        for item in mine:
            base = {"graph_hash": item["graph_hash"], "family": item["family"], "machine": machine}
            new_rows, errs = _counter_rows([item], results, collector.name, base)
            rows += new_rows
            errors.update(errs)
    for item in native:
        Path(item["spec"]["so"]).unlink(missing_ok=True)
    if varied:  # benchmark modules check no outputs: variants also run whole; flag sets too
        found, flag_rows = check_variants(pool, varied, opts.out / "findings")
        errors.update(found)
        rows += flag_rows
    data.append(rows, [j.id for j in jobs], errors)


#: the whole-model check of a graph's schedule variants (a compile of the model per
#: variant, each as long as measuring them) runs for the first few graphs of each family,
#: then for one graph in CHECK_EVERY (by hash, so a resumed collection checks the same
#: ones); small graphs are measured under every module flag set regardless
CHECKS_PER_FAMILY = 3
CHECK_EVERY = 4


def _check_wanted(manifest: dict[str, Any], family: str, graph: Graph) -> bool:
    """Whether this graph's variants are compiled whole and checked; counted per family in
    the dataset's manifest (`variant_checks`)."""
    checks = manifest.setdefault("variant_checks", {})
    n = checks.get(family, 0)
    if n < CHECKS_PER_FAMILY or int(graph.content_hash()[:8], 16) % CHECK_EVERY == 0:
        checks[family] = n + 1
        return True
    return False


def _graph_collectors(request: Any, names: list[str]) -> dict[str, Any]:
    """The collectors a graph's worker runs on the graph itself (an `.mlir` input has none)."""
    return {"collectors": names} if isinstance(request, GraphMeasure) else {}
