"""The sandbox side of tuning: a model, graph or MLIR module compiled to its IREE
dispatches, each with candidate schedules drawn around IREE's own (the cost-data
generator's), and the candidates a tuner picks timed alone. Both run in a worker: a model
file is the user's own code, and a compile may crash."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from compiler_lab.sandbox.calls import sandbox_call

if TYPE_CHECKING:
    from compiler_lab.backends.base import Backend
    from compiler_lab.backends.native import NativeDispatch


@dataclass(frozen=True)
class TuneSource:
    """A model (`module`: FILE.py:FUNC), a lab graph (`graph`: JSON) or an MLIR module
    (`mlir`: its text, see mlir_input) to compile into `workdir` (which must outlive the
    call: the candidates' benchmark modules stay there), with up to `candidates` schedules
    per dispatch (IREE's own first)."""

    workdir: str
    module: str = ""
    graph: dict[str, Any] | None = None
    mlir: str = ""
    candidates: int = 32


@dataclass(frozen=True)
class Candidates:
    """The graph as lowered (weights as inputs: the one the tuned model is checked on), or
    an MLIR module's entry (mlir_input.entry: what its inputs are drawn from), and per
    dispatch {name, candidates: [{variant, schedule, configured, benchmark}]}; or why there
    are none."""

    graph: dict[str, Any] | None = None
    dispatches: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    entry: dict[str, Any] | None = None


#: how `iree.compiler` reports the tool's exit status (negative: killed by a signal)
_EXIT_CODE = re.compile(r"^Error code: (-?\d+)$", re.MULTILINE)


def error_line(exc: BaseException) -> str:
    """One line on why a compile or run failed: IREE's first error where it gave one, what
    is wrong with the input (a ValueError's message), else the exception's first line."""
    from compiler_lab.backends.base import StageError
    from compiler_lab.backends.iree import first_error
    from costmodel.measure.run import _why

    if isinstance(exc, StageError):
        found, code = first_error(str(exc)), _EXIT_CODE.search(str(exc))
        if found is None and code is not None and int(code.group(1)) < 0:
            found = f"crashed (signal {-int(code.group(1))})"
        if found is not None:
            return f"{exc.stage}: {found}"
    if isinstance(exc, ValueError) and str(exc).strip():
        return str(exc).strip().splitlines()[0]
    return _why(exc).splitlines()[0]


@sandbox_call(TuneSource, Candidates)
def tune_candidates(src: TuneSource) -> Candidates:
    """Sandbox entry point: lower, then draw each dispatch's candidate schedules."""
    from costmodel.measure.units import dispatch_backends, schedules

    warnings.filterwarnings("ignore")
    graph = entry = None
    try:
        backend = dispatch_backends()[0]
        if src.mlir:
            dispatches, entry = _mlir_dispatches(src.mlir, Path(src.workdir))
        else:
            dispatches, graph = _graph_dispatches(src, backend)
        out = []
        for d in dispatches:
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
        return Candidates(error=error_line(exc))
    return Candidates(graph, out, entry=entry)


def _graph_dispatches(
    src: TuneSource, backend: Backend
) -> tuple[list[NativeDispatch], dict[str, Any]]:
    """A model's or graph's dispatches, and the graph as lowered (JSON)."""
    from compiler_lab.backends.native import weights_as_inputs
    from compiler_lab.ir.capture import capture
    from compiler_lab.ir.graph import Graph
    from compiler_lab.ir.inputs import make_values
    from compiler_lab.ir.user_module import load_module_spec

    if src.module:
        graph, _ = capture(*load_module_spec(src.module), "user")
    else:
        graph = Graph.from_json(src.graph)
    graph = weights_as_inputs(graph)
    units = backend.lower_native(graph, make_values(graph), Path(src.workdir), "tune")
    return units.dispatches, graph.to_json()


def _mlir_dispatches(text: str, workdir: Path) -> tuple[list[NativeDispatch], dict[str, Any]]:
    """An MLIR module's dispatches as IREE forms them (its input dialect detected), and its
    entry. ValueError names what is wrong with the module, StageError what IREE rejects."""
    from compiler_lab.backends.iree_native import compile_with_dumps
    from costmodel.tune.mlir_input import entry

    found = entry(text)
    _, _, dispatches = compile_with_dumps(text, workdir, input_type="auto")
    return dispatches, found


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
