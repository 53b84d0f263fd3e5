"""Variants checked whole, and module-flag variants measured whole.

A benchmark module never checks its outputs, so each schedule variant measured is also
compiled into the whole model (the backend's `schedules` option: the model compiled to its
configurations, the decisions replaced, compiled on) and run by the lab against eager,
beside the model under the compiler's own decisions.

Module flags (the backend's `flag_sets`: data tiling, ukernels) are decisions of the whole
module, so they are measured whole: the model compiled under each set, checked against
eager and timed against it in the same worker (the perf oracle's probe), beside the
default timed the same way. Their rows are the graph's `flow` text with the flag set as a
module attribute (`clab.flags`), so each variant's text names its decision; they share the
graph's workload.

A variant that gives wrong outputs, or crashes, where the compiler's own decisions do not
is a compiler finding: a verdict with the variant's decisions in its options, so its bucket
key (`@<decisions>`) and its repro (which compiles with them) carry them.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from compiler_lab import backends
from compiler_lab.execution import lab
from compiler_lab.findings.cases import write_case
from compiler_lab.findings.keys import bucket_key
from compiler_lab.findings.perf import PERF_OUTLIER
from compiler_lab.ir.graph import Graph
from compiler_lab.sandbox.pool import Executor
from costmodel.measure.run import make_row
from costmodel.mlir.canon import canonical_hash

#: graphs up to this many nodes are measured under every flag set (a model's compile per
#: set: for a whole architecture, minutes)
FLAG_MAX_NODES = 12
#: the level whose text a flag variant's row carries (after dispatch formation, which data
#: tiling changes)
FLAG_LEVEL = "flow"
_DECISIONS = ("schedules", "flags")
_MODULE = re.compile(r"^module\b( @[\w$.-]+)?( attributes \{)?", re.MULTILINE)


def _by_varying_backend(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """A graph's rows by the backend that measured them, for the backends that vary their
    decisions (the "variants" capability)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        name = r.get("backend") or ""
        if name in backends.REGISTRY and "variants" in backends.REGISTRY[name].capabilities:
            out.setdefault(name, []).append(r)
    return out


def variant_requests(
    graph: Graph, rows: list[dict[str, Any]], schedules: bool = True, flags: bool = False
) -> list[lab.LabRequest]:
    """The model under its compiler's own decisions, then under each schedule variant
    index the rows measured (variant i of every dispatch at once; with `schedules`), then
    under each of the backend's flag sets (with `flags`, all timed by the perf probe); []
    when nothing varies. `rows`: one backend's rows of the graph."""
    by_index: dict[int, dict[str, Any]] = {}
    for r in rows if schedules else []:
        if r.get("is_default") is False and r.get("config") and r["level"] == "configured":
            index = int(r["unit_id"].rsplit(":v", 1)[1])
            by_index.setdefault(index, {})[r["dispatch_id"]] = r["config"]
    backend = next((r["backend"] for r in rows), "")
    flag_sets = list(backends.REGISTRY[backend].flag_sets) if flags and backend else []
    if not by_index and not flag_sets:
        return []
    probes = PERF_OUTLIER.requests if flag_sets else ()
    out = [lab.LabRequest(graph, backend, probes=probes)]
    out += [lab.LabRequest(graph, backend, {"schedules": by_index[i]}) for i in sorted(by_index)]
    out += [lab.LabRequest(graph, backend, {"flags": f}, probes=probes) for f in flag_sets]
    return out


def _correct(v: lab.Verdict) -> bool:
    """Outputs as eager's: a build the perf probe finds slow is still correct (a slow
    variant is data, not a bug: choosing among them is what the measurement is for)."""
    return v.verdict in ("ok", PERF_OUTLIER.name)


def variant_findings(
    requests: list[lab.LabRequest], verdicts: list[lab.Verdict]
) -> list[lab.Verdict]:
    """The variants' wrong outputs and crashes where the model under the compiler's own
    decisions (the first request of each graph, `variant_requests`' order) is correct."""
    found, own_ok = [], False
    for req, v in zip(requests, verdicts, strict=True):
        if not any(req.options.get(k) for k in _DECISIONS):
            own_ok = _correct(v)
        elif own_ok and v.is_finding and not _correct(v):
            found.append(v)
    return found


def with_flags(text: str, name: str) -> str:
    """`text` (an MLIR module) with the flag set `name` as its `clab.flags` attribute."""
    m = _MODULE.search(text)
    if m is None:
        return f'module attributes {{clab.flags = "{name}"}} {{\n{text}\n}}\n'
    head = f'module{m.group(1) or ""} attributes {{clab.flags = "{name}"'
    if m.group(2):  # it has attributes: the flag set goes first among them
        return text[: m.start()] + head + ", " + text[m.end() :]
    return text[: m.start()] + head + "}" + text[m.end() :]


def flag_rows(
    requests: list[lab.LabRequest], verdicts: list[lab.Verdict], rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Rows of one graph's flag variants (its requests and verdicts, `variant_requests`'
    order): each correct build timed by the perf probe, at FLAG_LEVEL, the default among
    them; none where the graph has no row at that level."""
    flow = next((r for r in rows if r["unit"] == "graph" and r["level"] == FLAG_LEVEL), None)
    if flow is None:
        return []
    out = []
    for req, v in zip(requests, verdicts, strict=True):
        if req.options.get("schedules"):
            continue
        perf = v.timings.get(PERF_OUTLIER.evidence)
        if not _correct(v) or not isinstance(perf, dict) or "compiled_s" not in perf:
            continue
        name = req.options.get("flags") or "default"
        args = list(backends.REGISTRY[req.backend].flag_sets.get(name, ()))
        row = make_row(
            unit="graph", unit_id=f"{flow['unit_id']}:flags:{name}", level=FLAG_LEVEL,
            text=with_flags(flow["mlir"], name), graph_hash=flow["graph_hash"],
            family=flow["family"], backend=req.backend, collector="latency",
            metrics={"latency_s": perf["compiled_s"], "eager_s": perf["eager_s"]},
            target=flow["target"],
            decision={"workload": canonical_hash(flow["mlir"]),
                      "config": {"flags": name, "args": args}, "is_default": name == "default"},
        )  # fmt: skip
        out.append(row | {k: flow[k] for k in ("machine", "generator_seed") if k in flow})
    return out


def check_variants(
    pool: Executor, measured: list[tuple[Graph, list[dict[str, Any]], bool]], cases: Path
) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """Run each measured graph under its variants (`variant_requests`: its schedule
    variants where the bool says so, its flag sets where it is small); write a case per
    finding under `cases`. Returns ({"variant finding <bucket>": what and where}, the flag
    variants' rows)."""
    per_graph = [
        (mine, variant_requests(graph, mine, check, len(graph.nodes) <= FLAG_MAX_NODES))
        for graph, rows, check in measured
        for mine in _by_varying_backend(rows).values()
    ]
    requests = [r for _, reqs in per_graph for r in reqs]
    if not requests:
        return {}, []
    verdicts = lab.run(requests, pool)
    found, new_rows, at = {}, [], 0
    for rows, reqs in per_graph:
        mine = verdicts[at : at + len(reqs)]
        at += len(reqs)
        new_rows += flag_rows(reqs, mine, rows)
    for v in variant_findings(requests, verdicts):
        path = write_case(cases, v)
        found[f"variant finding {bucket_key(v)}"] = f"{v.verdict}: {v.reason[:200]} (case {path})"
    return found, new_rows
