"""What a measurement collector is: a name, a probe that says whether it can run here (and
why not), and what it measures. Collectors are registered in `collectors.py`; each lives in
a module of its own (`latency.py`, `callgrind.py`, `perf.py`, `gpu.py`).

A collector measures in one of three places:
- in the worker that lowers a unit (`latency`: the backends' units are timed there);
- in the worker, on the graph itself (`run_graph`: `gpu`, eager's CUDA kernels);
- after each chunk, in its own process, on the native libraries built for its CPU
  (`run_units`: `callgrind`, `perf`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: the standalone harness that calls native libraries (run under valgrind or perf)
HARNESS = Path(__file__).with_name("harness.py")
#: how long a tool's version or capability probe may take
PROBE_TIMEOUT_S = 30


@dataclass(frozen=True)
class Availability:
    name: str
    available: bool
    reason: str = ""
    detail: str = ""


def host_cpu() -> str:
    return "host"


@dataclass(frozen=True)
class Collector:
    name: str
    #: whether it can run here, and the reason the manifest records when it cannot
    availability: Callable[[], Availability]
    #: after each chunk, over the harness specs of the libraries built for `target_cpu()`:
    #: (specs, cache_dir, options) -> {spec id: metrics, or {"error"|"skipped": why}}
    run_units: Callable[[list[dict[str, Any]], Path, Any], dict[str, dict[str, Any]]] | None = None
    #: in the worker, on the graph: (graph, values) -> (metrics, target), or raises; its
    #: rows carry the graph's text at `run_graph_level` and name `run_graph_backend`
    run_graph: Callable[[Any, dict[str, Any]], tuple[dict[str, Any], dict[str, str]]] | None = None
    run_graph_level: str = ""
    run_graph_backend: str = ""
    #: the CPU the code it measures must be built for
    target_cpu: Callable[[], str] = host_cpu
    #: which of its units it can afford: (mine, all native items) -> (kept, errors by key)
    select: Callable[[list[dict], list[dict]], tuple[list[dict], dict[str, str]]] | None = None
