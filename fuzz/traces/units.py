"""Units of collection, run inside sandboxed workers: one OpInfo entry, one model, one
layer, one group of schema-built calls, or the mutants of one op. Each record comes back
marked with whether it replays to the same outcome (`rep`)."""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Any

from compiler_lab.sandbox.calls import sandbox_call
from fuzz.traces.record import TraceRecord
from fuzz.traces.replay import Unreplayable, replay

#: ops whose outcome depends on the process (NNPACK initializes per thread pool)
ENVIRONMENT_DEPENDENT = ("nnpack",)


def _mark_replayable(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for rec in records:
        r = TraceRecord.from_json(rec)
        if r.random or any(word in r.op for word in ENVIRONMENT_DEPENDENT):
            rec["rep"] = False
            continue
        try:
            # two seeds: an output shape that depends on values (masked_select, nonzero)
            # rarely survives both
            rec["rep"] = all(replay(r, seed=s).agrees_with(r) for s in (1, 2))
        except Unreplayable:
            rec["rep"] = False
        except Exception:  # the rebuild itself failed in torch
            rec["rep"] = False
    return records


@dataclass(frozen=True)
class Unit:
    """One unit of collection, named `kind:rest` (`opinfo:12`, `zoo:bert`, `nn:Conv2d`,
    `schema:add:0`, `mutate:aten.add.Tensor`), with what its kind reads: `max_samples` and
    `budget_s` (opinfo); `ops` and `donors` (schema); `calls`, `per_op` and `budget_s`
    (mutate)."""

    unit: str
    budget_s: float = 10.0
    max_samples: int = 8
    ops: list[str] = field(default_factory=list)
    donors: list[dict[str, Any]] = field(default_factory=list)
    calls: list[dict[str, Any]] = field(default_factory=list)
    per_op: int = 32


@dataclass(frozen=True)
class UnitRecords:
    """The unit's trace records (JSON), each marked with whether it replays (`rep`)."""

    records: list[dict[str, Any]]


@sandbox_call(Unit, UnitRecords)
def run_unit(req: Unit) -> UnitRecords:
    """Record one unit of collection, in a worker."""
    warnings.filterwarnings("ignore")
    kind, _, rest = req.unit.partition(":")
    if kind == "opinfo":
        from fuzz.traces.sources import opinfo

        records = opinfo.record_entry(int(rest.split(":")[0]), req.budget_s, req.max_samples)
    elif kind == "zoo":
        from fuzz.traces.sources import zoo

        records = zoo.record_model(rest)
    elif kind == "nn":
        from fuzz.traces.sources import nn_layers

        records = nn_layers.record_layer(rest)
    elif kind == "schema":
        from fuzz.traces.sources import schema

        records = []
        for op in req.ops:
            try:
                records += schema.record_op(op, req.donors)
            except Exception:  # an op whose schema we cannot build calls for
                continue
    elif kind == "mutate":
        from fuzz.traces import mutate

        records = mutate.record_mutants(rest, req.calls, req.per_op, req.budget_s)
    else:
        raise ValueError(f"unknown unit {req.unit!r}")
    return UnitRecords(_mark_replayable(records))


@dataclass(frozen=True)
class Replay:
    """Trace records (JSON) to replay, with the values' seed."""

    records: list[dict[str, Any]]
    seed: int = 7


@dataclass(frozen=True)
class Replayed:
    """Per record: {agrees, ok, error_type}."""

    results: list[dict[str, Any]]


@sandbox_call(Replay, Replayed)
def replay_records(req: Replay) -> Replayed:
    """Replay records (in a sandbox: some invalid calls crash torch) and report agreement."""
    warnings.filterwarnings("ignore")
    out = []
    for rec in req.records:
        r = TraceRecord.from_json(rec)
        try:
            outcome = replay(r, seed=req.seed)
            out.append(
                {
                    "agrees": outcome.agrees_with(r),
                    "ok": outcome.ok,
                    "error_type": outcome.error_type,
                }
            )
        except Unreplayable as exc:
            out.append({"agrees": False, "ok": None, "error_type": f"Unreplayable: {exc}"})
    return Replayed(out)
