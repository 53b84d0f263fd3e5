"""Collecting the trace corpus: sources, then schema-built calls, then mutants, in sandboxed
workers, each unit saved as it finishes so an interrupted collection resumes.

Phases:
  1. sources: OpInfo entries, transformers models, torch.nn layers
  2. schema: overloads still without a valid record get calls built from their schemas
  3. mutate: the valid calls of every op are mutated into (mostly) invalid ones
Then every part is merged, deduplicated and written as shards with a manifest.
"""

from __future__ import annotations

import random
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from compiler_lab.ir import opnames
from compiler_lab.sandbox.calls import Call
from compiler_lab.sandbox.pool import SandboxConfig, WorkerPool, default_cache_dir
from compiler_lab.sandbox.response import Response
from fuzz.traces import corpus
from fuzz.traces.record import TraceRecord
from fuzz.traces.units import Unit, run_unit

SOURCES = ("opinfo", "zoo", "nn")
UNIT_TIMEOUT_S = 180.0
MUTANT_CALLS_PER_OP = 6
SCHEMA_GROUP = 12


@dataclass
class CollectOptions:
    out: Path
    sources: tuple[str, ...] = SOURCES
    mutate: bool = True
    schema: bool = True
    budget_s: float = 30 * 60
    workers: int = 2
    max_samples: int = 8
    mutants_per_op: int = 32
    opinfo_limit: int | None = None  # first N OpInfo entries only (for quick runs and tests)
    memory_mb: int = 6144


@dataclass
class PhaseReport:
    name: str
    units: int = 0
    done: int = 0
    failed: int = 0
    skipped_for_budget: int = 0
    seconds: float = 0.0


@dataclass
class CollectReport:
    phases: list[PhaseReport] = field(default_factory=list)
    seconds: float = 0.0
    finished: bool = False


Progress = Callable[[str, int, int], None]


def source_units(opts: CollectOptions) -> list[str]:
    units: list[str] = []
    if "opinfo" in opts.sources:
        from fuzz.traces.sources import opinfo

        names = opinfo.unit_names()
        units += names[: opts.opinfo_limit] if opts.opinfo_limit is not None else names
    if "zoo" in opts.sources:
        from fuzz.traces.sources import zoo

        units += zoo.unit_names()
    if "nn" in opts.sources:
        from fuzz.traces.sources import nn_layers

        units += nn_layers.unit_names()
    return units


def _collected(parts: corpus.Parts) -> tuple[set[str], dict[str, list[dict[str, Any]]]]:
    """Ops with a valid record, and valid non-random records by op."""
    ops: set[str] = set()
    valid: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for _, records in parts.units():
        for rec in records:
            if rec["ok"]:
                ops.add(rec["op"])
                if not rec.get("random") and rec.get("rep", True):
                    valid[rec["op"]].append(rec)
    return ops, valid


def schema_units(parts: corpus.Parts) -> list[Unit]:
    """Groups of overloads that have no valid record yet, with donor calls of siblings."""
    from fuzz.traces.sources import schema

    have, valid = _collected(parts)
    by_base: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for op, recs in valid.items():
        by_base[opnames.family_name(op)] += recs[:2]
    missing = [op for op in schema.all_overloads() if op not in have]
    groups: dict[str, list[str]] = defaultdict(list)
    for op in missing:
        groups[opnames.family_name(op)].append(op)
    units = []
    for base, ops in sorted(groups.items()):
        for i in range(0, len(ops), SCHEMA_GROUP):
            chunk = ops[i : i + SCHEMA_GROUP]
            units.append(Unit(f"schema:{base}:{i}", ops=chunk, donors=by_base.get(base, [])[:4]))
    return units


def mutate_units(parts: corpus.Parts, per_op: int) -> list[Unit]:
    """One unit per op with valid calls: up to MUTANT_CALLS_PER_OP diverse calls to mutate."""
    _, valid = _collected(parts)
    units = []
    for op, recs in sorted(valid.items()):
        rng = random.Random(op)
        by_shape: dict[str, dict[str, Any]] = {}
        for rec in recs:
            by_shape.setdefault(TraceRecord.from_json(rec).signature(), rec)
        picked = list(by_shape.values())
        rng.shuffle(picked)
        calls = [
            {"args": r["args"], "kwargs": r.get("kwargs", {}), "src": r.get("src", "")}
            for r in picked[:MUTANT_CALLS_PER_OP]
        ]
        units.append(Unit(f"mutate:{op}", budget_s=2.0, calls=calls, per_op=per_op))
    return units


def _run_phase(
    name: str,
    units: list[Unit],
    parts: corpus.Parts,
    pool: WorkerPool,
    deadline: float,
    progress: Progress | None,
) -> PhaseReport:
    report = PhaseReport(name, units=len(units))
    todo = [u for u in units if not parts.done(u.unit)]
    report.done = len(units) - len(todo)
    requests = [Call(run_unit, u, UNIT_TIMEOUT_S) for u in todo]
    t0 = time.monotonic()
    if progress:
        progress(name, report.done, report.units)

    def on_done(i: int, resp: Response) -> None:
        unit = todo[i].unit
        if resp.ok:
            parts.save(unit, resp.result.records, resp.seconds)
        else:
            reason = resp.why()
            parts.fail(unit, str(reason))
            report.failed += 1
        report.done += 1
        if progress:
            progress(name, report.done, report.units)

    responses = pool.call_many(
        requests, on_done=on_done, should_stop=lambda: time.monotonic() > deadline
    )
    report.skipped_for_budget = sum(1 for r in responses if r.status == "not-run")
    report.seconds = time.monotonic() - t0
    return report


def collect(opts: CollectOptions, progress: Progress | None = None) -> CollectReport:
    """Run (or resume) a collection into `opts.out`, then write the merged corpus."""
    t0 = time.monotonic()
    deadline = t0 + opts.budget_s
    opts.out.mkdir(parents=True, exist_ok=True)
    parts = corpus.Parts(opts.out)
    report = CollectReport()
    config = SandboxConfig(default_cache_dir(), timeout_s=UNIT_TIMEOUT_S, memory_mb=opts.memory_mb)
    with WorkerPool(opts.workers, config) as pool:
        units = [Unit(u, budget_s=10.0, max_samples=opts.max_samples) for u in source_units(opts)]
        report.phases.append(_run_phase("sources", units, parts, pool, deadline, progress))
        if opts.schema and time.monotonic() < deadline:
            report.phases.append(
                _run_phase("schema", schema_units(parts), parts, pool, deadline, progress)
            )
        if opts.mutate and time.monotonic() < deadline:
            report.phases.append(
                _run_phase(
                    "mutate",
                    mutate_units(parts, opts.mutants_per_op),
                    parts,
                    pool,
                    deadline,
                    progress,
                )
            )
    report.finished = all(p.skipped_for_budget == 0 for p in report.phases)
    report.seconds = time.monotonic() - t0
    finalize(opts, parts, report)
    return report


def finalize(opts: CollectOptions, parts: corpus.Parts, report: CollectReport) -> dict[str, Any]:
    """Merge and deduplicate every part into shards; write the manifest."""
    seen: set[str] = set()
    records: list[dict[str, Any]] = []
    unit_seconds: list[float] = []
    random_ops: set[str] = set()
    for head, recs in parts.units():
        unit_seconds.append(head.get("seconds", 0.0))
        for rec in recs:
            sig = TraceRecord.from_json(rec).signature()
            if sig in seen:
                continue
            seen.add(sig)
            records.append(rec)
            if rec.get("random"):
                random_ops.add(rec["op"])
    previous = {}
    if (opts.out / corpus.MANIFEST).exists():
        previous = corpus.read_manifest(opts.out)
    manifest = {
        "version": 1,
        "torch": torch.__version__,
        "sources": sorted(
            set(opts.sources)
            | ({"schema"} if opts.schema else set())
            | ({"mutate"} if opts.mutate else set())
        ),
        "records": len(records),
        "stats": stats(records),
        "random_ops": sorted(random_ops),
        "random_note": "records of random ops (dropout, rand*, bernoulli, ...) are kept but "
        "marked random and never replayed; `rep` marks records whose replay "
        "from shapes, dtypes and value ranges gives the same outcome",
        "failed_units": parts.failed(),
        # a resumed collection adds its time to the earlier runs'
        "collection_seconds": round(previous.get("collection_seconds", 0.0) + report.seconds, 1),
        "unit_seconds_total": round(sum(unit_seconds), 1),
        "finished": report.finished,
        "phases": [vars(p) for p in report.phases],
    }
    corpus.write_corpus(opts.out, records, manifest)
    return manifest


def stats(records: list[dict[str, Any]]) -> dict[str, Any]:
    valid_ops, invalid_ops = set(), set()
    n_valid = n_invalid = 0
    exc: dict[str, int] = defaultdict(int)
    tensor_ops = set()
    for rec in records:
        if rec["ok"]:
            n_valid += 1
            valid_ops.add(rec["op"])
            if any(isinstance(o, dict) and "shape" in o for o in rec.get("out", [])):
                tensor_ops.add(rec["op"])
        else:
            n_invalid += 1
            invalid_ops.add(rec["op"])
            exc[rec.get("err", {}).get("type", "?")] += 1
    return {
        "ops": len(valid_ops | invalid_ops),
        "ops_with_valid": len(valid_ops),
        "ops_with_invalid": len(invalid_ops),
        "ops_with_both": len(valid_ops & invalid_ops),
        "ops_with_valid_tensor_output": len(tensor_ops),
        "valid_records": n_valid,
        "invalid_records": n_invalid,
        "replayable_records": sum(1 for r in records if r.get("rep")),
        "exceptions": dict(sorted(exc.items(), key=lambda kv: -kv[1])[:12]),
    }
