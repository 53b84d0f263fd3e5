"""Units of collection, run inside sandboxed workers: one OpInfo entry, one model, one
layer, one group of schema-built calls, or the mutants of one op. Each record comes back
marked with whether it replays to the same outcome (`rep`)."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
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


@sandbox_call(dict, dict)
def run_unit(payload: dict[str, Any]) -> dict[str, Any]:
    """Entry point for the sandbox's `call` request."""
    warnings.filterwarnings("ignore")
    unit = payload["unit"]
    kind, _, rest = unit.partition(":")
    if kind == "opinfo":
        from fuzz.traces.sources import opinfo

        index = int(rest.split(":")[0])
        records = opinfo.record_entry(
            index, payload.get("budget_s", 10.0), payload.get("max_samples", 8)
        )
    elif kind == "zoo":
        from fuzz.traces.sources import zoo

        records = zoo.record_model(rest)
    elif kind == "nn":
        from fuzz.traces.sources import nn_layers

        records = nn_layers.record_layer(rest)
    elif kind == "schema":
        from fuzz.traces.sources import schema

        records = []
        for op in payload["ops"]:
            try:
                records += schema.record_op(op, payload.get("donors", []))
            except Exception:  # an op whose schema we cannot build calls for
                continue
    elif kind == "mutate":
        from fuzz.traces import mutate

        records = mutate.record_mutants(
            rest, payload["calls"], payload.get("per_op", 32), payload.get("budget_s", 2.0)
        )
    else:
        raise ValueError(f"unknown unit {unit!r}")
    return {"records": _mark_replayable(records)}


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
