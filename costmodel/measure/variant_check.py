"""Schedule variants checked whole: a benchmark module never checks its outputs, so each
variant measured is also compiled into the whole model (the backend's `schedules` option:
the model compiled to its configurations, the decisions replaced, compiled on) and run by
the lab against eager, beside the model under the compiler's own decisions.

A variant that gives wrong outputs, or crashes, where the compiler's own decisions do not
is a compiler finding: a verdict with the variant's decisions in its options, so its bucket
key (`@<decisions>`) and its repro (which compiles with them) carry them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from compiler_lab.execution import lab
from compiler_lab.findings.cases import write_case
from compiler_lab.findings.keys import bucket_key
from compiler_lab.ir.graph import Graph
from compiler_lab.sandbox.pool import Executor


def variant_requests(graph: Graph, rows: list[dict[str, Any]]) -> list[lab.LabRequest]:
    """The model under its compiler's own decisions, then under each variant index the rows
    measured (variant i of every dispatch at once); [] when no row varies a decision."""
    by_index: dict[int, dict[str, Any]] = {}
    backend = ""
    for r in rows:
        if r.get("is_default") is False and r.get("config") and r["level"] == "configured":
            index = int(r["unit_id"].rsplit(":v", 1)[1])
            by_index.setdefault(index, {})[r["dispatch_id"]] = r["config"]
            backend = r["backend"]
    if not by_index:
        return []
    own = [lab.LabRequest(graph, backend)]
    return own + [
        lab.LabRequest(graph, backend, {"schedules": by_index[i]}) for i in sorted(by_index)
    ]


def variant_findings(
    requests: list[lab.LabRequest], verdicts: list[lab.Verdict]
) -> list[lab.Verdict]:
    """The variants' findings where the model under the compiler's own decisions (the first
    request of each graph, `variant_requests`' order) is correct."""
    found, own_ok = [], False
    for req, v in zip(requests, verdicts, strict=True):
        if not req.options.get("schedules"):
            own_ok = v.verdict == "ok"
        elif own_ok and v.is_finding:
            found.append(v)
    return found


def check_variants(
    pool: Executor, measured: list[tuple[Graph, list[dict[str, Any]]]], cases: Path
) -> dict[str, str]:
    """Run each measured graph under its variants (`variant_requests`) and write a case per
    finding under `cases`; returns {"variant finding <bucket>": what and where}."""
    requests = [r for graph, rows in measured for r in variant_requests(graph, rows)]
    if not requests:
        return {}
    verdicts = lab.run(requests, pool)
    out = {}
    for v in variant_findings(requests, verdicts):
        path = write_case(cases, v)
        out[f"variant finding {bucket_key(v)}"] = f"{v.verdict}: {v.reason[:200]} (case {path})"
    return out
