"""Building the rule library from the trace corpus: one sandboxed unit per overload, saved
as it finishes (so `clab rules infer` resumes), then merged into `rules.json`."""

from __future__ import annotations

import dataclasses
import json
import os
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch

from compiler_lab.sandbox.calls import Call
from compiler_lab.sandbox.pool import SandboxConfig, WorkerPool, default_cache_dir
from compiler_lab.sandbox.response import Response
from fuzz.infer import hygiene
from fuzz.infer.rules import Rule, save_library
from fuzz.traces import corpus

UNIT_TIMEOUT_S = 90.0
MAX_RECORDS_PER_OP = 600

Progress = Callable[[int, int], None]


def records_by_op(traces: Path, ops: set[str] | None = None) -> dict[str, list[dict[str, Any]]]:
    """Usable records per overload (random and non-replayable ones left out), capped."""
    by_op: dict[str, list[dict[str, Any]]] = defaultdict(list)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for rec in corpus.read_records(traces):
        if rec.get("random") or not rec.get("rep", False):
            continue
        if ops is not None and rec["op"] not in ops:
            continue
        c = counts[rec["op"]]
        idx = 0 if rec["ok"] else 1
        if c[idx] >= MAX_RECORDS_PER_OP // 2:
            continue
        c[idx] += 1
        if rec["ok"] and not any(isinstance(o, dict) and "shape" in o for o in rec.get("out", [])):
            continue  # no tensor output: nothing to build graphs from
        by_op[rec["op"]].append(rec)
    return {op: recs for op, recs in by_op.items() if any(r["ok"] for r in recs)}


class _Parts:
    def __init__(self, root: Path) -> None:
        self.root = root / ".parts"
        self.root.mkdir(parents=True, exist_ok=True)

    def path(self, op: str) -> Path:
        return self.root / f"{op}.json"

    def save(self, op: str, result: dict[str, Any]) -> None:
        tmp = self.path(op).with_suffix(".tmp")
        tmp.write_text(json.dumps(result))
        os.replace(tmp, self.path(op))

    def load_all(self) -> list[dict[str, Any]]:
        return [json.loads(p.read_text()) for p in sorted(self.root.glob("*.json"))]


def infer_library(
    traces: Path,
    out: Path,
    workers: int = 2,
    ops: set[str] | None = None,
    budget_s: float = 3600.0,
    progress: Progress | None = None,
    op_budget_s: float = 55.0,
) -> dict[str, Any]:
    """Infer (or resume inferring) rules for every op in `traces`; write `out/rules.json`."""
    from fuzz.infer.infer import InferOp, infer_op  # z3 and the solvers: only when inferring

    t0 = time.monotonic()
    parts = _Parts(out)
    by_op = records_by_op(traces, ops)
    todo = [op for op in sorted(by_op) if not parts.path(op).exists()]
    done = len(by_op) - len(todo)
    if progress:
        progress(done, len(by_op))
    requests = [Call(infer_op, InferOp(op, by_op[op], op_budget_s), UNIT_TIMEOUT_S) for op in todo]
    counter = [done]

    def on_done(i: int, resp: Response) -> None:
        op = todo[i]
        if resp.ok:
            parts.save(op, dataclasses.asdict(resp.result))
        else:
            reason = resp.why()
            parts.save(
                op,
                {
                    "op": op,
                    "rules": [],
                    "failed": str(reason),
                    "seconds": UNIT_TIMEOUT_S if reason == "timeout" else None,
                },
            )
        counter[0] += 1
        if progress:
            progress(counter[0], len(by_op))

    config = SandboxConfig(default_cache_dir(), timeout_s=UNIT_TIMEOUT_S, memory_mb=6144)
    deadline = t0 + budget_s
    with WorkerPool(workers, config) as pool:
        pool.call_many(requests, on_done=on_done, should_stop=lambda: time.monotonic() > deadline)
    return finalize(out, parts, time.monotonic() - t0)


def finalize(out: Path, parts: _Parts, seconds: float) -> dict[str, Any]:
    results = parts.load_all()
    rules: list[Rule] = []
    errors = failed_units = 0
    times = []
    for res in results:
        if res.get("failed"):
            failed_units += 1
        if res.get("seconds") is not None:
            times.append(res["seconds"])
        for r in res["rules"]:
            if "error" in r:
                errors += 1
                continue
            rules.append(Rule.from_json(r))
    meta = summarize(rules, times)
    meta.update(
        {
            "torch": torch.__version__,
            "ops_attempted": len(results),
            "failed_units": failed_units,
            "partial_errors": errors,
            "wall_seconds_this_run": round(seconds, 1),
            # ops generation never uses, with why (derived from torch's declarations)
            "excluded": hygiene.excluded(sorted({r.op for r in rules})),
        }
    )
    save_library(out, rules, meta)
    return meta


def summarize(rules: list[Rule], times: list[float]) -> dict[str, Any]:
    validated_ops = {r.op for r in rules if r.validated}
    precisions = [r.validation.get("precision", 0.0) for r in rules if r.validation.get("samples")]
    edges = [0.0, 0.5, 0.9, 0.95, 0.99]
    labels = ["<0.5", "0.5-0.9", "0.9-0.95", "0.95-0.99", ">=0.99"]
    hist = dict.fromkeys(labels, 0)
    for p in precisions:
        hist[labels[sum(p >= e for e in edges) - 1]] += 1
    times = sorted(times)
    return {
        "rules": len(rules),
        "validated_rules": sum(r.validated for r in rules),
        "ops_with_rules": len({r.op for r in rules}),
        "ops_with_validated_rules": len(validated_ops),
        "precision_histogram": hist,
        "op_seconds": {
            "p50": round(statistics.median(times), 3) if times else None,
            "p99": round(times[int(0.99 * (len(times) - 1))], 3) if times else None,
            "max": round(times[-1], 3) if times else None,
            "total": round(sum(times), 1),
        },
    }
