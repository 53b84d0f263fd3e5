"""The sandbox side of tuning: a model (or graph) lowered to its IREE dispatches, each
with candidate schedules drawn around IREE's own (the cost-data generator's), and the
candidates a tuner picks timed alone. Both run in a worker: a model file is the user's own
code, and a compile may crash."""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compiler_lab.sandbox.calls import sandbox_call


@dataclass(frozen=True)
class TuneSource:
    """A model (`module`: FILE.py:FUNC) or a lab graph (`graph`: JSON) to lower into
    `workdir` (which must outlive the call: the candidates' benchmark modules stay there),
    with up to `candidates` schedules per dispatch (IREE's own first)."""

    workdir: str
    module: str = ""
    graph: dict[str, Any] | None = None
    candidates: int = 32


@dataclass(frozen=True)
class Candidates:
    """The graph as lowered (weights as inputs: the one the tuned model is checked on), and
    per dispatch {name, candidates: [{variant, schedule, configured, benchmark}]}; or why
    there are none."""

    graph: dict[str, Any] | None = None
    dispatches: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None


@sandbox_call(TuneSource, Candidates)
def tune_candidates(src: TuneSource) -> Candidates:
    """Sandbox entry point: lower, then draw each dispatch's candidate schedules."""
    from compiler_lab.backends.native import weights_as_inputs
    from compiler_lab.ir.capture import capture
    from compiler_lab.ir.graph import Graph
    from compiler_lab.ir.inputs import make_values
    from compiler_lab.ir.user_module import load_module_spec
    from costmodel.measure.run import _why
    from costmodel.measure.units import dispatch_backends, schedules

    warnings.filterwarnings("ignore")
    try:
        if src.module:
            graph, _ = capture(*load_module_spec(src.module), "user")
        else:
            graph = Graph.from_json(src.graph)
        graph = weights_as_inputs(graph)
        backend = dispatch_backends()[0]
        units = backend.lower_native(graph, make_values(graph), Path(src.workdir), "tune")
        out = []
        for d in units.dispatches:
            drawn = schedules(backend, d, src.candidates)
            out.append(
                {
                    "name": d.name,
                    "candidates": [
                        {
                            "variant": v.variant,
                            "schedule": v.schedule,
                            "configured": v.configured,
                            "benchmark": str(v.benchmark),
                        }
                        for v in drawn
                    ],  # fmt: skip
                }
            )
    except Exception as exc:
        return Candidates(error=_why(exc).splitlines()[0])
    return Candidates(graph.to_json(), out)


@dataclass(frozen=True)
class TimeRequest:
    """Candidates to time: [{name, variant, schedule, configured, benchmark}]."""

    candidates: list[dict[str, Any]]


@dataclass(frozen=True)
class Timed:
    """Per candidate, in order: {latency_s, ...} or {error}."""

    results: list[dict[str, Any]]


@sandbox_call(TimeRequest, Timed)
def time_candidates(req: TimeRequest) -> Timed:
    """Sandbox entry point: each candidate's benchmark module built and timed alone."""
    from compiler_lab.backends.native import NativeDispatch
    from costmodel.measure.units import dispatch_backends, time_dispatch

    warnings.filterwarnings("ignore")
    backend = dispatch_backends()[0]
    results = []
    for c in req.candidates:
        d = NativeDispatch(c["name"], "", c["configured"], Path(c["benchmark"]),
                           c["schedule"], c["variant"])  # fmt: skip
        m = time_dispatch(backend, d)
        results.append(
            {"error": m["error"]} if "error" in m
            else {k: m[k] for k in ("latency_s", "cv", "spills") if k in m}
        )  # fmt: skip
    return Timed(results)
