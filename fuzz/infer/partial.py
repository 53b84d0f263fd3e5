"""Partial operators: records of one overload grouped by everything that must stay concrete.

A partial op fixes the overload, each tensor argument's rank and dtype, each list's length,
every bool/str/dtype/None argument, and integer arguments that select positions (`dim`,
`dims`, `axis`, ...). What remains (tensor dims and the other integers) becomes symbols:

    a0_2      dim 2 of positional tensor argument 0
    a1_0_3    dim 3 of element 0 of tensor-list argument 1
    i3        integer argument 3;   i4_1   element 1 of int-list argument 4
    o0_1      dim 1 of output 0 (the targets of shape synthesis)

(Keyword arguments use their name in place of the position: `a_weight_0`, `i_stride_1`.)
"""

from __future__ import annotations

import copy
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from compiler_lab.ir import opnames

#: integer arguments that pick positions: kept concrete, never symbolized
POSITIONAL_INT_NAMES = {
    "dim",
    "dims",
    "axis",
    "start_dim",
    "end_dim",
    "dim0",
    "dim1",
    "dim2",
    "source",
    "destination",
    "dimension",
    "dimname",
    "perm",
    "dims_self",
    "dims_other",
    "out_dim",
    "shifts_dims",
    "batch_dim",
    "sorted_dims",
}


@dataclass
class Slot:
    """Where a symbol lives inside a call's encoded arguments."""

    path: tuple  # ("args", 0, "T", "shape", 2) or ("kwargs", "stride", 1)
    kind: str  # "dim" or "int"


@dataclass
class PartialOp:
    op: str
    key: str
    template: dict[str, Any]  # a valid record: its args/kwargs are re-instantiated
    slots: dict[str, Slot]
    outputs: list[dict[str, Any]]  # output specs of the template: shape rank + dtype
    valid: list[dict[str, int]] = field(default_factory=list)  # env incl. o* targets
    invalid: list[dict[str, int]] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)

    @property
    def symbols(self) -> list[str]:
        return list(self.slots)

    @property
    def targets(self) -> list[str]:
        return [f"o{k}_{d}" for k, o in enumerate(self.outputs) for d in range(len(o["shape"]))]

    def instantiate(self, env: dict[str, int]) -> dict[str, Any]:
        """The template call with symbol values from `env`."""
        call = {
            "args": copy.deepcopy(self.template["args"]),
            "kwargs": copy.deepcopy(self.template.get("kwargs", {})),
        }
        for name, slot in self.slots.items():
            _put(call, slot.path, int(env[name]))
        return call


def _put(obj: Any, path: tuple, value: Any) -> None:
    for p in path[:-1]:
        obj = obj[p]
    obj[path[-1]] = value


def _arg_names(op: str) -> tuple[list[str], set[str]]:
    try:
        schema = opnames.resolve(op)._schema
    except opnames.UnknownOp:
        return [], set()
    positional = [a.name for a in schema.arguments if not a.kwarg_only]
    return positional, {a.name for a in schema.arguments}


def _describe(
    value: Any,
    prefix: str,
    path: tuple,
    concrete_ints: bool,
    slots: dict[str, Slot],
    desc: list[Any],
) -> None:
    """Append the concrete description of `value` to `desc`; record its symbols."""
    if isinstance(value, dict) and "T" in value:
        t = value["T"]
        desc.append(["T", t["dtype"], len(t["shape"]), t.get("stride", "contiguous")])
        for d in range(len(t["shape"])):
            slots[f"a{prefix}_{d}"] = Slot((*path, "T", "shape", d), "dim")
        return
    if isinstance(value, list) and value and all(isinstance(v, dict) and "T" in v for v in value):
        desc.append(["TL", len(value)])
        for k, v in enumerate(value):
            _describe(v, f"{prefix}_{k}", (*path, k), concrete_ints, slots, desc)
        return
    if isinstance(value, list) and all(type(v) is int for v in value):
        if concrete_ints:
            desc.append(["IL", value])
        else:
            desc.append(["IL", len(value)])
            for k in range(len(value)):
                slots[f"i{prefix}_{k}"] = Slot((*path, k), "int")
        return
    if type(value) is int:
        if concrete_ints:
            desc.append(["I", value])
        else:
            desc.append(["I"])
            slots[f"i{prefix}"] = Slot(path, "int")
        return
    if isinstance(value, float) or (isinstance(value, dict) and "float" in value):
        desc.append(["F"])  # float values rarely decide shapes; a wrong guess fails validation
        return
    desc.append(["C", value])


def describe(record: dict[str, Any]) -> tuple[str, dict[str, Slot]]:
    """The partial-op key of a call (inputs only) and its symbol slots."""
    positional, _ = _arg_names(record["op"])
    slots: dict[str, Slot] = {}
    desc: list[Any] = []
    for i, value in enumerate(record["args"]):
        name = positional[i] if i < len(positional) else ""
        _describe(value, str(i), ("args", i), name in POSITIONAL_INT_NAMES, slots, desc)
    for name, value in sorted(record.get("kwargs", {}).items()):
        desc.append(["kw", name])
        _describe(value, f"_{name}", ("kwargs", name), name in POSITIONAL_INT_NAMES, slots, desc)
    return json.dumps([record["op"], desc], separators=(",", ":")), slots


def _env(record: dict[str, Any], slots: dict[str, Slot]) -> dict[str, int] | None:
    root = {"args": record["args"], "kwargs": record.get("kwargs", {})}
    env = {}
    for name, slot in slots.items():
        obj: Any = root
        try:
            for p in slot.path:
                obj = obj[p]
        except (KeyError, IndexError, TypeError):
            return None
        if type(obj) is not int:
            return None
        env[name] = obj
    return env


def _output_signature(record: dict[str, Any]) -> list[dict[str, Any]] | None:
    outs = record.get("out", [])
    if not outs or not all(isinstance(o, dict) and "shape" in o for o in outs):
        return None
    return outs


def group(records: Iterable[dict[str, Any]], max_rows: int = 400) -> list[PartialOp]:
    """Partial ops from trace records (random and non-replayable records are left out)."""
    by_key: dict[str, PartialOp] = {}
    invalid_by_input: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in records:
        if rec.get("random") or not rec.get("rep", True):
            continue
        key, slots = describe(rec)
        if not rec["ok"]:
            invalid_by_input[key].append(rec)
            continue
        outs = _output_signature(rec)
        if outs is None:
            continue
        out_sig = json.dumps([[len(o["shape"]), o["dtype"]] for o in outs])
        full_key = f"{key}->{out_sig}"
        part = by_key.get(full_key)
        if part is None:
            part = by_key[full_key] = PartialOp(rec["op"], full_key, rec, slots, outs)
        if len(part.valid) >= max_rows:
            continue
        env = _env(rec, slots)
        if env is None:
            continue
        for k, o in enumerate(outs):
            for d, v in enumerate(o["shape"]):
                env[f"o{k}_{d}"] = v
        part.valid.append(env)
        part.sources.add(rec.get("src", "").split(":")[0])
    for part in by_key.values():
        input_key = part.key.split("->")[0]
        for rec in invalid_by_input.get(input_key, [])[:max_rows]:
            env = _env(rec, part.slots)
            if env is not None:
                part.invalid.append(env)
    return list(by_key.values())
